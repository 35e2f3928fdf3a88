#pragma once
// Shaped words, kept for the whole run: journal front matter repeats its words ("the", names,
// "International") and a word is shaped once however often it is set. The cache has two
// levels: a context per face, size, language and feature set, found once per run of text, and
// in it the words by their text alone, looked up without building a key.
//
// Both threads that set paragraphs (layout/pages/paragraphs_ahead.h) share one cache, so that a
// word is held once. A context's words are spread over shards by their hash, each with a lock
// of its own: with one mutex for all, the two threads, which look up a word every few hundred
// nanoseconds, collided often enough that each slept on it hundreds of times per 1,000-article
// build. Lookups and insertions in a shard take turns under its lock, a word is shaped outside
// it, and a shaped word never moves once in (StringTable keeps its values in a deque), so what a
// lookup returns may be read without the lock.

#include "layout/text/shaper.h"
#include "layout/text/string_table.h"

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace folio {

// A shard's lock. It is held for one hash lookup or insertion, tens of nanoseconds, and taken
// at every word and every hyphenation point: a std::mutex's calls were 3 % of a two-thread
// build. A thread that finds it taken spins; should the holder have been preempted (three
// threads share two cores while a part is set), it yields.
class ShardLock {
 public:
  void lock() {
    for (int spins = 0; flag_.test_and_set(std::memory_order_acquire);) {
      while (flag_.test(std::memory_order_relaxed)) {
        if (++spins > kSpins) std::this_thread::yield();
      }
    }
  }
  void unlock() { flag_.clear(std::memory_order_release); }

 private:
  static constexpr int kSpins = 100;
  std::atomic_flag flag_;
};

// The shaped words of one face, size, language and feature set.
class ShapeContext {
 public:
  explicit ShapeContext(const ShapeRequest& request);
  const ShapedText& shape(std::string_view text);
  // A word space and a hyphen, asked for at every space and every hyphenation point.
  const ShapedText& space() { return known(space_, " "); }
  const ShapedText& hyphen() { return known(hyphen_, "-"); }
  std::size_t size() const;

 private:
  const ShapedText& known(std::atomic<const ShapedText*>& word, std::string_view text);

  const Face* face_;
  Pt size_;
  std::string language_;
  std::vector<FontFeature> features_;
  // A power of two, well above the two threads that ask.
  static constexpr std::size_t kShards = 16;
  struct Shard {
    mutable ShardLock lock;  // guards the words
    StringTable<ShapedText> words;
  };
  std::array<Shard, kShards> shards_;
  std::atomic<const ShapedText*> space_ = nullptr;
  std::atomic<const ShapedText*> hyphen_ = nullptr;
};

class ShapeCache {
 public:
  ShapeContext& context(const ShapeRequest& request);
  const ShapedText& shape(const ShapeRequest& request, std::string_view text) {
    return context(request).shape(text);
  }
  std::size_t size() const;

 private:
  using Key = std::tuple<const Face*, double, std::string, std::vector<FontFeature>>;
  mutable std::mutex mutex_;  // guards the contexts
  std::map<Key, std::unique_ptr<ShapeContext>> contexts_;
};

}  // namespace folio
