#pragma once
// Parsing the values a stylesheet's attributes hold: lengths with units, numbers, colours and
// feature lists. A parser that fails returns nothing and sets `reason` to what is wrong, in words
// for the person who wrote the stylesheet; the reader adds which attribute it was.

#include "base/color.h"
#include "base/length.h"
#include "fonts/font_spec.h"
#include "stylesheets/style.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

std::string_view trim(std::string_view text);

// "12pt", "1pc", "3mm", "1.5cm", "7in", "1.2em", "-1em", or a bare "0". Ems are returned as such;
// whether they are allowed is the caller's business.
std::optional<StyleLength> parse_length(std::string_view text, std::string* reason);

// A decimal number without exponent ("10000", "-1", "0.5").
std::optional<double> parse_number(std::string_view text);
// A whole decimal number ("3", "-50").
std::optional<int> parse_integer(std::string_view text);

// "gray(100%)", "cmyk(0%, 100%, 50%, 10%)" or "black"; RGB forms are refused for print.
std::optional<Color> parse_color(std::string_view text, std::string* reason);

// "onum smcp liga=0": OpenType feature tags, each optionally with a value.
std::optional<std::vector<FontFeature>> parse_features(std::string_view text, std::string* reason);

// "70.87pt": a length for messages, rounded to hundredths of a point.
std::string format_points(Pt length);

}  // namespace folio
