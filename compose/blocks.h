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
  // A person's name, or a list of names: its no-break spaces hold each name together, and its
  // words take no hyphenation points from the patterns (only an exception's; a break after an
  // explicit hyphen, "Jean-/Paul", stays), except as a last resort when nothing else keeps a
  // line inside its measure. Set by compose, which knows what is a name; an affiliation or a
  // place is not one.
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

// A running head or folio line as one part prints it: the issue's and the part's fields are
// filled in; "{folio}" is left for each page to fill with its own.
struct PartRunningLine {
  std::string written;  // as the stylesheet writes it ("{journal}"), for messages
  std::string text;
  const ParagraphStyle* style = nullptr;
  bool header = true;  // else a footer
  Pt offset;           // from the trim edge (top for a header, bottom for a footer) to the baseline
  RunningLine::Placement placement = RunningLine::Placement::center;
  SourcePos pos;
};

// A page master as one part uses it.
struct PartMaster {
  const PageMaster* master = nullptr;
  std::vector<PartRunningLine> running_lines;
};

// The field of a running line that each page fills with its folio.
constexpr const char* kFolioField = "{folio}";

struct ComposedPart {
  std::string kind;    // "contents"
  SourcePos pos;       // the stylesheet's part, for messages about the part as a whole
  std::string title;   // for bookmarks, running heads and the contents
  PartMaster body;     // every page's, unless one below applies
  PartMaster opening;  // the part's first page's (the same master as body unless set)
  PartMaster verso;    // left-hand pages' (the same master as body unless set)
  bool recto = false;  // starts on a recto, after a blank verso when needed
  bool heads_on_opening_page = false;
  bool balance_columns = false;  // the columns of the part's last page end close together
  FolioStyle folios = FolioStyle::lower_roman;
  // The part prints the folios of other parts (a contents' list-parts): laid out again when they
  // move.
  bool shows_folios = false;
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
  std::vector<ComposedPart> parts;
  std::vector<HyphenationOverride> hyphenation;
  std::string title;  // document title for the PDF's info
  std::string subject;
};

}  // namespace folio
