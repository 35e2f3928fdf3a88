#pragma once
// Shaped words, kept for the whole run: journal front matter repeats its words ("the", names,
// "International") and a word is shaped once however often it is set. The cache has two
// levels: a context per face, size, language and feature set, found once per run of text, and
// in it the words by their text alone, looked up without building a key.
//
// Both threads that set paragraphs (layout/pages/paragraphs_ahead.h) share one cache, so that a
// word is shaped and held once (layout/text/shared_string_table.h).

#include "layout/text/shaper.h"
#include "layout/text/shared_string_table.h"

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
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
  const ShapedText& space() { return known(space_, " "); }
  const ShapedText& hyphen() { return known(hyphen_, "-"); }
  std::size_t size() const;

 private:
  const ShapedText& known(std::atomic<const ShapedText*>& word, std::string_view text);

  const Face* face_;
  Pt size_;
  std::string language_;
  std::vector<FontFeature> features_;
  SharedStringTable<ShapedText> words_;
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
