#include "fonts/font_library.h"

#include "base/ascii.h"
#include "fonts/fc_string.h"
#include "base/files_read.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cstdlib>
#include <set>

namespace folio {
namespace {

// Faces whose weight is further than this from the request are not substituted: printing a
// regular face where the style asked for bold is an error a proofreader would miss.
constexpr int kWeightTolerance = 150;

bool has_family(FcPattern* p, const std::string& family) {
  const std::string wanted = ascii_lowercase(family);
  for (int n = 0;; ++n) {
    std::string f = fc_string(p, FC_FAMILY, n);
    if (f.empty()) return false;
    if (ascii_lowercase(f) == wanted) return true;
  }
}

struct PatternOwner {
  FcPattern* p;
  ~PatternOwner() {
    if (p) FcPatternDestroy(p);
  }
};

}  // namespace

// fontconfig's configuration and caches live for the whole process; they are released at exit,
// after every library, so that LeakSanitizer sees no memory left behind. Once per process, in
// whichever thread asks first; a thread asking meanwhile waits for it.
void FontLibrary::set_up_fontconfig() {
  static const bool initialised = [] {
    FcInit();
    std::atexit([] { FcFini(); });
    return true;
  }();
  (void)initialised;
}

FontLibrary::FontLibrary() = default;

FontLibrary::~FontLibrary() = default;

const Face* FontLibrary::find(const FontSpec& spec, std::string* error) {
  set_up_fontconfig();
  const std::lock_guard lock(mutex_);
  if (auto it = by_spec_.find(spec); it != by_spec_.end()) {
    if (it->second) note_file_used(it->second->path());
    return it->second;
  }

  PatternOwner request{FcPatternCreate()};
  FcPatternAddString(request.p, FC_FAMILY, reinterpret_cast<const FcChar8*>(spec.family.c_str()));
  FcPatternAddInteger(request.p, FC_WEIGHT, FcWeightFromOpenType(spec.weight));
  FcPatternAddInteger(request.p, FC_SLANT,
                      spec.slant == Slant::italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  FcPatternAddBool(request.p, FC_SCALABLE, FcTrue);
  FcConfigSubstitute(nullptr, request.p, FcMatchPattern);
  FcDefaultSubstitute(request.p);
  FcResult result = FcResultNoMatch;
  PatternOwner match{FcFontMatch(nullptr, request.p, &result)};
  if (!match.p || result != FcResultMatch) {
    *error = "font family '" + spec.family + "' not found: fontconfig has no fonts at all";
    return nullptr;
  }
  if (!has_family(match.p, spec.family)) {
    *error = "font family '" + spec.family + "' not found (fontconfig offered '" +
             fc_string(match.p, FC_FAMILY) + "' instead)";
    return nullptr;
  }
  // fontconfig's 90-synthetic.conf answers a missing bold or italic with the regular face plus
  // "embolden" or a shear matrix: a faux face, which folio does not print in its place.
  FcBool embolden = FcFalse;
  FcMatrix* shear = nullptr;
  if ((FcPatternGetBool(match.p, FC_EMBOLDEN, 0, &embolden) == FcResultMatch && embolden) ||
      FcPatternGetMatrix(match.p, FC_MATRIX, 0, &shear) == FcResultMatch) {
    *error = "font '" + spec.describe() + "' not found: family '" + spec.family +
             "' has no such face (fontconfig would fake it from '" + fc_string(match.p, FC_STYLE) +
             "')";
    return nullptr;
  }
  int weight = 0, slant = 0;
  FcPatternGetInteger(match.p, FC_WEIGHT, 0, &weight);
  FcPatternGetInteger(match.p, FC_SLANT, 0, &slant);
  int ot_weight = FcWeightToOpenType(weight);
  bool italic = slant != FC_SLANT_ROMAN;
  if (std::abs(ot_weight - spec.weight) > kWeightTolerance ||
      italic != (spec.slant == Slant::italic)) {
    *error = "font '" + spec.describe() + "' not found: family '" + spec.family +
             "' has no such face (closest is '" + fc_string(match.p, FC_STYLE) + "')";
    return nullptr;
  }

  int index = 0;
  FcPatternGetInteger(match.p, FC_INDEX, 0, &index);
  const Face* face = load_file_locked(fc_string(match.p, FC_FILE), index, error);
  if (face) by_spec_[spec] = face;
  return face;
}

const Face* FontLibrary::load_file(const std::string& path, int index, std::string* error) {
  const std::lock_guard lock(mutex_);
  return load_file_locked(path, index, error);
}

const Face* FontLibrary::load_file_locked(const std::string& path, int index, std::string* error) {
  auto key = std::make_pair(path, index);
  if (auto it = by_file_.find(key); it != by_file_.end()) {
    note_file_used(path);
    return it->second.get();
  }
  std::unique_ptr<Face> face = Face::load(path, index, error);
  if (!face) return nullptr;
  note_file_used(path);
  const Face* raw = face.get();
  by_file_.emplace(key, std::move(face));
  return raw;
}

std::vector<std::string> FontLibrary::families_like(const std::string& fragment) const {
  set_up_fontconfig();
  const std::lock_guard lock(mutex_);
  PatternOwner all{FcPatternCreate()};
  FcObjectSet* objects = FcObjectSetBuild(FC_FAMILY, nullptr);
  FcFontSet* fonts = FcFontList(nullptr, all.p, objects);
  FcObjectSetDestroy(objects);
  std::set<std::string> found;
  const std::string wanted = ascii_lowercase(fragment);
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    std::string family = fc_string(fonts->fonts[i], FC_FAMILY);
    if (ascii_lowercase(family).find(wanted) != std::string::npos) found.insert(family);
  }
  if (fonts) FcFontSetDestroy(fonts);
  return {found.begin(), found.end()};
}

}  // namespace folio
