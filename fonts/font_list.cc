#include "fonts/font_list.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>
#include <tuple>

namespace folio {
namespace {

std::string lowercase(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string string_of(FcPattern* p, const char* object, int n = 0) {
  FcChar8* value = nullptr;
  if (FcPatternGetString(p, object, n, &value) != FcResultMatch || !value) return "";
  return reinterpret_cast<const char*>(value);
}

}  // namespace

std::vector<ListedFace> usable_faces(const std::string& family) {
  FcInit();
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddBool(pattern, FC_SCALABLE, FcTrue);
  FcObjectSet* objects = FcObjectSetBuild(FC_FAMILY, FC_STYLE, FC_WEIGHT, FC_SLANT, FC_FILE,
                                          FC_INDEX, FC_FONTFORMAT, nullptr);
  FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
  FcObjectSetDestroy(objects);
  FcPatternDestroy(pattern);
  std::vector<ListedFace> out;
  const std::string wanted = lowercase(family);
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    FcPattern* p = fonts->fonts[i];
    // Type 1 and bitmap formats are not what folio's shaper and subsetter take.
    const std::string format = string_of(p, FC_FONTFORMAT);
    if (format != "TrueType" && format != "CFF") continue;
    ListedFace face;
    face.family = string_of(p, FC_FAMILY);  // the first, the family's own name
    if (!wanted.empty()) {
      bool match = false;
      for (int n = 0;; ++n) {
        const std::string f = string_of(p, FC_FAMILY, n);
        if (f.empty()) break;
        if (lowercase(f) == wanted) {
          match = true;
          face.family = f;
        }
      }
      if (!match) continue;
    }
    face.style = string_of(p, FC_STYLE);
    int weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN;
    FcPatternGetInteger(p, FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(p, FC_SLANT, 0, &slant);
    FcPatternGetInteger(p, FC_INDEX, 0, &face.index);
    face.weight = FcWeightToOpenType(weight);
    face.slant = slant == FC_SLANT_ROMAN ? Slant::upright : Slant::italic;
    face.file = string_of(p, FC_FILE);
    out.push_back(std::move(face));
  }
  if (fonts) FcFontSetDestroy(fonts);
  std::sort(out.begin(), out.end(), [](const ListedFace& a, const ListedFace& b) {
    return std::tie(a.family, a.weight, a.slant, a.style, a.file, a.index) <
           std::tie(b.family, b.weight, b.slant, b.style, b.file, b.index);
  });
  return out;
}

}  // namespace folio
