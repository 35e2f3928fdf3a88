#pragma once
// What XML forbids in the bytes of a file, which pugixml takes as they come: a file in another
// encoding than UTF-8, declared or UTF-16 (it would print as mojibake), malformed UTF-8, NUL and
// other control characters, and character references to characters XML excludes (&#0; would
// silently cut a string short inside pugixml, &#xD800; would leave malformed UTF-8 in the
// text). One pass over the bytes, for every reader.

#include "base/diagnostics.h"
#include "base/line_map.h"

#include <string_view>

namespace folio {

// Reports the first problem at its line and column and returns false; true when the bytes are
// fit to parse.
bool check_xml_bytes(std::string_view text, const LineMap& map, Diagnostics& diags);

}  // namespace folio
