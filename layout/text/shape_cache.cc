#include "layout/text/shape_cache.h"

#include <utility>

namespace folio {

ShapeContext::ShapeContext(const ShapeRequest& request, std::mutex& mutex)
    : face_(request.face),
      size_(request.size),
      language_(request.language),
      features_(request.features ? *request.features : std::vector<FontFeature>{}),
      mutex_(mutex) {}

const ShapedText& ShapeContext::shape(std::string_view text) {
  {
    const std::lock_guard lock(mutex_);
    if (const ShapedText* hit = words_.find(text)) return *hit;
  }
  // Shaped outside the lock; should the other thread have shaped the word meanwhile, its copy,
  // the same glyphs, is the one kept.
  const ShapeRequest request{face_, size_, language_, &features_};
  ShapedText shaped = folio::shape(request, text);
  const std::lock_guard lock(mutex_);
  if (const ShapedText* hit = words_.find(text)) return *hit;
  return words_.insert(text, std::move(shaped));
}

const ShapedText& ShapeContext::known(std::atomic<const ShapedText*>& word, std::string_view text) {
  const ShapedText* found = word.load(std::memory_order_acquire);
  if (!found) {
    found = &shape(text);
    word.store(found, std::memory_order_release);
  }
  return *found;
}

std::size_t ShapeContext::size() const {
  const std::lock_guard lock(mutex_);
  return words_.size();
}

ShapeContext& ShapeCache::context(const ShapeRequest& request) {
  Key key{request.face, request.size.value(), std::string(request.language),
          request.features ? *request.features : std::vector<FontFeature>{}};
  const std::lock_guard lock(mutex_);
  std::unique_ptr<ShapeContext>& found = contexts_[std::move(key)];
  if (!found) found = std::make_unique<ShapeContext>(request, mutex_);
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
