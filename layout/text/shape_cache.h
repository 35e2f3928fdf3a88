#pragma once
// Shaped words, kept for the whole run: journal front matter repeats its words ("the", names,
// "International") and a word is shaped once however often it is set. Keys are the exact
// inputs of shaping, so a hit is always what shaping would return.

#include "layout/text/shaper.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace folio {

class ShapeCache {
 public:
  const ShapedText& shape(const ShapeRequest& request, std::string_view text);
  std::size_t size() const { return cache_.size(); }

 private:
  std::unordered_map<std::string, ShapedText> cache_;
  std::string key_;  // reused, to avoid an allocation per lookup
};

}  // namespace folio
