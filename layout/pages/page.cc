#include "layout/pages/page.h"

namespace folio {

std::string describe_page(const Page& page, std::size_t index) {
  const std::string number = "PDF page " + std::to_string(index + 1);
  const std::string part = page.part.empty() ? "" : ", " + page.part;
  if (page.label.empty()) return number + " (unnumbered" + part + ")";
  return "page " + page.label + " (" + number + part + ")";
}

}  // namespace folio
