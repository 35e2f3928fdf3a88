#include "stylesheets/units.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <sstream>

namespace folio {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// A decimal number at the start of `s`; `used` is how many characters it took.
std::optional<double> leading_number(std::string_view s, std::size_t* used) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  std::size_t digits = 0;
  while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) {
    ++i;
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  std::string number(s.substr(0, i));
  char* end = nullptr;
  double v = std::strtod(number.c_str(), &end);
  if (end != number.c_str() + number.size()) return std::nullopt;
  *used = i;
  return v;
}

std::optional<double> percentage(std::string_view s, std::string* error) {
  s = trim(s);
  std::size_t used = 0;
  auto v = leading_number(s, &used);
  if (!v || s.substr(used) != "%" || *v < 0 || *v > 100) {
    *error = "bad colour component '" + std::string(s) + "': expected a percentage 0%..100%";
    return std::nullopt;
  }
  return *v / 100;
}

}  // namespace

std::optional<StyleLength> parse_length(std::string_view text, bool allow_em, std::string* error) {
  std::string_view s = trim(text);
  std::size_t used = 0;
  auto value = leading_number(s, &used);
  if (!value) {
    *error = "bad length '" + std::string(text) + "'";
    return std::nullopt;
  }
  std::string_view unit = s.substr(used);
  if (unit.empty()) {
    if (*value == 0) return StyleLength::points(0);
    *error = "bad length '" + std::string(text) + "': missing unit (pt, pc, mm, cm, in, em)";
    return std::nullopt;
  }
  if (unit == "pt") return StyleLength::points(*value);
  if (unit == "pc") return StyleLength::points(picas(*value).value());
  if (unit == "mm") return StyleLength::points(millimetres(*value).value());
  if (unit == "cm") return StyleLength::points(millimetres(*value * 10).value());
  if (unit == "in") return StyleLength::points(inches(*value).value());
  if (unit == "em") {
    if (allow_em) return StyleLength::ems(*value);
    *error = "bad length '" + std::string(text) + "': em is not allowed here (no font size)";
    return std::nullopt;
  }
  *error = "bad length '" + std::string(text) + "': unknown unit '" + std::string(unit) +
           "' (pt, pc, mm, cm, in, em)";
  return std::nullopt;
}

std::optional<Color> parse_color(std::string_view text, std::string* error) {
  std::string_view s = trim(text);
  if (s == "black") return Color::black();
  if (s.substr(0, 3) == "rgb" || (!s.empty() && s[0] == '#')) {
    *error = "RGB colours are not allowed in print output; use gray() or cmyk()";
    return std::nullopt;
  }
  auto open = s.find('(');
  if (open == std::string_view::npos || s.back() != ')') {
    *error = "bad colour '" + std::string(s) + "': expected gray(P%), cmyk(C%, M%, Y%, K%) or black";
    return std::nullopt;
  }
  std::string_view name = trim(s.substr(0, open));
  std::string_view args = s.substr(open + 1, s.size() - open - 2);
  std::vector<double> values;
  std::size_t start = 0;
  while (start <= args.size()) {
    std::size_t comma = args.find(',', start);
    std::string_view part = args.substr(start, comma == std::string_view::npos ? args.npos : comma - start);
    auto v = percentage(part, error);
    if (!v) return std::nullopt;
    values.push_back(*v);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  if ((name == "gray" || name == "grey") && values.size() == 1) return Color::gray(values[0]);
  if (name == "cmyk" && values.size() == 4) {
    return Color::cmyk(values[0], values[1], values[2], values[3]);
  }
  *error = "bad colour '" + std::string(s) + "': expected gray(P%), cmyk(C%, M%, Y%, K%) or black";
  return std::nullopt;
}

std::optional<std::vector<FontFeature>> parse_features(std::string_view text, std::string* error) {
  std::vector<FontFeature> out;
  std::istringstream in{std::string(text)};
  for (std::string item; in >> item;) {
    FontFeature f;
    auto eq = item.find('=');
    f.tag = item.substr(0, eq);
    bool ok = !f.tag.empty() && f.tag.size() <= 4 &&
              std::all_of(f.tag.begin(), f.tag.end(), [](unsigned char c) {
                return std::islower(c) || std::isdigit(c);
              });
    if (ok && eq != std::string::npos) {
      std::string value = item.substr(eq + 1);
      auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), f.value);
      ok = ec == std::errc() && ptr == value.data() + value.size() && !value.empty();
    }
    if (!ok) {
      *error = "bad OpenType feature '" + item + "': expected a tag of up to four lower-case " +
               "letters or digits, optionally =VALUE";
      return std::nullopt;
    }
    out.push_back(f);
  }
  return out;
}

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
  auto distance = [](std::string_view a, std::string_view b) {
    // Damerau-Levenshtein (optimal string alignment): a swapped pair of letters is one edit.
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      for (std::size_t j = 1; j <= b.size(); ++j) {
        std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
        d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.size()][b.size()];
  };
  std::string best;
  std::size_t best_distance = 0;
  for (const std::string& c : candidates) {
    std::size_t dist = distance(word, c);
    if (best.empty() || dist < best_distance) {
      best = c;
      best_distance = dist;
    }
  }
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  return best_distance <= limit ? best : "";
}

}  // namespace folio
