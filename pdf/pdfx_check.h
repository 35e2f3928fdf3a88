#pragma once
// folio's own check of the PDF it is about to write, against the rules of PDF/X-4
// (ISO 15930-7) that folio implements. No PDF/X validator is packaged for Debian, so the
// finished bytes are read back with libqpdf, as a printer's preflight would read them, and every
// rule listed in docs/print.md is checked; folio refuses to write a file that breaks one.

#include <string>
#include <string_view>
#include <vector>

namespace folio::pdf {

// What the file claims to be, so the check knows which rules apply.
struct CheckedClaims {
  bool output_intent = true;  // an OutputIntent (/GTS_PDFX) is embedded
  bool pdfx4 = true;          // GTS_PDFXVersion says PDF/X-4 (a draft embeds the intent, no claim)
  // The writer checked each page's content stream (check_page_content) as it deflated it, so
  // the read-back leaves the streams compressed: inflating every page again was a tenth of a
  // long issue's build, all of it after the last page.
  bool contents_checked = false;
};

struct RuleBroken {
  std::string rule;     // the rule's name in docs/print.md ("fonts-embedded")
  std::string message;  // what in the file breaks it
};

// The rules one page's content stream (its operators, uncompressed) breaks: `where` names the
// page in the messages ("page 3").
std::vector<RuleBroken> check_page_content(std::string_view content, const std::string& where);

// Every rule the bytes break; empty when the file passes.
std::vector<RuleBroken> check_print_rules(std::string_view pdf, const CheckedClaims& claims);
// The same for a file written already, read from `fd` (which must be seekable; it is not
// moved or closed): the file is not read into memory whole.
std::vector<RuleBroken> check_print_rules_in_file(int fd, const CheckedClaims& claims);

}  // namespace folio::pdf
