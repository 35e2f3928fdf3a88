#pragma once
// From an issue and a style to laid-out pages: compose, then lay out, as many times as it takes
// for the folios a contents page lists (forward references to the parts after it) to settle.

#include "base/diagnostics.h"
#include "fonts/font_library.h"
#include "input/issue.h"
#include "layout/pages/page.h"
#include "stylesheets/style.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

struct TypesetResult {
  std::optional<Document> document;  // empty on an error, or when folios did not settle
  std::vector<std::string> moving;   // parts whose folios kept changing, when they did not
};

// Diagnostics of the last pass only are reported, so a warning is not repeated per pass.
TypesetResult typeset(const Issue& issue, const Style& style, FontLibrary& fonts,
                      Diagnostics& diags);

}  // namespace folio
