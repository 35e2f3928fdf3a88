#pragma once
// The style model: everything about how front matter looks, read from a stylesheet file
// (docs/stylesheet-format.md). Styles come out of the reader resolved: `based-on` chains are
// followed, units converted to points (em lengths stay relative until the font size is known),
// so later stages never look anything up twice.

#include "base/color.h"
#include "base/diagnostics.h"
#include "base/length.h"
#include "base/pdf_standard.h"
#include "fonts/font_spec.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace folio {

// A length that may be relative to the font size in effect ("1.2em").
struct StyleLength {
  double value = 0;
  bool em = false;  // value is in ems of the font size in effect, else in points
  Pt resolve(Pt font_size) const { return em ? font_size * value : Pt(value); }
  static StyleLength points(double v) { return {v, false}; }
  static StyleLength ems(double v) { return {v, true}; }
};

enum class TextTransform { none, uppercase };

// Character formatting in effect for a piece of text.
struct TextFormat {
  FontSpec font;
  SourcePos font_pos;  // where the stylesheet chose the font, for "font not found" errors
  Pt size{10};
  std::vector<FontFeature> features;
  Color color;
  StyleLength letter_spacing;  // added after every character
  StyleLength baseline_shift;  // upwards
  TextTransform transform = TextTransform::none;
  // Families to take a character from when the font lacks it, in order.
  std::vector<std::string> fallback_families;
};

// A character style changes only what it sets; the rest comes from the text around it.
struct CharacterStyle {
  std::string name;
  SourcePos pos;
  std::optional<std::string> family;
  std::optional<int> weight;
  std::optional<Slant> slant;
  std::optional<StyleLength> size;  // "0.7em" is relative to the size it applies to
  std::optional<std::vector<FontFeature>> features;  // added to those in effect
  std::optional<Color> color;
  std::optional<StyleLength> letter_spacing;
  std::optional<StyleLength> baseline_shift;
  std::optional<TextTransform> transform;
  std::optional<std::vector<std::string>> fallback_families;

  TextFormat apply(const TextFormat& base) const;
};

enum class Align { justify, left, right, center };

// Line breaking and hyphenation settings of a paragraph style. Defaults are TeX's (plain.tex),
// except where a comment says why not.
struct BreakSettings {
  double pretolerance = 100;
  double tolerance = 200;
  int line_penalty = 10;
  int hyphen_penalty = 50;
  int ex_hyphen_penalty = 50;  // at an explicit hyphen ("decision-making")
  double adj_demerits = 10000;
  double double_hyphen_demerits = 10000;
  double final_hyphen_demerits = 5000;
  // TeX's default is 0; like LaTeX users who set \emergencystretch, folio prefers a loose line to
  // an overfull one when nothing else fits.
  StyleLength emergency_stretch = StyleLength::ems(1.5);
  // The stretch unjustified lines are measured against, so their rag comes out even
  // (ragged2e's \RaggedRight uses 2em).
  StyleLength rag = StyleLength::ems(2);
  double space_stretch = 0.5;       // inter-word stretch and shrink, as shares of the space
  double space_shrink = 1.0 / 3.0;  // (TeX's values for a roman text face)
  // Font expansion of justified lines (pdfTeX's \pdfadjustspacing): the share of their width the
  // glyphs of a line may be drawn wider or narrower, all alike, so that its spaces stretch and
  // shrink less. TeX's default is none; 0.02 is microtype's limit, too little to be seen, and
  // what takes folio's spacing past TeX's (docs/typography.md).
  double expansion = 0.02;
  // Wider spaces after a sentence's end, a colon, a semicolon or a comma (TeX's
  // \nonfrenchspacing, layout/text/space_factor.h); off: every space alike (\frenchspacing).
  bool wide_sentence_spaces = false;
  int max_hyphen_lines = 2;         // consecutive lines ending in a hyphen; 0 = no limit
  int looseness = 0;  // lines more (negative: fewer) than the optimum, within the tolerance
  double report_badness = 1000;     // an underfull line worse than this is reported (\hbadness)
  // Hyphenation: words shorter than min_word characters stay whole; a hyphen leaves at least
  // min_left characters before it and min_right after it.
  int min_word = 5;
  int min_left = 2;
  int min_right = 3;
  // The stylesheet reader turns it on for justified styles that do not say (ragged text would
  // break names of places and institutions, "Viet-nam", "Consor-tium": docs/typography.md).
  // Words all in capitals and people's names (StyledRun::name) never take the patterns' points
  // either way (layout/text/hyphenator.h).
  bool hyphenate_capitalised = false;
  bool hyphenate_hyphenated = false;
};

