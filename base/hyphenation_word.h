#pragma once
// A hyphenation exception as an issue or a stylesheet spells it ("multi-lat-er-al-ism"): one
// word of letters (Latin, Greek or Cyrillic, with their accents) with single hyphens between
// them, where a line may break, and only there.

#include <optional>
#include <string>
#include <string_view>

namespace folio {

// What is wrong with `word` as such an exception, if anything ("it ends with a hyphen").
std::optional<std::string> hyphenation_word_problem(std::string_view word);

}  // namespace folio
