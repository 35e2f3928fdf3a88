#include "layout/text/discretionary.h"

#include <string>

namespace folio {
namespace {

// The text of a line's end: with the hyphen the line breaker adds (U+002D, as
// ShapeContext::hyphen shapes it) when it adds one.
std::string line_end(std::string_view text, bool hyphen) {
  std::string s(text);
  if (hyphen) s += '-';
  return s;
}

}  // namespace

bool breaks_cleanly(ShapeContext& context, std::string_view text, const ShapedText& whole,
                    std::uint32_t cut, bool hyphen) {
  if (!whole.safe_to_break(cut)) return false;
  const std::size_t g = whole.glyph_at(cut);
  if (!hyphen || g == 0) return true;
  const std::uint32_t before = whole.glyphs[g - 1].cluster;
  const ShapedText& tail = context.shape(line_end(text.substr(before, cut - before), true));
  return tail.safe_to_break(cut - before);
}

WordSplit split_word(ShapeContext& context, std::string_view text, const ShapedText& whole,
                     std::uint32_t from, std::uint32_t cut, bool hyphen) {
  WordSplit s;
  s.pre = &context.shape(line_end(text.substr(from, cut - from), hyphen));
  s.post = &context.shape(text.substr(cut));
  // The pre-break run reaches back to the last place where both the whole word and the
  // pre-break text may be cut as they are shaped, the post-break run on to the first such place
  // of the whole word and the post-break text (the cut itself, when only the hyphen reshapes).
  s.begin = from;
  for (std::size_t g = whole.glyph_at(cut); g > 0 && whole.glyphs[g - 1].cluster > from; --g) {
    const std::uint32_t c = whole.glyphs[g - 1].cluster;
    if (whole.safe_to_break(c) && s.pre->safe_to_break(c - from)) {
      s.begin = c;
      break;
    }
  }
  s.end = static_cast<std::uint32_t>(text.size());
  for (std::size_t g = whole.glyph_at(cut); g < whole.glyphs.size(); ++g) {
    const std::uint32_t c = whole.glyphs[g].cluster;
    if (whole.safe_to_break(c) && s.post->safe_to_break(c - cut)) {
      s.end = c;
      break;
    }
  }
  return s;
}

}  // namespace folio
