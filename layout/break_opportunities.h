#pragma once
// Where a line may break, by Unicode's line breaking algorithm (UAX #14) through libunibreak:
// after spaces, after an en or em dash, after a hyphen; never before closing punctuation or
// after an opening bracket, never at a no-break space.

#include <string_view>
#include <vector>

namespace folio {

enum class BreakOpportunity : char { none, allowed, mandatory };

// One entry per byte of `text`: whether a line may break after that byte. Bytes inside a
// character are `none`; the last byte of the text is `mandatory` (the end of the text).
std::vector<BreakOpportunity> break_opportunities(std::string_view text, std::string_view lang);

}  // namespace folio
