#pragma once
// What compose hands to layout: each front-matter part as a list of blocks, every piece of text
// already carrying its resolved formatting. Compose decides what is said and in which style;
// layout decides where it goes.

#include "base/diagnostics.h"
#include "stylesheets/style.h"

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace folio {

// Text in one format. A run with `line_break` set carries no text and forces a new line.
struct StyledRun {
  std::string text;
  TextFormat format;
  std::string lang;
  bool line_break = false;
  SourcePos pos;
  // A person's name, or a list of names: its no-break spaces hold each name together, except as
  // a last resort when nothing else keeps a line inside its measure.
  bool name = false;
};

// Which of a paragraph's lines carries its right column.
enum class RightColumnLine {
  first,       // the paragraph's first line
  title_last,  // the line where the title ends (the paragraph's first `title_runs` runs)
  last,        // the paragraph's last line
};

// Text set flush right on one of a paragraph's lines, in a column the paragraph's other text
// never enters: the page number of a contents entry.
struct RightColumn {
  std::vector<StyledRun> runs;
  // Reserved at the right of every line of the paragraph. Unset: as wide as the widest right
  // column of the part's paragraphs, plus `gap`, so the numbers of a contents stand in one column.
  std::optional<Pt> width;
  Pt gap;
  RightColumnLine line = RightColumnLine::first;
  std::size_t title_runs = 0;  // for RightColumnLine::title_last
  std::string leader;  // repeated between the text and the number ("." or ". "); may be empty
};

// An entry in the PDF's outline (bookmarks) at the place a paragraph is set.
struct Bookmark {
  std::string title;
  int level = 0;  // 0: none; 1: a part; 2: within a part
};

struct Paragraph {
  const ParagraphStyle* style = nullptr;
  std::vector<StyledRun> runs;
  RightColumn right;  // empty runs: none
  SourcePos pos;
  Bookmark bookmark;
};

// Vertical space between blocks. A fill stretches to push what follows to the foot of the page.
struct VerticalSpace {
  Pt height;
  bool fill = false;
};

// Paragraphs set in N columns of equal width, balanced so the columns end close together.
struct ColumnSet {
  int columns = 1;
  Pt gap;
  std::vector<Paragraph> paragraphs;
};

struct PageBreak {};

using Block = std::variant<Paragraph, VerticalSpace, ColumnSet, PageBreak>;

struct ComposedPart {
  const PartStyle* style = nullptr;
  const PageMaster* master = nullptr;
  const PageMaster* first_master = nullptr;  // of the opening page; the same as `master` if unset
  const PageMaster* verso_master = nullptr;  // of left-hand pages; the same as `master` if unset
  std::string title;                         // for bookmarks, running heads and the contents
  std::vector<Block> blocks;
};

// Folios of the parts, by part kind ("contributors" -> "v"), as the last layout placed them.
using PartFolios = std::map<std::string, std::string>;

// A word's only hyphenation points in one language, from the issue ("multi-lat-er-al-ism").
struct HyphenationOverride {
  std::string lang;
  std::string word;
};

struct ComposedIssue {
  const Style* style = nullptr;
  std::vector<ComposedPart> parts;
  std::string journal;      // for running heads: {journal}
  std::string designation;  // {issue}
  std::vector<HyphenationOverride> hyphenation;
  std::string title;  // document title for the PDF's info
  std::string subject;
};

}  // namespace folio
