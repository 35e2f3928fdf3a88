#pragma once
// The output of layout: pages as display lists of positioned items. Writers (PDF, the debug
// dump) only read these; nothing downstream measures or shapes text again.

#include "base/color.h"
#include "base/length.h"
#include "fonts/face.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace folio {

// One glyph of a run. Positions are relative to the run's origin, y upwards.
struct PlacedGlyph {
  std::uint32_t glyph = 0;
  Pt x;
  Pt y;
  // Byte offset into GlyphRun::text of the first character this glyph stands for. Glyphs of
  // one cluster share it (a ligature is one glyph for several characters; a decomposed accent
  // several glyphs for one); clusters never decrease along a run.
  std::uint32_t cluster = 0;
};

// Glyphs of one face at one size and colour, on one baseline.
struct GlyphRun {
  const Face* face = nullptr;
  Pt size;
  Color color;
  Pt x;              // origin of the run on the page (the pen position of its first glyph) ...
  Pt y;              // ... and its baseline, from the trimmed page's bottom-left corner, y upwards
  std::string text;  // UTF-8 text the glyphs stand for, including an inserted hyphen
  std::vector<PlacedGlyph> glyphs;
};

// A filled rectangle (rules, crop marks); x, y is its bottom-left corner.
struct Rule {
  Pt x, y, width, height;
  Color color;
};

using DisplayItem = std::variant<GlyphRun, Rule>;

struct Page {
  Pt width;  // trim size
  Pt height;
  Pt bleed;           // printed area beyond the trim on every side
  std::string label;  // the folio as printed ("iii", "5"); empty when the page has none
  std::vector<DisplayItem> items;
};

struct DocumentInfo {
  std::string title;
  std::string subject;
  std::string author;
  std::string keywords;
};

// An entry of the PDF outline: a bookmark to a page.
struct OutlineEntry {
  std::string title;
  int level = 1;  // 1: a part; 2: an entry within the part before it
  std::size_t page = 0;
};

struct Document {
  DocumentInfo info;
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
};

}  // namespace folio
