#include "pdf/glyph_text.h"

#include "base/utf8.h"

#include <cstdio>

namespace folio::pdf {

std::vector<Cluster> clusters_of(const GlyphRun& run) {
  std::vector<Cluster> out;
  for_each_cluster(run, [&](const Cluster& c) { out.push_back(c); });
  return out;
}

void GlyphText::take(std::uint32_t glyph, std::u32string text) {
  if (glyph >= texts_.size()) texts_.resize(glyph + 1);
  if (texts_[glyph].empty()) texts_[glyph] = std::move(text);
}

void GlyphText::claim(const GlyphRun& run, const Cluster& c) {
  // Most glyphs are claimed on their first page: say so before decoding anything.
  if (c.glyph_end - c.glyph_begin == 1 && claimed(run.glyphs[c.glyph_begin].glyph)) return;
  std::u32string text =
      utf8::decode(std::string_view(run.text).substr(c.text_begin, c.text_end - c.text_begin));
  if (text.empty()) return;
  if (c.glyph_end - c.glyph_begin == 1) {
    take(run.glyphs[c.glyph_begin].glyph, std::move(text));
    return;
  }
  // Several glyphs for one piece of text (a base letter and a mark, say): each glyph that is
  // some character's nominal glyph takes that character.
  for (std::size_t i = c.glyph_begin; i < c.glyph_end; ++i) {
    for (char32_t ch : text) {
      if (run.face->glyph_for(ch) == run.glyphs[i].glyph) {
        take(run.glyphs[i].glyph, std::u32string(1, ch));
        break;
      }
    }
  }
}

std::u32string_view GlyphText::text_of(std::uint32_t glyph) const {
  return glyph < texts_.size() ? std::u32string_view(texts_[glyph]) : std::u32string_view();
}

bool GlyphText::reproduces(const GlyphRun& run, const Cluster& c) const {
  // The claimed texts, one after the other, against the cluster's text read as it goes: no
  // string is built, as this is asked of every cluster of every page.
  const std::string_view text = std::string_view(run.text).substr(0, c.text_end);
  std::size_t at = c.text_begin;
  for (std::size_t i = c.glyph_begin; i < c.glyph_end; ++i) {
    for (char32_t ch : text_of(run.glyphs[i].glyph)) {
      if (at >= text.size() || utf8::next(text, at) != ch) return false;
    }
  }
  return at == text.size();
}

std::string utf16be_hex(std::u32string_view text, bool with_bom) {
  std::string out = with_bom ? "FEFF" : "";
  char buf[4];
  for (unsigned char byte : utf8::utf16be(text)) {
    std::snprintf(buf, sizeof buf, "%02X", byte);
    out += buf;
  }
  return out;
}

std::string to_unicode_cmap(const std::map<std::uint32_t, std::u32string>& text_of_code) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  // A bfchar block may hold at most 100 entries.
  constexpr std::size_t kBlock = 100;
  std::vector<std::pair<std::uint32_t, const std::u32string*>> entries;
  for (const auto& [code, text] : text_of_code) {
    if (!text.empty()) entries.emplace_back(code, &text);
  }
  char buf[16];
  for (std::size_t i = 0; i < entries.size(); i += kBlock) {
    std::size_t n = std::min(kBlock, entries.size() - i);
    out += std::to_string(n) + " beginbfchar\n";
    for (std::size_t k = i; k < i + n; ++k) {
      std::snprintf(buf, sizeof buf, "<%04X> <", entries[k].first);
      out += buf;
      out += utf16be_hex(*entries[k].second, false);
      out += ">\n";
    }
    out += "endbfchar\n";
  }
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\nend\n";
  return out;
}

}  // namespace folio::pdf
