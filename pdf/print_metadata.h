#pragma once
// The document-level objects a printer's preflight reads before any page: the OutputIntent with
// its embedded profile, the Info dictionary and the XMP packet (which must agree), and the
// trailer /ID.

#include "layout/pages/page.h"
#include "pdf/fingerprint.h"
#include "pdf/hpdf_handle.h"
#include "pdf/output_intent.h"

#include <string>

namespace folio::pdf {

// The OutputIntent (/S /GTS_PDFX) on the catalogue, with `profile` as its DestOutputProfile.
void add_output_intent(HpdfDocument& pdf, const OutputIntent& intent, const IccProfile& profile);

struct Metadata {
  DocumentInfo info;
  std::string producer;   // "folio 0.1.0": Creator and Producer alike
  std::int64_t date = 0;  // seconds since the epoch: CreationDate and ModDate
  bool pdfx4 = false;     // claim PDF/X-4 (GTS_PDFXVersion)
  bool draft = false;     // say so in the title and the XMP's rendition class
};

// Info, XMP and /ID. `fingerprint` holds everything but the date, so that the date alone
// changes when only the date does.
void add_metadata(HpdfDocument& pdf, const Metadata& metadata, const Fingerprint& fingerprint);

// The title a draft carries in Info and XMP.
std::string draft_title(const std::string& title);

}  // namespace folio::pdf
