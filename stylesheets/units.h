#pragma once
// Parsing the values a stylesheet's attributes hold: lengths with units, colours, feature lists.
// Each parser returns nothing and sets `error` to a sentence for the user when the text is bad.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/color.h"
#include "fonts/font_spec.h"
#include "stylesheets/style.h"

namespace folio {

// "12pt", "1pc", "3mm", "1.5cm", "7in", "1.2em", "-1em", or a bare "0". With `allow_em` false an
// em length is an error: page geometry has no font size to be relative to.
std::optional<StyleLength> parse_length(std::string_view text, bool allow_em, std::string* error);

// "gray(100%)", "cmyk(0%, 100%, 50%, 10%)" or "black"; RGB forms are refused for print.
std::optional<Color> parse_color(std::string_view text, std::string* error);

// "onum smcp liga=0": OpenType feature tags, each optionally with a value.
std::optional<std::vector<FontFeature>> parse_features(std::string_view text, std::string* error);

// The candidate closest to `word` by edit distance, or empty when none is close enough to be a
// likely typing mistake.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace folio
