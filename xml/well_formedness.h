#pragma once
// Tags that do not pair up, which pugixml reports without saying where the trouble began.
// (What is wrong in the bytes themselves, xml/byte_check.h finds before parsing.)

#include "base/diagnostics.h"
#include "base/line_map.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace folio {

// For a parse error that pugixml reports as mismatched or missing end tags: the first end tag
// that does not close the element open at that point, naming it and where it was opened
// ("</i> does not close <b>, opened at line 3, column 7"), or the element never closed; empty
// when the tags pair up.
std::string describe_unpaired_tags(std::string_view text, const LineMap& lines);

}  // namespace folio
