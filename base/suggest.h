#pragma once
// Nearest-name suggestions for misspelt element, attribute and style names ("did you mean ...?").

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

// Damerau-Levenshtein distance (optimal string alignment): the number of insertions, deletions,
// substitutions and swaps of two neighbouring characters that turn `a` into `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, or empty when even the closest is too far away to be a likely
// typing mistake: it must be within 2 edits, or within a third of the word's length. Names longer
// than 64 characters get no suggestion.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace folio
