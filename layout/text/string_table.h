#pragma once
// A hash table from strings to values, for the caches layout asks millions of times (shaped
// words, hyphenation points): open addressing in one array of slots, so a lookup costs one or
// two cache lines and no division; keys live in one arena, values in a deque, so that neither a
// key nor a reference to a value moves when the table grows.

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace folio {

template <typename T>
class StringTable {
 public:
  // The value of `key`, or null.
  const T* find(std::string_view key) const { return find(key, hash(key)); }
  T* find(std::string_view key) {
    return const_cast<T*>(std::as_const(*this).find(key, hash(key)));
  }

  // The same, with the key's hash() already computed (a caller that also shards by it).
  const T* find(std::string_view key, std::uint64_t h) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.value == 0) return nullptr;
      if (s.hash == h && s.length == key.size() &&
          std::memcmp(arena_.data() + s.offset, key.data(), key.size()) == 0) {
        return &values_[s.value - 1];
      }
    }
  }

  // Adds `key` (which must not be present) with `value`; returns the value in the table.
  T& insert(std::string_view key, T value) { return insert(key, hash(key), std::move(value)); }
  T& insert(std::string_view key, std::uint64_t h, T value) {
    if ((values_.size() + 1) * 4 > slots_.size() * 3) grow();
    Slot& slot = slots_[free_slot(h)];
    slot = {h, static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(key.size()),
            static_cast<std::uint32_t>(values_.size() + 1)};
    arena_.append(key);
    values_.push_back(std::move(value));
    return values_.back();
  }

  std::size_t size() const { return values_.size(); }
  void clear() {
    slots_.clear();
    arena_.clear();
    values_.clear();
  }

  // Eight bytes at a time, mixed by multiplication (the words asked for are short).
  static std::uint64_t hash(std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, s.data() + i, s.size() - i);
    h = (h ^ tail) * 0x94D049BB133111EBull;
    return h ^ (h >> 29);
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0, length = 0;
    std::uint32_t value = 0;  // index + 1 into values_; 0: empty
  };

  std::size_t free_slot(std::uint64_t h) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i].value != 0) i = (i + 1) & mask;
    return i;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (const Slot& s : old) {
      if (s.value != 0) slots_[free_slot(s.hash)] = s;
    }
  }

  std::vector<Slot> slots_;  // a power of two of them, at most three quarters full
  std::string arena_;
  std::deque<T> values_;
};

}  // namespace folio
