#pragma once
// A StringTable that the threads setting one build's paragraphs share (the shaped words,
// layout/text/shape_cache.h; the points of hyphenation patterns, layout/text/pattern_cache.h),
// so that a word is worked out and held once however many threads meet it.
//
// The keys are spread over shards by their hash, each with a lock of its own: with one lock for
// all, the two threads, which look a word up every few hundred nanoseconds, collided often
// enough that each slept on it hundreds of times per 1,000-article build. A value is made
// outside the lock; a value never moves once in (StringTable keeps them in a deque), so what a
// lookup returns may be read without the lock.

#include "layout/text/string_table.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string_view>
#include <thread>
#include <utility>

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

template <typename T>
class SharedStringTable {
 public:
  // The value of `key`, made by `make()` if no thread has made it yet. Should another thread
  // make the same key meanwhile, the value first in is the one kept (both are the same).
  template <class Make>
  const T& find_or_make(std::string_view key, Make&& make) {
    const std::uint64_t hash = StringTable<T>::hash(key);
    // The table takes the hash's low bits for its slots; the shard, its high ones.
    Shard& shard = shards_[(hash >> 60) & (kShards - 1)];
    {
      const std::lock_guard held(shard.lock);
      if (const T* hit = shard.values.find(key, hash)) return *hit;
    }
    T made = make();
    const std::lock_guard held(shard.lock);
    if (const T* hit = shard.values.find(key, hash)) return *hit;
    return shard.values.insert(key, hash, std::move(made));
  }

  std::size_t size() const {
    std::size_t n = 0;
    for (const Shard& shard : shards_) {
      const std::lock_guard held(shard.lock);
      n += shard.values.size();
    }
    return n;
  }

 private:
  // A power of two, well above the two threads that ask.
  static constexpr std::size_t kShards = 16;
  struct Shard {
    mutable ShardLock lock;  // guards the values
    StringTable<T> values;
  };
  std::array<Shard, kShards> shards_;
};

}  // namespace folio
