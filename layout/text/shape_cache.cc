#include "layout/text/shape_cache.h"

#include <utility>

namespace folio {

ShapeContext::ShapeContext(const ShapeRequest& request)
    : face_(request.face),
      size_(request.size),
      language_(request.language),
      features_(request.features ? *request.features : std::vector<FontFeature>{}) {}

const ShapedText& ShapeContext::shape(std::string_view text) {
  return words_.find_or_make(text, [&] {
    const ShapeRequest request{face_, size_, language_, &features_};
    return folio::shape(request, text);
  });
}

const ShapedText& ShapeContext::known(std::atomic<const ShapedText*>& word, std::string_view text) {
  const ShapedText* found = word.load(std::memory_order_acquire);
  if (!found) {
    found = &shape(text);
    word.store(found, std::memory_order_release);
  }
  return *found;
}

std::size_t ShapeContext::size() const { return words_.size(); }

ShapeContext& ShapeCache::context(const ShapeRequest& request) {
  Key key{request.face, request.size.value(), std::string(request.language),
          request.features ? *request.features : std::vector<FontFeature>{}};
  const std::lock_guard lock(mutex_);
  std::unique_ptr<ShapeContext>& found = contexts_[std::move(key)];
  if (!found) found = std::make_unique<ShapeContext>(request);
  return *found;
}

std::size_t ShapeCache::size() const {
  std::size_t n = 0;
  std::vector<const ShapeContext*> contexts;
  {
    const std::lock_guard lock(mutex_);
    for (const auto& [key, context] : contexts_) contexts.push_back(context.get());
  }
  for (const ShapeContext* context : contexts) n += context->size();
  return n;
}

}  // namespace folio
