#pragma once
// Where a line may break, by Unicode's line breaking algorithm (UAX #14) through libunibreak:
// after spaces, after an en or em dash, after a hyphen; never before closing punctuation or
// after an opening bracket, never at a no-break space.

#include <cstddef>
#include <string_view>
#include <vector>

namespace folio {

enum class BreakOpportunity : char { none, allowed, mandatory };

// One entry per byte of `text`: whether a line may break after that byte. Bytes inside a
// character are `none`; the last byte of the text is `mandatory` (the end of the text).
std::vector<BreakOpportunity> break_opportunities(std::string_view text, std::string_view lang);

// Byte offsets inside `word` where one user-perceived character (grapheme cluster, UAX #29) ends
// and the next begins, ascending, without 0 and word.size(): where a word may be cut as a last
// resort without splitting a letter from its accents.
std::vector<std::size_t> grapheme_boundaries(std::string_view word);

}  // namespace folio
