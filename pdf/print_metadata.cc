#include "pdf/print_metadata.h"

#include "pdf/pdf_date.h"
#include "pdf/printer_marks.h"
#include "pdf/xmp_packet.h"

namespace folio::pdf {

void add_output_intent(HpdfDocument& pdf, const OutputIntent& intent, const IccProfile& profile) {
  HPDF_Dict icc = pdf.new_stream(profile.bytes);
  pdf.add_number(icc, "N", profile.components);
  pdf.add_name(icc, "Alternate", profile.alternate.c_str());

  HPDF_Dict dict = pdf.new_dict(true);
  pdf.add_name(dict, "Type", "OutputIntent");
  pdf.add_name(dict, "S", "GTS_PDFX");
  pdf.add_string(dict, "OutputConditionIdentifier", intent.condition_identifier);
  if (!intent.condition.empty()) pdf.add_string(dict, "OutputCondition", intent.condition);
  pdf.add_string(dict, "RegistryName", intent.registry);
  if (!intent.info.empty()) pdf.add_string(dict, "Info", intent.info);
  pdf.add(dict, "DestOutputProfile", icc);

  HPDF_Array intents = pdf.new_array();
  pdf.push(intents, dict);
  pdf.add(pdf.catalog(), "OutputIntents", intents);
}

std::string draft_title(const std::string& title) {
  return std::string(kDraftLine) + (title.empty() ? "" : ": " + title);
}

void add_metadata(HpdfDocument& pdf, const Metadata& m, const Fingerprint& fingerprint) {
  const CalendarDate date = utc_date(m.date);
  const std::string title = m.draft ? draft_title(m.info.title) : m.info.title;

  HPDF_Dict info = pdf.info();
  pdf.add_string(info, "Producer", m.producer);
  pdf.add_string(info, "Creator", m.producer);
  pdf.set_info_text("Title", title);
  pdf.set_info_text("Subject", m.info.subject);
  pdf.set_info_text("Author", m.info.author);
  pdf.set_info_text("Keywords", m.info.keywords);
  pdf.add_string(info, "CreationDate", info_date(date));
  pdf.add_string(info, "ModDate", info_date(date));
  // folio does not trap; the printer's RIP may.
  pdf.add_name(info, "Trapped", "False");
  if (m.pdfx4) pdf.add_string(info, "GTS_PDFXVersion", "PDF/X-4");

  XmpFields xmp;
  xmp.title = title;
  xmp.subject = m.info.subject;
  xmp.author = m.info.author;
  xmp.keywords = m.info.keywords;
  xmp.creator_tool = m.producer;
  xmp.producer = m.producer;
  xmp.date = xmp_date(date);
  xmp.document_id = uuid_of(fingerprint, "document");
  xmp.instance_id = uuid_of(fingerprint, "instance");
  xmp.pdfx4 = m.pdfx4;
  xmp.draft = m.draft;
  HPDF_Dict packet = pdf.new_stream(xmp_packet(xmp), false);
  pdf.add_name(packet, "Type", "Metadata");
  pdf.add_name(packet, "Subtype", "XML");
  pdf.add(pdf.catalog(), "Metadata", packet);

  pdf.set_id(fingerprint.digest());
}

}  // namespace folio::pdf
