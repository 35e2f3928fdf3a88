#pragma once
// The output of layout: pages as display lists of positioned items. Writers (PDF, the debug
// dump) only read these; nothing downstream measures or shapes text again.

#include "base/color.h"
#include "base/diagnostics.h"
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
  // Byte offset into GlyphRun::text of the first character this glyph stands for. Glyphs of
  // one cluster share it (a ligature is one glyph for several characters; a decomposed accent
  // several glyphs for one); clusters never decrease along a run.
  std::uint32_t cluster = 0;
  Pt x;
  Pt y;
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
  Pt width{};           // from the origin to the end of the last glyph's advance
  // Font expansion: the glyphs are drawn this much wider than the face's (their advances and
  // positions are already scaled by it); 1 for none.
  double expansion = 1;
  std::string style{};  // the paragraph style it was set in, for the display list a person reads
  // What the preflight checks the run against: the frame it must stay inside (an index into
  // Page::frames; -1 for none), how far margin kerning lets its line hang out of that frame on
  // either side, and where its text comes from (an index into Page::sources; -1 for none).
  int frame = -1;
  Pt hang_left{};
  Pt hang_right{};
  int source = -1;
  // The page number (or item number) a contents entry prints in its right column: what a proof
  // sheet reads back to check the contents against where the articles are (app/page_ledger.h).
  bool page_reference = false;
};

// A filled rectangle (rules, crop marks); x, y is its bottom-left corner.
struct Rule {
  Pt x, y, width, height;
  Color color;
};

using DisplayItem = std::variant<GlyphRun, Rule>;

// A rectangle a page's text must stay inside: a column of the text block, a column of a set of
// columns within it, or the slot of a running line.
struct Frame {
  Pt x, y, width, height;  // bottom-left corner and size, like a Rule
  std::string name;        // for messages: "column 2", "the footer '{folio}'"
  // A running line the page master asks for: a frame of this kind left empty is an error.
  bool must_print = false;
};

struct Page {
  Pt width;  // trim size
  Pt height;
  Pt bleed;           // printed area beyond the trim on every side
  std::string label;  // the folio as printed ("iii", "5"); empty when the page has none
  std::vector<DisplayItem> items;
  std::string part{};    // the kind of front-matter part the page belongs to ("contents")
  std::string master{};  // the name of its page master
  std::vector<Frame> frames{};
  std::vector<SourcePos> sources{};
};

// How messages name a page: "page iii (PDF page 3, contents)", the folio a proofreader sees
// first, then where a viewer finds it and the part it belongs to.
std::string describe_page(const Page& page, std::size_t index);

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
