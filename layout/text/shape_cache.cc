#include "layout/text/shape_cache.h"

namespace folio {

ShapeContext::ShapeContext(const ShapeRequest& request)
    : face_(request.face),
      size_(request.size),
      language_(request.language),
      features_(request.features ? *request.features : std::vector<FontFeature>{}) {}

const ShapedText& ShapeContext::shape(std::string_view text) {
  if (const ShapedText* hit = words_.find(text)) return *hit;
  const ShapeRequest request{face_, size_, language_, &features_};
  return words_.insert(text, folio::shape(request, text));
}

ShapeContext& ShapeCache::context(const ShapeRequest& request) {
  Key key{request.face, request.size.value(), std::string(request.language),
          request.features ? *request.features : std::vector<FontFeature>{}};
  std::unique_ptr<ShapeContext>& found = contexts_[std::move(key)];
  if (!found) found = std::make_unique<ShapeContext>(request);
  return *found;
}

std::size_t ShapeCache::size() const {
  std::size_t n = 0;
  for (const auto& [key, context] : contexts_) n += context->size();
  return n;
}

}  // namespace folio
