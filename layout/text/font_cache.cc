#include "layout/text/font_cache.h"

namespace folio {

FontCache::Lookup& FontCache::lookup(const FontSpec& spec) {
  auto [it, added] = faces_.try_emplace(spec);
  if (added) it->second.face = library_.find(spec, &it->second.error);
  return it->second;
}

const Face* FontCache::try_face(const FontSpec& spec) { return lookup(spec).face; }

const Face* FontCache::face(const FontSpec& spec, const SourcePos& pos, Diagnostics& diags) {
  Lookup& l = lookup(spec);
  if (!l.face && reported_.due(FontFailure{l.error}, diags)) diags.error(pos, l.error);
  return l.face;
}

}  // namespace folio
