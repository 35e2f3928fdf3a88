#include "fonts/font_spec.h"

namespace folio {

std::string FontSpec::describe() const {
  std::string out = family;
  if (weight >= 600) {
    out += " bold";
  } else if (weight != 400) {
    out += " weight " + std::to_string(weight);
  }
  if (slant == Slant::italic) out += " italic";
  return out;
}

}  // namespace folio
