#pragma once
// What a style asks for: a family, a weight and a slant. fonts/ turns it into a face file.

#include <cstdint>
#include <string>

namespace folio {

enum class Slant { upright, italic };

struct FontSpec {
  std::string family;  // "TeX Gyre Termes"
  int weight = 400;    // CSS scale: 400 regular, 700 bold
  Slant slant = Slant::upright;

  // "TeX Gyre Termes bold italic", for messages.
  std::string describe() const;
  friend bool operator==(const FontSpec&, const FontSpec&) = default;
  friend auto operator<=>(const FontSpec&, const FontSpec&) = default;
};

// An OpenType feature setting: "smcp" on, "liga" off (value 0), "salt" 2.
struct FontFeature {
  std::string tag;
  std::uint32_t value = 1;
  friend bool operator==(const FontFeature&, const FontFeature&) = default;
  friend auto operator<=>(const FontFeature&, const FontFeature&) = default;
};

}  // namespace folio
