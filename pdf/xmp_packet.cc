#include "pdf/xmp_packet.h"

#include "base/markup_escape.h"

namespace folio::pdf {
namespace {

std::string element(const char* name, const std::string& value) {
  return std::string("   <") + name + ">" + markup_escaped(value) + "</" + name + ">\n";
}

// dc:title and dc:description are language alternatives; folio knows one text, the default.
std::string alternative(const char* name, const std::string& value) {
  return std::string("   <") + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + markup_escaped(value) +
         "</rdf:li></rdf:Alt></" + name + ">\n";
}

}  // namespace

std::string xmp_packet(const XmpFields& f) {
  std::string x =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
      "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
      "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n"
      "    xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n";
  x += element("dc:format", "application/pdf");
  x += alternative("dc:title", f.title);
  if (!f.subject.empty()) x += alternative("dc:description", f.subject);
  if (!f.author.empty()) {
    x += "   <dc:creator><rdf:Seq><rdf:li>" + markup_escaped(f.author) +
         "</rdf:li></rdf:Seq></dc:creator>\n";
  }
  x += element("xmp:CreateDate", f.date);
  x += element("xmp:ModifyDate", f.date);
  x += element("xmp:MetadataDate", f.date);
  x += element("xmp:CreatorTool", f.creator_tool);
  x += element("pdf:Producer", f.producer);
  if (!f.keywords.empty()) x += element("pdf:Keywords", f.keywords);
  x += element("pdf:Trapped", "False");
  x += element("xmpMM:DocumentID", f.document_id);
  x += element("xmpMM:InstanceID", f.instance_id);
  x += element("xmpMM:VersionID", "1");
  x += element("xmpMM:RenditionClass", f.draft ? "draft" : "default");
  if (f.pdfx4) x += element("pdfxid:GTS_PDFXVersion", "PDF/X-4");
  x += "  </rdf:Description>\n"
       " </rdf:RDF>\n"
       "</x:xmpmeta>\n"
       "<?xpacket end=\"w\"?>";
  return x;
}

}  // namespace folio::pdf
