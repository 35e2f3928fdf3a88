#include "layout/text/shape_cache.h"

#include <cstring>

namespace folio {

const ShapedText& ShapeCache::shape(const ShapeRequest& request, std::string_view text) {
  key_.clear();
  auto append_raw = [&](const void* p, std::size_t n) {
    key_.append(static_cast<const char*>(p), n);
  };
  const Face* face = request.face;
  const double size = request.size.value();
  append_raw(&face, sizeof face);
  append_raw(&size, sizeof size);
  key_ += request.language;
  key_ += '\0';
  if (request.features) {
    for (const FontFeature& f : *request.features) {
      key_ += f.tag;
      append_raw(&f.value, sizeof f.value);
    }
  }
  key_ += '\0';
  key_ += text;
  auto it = cache_.find(key_);
  if (it == cache_.end()) it = cache_.emplace(key_, folio::shape(request, text)).first;
  return it->second;
}

}  // namespace folio
