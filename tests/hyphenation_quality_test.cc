// Which words take which hyphens beyond what the patterns say: people's names take none of the
// patterns' points, capitalised words hyphenate in justified styles and not in ragged ones unless
// a stylesheet says otherwise, and folio's own exceptions mend the en-US patterns' worst gaps.

#include "base/hyphenation_word.h"
#include "fonts/font_library.h"
#include "layout/lines/paragraph_layout.h"
#include "layout/text/layout_context.h"
#include "stylesheets/default_hyphenation.h"
#include "stylesheets/stylesheet_reader.h"
#include "tests/termes_text.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace folio;
using folio::test::one_run_paragraph;
using folio::test::termes_body;

namespace {

constexpr const char* kNbsp = "\u00A0";

// The text of each line of `p` set at `measure`.
std::vector<std::string> lines_of(const Paragraph& p, Pt measure, LayoutContext& context) {
  Diagnostics diags;
  std::vector<std::string> out;
  for (const Line& line : set_paragraph(p, measure, context, diags).lines) {
    std::string text;
    for (const GlyphRun& run : line.runs) text += run.text;
    out.push_back(text);
  }
  return out;
}

// The word a line ends with, when it ends with a hyphen: "Fred-" of "... Fred-".
std::string hyphenated_end(const std::string& line) {
  if (line.empty() || line.back() != '-') return {};
  std::size_t begin = 0;
  if (const std::size_t space = line.rfind(' '); space != std::string::npos) begin = space + 1;
  const std::size_t nbsp = line.rfind(kNbsp);
  if (nbsp != std::string::npos && nbsp + 2 > begin) begin = nbsp + 2;  // U+00A0 is two bytes
  return line.substr(begin);
}

bool ends_inside(const std::vector<std::string>& lines, const std::string& word) {
  for (const std::string& line : lines) {
    const std::string end = hyphenated_end(line);
    if (!end.empty() && word.starts_with(end.substr(0, end.size() - 1))) return true;
  }
  return false;
}

// A contributor's paragraph as compose makes it: the name (its spaces no-break), then the bio.
Paragraph bio(const ParagraphStyle& style, const std::string& name, bool marked) {
  Paragraph p = one_run_paragraph(style,
                                  " is Professor of Political Science at the University "
                                  "of California and writes on international regimes.");
  StyledRun n = p.runs.front();
  n.text = name;
  n.name = marked;
  p.runs.insert(p.runs.begin(), n);
  return p;
}

}  // namespace

TEST_CASE("a person's name takes no hyphen from the patterns, even where a line would break there",
          "[hyphenation]") {
  FontLibrary lib;
  LayoutContext context(lib);
  ParagraphStyle style = termes_body(Align::justify);
  style.breaking.hyphenate_capitalised = true;  // as justified styles have it by default
  const std::string name = std::string("Miles") + kNbsp + "Frederickson";  // Fred-er-ick-son
  int hyphenated_unmarked = 0;
  for (int width = 64; width <= 110; width += 2) {
    INFO("measure " << width << "pt");
    // Not marked as a name, the word is capitalised like any other and takes its points...
    if (ends_inside(lines_of(bio(style, name, false), Pt(width), context), "Frederickson"))
      ++hyphenated_unmarked;
    // ...marked, never: the line breaks at the name's no-break space instead.
    const std::vector<std::string> lines = lines_of(bio(style, name, true), Pt(width), context);
    CHECK_FALSE(ends_inside(lines, "Frederickson"));
    CHECK_FALSE(ends_inside(lines, "Miles"));
  }
  CHECK(hyphenated_unmarked > 5);  // the measures where the test means something
}

TEST_CASE("a person's name still breaks after its own hyphen, and takes an exception's points",
          "[hyphenation]") {
  FontLibrary lib;
  ParagraphStyle style = termes_body(Align::justify);
  style.breaking.hyphenate_capitalised = true;
  const std::string name = std::string("Jean-Paul") + kNbsp + "Frederickson";
  LayoutContext context(lib);
  bool after_hyphen = false;
  for (int width = 64; width <= 110; width += 2) {
    const std::vector<std::string> lines = lines_of(bio(style, name, true), Pt(width), context);
    after_hyphen = after_hyphen || lines.front() == "Jean-";
    CHECK_FALSE(ends_inside(lines, "Frederickson"));
  }
  CHECK(after_hyphen);

  LayoutContext excepted(lib);
  excepted.hyphenator.add_exception("en-US", "Fred-erickson");
  bool at_exception = false;
  for (int width = 64; width <= 110; width += 2) {
    for (const std::string& line : lines_of(bio(style, name, true), Pt(width), excepted)) {
      const std::string end = hyphenated_end(line);
      if (end.empty() || !std::string("Frederickson").starts_with(end.substr(0, end.size() - 1)))
        continue;  // a hyphen in the bio, or none
      CHECK(end == "Fred-");
      at_exception = true;
    }
  }
  CHECK(at_exception);
}

