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
};

struct RuleBroken {
  std::string rule;     // the rule's name in docs/print.md ("fonts-embedded")
  std::string message;  // what in the file breaks it
};

// Every rule the bytes break; empty when the file passes.
std::vector<RuleBroken> check_print_rules(std::string_view pdf, const CheckedClaims& claims);
// The same for a file written already, read from `fd` (which must be seekable; it is not
// moved or closed): the file is not read into memory whole.
std::vector<RuleBroken> check_print_rules_in_file(int fd, const CheckedClaims& claims);

}  // namespace folio::pdf
