#include "pdf/glyph_text.h"

#include "base/utf8.h"

#include <cstdio>

namespace folio::pdf {

std::vector<Cluster> clusters_of(const GlyphRun& run) {
  std::vector<Cluster> out;
  const auto& g = run.glyphs;
  for (std::size_t i = 0; i < g.size();) {
    std::size_t j = i + 1;
    while (j < g.size() && g[j].cluster == g[i].cluster) ++j;
    std::size_t text_end = j < g.size() ? g[j].cluster : run.text.size();
    out.push_back({i, j, g[i].cluster, std::max<std::size_t>(text_end, g[i].cluster)});
    i = j;
  }
  return out;
}

void GlyphText::claim(const GlyphRun& run, const Cluster& c) {
  std::u32string text =
      utf8::decode(std::string_view(run.text).substr(c.text_begin, c.text_end - c.text_begin));
  if (text.empty()) return;
  if (c.glyph_end - c.glyph_begin == 1) {
    texts_.try_emplace(run.glyphs[c.glyph_begin].glyph, text);
    return;
  }
  // Several glyphs for one piece of text (a base letter and a mark, say): each glyph that is
  // some character's nominal glyph takes that character.
  for (std::size_t i = c.glyph_begin; i < c.glyph_end; ++i) {
    for (char32_t ch : text) {
      if (run.face->glyph_for(ch) == run.glyphs[i].glyph) {
        texts_.try_emplace(run.glyphs[i].glyph, std::u32string(1, ch));
        break;
      }
    }
  }
}

std::u32string_view GlyphText::text_of(std::uint32_t glyph) const {
  auto it = texts_.find(glyph);
  return it == texts_.end() ? std::u32string_view() : std::u32string_view(it->second);
}

bool GlyphText::reproduces(const GlyphRun& run, const Cluster& c) const {
  std::u32string spelled;
  for (std::size_t i = c.glyph_begin; i < c.glyph_end; ++i) {
    spelled += text_of(run.glyphs[i].glyph);
  }
  return spelled ==
         utf8::decode(std::string_view(run.text).substr(c.text_begin, c.text_end - c.text_begin));
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
