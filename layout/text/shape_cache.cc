#include "layout/text/shape_cache.h"

#include <utility>

namespace folio {

ShapeContext::ShapeContext(const ShapeRequest& request)
    : face_(request.face),
      size_(request.size),
      language_(request.language),
      features_(request.features ? *request.features : std::vector<FontFeature>{}) {}

const ShapedText& ShapeContext::shape(std::string_view text) {
  const std::uint64_t hash = StringTable<ShapedText>::hash(text);
  // The table takes the hash's low bits for its slots; the shard, its high ones.
  Shard& shard = shards_[(hash >> 60) & (kShards - 1)];
  {
    const std::lock_guard held(shard.lock);
    if (const ShapedText* hit = shard.words.find(text, hash)) return *hit;
  }
  // Shaped outside the lock; should the other thread have shaped the word meanwhile, its copy,
  // the same glyphs, is the one kept.
  const ShapeRequest request{face_, size_, language_, &features_};
  ShapedText shaped = folio::shape(request, text);
  const std::lock_guard held(shard.lock);
  if (const ShapedText* hit = shard.words.find(text, hash)) return *hit;
  return shard.words.insert(text, hash, std::move(shaped));
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
  std::size_t n = 0;
  for (const Shard& shard : shards_) {
    const std::lock_guard held(shard.lock);
    n += shard.words.size();
  }
  return n;
}

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
