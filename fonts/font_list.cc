#include "fonts/font_list.h"

#include "base/ascii.h"
#include "fonts/fc_string.h"
#include "fonts/font_library.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <tuple>

namespace folio {

std::vector<ListedFace> usable_faces(const std::string& family) {
  FontLibrary::set_up_fontconfig();  // and taken down at exit, as for every lookup
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddBool(pattern, FC_SCALABLE, FcTrue);
  FcObjectSet* objects = FcObjectSetBuild(FC_FAMILY, FC_STYLE, FC_WEIGHT, FC_SLANT, FC_FILE,
                                          FC_INDEX, FC_FONTFORMAT, nullptr);
  FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
  FcObjectSetDestroy(objects);
  FcPatternDestroy(pattern);
  std::vector<ListedFace> out;
  const std::string wanted = ascii_lowercase(family);
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    FcPattern* p = fonts->fonts[i];
    // Type 1 and bitmap formats are not what folio's shaper and subsetter take.
    const std::string format = fc_string(p, FC_FONTFORMAT);
    if (format != "TrueType" && format != "CFF") continue;
    ListedFace face;
    face.family = fc_string(p, FC_FAMILY);  // the first, the family's own name
    if (!wanted.empty()) {
      bool match = false;
      for (int n = 0;; ++n) {
        const std::string f = fc_string(p, FC_FAMILY, n);
        if (f.empty()) break;
        if (ascii_lowercase(f) == wanted) {
          match = true;
          face.family = f;
        }
      }
      if (!match) continue;
    }
    face.style = fc_string(p, FC_STYLE);
    int weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN;
    FcPatternGetInteger(p, FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(p, FC_SLANT, 0, &slant);
    FcPatternGetInteger(p, FC_INDEX, 0, &face.index);
    face.weight = FcWeightToOpenType(weight);
    face.slant = slant == FC_SLANT_ROMAN ? Slant::upright : Slant::italic;
    face.file = fc_string(p, FC_FILE);
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