namespace {

// A stylesheet whose paragraph styles differ only as `styles` says, each based on "base".
Style stylesheet_with(const std::string& styles) {
  Diagnostics diags;
  std::optional<Style> style = read_stylesheet_xml(
      "<stylesheet name=\"t\" version=\"1\">\n"
      "  <paragraph-style name=\"base\" font-family=\"TeX Gyre Termes\" font-size=\"10pt\"\n"
      "                   leading=\"12pt\" lang=\"en-US\"/>\n" +
          styles + "</stylesheet>\n",
      "t.xml", diags);
  INFO(diags.all().size());
  REQUIRE(style);
  return *style;
}

// Whether any line of a paragraph of capitalised words, set in `style` at measures from 72 to
// 140pt (each word fits), ends inside one of them.
bool capitalised_hyphenated(const ParagraphStyle& style) {
  FontLibrary lib;
  LayoutContext context(lib);
  const Paragraph p = one_run_paragraph(
      style,
      "Comparative Government and International Organization at the Department of "
      "Geography, Washington University, with the Consortium for Development Studies");
  for (int width = 72; width <= 140; width += 4) {
    for (const std::string& line : lines_of(p, Pt(width), context)) {
      const std::string end = hyphenated_end(line);
      if (!end.empty() && end.front() >= 'A' && end.front() <= 'Z') return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("capitalised words hyphenate by default in justified styles, not in ragged ones",
          "[hyphenation]") {
  const Style style = stylesheet_with(
      "  <paragraph-style name=\"justified\" based-on=\"base\" align=\"justify\"/>\n"
      "  <paragraph-style name=\"ragged\" based-on=\"base\" align=\"left\"/>\n"
      "  <paragraph-style name=\"ragged-below-justified\" based-on=\"justified\" align=\"left\"/>\n"
      "  <paragraph-style name=\"no-capitals\" based-on=\"base\" align=\"justify\"\n"
      "                   hyphenate-capitalised=\"false\"/>\n"
      "  <paragraph-style name=\"no-capitals-child\" based-on=\"no-capitals\"/>\n"
      "  <paragraph-style name=\"ragged-capitals\" based-on=\"base\" align=\"left\"\n"
      "                   hyphenate-capitalised=\"true\"/>\n"
      "  <paragraph-style name=\"ragged-capitals-justified\" based-on=\"ragged-capitals\"\n"
      "                   align=\"justify\"/>\n");
  auto capitalised = [&](const std::string& name) {
    return style.paragraphs.at(name).breaking.hyphenate_capitalised;
  };
  CHECK(capitalised("base"));  // justified is the default alignment
  CHECK(capitalised("justified"));
  CHECK_FALSE(capitalised("ragged"));
  CHECK_FALSE(capitalised("ragged-below-justified"));  // the default follows the style's own align
  // An attribute the style or a parent gives wins over the default.
  CHECK_FALSE(capitalised("no-capitals"));
  CHECK_FALSE(capitalised("no-capitals-child"));
  CHECK(capitalised("ragged-capitals"));
  CHECK(capitalised("ragged-capitals-justified"));

  // And the lines say so.
  CHECK(capitalised_hyphenated(style.paragraphs.at("justified")));
  CHECK_FALSE(capitalised_hyphenated(style.paragraphs.at("ragged")));
  CHECK_FALSE(capitalised_hyphenated(style.paragraphs.at("no-capitals")));
  CHECK(capitalised_hyphenated(style.paragraphs.at("ragged-capitals")));
}

TEST_CASE(
    "folio's en-US exceptions fill the patterns' gaps, below the stylesheet's and the issue's",
    "[hyphenation]") {
  for (const HyphenationWord& w : default_hyphenation()) {
    INFO(w.word);
    CHECK_FALSE(hyphenation_word_problem(w.word));
  }
  FontLibrary lib;
  const Style style = stylesheet_with("");
  const Paragraph p = one_run_paragraph(
      style.paragraphs.at("base"),
      "the sovereignty of states and the sovereignty of the international regime, "
      "sovereignty and hegemony");
  auto line_ends = [&](LayoutContext& context) {
    std::vector<std::string> ends;
    for (int width = 50; width <= 120; width += 2) {
      for (const std::string& line : lines_of(p, Pt(width), context)) {
        if (const std::string end = hyphenated_end(line); !end.empty()) ends.push_back(end);
      }
    }
    return ends;
  };
  auto contains = [](const std::vector<std::string>& ends, const std::string& end) {
    return std::ranges::find(ends, end) != ends.end();
  };
  LayoutContext patterns_only(lib);
  const std::vector<std::string> before = line_ends(patterns_only);
  CHECK_FALSE(contains(before, "sov-"));  // hyph_en_US.dic has no point in "sovereignty"
  CHECK_FALSE(contains(before, "sover-"));
  CHECK(contains(before, "hege-"));

  // As typeset() sets an issue: folio's words, then the stylesheet's and the issue's.
  LayoutContext with_defaults(lib);
  for (const HyphenationWord& w : default_hyphenation())
    with_defaults.hyphenator.add_default_exception(w.lang, w.word);
  const std::vector<std::string> after = line_ends(with_defaults);
  INFO(Catch::Detail::stringify(after));
  CHECK((contains(after, "sov-") || contains(after, "sover-")));
  CHECK_FALSE(contains(after, "hege-"));  // the patterns' point, which the list replaces
  // A stylesheet's or an issue's word wins, given for en as well as for en-US, whichever order.
  for (const char* lang : {"en", "en-US"}) {
    LayoutContext overridden(lib);
    overridden.hyphenator.add_exception(lang, "sovereignty");
    for (const HyphenationWord& w : default_hyphenation())
      overridden.hyphenator.add_default_exception(w.lang, w.word);
    for (const std::string& end : line_ends(overridden)) {
      CHECK(end != "sov-");
      CHECK(end != "sover-");
    }
  }
}
