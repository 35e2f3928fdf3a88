#include "stylesheets/units.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <sstream>

namespace folio {
namespace {

constexpr const char* kUnits = "(pt, pc, mm, cm, in, em)";

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The length of the decimal number (sign, digits, at most one point) that `s` starts with, or 0.
std::size_t number_length(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  std::size_t digits = 0;
  bool point = false;
  for (; i < s.size(); ++i) {
    if (is_digit(s[i])) {
      ++digits;
    } else if (s[i] == '.' && !point) {
      point = true;
    } else {
      break;
    }
  }
  return digits > 0 ? i : 0;
}

// `s` converted, when all of it is a number.
std::optional<double> to_number(std::string_view s) {
  if (number_length(s) != s.size() || s.empty()) return std::nullopt;
  if (s.front() == '+') s.remove_prefix(1);  // from_chars takes only a minus sign
  double value = 0;
  auto [end, error] =
      std::from_chars(s.data(), s.data() + s.size(), value, std::chars_format::fixed);
  if (error != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<double> percentage(std::string_view text, std::string* reason) {
  const std::string_view s = trim(text);
  std::optional<double> v;
  if (!s.empty() && s.back() == '%') v = to_number(s.substr(0, s.size() - 1));
  if (!v || *v < 0 || *v > 100) {
    *reason = "'" + std::string(s) + "' is not a percentage from 0% to 100%";
    return std::nullopt;
  }
  return *v / 100;
}

// The comma-separated arguments of "name(a, b, c)", as fractions of 100%.
std::optional<std::vector<double>> percentages(std::string_view args, std::string* reason) {
  std::vector<double> out;
  for (std::size_t start = 0;;) {
    const std::size_t comma = args.find(',', start);
    auto v = percentage(args.substr(start, comma - start), reason);
    if (!v) return std::nullopt;
    out.push_back(*v);
    if (comma == std::string_view::npos) return out;
    start = comma + 1;
  }
}

bool is_tag_character(char c) { return (c >= 'a' && c <= 'z') || is_digit(c); }

std::optional<FontFeature> feature(const std::string& item, std::string* reason) {
  const std::size_t equals = item.find('=');
  FontFeature f{item.substr(0, equals), 1};
  if (f.tag.size() != 4 || !std::all_of(f.tag.begin(), f.tag.end(), is_tag_character)) {
    *reason = "'" + f.tag + "' is not an OpenType feature tag (four characters a-z, 0-9, " +
              "such as 'smcp')";
    return std::nullopt;
  }
  if (equals != std::string::npos) {
    const std::string value = item.substr(equals + 1);
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), f.value);
    if (value.empty() || error != std::errc() || end != value.data() + value.size()) {
      *reason =
          "the value of '" + f.tag + "' must be a whole number 0 or more, got '" + value + "'";
      return std::nullopt;
    }
  }
  return f;
}

}  // namespace

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::optional<StyleLength> parse_length(std::string_view text, std::string* reason) {
  const std::string_view s = trim(text);
  const std::size_t length = number_length(s);
  const std::optional<double> value = to_number(s.substr(0, length));
  if (!value) {
    *reason = std::string("expected a number and a unit ") + kUnits;
    return std::nullopt;
  }
  const std::string_view unit = s.substr(length);
  if (unit.empty()) {
    // Zero is zero in every unit, so it alone may go without one.
    if (*value == 0) return StyleLength::points(0);
    *reason = std::string("missing unit ") + kUnits;
    return std::nullopt;
  }
  if (unit == "pt") return StyleLength::points(*value);
  if (unit == "pc") return StyleLength::points(picas(*value).value());
  if (unit == "mm") return StyleLength::points(millimetres(*value).value());
  if (unit == "cm") return StyleLength::points(millimetres(*value * 10).value());
  if (unit == "in") return StyleLength::points(inches(*value).value());
  if (unit == "em") return StyleLength::ems(*value);
  *reason = "unknown unit '" + std::string(unit) + "' " + kUnits;
  return std::nullopt;
}

std::optional<double> parse_number(std::string_view text) { return to_number(trim(text)); }

std::optional<int> parse_integer(std::string_view text) {
  std::string_view s = trim(text);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  int value = 0;
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (s.empty() || error != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<Color> parse_color(std::string_view text, std::string* reason) {
  const std::string_view s = trim(text);
  if (s == "black") return Color::black();
  if (s.starts_with("rgb") || s.starts_with('#')) {
    *reason = "RGB colours are not allowed in print output; use gray() or cmyk()";
    return std::nullopt;
  }
  const std::size_t open = s.find('(');
  const std::string_view name = trim(s.substr(0, open));
  const bool known = name == "gray" || name == "grey" || name == "cmyk";
  if (open == std::string_view::npos || !s.ends_with(')') || !known) {
    *reason = "expected gray(P%), cmyk(C%, M%, Y%, K%) or black";
    return std::nullopt;
  }
  auto values = percentages(s.substr(open + 1, s.size() - open - 2), reason);
  if (!values) return std::nullopt;
  const std::size_t wanted = name == "cmyk" ? 4 : 1;
  if (values->size() != wanted) {
    *reason = std::string(name) + "() takes " + std::to_string(wanted) + " percentage" +
              (wanted == 1 ? "" : "s") + ", got " + std::to_string(values->size());
    return std::nullopt;
  }
  const std::vector<double>& v = *values;
  return wanted == 1 ? Color::gray(v[0]) : Color::cmyk(v[0], v[1], v[2], v[3]);
}

std::optional<std::vector<FontFeature>> parse_features(std::string_view text, std::string* reason) {
  std::vector<FontFeature> out;
  std::istringstream in{std::string(text)};
  for (std::string item; in >> item;) {
    auto f = feature(item, reason);
    if (!f) return std::nullopt;
    out.push_back(*f);
  }
  return out;
}

std::string format_points(Pt length) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", length.value());
  std::string out = text;
  out.erase(out.find_last_not_of('0') + 1);
  if (out.back() == '.') out.pop_back();
  return out + "pt";
}

}  // namespace folio
