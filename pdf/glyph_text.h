#pragma once
// Which text each glyph stands for, so that text copied from the PDF is the source text.
//
// A ToUnicode CMap gives every glyph of a font one text. Most glyphs have exactly one (a letter,
// or a ligature's letters: "ffi"), but some serve several: with `smcp` and `c2sc`, "o" and "O"
// become the same small-cap glyph. The first text seen claims the glyph; a cluster whose glyphs
// do not spell its own text through the CMap is wrapped in /ActualText when it is written.

#include "layout/pages/page.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace folio::pdf {

// A cluster of a run: glyphs [glyph_begin, glyph_end) standing for text [text_begin, text_end).
struct Cluster {
  std::size_t glyph_begin = 0, glyph_end = 0;
  std::size_t text_begin = 0, text_end = 0;
};

// Calls f(cluster) for each of a run's clusters, in glyph order: every glyph of every page goes
// through here twice, so nothing is collected.
template <typename F>
void for_each_cluster(const GlyphRun& run, F&& f) {
  const auto& g = run.glyphs;
  for (std::size_t i = 0; i < g.size();) {
    std::size_t j = i + 1;
    while (j < g.size() && g[j].cluster == g[i].cluster) ++j;
    const std::size_t text_end = j < g.size() ? g[j].cluster : run.text.size();
    f(Cluster{i, j, g[i].cluster, std::max<std::size_t>(text_end, g[i].cluster)});
    i = j;
  }
}

// A run's clusters, in glyph order.
std::vector<Cluster> clusters_of(const GlyphRun& run);

class GlyphText {
 public:
  // Offers `text` for the glyphs of a cluster. A single glyph takes the whole text; of several
  // glyphs, each takes its own character where the face maps one to it.
  void claim(const GlyphRun& run, const Cluster& cluster);

  // The text a glyph claimed, or empty.
  std::u32string_view text_of(std::uint32_t glyph) const;

  // Whether the claimed texts of the cluster's glyphs, in order, spell the cluster's text.
  bool reproduces(const GlyphRun& run, const Cluster& cluster) const;

 private:
  bool claimed(std::uint32_t glyph) const {
    return glyph < texts_.size() && !texts_[glyph].empty();
  }
  void take(std::uint32_t glyph, std::u32string text);

  std::vector<std::u32string> texts_;  // by glyph id; empty: not claimed
};

// A ToUnicode CMap program for two-byte codes, mapping each code to its text.
std::string to_unicode_cmap(const std::map<std::uint32_t, std::u32string>& text_of_code);

// UTF-16BE with a byte-order mark, as hex digits: the form /ActualText and info strings take.
std::string utf16be_hex(std::u32string_view text, bool with_bom);

}  // namespace folio::pdf
