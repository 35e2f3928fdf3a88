#pragma once
// What makes a file not XML, or not the XML folio reads, that pugixml lets through or reports
// without saying where the trouble began: an encoding other than UTF-8 declared, character
// references to code points XML forbids, and tags that do not pair up.

#include "base/diagnostics.h"
#include "base/line_map.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace folio {

// A problem in `text` found before parsing: the first one, with where it stands.
struct WellFormednessProblem {
  std::ptrdiff_t offset = 0;
  std::string message;
};

// An XML declaration naming another encoding than UTF-8 (or a UTF-16 byte-order mark), or a
// character reference to a code point XML does not allow (&#x1;, &#xD800;, &#xFFFE;).
std::optional<WellFormednessProblem> find_unreadable_text(std::string_view text);

// For a parse error that pugixml reports as mismatched or missing end tags: the first end tag
// that does not close the element open at that point, naming it and where it was opened
// ("</i> does not close <b>, opened at line 3, column 7"), or the element never closed; empty
// when the tags pair up.
std::string describe_unpaired_tags(std::string_view text, const LineMap& lines);

}  // namespace folio
