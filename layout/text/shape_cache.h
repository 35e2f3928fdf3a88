#pragma once
// Shaped words, kept for the whole run: journal front matter repeats its words ("the", names,
// "International") and a word is shaped once however often it is set. The cache has two
// levels: a context per face, size, language and feature set, found once per run of text, and
// in it the words by their text alone, looked up without building a key.

#include "layout/text/shaper.h"
#include "layout/text/string_table.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace folio {

// The shaped words of one face, size, language and feature set.
class ShapeContext {
 public:
  explicit ShapeContext(const ShapeRequest& request);
  const ShapedText& shape(std::string_view text);
  // A word space and a hyphen, asked for at every space and every hyphenation point.
  const ShapedText& space() { return space_ ? *space_ : *(space_ = &shape(" ")); }
  const ShapedText& hyphen() { return hyphen_ ? *hyphen_ : *(hyphen_ = &shape("-")); }
  std::size_t size() const { return words_.size(); }

 private:
  const Face* face_;
  Pt size_;
  std::string language_;
  std::vector<FontFeature> features_;
  StringTable<ShapedText> words_;
  const ShapedText* space_ = nullptr;
  const ShapedText* hyphen_ = nullptr;
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
  std::map<Key, std::unique_ptr<ShapeContext>> contexts_;
};

}  // namespace folio
