#pragma once
// Case transforms a style can ask for (text-transform="uppercase"). Covers Latin-1 and Latin
// Extended-A, the letters of the languages folio hyphenates; others pass through unchanged.

#include <string>
#include <string_view>

namespace folio {

std::string to_uppercase(std::string_view utf8_text);

}  // namespace folio
