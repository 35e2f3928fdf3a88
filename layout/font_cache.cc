#include "layout/font_cache.h"

namespace folio {

const Face* FontCache::try_face(const FontSpec& spec) {
  if (auto it = faces_.find(spec); it != faces_.end()) return it->second;
  std::string error;
  const Face* found = library_.find(spec, &error);
  if (found) faces_[spec] = found;
  return found;
}

const Face* FontCache::face(const FontSpec& spec, const SourcePos& pos, Diagnostics& diags) {
  if (auto it = faces_.find(spec); it != faces_.end()) return it->second;
  std::string error;
  const Face* found = library_.find(spec, &error);
  if (!found) diags.error(pos, error);
  faces_[spec] = found;
  return found;
}

}  // namespace folio
