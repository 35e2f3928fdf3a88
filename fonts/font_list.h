#pragma once
// The faces fontconfig offers that folio can set, for `folio fonts`: scalable outline fonts in
// the formats FreeType reads for folio (TrueType and OpenType/CFF), as a stylesheet names them
// (family, weight, slant).

#include "fonts/font_spec.h"

#include <string>
#include <vector>

namespace folio {

struct ListedFace {
  std::string family;
  std::string style;  // fontconfig's name for the face: "Bold Italic"
  int weight = 400;   // OpenType weight, as a stylesheet's font-weight
  Slant slant = Slant::upright;
  std::string file;
  int index = 0;  // the face's index in a collection
};

// Faces of `family` (case-insensitive; empty: every family), sorted by family, weight, slant.
std::vector<ListedFace> usable_faces(const std::string& family);

}  // namespace folio
