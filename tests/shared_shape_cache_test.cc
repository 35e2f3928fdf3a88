// One shape cache shared by two layout contexts on two threads (layout/text/shape_cache.h): each
// word is held once, and paragraphs set on either thread are the lines one context sets. Run
// under ThreadSanitizer, it shows the cache takes turns.

#include "layout/lines/paragraph_layout.h"
#include "layout/text/layout_context.h"
#include "tests/termes_text.h"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

using namespace folio;

namespace {

std::vector<std::string> texts() {
  static const char* const kWords[] = {"multilateral", "office",   "the",       "institution",
                                       "waters",       "affluent", "durability", "of",
                                       "regime",       "and",      "difficult", "theory"};
  std::vector<std::string> out;
  for (int p = 0; p < 60; ++p) {
    std::string text;
    for (int w = 0; w < 40; ++w) text += std::string(w ? " " : "") + kWords[(p * 5 + w * 7) % 12];
    out.push_back(text + std::to_string(p));  // a word of its own in each paragraph
  }
  return out;
}

// The glyphs and their places, line by line.
std::vector<std::vector<std::pair<std::uint32_t, double>>> glyphs_of(const SetParagraph& set) {
  std::vector<std::vector<std::pair<std::uint32_t, double>>> out;
  for (const Line& line : set.lines) {
    auto& placed = out.emplace_back();
    for (const GlyphRun& run : line.runs) {
      for (const PlacedGlyph& g : run.glyphs) placed.emplace_back(g.glyph, (run.x + g.x).value());
    }
  }
  return out;
}

}  // namespace

TEST_CASE("two contexts sharing a shape cache set what one context sets", "[shapes][threads]") {
  FontLibrary lib;
  test::termes(lib);
  const ParagraphStyle style = test::termes_body(Align::justify);
  const std::vector<std::string> all = texts();
  std::vector<Paragraph> paragraphs;
  for (const std::string& text : all) paragraphs.push_back(test::one_run_paragraph(style, text));

  LayoutContext alone(lib);
  std::vector<SetParagraph> expected;
  for (const Paragraph& p : paragraphs) {
    Diagnostics diags;
    expected.push_back(set_paragraph(p, Pt(200), alone, diags));
  }

  LayoutContext first(lib);
  LayoutContext second(lib, &first);
  std::vector<SetParagraph> got(paragraphs.size());
  auto set_every_other = [&](LayoutContext& context, std::size_t from) {
    for (std::size_t i = from; i < paragraphs.size(); i += 2) {
      Diagnostics diags;
      got[i] = set_paragraph(paragraphs[i], Pt(200), context, diags);
    }
  };
  std::thread other([&] { set_every_other(second, 1); });
  set_every_other(first, 0);
  other.join();

  CHECK(&second.shapes == &first.shapes);
  CHECK(first.shapes.size() == alone.shapes.size());
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    INFO("paragraph " << i);
    CHECK(glyphs_of(got[i]) == glyphs_of(expected[i]));
  }
}
