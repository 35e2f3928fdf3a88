#pragma once
// Breaks that change the glyphs around them (TeX's \discretionary). A word is shaped whole, so
// "office" is o + ffi + c + e; broken at its hyphenation point it must read "of-" and "fice", each
// shaped afresh (f and the hyphen, kerned; the fi ligature), while the glyphs further from the
// point stay as the whole word has them. HarfBuzz says how far the change reaches: a glyph it
// flags unsafe-to-break is one that a cut before it would reshape.

#include "layout/text/shape_cache.h"

#include <cstdint>
#include <string_view>

namespace folio {

// The three glyph runs of a word broken before byte `cut` of its text (offsets are bytes of that
// text): the no-break run is the whole word's glyphs for [begin, end); the pre-break run, which
// ends the line, is `pre`'s glyphs from `begin` on (`pre` is the text from the split's `from` to
// the cut, and the hyphen, shaped: its clusters count from `from`); the post-break run, which
// starts the next line, is `post`'s glyphs before `end` (`post` is the text from the cut to the
// word's end, shaped: its clusters count from the cut). Outside [begin, end) the word's glyphs
// are the same broken or not.
struct WordSplit {
  std::uint32_t begin = 0, end = 0;
  const ShapedText* pre = nullptr;
  const ShapedText* post = nullptr;
};

// Whether `text`, shaped whole as `whole`, may break before byte `cut` keeping its glyphs as they
// are, with a hyphen (shaped in `context`) added at the line's end when `hyphen` is set: a glyph
// starts at the cut, HarfBuzz does not flag it, and the hyphen neither kerns nor joins with the
// glyph before it (it is shaped with that glyph's cluster alone, so the test costs one lookup in
// the shape cache).
bool breaks_cleanly(ShapeContext& context, std::string_view text, const ShapedText& whole,
                    std::uint32_t cut, bool hyphen);

// The runs of a break before `cut` that does not break cleanly. The word's glyphs before `from`
// are already set apart (`from` is the word's start or a place it breaks cleanly or where an
// earlier split ends), so the pre-break run starts there or later.
WordSplit split_word(ShapeContext& context, std::string_view text, const ShapedText& whole,
                     std::uint32_t from, std::uint32_t cut, bool hyphen);

}  // namespace folio