// What a paragraph does when a line of it is wider than the measure: break it (the default), or
// first set it smaller, down to a minimum size (display type: a cover title, a part heading).
enum class Fit { none, shrink };

struct ParagraphStyle {
  std::string name;
  SourcePos pos;
  TextFormat text;
  Fit fit = Fit::none;
  // With Fit::shrink, the smallest size the text may be set at; its leading shrinks alike.
  StyleLength min_size = StyleLength::ems(0.5);
  StyleLength leading = StyleLength::ems(1.2);  // baseline to baseline
  Align align = Align::justify;
  StyleLength first_indent;  // of the first line, relative to left_indent (negative: outdent)
  StyleLength left_indent;
  StyleLength right_indent;
  StyleLength space_before;
  StyleLength space_after;
  bool hyphenate = true;
  BreakSettings breaking;
  // Optical margin alignment: punctuation at a line's edge hangs into the margin. On by default
  // for justified text, where the edge is straight enough for the eye to see it.
  bool margin_kerning = true;
  std::string lang;  // empty: the language
  bool keep_with_next = false;
  bool keep_together = false;
  int widows = 2;
  int orphans = 2;
};

// How folios are numbered: the front matter of a journal issue traditionally in lower-case roman.
enum class FolioStyle { arabic, lower_roman, upper_roman };

// A line in a page's head or foot margin: a running head or the folio. Its text may hold fields
// filled in per page: {journal}, {issue} (the designation), {part} (the part's title), {folio}.
struct RunningLine {
  enum class Placement { center, outside, inside };  // outside: left on versos, right on rectos
  std::string text;
  std::string style;  // a paragraph style, for font, size and colour
  Pt offset;          // from the trim edge (top for a header, bottom for a footer) to the baseline
  Placement placement = Placement::center;
  SourcePos pos;
};

struct PageMaster {
  std::string name;
  SourcePos pos;
  Pt width = inches(7);
  Pt height = inches(10);
  Pt bleed;
  Pt margin_top = Pt(54), margin_bottom = Pt(54);
  Pt margin_inside = Pt(54), margin_outside = Pt(54);
  int columns = 1;
  Pt column_gap = Pt(12);
  std::vector<RunningLine> headers;
  std::vector<RunningLine> footers;
};

// One front-matter part: what it is, on which master it is set, and which style each of its
// roles uses. Options are the part's own settings (for the masthead: "board-columns").
struct PartStyle {
  std::string kind;  // cover, masthead, contents, contributors, abstracts
  SourcePos pos;
  std::string master;
  std::string first_master;  // for the part's opening page; empty: `master`
  std::string verso_master;  // for its left-hand (even) pages; empty: `master`
  bool recto = false;
  // Whether the part's opening page carries its running heads and folio; by custom it does not.
  bool heads_on_first_page = false;
  std::map<std::string, std::string> roles;    // role -> paragraph or character style name
  std::map<std::string, std::string> options;  // part-specific settings, as written
};

// A word's only hyphenation points in one language ("multi-lat-er-al-ism"), as TeX's
// \hyphenation: the house's list, which an issue's own <hyphenation> overrides word by word.
struct HyphenationWord {
  std::string lang;
  std::string word;
  SourcePos pos;
};

// The PDF a build writes, unless the command line says otherwise (docs/print.md).
struct PdfSettings {
  std::optional<PdfStandard> standard;  // empty: folio's default, PDF/X-4
  // The printing condition, when not folio's default (Ghostscript's CMYK profile). The profile
  // path is resolved against the stylesheet's folder.
  std::string output_profile;
  std::string condition_identifier;  // "FOGRA39"
  std::string condition;             // "Offset, coated paper (ISO 12647-2:2004)"
  std::string registry = "http://www.color.org";
  SourcePos pos;  // the <pdf> element
};

struct Style {
  std::string source;  // the stylesheet file, or "<built-in>"
  std::string name;
  FolioStyle folios = FolioStyle::lower_roman;
  std::map<std::string, ParagraphStyle> paragraphs;
  std::map<std::string, CharacterStyle> characters;
  std::map<std::string, PageMaster> masters;
  // Character styles for the inline markup, by markup name: italic, bold, small-caps,
  // superscript, subscript.
  std::map<std::string, std::string> markup;
  std::vector<PartStyle> parts;  // in the order they are printed
  PdfSettings pdf;
  std::vector<HyphenationWord> hyphenation;

  const PartStyle* part(const std::string& kind) const;
};

}  // namespace folio
