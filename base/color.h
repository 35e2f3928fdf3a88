#pragma once
// Colours for print: device gray and CMYK only. RGB has no place in output sent to a printer.

#include <array>

namespace folio {

enum class ColorSpace { gray, cmyk };

struct Color {
  ColorSpace space = ColorSpace::gray;
  // gray: values[0] is the ink coverage, 0 = white paper, 1 = solid black (so black is 1, as in
  // CMYK's K; the PDF writer turns it into the DeviceGray level). cmyk: c, m, y, k in 0..1.
  std::array<double, 4> values{1, 0, 0, 0};

  static constexpr Color black() { return {}; }
  static constexpr Color gray(double ink) { return {ColorSpace::gray, {ink, 0, 0, 0}}; }
  static constexpr Color cmyk(double c, double m, double y, double k) {
    return {ColorSpace::cmyk, {c, m, y, k}};
  }
  friend bool operator==(const Color&, const Color&) = default;
};

}  // namespace folio
