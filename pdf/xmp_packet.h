#pragma once
// The XMP metadata packet on the catalogue: the same title, dates, creator and producer as the
// Info dictionary (PDF/X-4 requires the two to agree), the document's identity, and the PDF/X
// version it claims.

#include <string>

namespace folio::pdf {

struct XmpFields {
  std::string title;
  std::string subject;   // dc:description
  std::string author;    // dc:creator, when not empty
  std::string keywords;  // pdf:Keywords, when not empty
  std::string creator_tool;
  std::string producer;
  std::string date;  // xmp_date(): creation, modification and metadata date alike
  std::string document_id, instance_id;  // "uuid:..."
  bool pdfx4 = false;                    // claims PDF/X-4 (pdfxid:GTS_PDFXVersion)
  bool draft = false;                    // xmpMM:RenditionClass "draft" rather than "default"
};

// A UTF-8 packet, <?xpacket begin ... end="w"?> included.
std::string xmp_packet(const XmpFields& fields);

}  // namespace folio::pdf
