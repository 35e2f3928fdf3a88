#pragma once
// Which PDF standard a build claims. Shared by the stylesheet (its default), the command line
// (--pdf-standard) and the PDF writer, as the colour model in base/color.h is.

#include <optional>
#include <string_view>

namespace folio {

enum class PdfStandard {
  none,  // a plain PDF 1.6: no OutputIntent, no PDF/X claim
  x4,    // PDF/X-4 (ISO 15930-7), what folio writes unless told otherwise
};

// The names the stylesheet and the command line use, for messages.
constexpr const char* kPdfStandardNames = "x4 or none";

inline std::optional<PdfStandard> parse_pdf_standard(std::string_view name) {
  if (name == "x4") return PdfStandard::x4;
  if (name == "none") return PdfStandard::none;
  return std::nullopt;
}

}  // namespace folio
