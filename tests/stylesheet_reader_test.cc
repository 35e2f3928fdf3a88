#include "stylesheets/stylesheet_reader.h"

#include "base/limits.h"
#include "base/suggest.h"
#include "stylesheets/builtin.h"
#include "stylesheets/units.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace folio;

namespace {

// A stylesheet whose body starts on line 4, after a page master (line 2) and a paragraph style
// with a font (line 3) that the body may build on.
std::string wrap(const std::string& body) {
  return "<stylesheet name=\"t\" version=\"1\">\n"
         "  <page-master name=\"page\" width=\"6in\" height=\"9in\"/>\n"
         "  <paragraph-style name=\"base\" font-family=\"TeX Gyre Termes\"/>\n" +
         body + "</stylesheet>\n";
}

std::optional<Style> read(const std::string& body, Diagnostics& diags) {
  return read_stylesheet_xml(wrap(body), "t.xml", diags);
}

std::string printed(const Diagnostics& diags) {
  std::ostringstream out;
  diags.print(out);
  return out.str();
}

// Reads a body that must be free of errors.
Style read_clean(const std::string& body) {
  Diagnostics diags;
  auto style = read(body, diags);
  INFO(printed(diags));
  REQUIRE(style);
  REQUIRE(diags.all().empty());
  return *style;
}

}  // namespace

// ---- Units ---------------------------------------------------------------------------------

TEST_CASE("lengths convert from every unit to points", "[stylesheets]") {
  std::string reason;
  auto points = [&](const char* text) {
    auto v = parse_length(text, &reason);
    REQUIRE(v);
    CHECK_FALSE(v->em);
    return v->value;
  };
  CHECK(points("72pt") == 72);
  CHECK(points("1in") == 72);
  CHECK(points("25.4mm") == 72);
  CHECK(points("2.54cm") == Approx(72).epsilon(1e-12));
  CHECK(points("1pc") == 12);
  CHECK(points("4.5pc") == 54);
  CHECK(points("0") == 0);
  CHECK(points("-2pt") == -2);
  CHECK(points(" 7in ") == 504);  // spaces around a value do not matter
  CHECK(points(".5in") == 36);

  auto em = parse_length("-1.5em", &reason);
  REQUIRE(em);
  CHECK(em->em);
  CHECK(em->value == -1.5);
  CHECK(em->resolve(Pt(10)) == Pt(-15));
}

TEST_CASE("a length needs a number and a known unit", "[stylesheets]") {
  std::string reason;
  CHECK_FALSE(parse_length("12", &reason));
  CHECK(reason == "missing unit (pt, pc, mm, cm, in, em)");
  CHECK_FALSE(parse_length("3px", &reason));
  CHECK(reason == "unknown unit 'px' (pt, pc, mm, cm, in, em)");
  CHECK_FALSE(parse_length("12 pt", &reason));
  CHECK_FALSE(parse_length("pt", &reason));
  CHECK(reason == "expected a number and a unit (pt, pc, mm, cm, in, em)");
  CHECK_FALSE(parse_length("", &reason));
  CHECK_FALSE(parse_length("1.2.3pt", &reason));
  CHECK_FALSE(parse_length("1e3pt", &reason));
}

TEST_CASE("colours are gray or CMYK, never RGB", "[stylesheets]") {
  std::string reason;
  CHECK(*parse_color("gray(100%)", &reason) == Color::black());
  CHECK(*parse_color("black", &reason) == Color::black());
  CHECK(*parse_color("gray(0%)", &reason) == Color::gray(0));
  CHECK(*parse_color("gray(50%)", &reason) == Color::gray(0.5));
  CHECK(*parse_color("cmyk(0%, 100%, 50%, 10%)", &reason) == Color::cmyk(0, 1, 0.5, 0.1));
  CHECK(*parse_color("cmyk(100%,60%,0%,20%)", &reason) == Color::cmyk(1, 0.6, 0, 0.2));

  for (const char* rgb : {"rgb(255, 0, 0)", "rgba(0,0,0,1)", "#ff0000"}) {
    INFO(rgb);
    CHECK_FALSE(parse_color(rgb, &reason));
    CHECK(reason == "RGB colours are not allowed in print output; use gray() or cmyk()");
  }
  CHECK_FALSE(parse_color("gray(120%)", &reason));
  CHECK(reason == "'120%' is not a percentage from 0% to 100%");
  CHECK_FALSE(parse_color("gray(50)", &reason));
  CHECK_FALSE(parse_color("cmyk(0%, 100%)", &reason));
  CHECK(reason == "cmyk() takes 4 percentages, got 2");
  CHECK_FALSE(parse_color("red", &reason));
  CHECK(reason == "expected gray(P%), cmyk(C%, M%, Y%, K%) or black");
}

TEST_CASE("features are OpenType tags with optional values", "[stylesheets]") {
  std::string reason;
  auto f = parse_features("onum  c2sc smcp liga=0 salt=2", &reason);
  REQUIRE(f);
  CHECK(*f ==
        std::vector<FontFeature>{{"onum", 1}, {"c2sc", 1}, {"smcp", 1}, {"liga", 0}, {"salt", 2}});
  CHECK(parse_features("", &reason)->empty());
  CHECK_FALSE(parse_features("SMCP", &reason));
  CHECK_FALSE(parse_features("sc", &reason));
  CHECK_FALSE(parse_features("small-caps", &reason));
  CHECK_THAT(reason, Catch::StartsWith("'small-caps' is not an OpenType feature tag"));
  CHECK_FALSE(parse_features("liga=off", &reason));
  CHECK_THAT(reason, Catch::Contains("the value of 'liga' must be a whole number"));
}

TEST_CASE("misspelt names get the nearest valid one suggested", "[stylesheets]") {
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("ab", "ba") == 1);  // a swap is one edit
  CHECK(edit_distance("", "abc") == 3);

  const std::vector<std::string> attrs = {"font-size", "font-style", "leading", "left-indent"};
  CHECK(nearest("font-sise", attrs) == "font-size");
  CHECK(nearest("laeding", attrs) == "leading");
  CHECK(nearest("lefft-indnt", attrs) == "left-indent");  // 2 edits
  CHECK(nearest("color", attrs).empty());                 // nothing close
  // Beyond 2 edits, up to a third of the word's length: 3 edits in 9 characters is a typo...
  CHECK(nearest("font-sxyz", {"font-size"}) == "font-size");
  CHECK(nearest("left-indexxx", {"left-indent"}) == "left-indent");
  // ...but 3 edits in 6 characters is another word.
  CHECK(nearest("abcxyz", {"abcdef"}).empty());
}

// ---- Resolution ----------------------------------------------------------------------------

TEST_CASE("paragraph styles take unset values from the defaults", "[stylesheets]") {
  const Style style = read_clean("");
  CHECK(style.name == "t");
  CHECK(style.source == "t.xml");
  const ParagraphStyle& p = style.paragraphs.at("base");
  CHECK(p.name == "base");
  CHECK(p.pos.line == 3);
  CHECK(p.text.font == FontSpec{"TeX Gyre Termes", 400, Slant::upright});
  CHECK(p.text.font_pos.line == 3);
  CHECK(p.text.font_pos.column == 32);  // the font-family attribute
  CHECK(p.text.size == Pt(10));
  CHECK(p.leading.em);
  CHECK(p.leading.value == 1.2);
  CHECK(p.align == Align::justify);
  CHECK(p.hyphenate);
  CHECK(p.widows == 2);
  CHECK(p.orphans == 2);
  CHECK_FALSE(p.keep_with_next);
  CHECK(p.text.color == Color::black());
}

TEST_CASE("based-on chains resolve, children overriding parents", "[stylesheets]") {
  // The grandchild comes first: styles may be used before they are defined.
  const Style style = read_clean(
      "  <paragraph-style name=\"grandchild\" based-on=\"child\" font-weight=\"bold\"\n"
      "                   features=\"onum\" space-before=\"6pt\" widows=\"3\"/>\n"
      "  <paragraph-style name=\"child\" based-on=\"parent\" font-size=\"1.2em\" align=\"left\"\n"
      "                   leading=\"14pt\" color=\"gray(50%)\" first-indent=\"1em\"/>\n"
      "  <paragraph-style name=\"parent\" font-family=\"TeX Gyre Pagella\" font-size=\"10pt\"\n"
      "                   features=\"kern\" hyphenate=\"false\" lang=\"en-GB\"/>\n");
  const ParagraphStyle& g = style.paragraphs.at("grandchild");
  CHECK(g.text.font.family == "TeX Gyre Pagella");  // from the grandparent
  CHECK(g.text.font_pos.line == 8);                 // where the grandparent chose it
  CHECK(g.text.size == Pt(12));                     // 1.2em of the grandparent's 10pt
  CHECK(g.text.font.weight == 700);                 // its own
  CHECK(g.align == Align::left);                    // from the parent
  CHECK_FALSE(g.leading.em);
  CHECK(g.leading.value == 14);
  CHECK(g.text.color == Color::gray(0.5));
  CHECK(g.first_indent.em);
  CHECK(g.first_indent.resolve(g.text.size) == Pt(12));
  CHECK(g.space_before.value == 6);
  CHECK_FALSE(g.hyphenate);
  CHECK(g.lang == "en-GB");
  CHECK(g.widows == 3);
  // Features add up along the chain.
  CHECK(g.text.features == std::vector<FontFeature>{{"kern", 1}, {"onum", 1}});
  // A parent does not see its child's settings.
  CHECK(style.paragraphs.at("child").text.font.weight == 400);
  CHECK(style.paragraphs.at("child").widows == 2);
  CHECK(style.paragraphs.at("parent").align == Align::justify);
}

TEST_CASE("a paragraph style's em font size is relative to its parent or to 10pt",
          "[stylesheets]") {
  const Style style = read_clean(
      "  <paragraph-style name=\"big\" font-family=\"A\" font-size=\"1.5em\"/>\n"
      "  <paragraph-style name=\"bigger\" based-on=\"big\" font-size=\"2em\"/>\n");
  CHECK(style.paragraphs.at("big").text.size == Pt(15));
  CHECK(style.paragraphs.at("bigger").text.size == Pt(30));
}

TEST_CASE("character styles inherit field by field and apply over the text", "[stylesheets]") {
  const Style style = read_clean(
      "  <character-style name=\"sc-bold\" based-on=\"sc\" font-weight=\"bold\""
      " features=\"smcp\"/>\n"
      "  <character-style name=\"sc\" features=\"c2sc smcp\" letter-spacing=\"0.03em\"/>\n"
      "  <character-style name=\"superscript\" font-size=\"0.7em\" baseline-shift=\"0.35em\"/>\n"
      "  <character-style name=\"red\" font-style=\"italic\""
      " color=\"cmyk(0%, 100%, 100%, 0%)\" text-transform=\"uppercase\"/>\n");
  const CharacterStyle& sc_bold = style.characters.at("sc-bold");
  CHECK(sc_bold.weight == 700);
  CHECK(sc_bold.features == std::vector<FontFeature>{{"smcp", 1}});  // overrides the parent's
  REQUIRE(sc_bold.letter_spacing);                                   // inherited
  CHECK(sc_bold.letter_spacing->value == 0.03);
  CHECK_FALSE(sc_bold.family);  // unset: the text around it decides
  CHECK_FALSE(sc_bold.size);

  TextFormat base;
  base.font = {"TeX Gyre Termes", 400, Slant::upright};
  base.size = Pt(10);
  base.features = {{"onum", 1}};

  const TextFormat sup = style.characters.at("superscript").apply(base);
  CHECK(sup.size.value() == Approx(7));  // 0.7em of the base's 10pt
  CHECK(sup.baseline_shift.resolve(sup.size).value() == Approx(2.45));
  CHECK(sup.font == base.font);
  CHECK(sup.features == base.features);

  const TextFormat bold = sc_bold.apply(base);
  CHECK(bold.font.weight == 700);
  CHECK(bold.font.family == "TeX Gyre Termes");
  CHECK(bold.size == Pt(10));
  CHECK(bold.features == std::vector<FontFeature>{{"onum", 1}, {"smcp", 1}});  // appended
  CHECK(bold.letter_spacing.resolve(bold.size).value() == Approx(0.3));

  const TextFormat red = style.characters.at("red").apply(base);
  CHECK(red.font.slant == Slant::italic);
  CHECK(red.color == Color::cmyk(0, 1, 1, 0));
  CHECK(red.transform == TextTransform::uppercase);
}

TEST_CASE("applying a character style with a family records where it was chosen", "[stylesheets]") {
  CharacterStyle symbol;
  symbol.family = "Symbola";
  symbol.pos = {"s.xml", 7, 30};
  symbol.size = StyleLength::points(9);
  TextFormat base;
  base.font.family = "TeX Gyre Termes";
  const TextFormat out = symbol.apply(base);
  CHECK(out.font.family == "Symbola");
  CHECK(out.font_pos.line == 7);
  CHECK(out.size == Pt(9));  // an absolute size ignores the base
  CHECK(CharacterStyle{}.apply(base).font == base.font);
}

TEST_CASE("page masters and parts are read as written", "[stylesheets]") {
  const Style style = read_clean(
      "  <page-master name=\"wide\" width=\"25.4cm\" height=\"10in\" bleed=\"3mm\""
      " margin-top=\"4pc\" margin-bottom=\"48pt\" margin-inside=\"5pc\" margin-outside=\"4pc\""
      " columns=\"3\" column-gap=\"1pc\"/>\n"
      "  <character-style name=\"italic\" font-style=\"italic\"/>\n"
      "  <markup italic=\"italic\"/>\n"
      "  <part kind=\"cover\" master=\"page\" recto=\"true\">\n"
      "    <role name=\"journal-title\" style=\"base\"/>\n"
      "  </part>\n"
      "  <part kind=\"contents\" master=\"wide\" leader=\" .\" page-number=\"last-line\">\n"
      "    <role name=\"entry\" style=\"base\"/>\n"
      "    <role name=\"entry-author\" style=\"italic\"/>\n"
      "  </part>\n");
  const PageMaster& m = style.masters.at("wide");
  CHECK(m.width.value() == Approx(720));
  CHECK(m.height == Pt(720));
  CHECK(m.bleed == millimetres(3));
  CHECK(m.margin_top == Pt(48));
  CHECK(m.margin_bottom == Pt(48));
  CHECK(m.margin_inside == Pt(60));
  CHECK(m.margin_outside == Pt(48));
  CHECK(m.columns == 3);
  CHECK(m.column_gap == Pt(12));
  CHECK(style.masters.at("page").margin_top == Pt(54));  // the default

  CHECK(style.markup.at("italic") == "italic");
  REQUIRE(style.parts.size() == 2);
  CHECK(style.parts[0].kind == "cover");  // in the order of the file
  CHECK(style.parts[0].recto);
  const PartStyle* contents = style.part("contents");
  REQUIRE(contents);
  CHECK(contents->master == "wide");
  CHECK_FALSE(contents->recto);
  CHECK(contents->options ==
        std::map<std::string, std::string>{{"leader", " ."}, {"page-number", "last-line"}});
  CHECK(contents->roles.at("entry-author") == "italic");
  CHECK(style.part("abstracts") == nullptr);
}

TEST_CASE("the shipped built-in stylesheet reads cleanly", "[stylesheets]") {
  Diagnostics diags;
  auto style = read_stylesheet_xml(builtin_stylesheet(), builtin_stylesheet_name(), diags);
  INFO(printed(diags));
  REQUIRE(style);
  CHECK(diags.all().empty());
  CHECK(style->parts.size() == 5);
  CHECK(style->part("masthead")->options.at("board-columns") == "3");
  CHECK(style->masters.at("page").width == inches(7));
}

// ---- Errors --------------------------------------------------------------------------------

TEST_CASE("bad stylesheets give their message at their line and column", "[stylesheets]") {
  struct Case {
    std::string body;   // from line 4 of the stylesheet
    std::string where;  // "line:column"
    std::string message;
  };
  const std::vector<Case> cases = {
      {"  <paragraph-style name=\"x\">\n", "5:3", "malformed XML: Start-end tags mismatch"},
      {"  <paragraph-styl name=\"x\"/>\n", "4:3",
       "unknown element <paragraph-styl>; did you mean <paragraph-style>?"},
      {"  <part kind=\"cover\" master=\"page\"><rol name=\"r\" style=\"base\"/></part>\n", "4:36",
       "unknown element <rol>; did you mean <role>?"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" font-sise=\"9pt\"/>\n", "4:45",
       "unknown attribute 'font-sise' on <paragraph-style>; did you mean 'font-size'?"},
      {"  <markup itallic=\"x\"/>\n", "4:11",
       "unknown attribute 'itallic' on <markup>; did you mean 'italic'?"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" font-family=\"B\"/>\n", "4:45",
       "duplicate attribute 'font-family' on <paragraph-style>"},
      {"  stray\n", "4:3", "unexpected text 'stray' in <stylesheet>"},
      {"  <paragraph-style font-family=\"A\"/>\n", "4:3",
       "<paragraph-style> is missing required attribute 'name'"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" font-size=\"12\"/>\n", "4:45",
       "bad length '12' for attribute 'font-size': missing unit (pt, pc, mm, cm, in, em)"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" leading=\"3px\"/>\n", "4:45",
       "bad length '3px' for attribute 'leading': unknown unit 'px'"},
      {"  <page-master name=\"m\" width=\"30em\"/>\n", "4:25",
       "bad length '30em' for attribute 'width': em is not allowed here"},
      {"  <page-master name=\"m\" bleed=\"-3mm\"/>\n", "4:25",
       "bad length '-3mm' for attribute 'bleed': must not be negative"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" font-size=\"0pt\"/>\n", "4:45",
       "bad length '0pt' for attribute 'font-size': must be more than zero"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" align=\"middle\"/>\n", "4:45",
       "bad value 'middle' for attribute 'align': expected one of justify, left, right, center"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" font-weight=\"heavy\"/>\n", "4:45",
       "bad value 'heavy' for attribute 'font-weight': expected normal, bold, or one of 100"},
      {"  <character-style name=\"c\" font-style=\"oblique\"/>\n", "4:29",
       "bad value 'oblique' for attribute 'font-style': expected one of normal, italic"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" keep-together=\"yes\"/>\n", "4:45",
       "bad value 'yes' for attribute 'keep-together': expected one of true, false"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" text-transform=\"caps\"/>\n", "4:45",
       "bad value 'caps' for attribute 'text-transform': expected one of none, uppercase"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" widows=\"0\"/>\n", "4:45",
       "bad value '0' for attribute 'widows': expected a whole number from 1 to 10"},
      {"  <page-master name=\"m\" columns=\"13\"/>\n", "4:25",
       "bad value '13' for attribute 'columns': expected a whole number from 1 to 12"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" color=\"rgb(0,0,0)\"/>\n", "4:45",
       "bad colour 'rgb(0,0,0)' for attribute 'color': RGB colours are not allowed in print "
       "output; use gray() or cmyk()"},
      {"  <character-style name=\"c\" color=\"#000000\"/>\n", "4:29",
       "RGB colours are not allowed in print output"},
      {"  <character-style name=\"c\" color=\"gray(120%)\"/>\n", "4:29",
       "bad colour 'gray(120%)' for attribute 'color': '120%' is not a percentage"},
      {"  <character-style name=\"c\" features=\"small-caps\"/>\n", "4:29",
       "bad features 'small-caps' for attribute 'features': 'small-caps' is not an OpenType "
       "feature tag"},
      {"  <paragraph-style name=\"x\" font-size=\"9pt\"/>\n", "4:3",
       "paragraph style 'x' has no font-family (set one, or inherit one with based-on)"},
      {"  <character-style name=\"base\"/>\n", "4:3",
       "duplicate style 'base' (first defined at line 3)"},
      {"  <page-master name=\"page\"/>\n", "4:3",
       "duplicate page-master 'page' (first defined at line 2)"},
      {"  <paragraph-style name=\"a\" based-on=\"bsae\"/>\n", "4:29",
       "paragraph style 'a' is based on undefined style 'bsae'; did you mean 'base'?"},
      {"  <character-style name=\"c\" based-on=\"base\"/>\n", "4:29",
       "character style 'c' is based on 'base', which is a paragraph style"},
      {"  <paragraph-style name=\"a\" based-on=\"b\"/>\n"
       "  <paragraph-style name=\"b\" based-on=\"a\"/>\n",
       "4:29", "based-on cycle: a -> b -> a"},
      {"  <character-style name=\"c\" based-on=\"c\"/>\n", "4:29", "based-on cycle: c -> c"},
      {"  <paragraph-style name=\"a\" based-on=\"x\"/>\n"
       "  <paragraph-style name=\"x\" based-on=\"y\"/>\n"
       "  <paragraph-style name=\"y\" based-on=\"x\"/>\n",
       "5:29", "based-on cycle: x -> y -> x"},
      {"  <page-master name=\"m\" height=\"720pt\" margin-top=\"400pt\""
       " margin-bottom=\"400pt\"/>\n",
       "4:3", "margins (top 400pt + bottom 400pt) exceed the page height 720pt"},
      {"  <page-master name=\"m\" width=\"5in\" margin-inside=\"2.5in\""
       " margin-outside=\"3in\"/>\n",
       "4:3", "margins (inside 180pt + outside 216pt) exceed the page width 360pt"},
      {"  <part master=\"page\"/>\n", "4:3", "<part> is missing required attribute 'kind'"},
      {"  <part kind=\"cover\"/>\n", "4:3", "<part> is missing required attribute 'master'"},
      {"  <part kind=\"cover\" master=\"page\"><role name=\"imprint\" style=\"base\"/>"
       "<role name=\"imprint\" style=\"base\"/></part>\n",
       "4:71", "duplicate role 'imprint' in <part kind=\"cover\">"},
      {"  <part kind=\"cover\" master=\"page\"><role name=\"imprnt\" style=\"base\"/></part>\n",
       "4:42", "unknown role 'imprnt' in <part kind=\"cover\">; did you mean 'imprint'?"},
      {"  <part kind=\"masthead\" master=\"page\" board-colums=\"3\"/>\n", "4:39",
       "unknown attribute 'board-colums' on <part kind=\"masthead\">; did you mean "
       "'board-columns'?"},
      {"  <part kind=\"index\" master=\"page\"/>\n", "4:9",
       "bad value 'index' for attribute 'kind': expected one of cover, masthead, contents, "
       "contributors, abstracts"},
      {"  <part kind=\"cover\" master=\"pgae\"/>\n", "4:22",
       "part 'cover' uses undefined page-master 'pgae'; did you mean 'page'?"},
      {"  <part kind=\"cover\" master=\"page\"><role name=\"imprint\" style=\"nope\"/></part>\n",
       "4:57", "role 'imprint' uses undefined style 'nope'"},
      {"  <markup italic=\"nope\"/>\n", "4:11",
       "markup 'italic' uses undefined character style 'nope'"},
      {"  <markup italic=\"base\"/>\n", "4:11",
       "markup 'italic' uses undefined character style 'base'"},  // a paragraph style
      {"  <page-master name=\"m\"><footer text=\"{folio}\" style=\"nope\"/></page-master>\n",
       "4:48", "<footer> uses undefined paragraph style 'nope'"},
  };
  for (const Case& c : cases) {
    Diagnostics diags;
    auto style = read(c.body, diags);
    INFO(c.body);
    INFO(printed(diags));
    CHECK_FALSE(style);
    CHECK(diags.error_count() == 1);  // one mistake, one error
    REQUIRE_FALSE(diags.all().empty());
    const std::string expected = "t.xml:" + c.where + ": error: ";
    CHECK_THAT(diags.all().front().format(),
               Catch::StartsWith(expected) && Catch::Contains(c.message));
  }
}

TEST_CASE("a stylesheet must be XML with a <stylesheet> root", "[stylesheets]") {
  Diagnostics diags;
  CHECK_FALSE(read_stylesheet_xml("<stylesheet>\n  <markup\n</stylesheet>\n", "s.xml", diags));
  REQUIRE(diags.error_count() == 1);
  // Where the parser noticed: the unclosed <markup> tag runs into the next line.
  CHECK(diags.all()[0].format() ==
        "s.xml:3:1: error: malformed XML: Error parsing start element tag");

  Diagnostics root;
  CHECK_FALSE(read_stylesheet_xml("<?xml version=\"1.0\"?>\n<style name=\"x\"/>\n", "s.xml", root));
  REQUIRE(root.error_count() == 1);
  CHECK(root.all()[0].format() ==
        "s.xml:2:1: error: the root element is <style>, expected <stylesheet>");

  Diagnostics version;
  CHECK_FALSE(read_stylesheet_xml("<stylesheet version=\"2\"/>", "s.xml", version));
  REQUIRE(version.error_count() == 1);
  CHECK(version.all()[0].format() ==
        "s.xml:1:13: error: unsupported stylesheet version '2' (folio reads version 1)");
}

TEST_CASE("all errors of a stylesheet are reported in one run", "[stylesheets]") {
  Diagnostics diags;
  auto style = read(
      "  <paragraph-style name=\"x\" font-family=\"A\" align=\"middle\" bogus=\"1\"/>\n"
      "  <frobnicate/>\n"
      "  <page-master name=\"m\" width=\"6\"/>\n"
      "  <paragraph-style name=\"y\" based-on=\"nowhere\"/>\n"
      "  <paragraph-style name=\"z\" based-on=\"y\" font-size=\"9\"/>\n"
      "  <part kind=\"cover\" master=\"page\"><role name=\"imprint\" style=\"z\"/></part>\n"
      "  <markup bold=\"bold\"/>\n",
      diags);
  CHECK_FALSE(style);
  const std::vector<std::string> expected = {
      "t.xml:4:45: error: bad value 'middle' for attribute 'align'",
      "t.xml:4:60: error: unknown attribute 'bogus' on <paragraph-style>",
      "t.xml:5:3: error: unknown element <frobnicate>",
      "t.xml:6:25: error: bad length '6' for attribute 'width'",
      "t.xml:7:29: error: paragraph style 'y' is based on undefined style 'nowhere'",
      // z fails below y without a message of its own, but its values are still checked.
      "t.xml:8:42: error: bad length '9' for attribute 'font-size'",
      "t.xml:10:11: error: markup 'bold' uses undefined character style 'bold'",
  };
  INFO(printed(diags));
  REQUIRE(diags.all().size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK_THAT(diags.all()[i].format(), Catch::StartsWith(expected[i]));
  }
  // No guess when nothing is close.
  CHECK(diags.all()[1].message == "unknown attribute 'bogus' on <paragraph-style>");
  CHECK(diags.all()[2].message == "unknown element <frobnicate>");
}

// ---- PDF settings ----------------------------------------------------------------------------

TEST_CASE("<pdf> sets the standard and a printing condition beside the stylesheet",
          "[stylesheets]") {
  Diagnostics diags;
  auto style = read_stylesheet_xml(
      wrap("  <pdf standard=\"none\" output-profile=\"profiles/press.icc\"\n"
           "       output-condition-identifier=\"FOGRA39\" output-condition=\"Coated\"/>\n"),
      "styles/house.xml", diags);
  INFO(printed(diags));
  REQUIRE(style);
  CHECK(style->pdf.standard == PdfStandard::none);
  CHECK(style->pdf.output_profile == "styles/profiles/press.icc");  // relative to the stylesheet
  CHECK(style->pdf.condition_identifier == "FOGRA39");
  CHECK(style->pdf.condition == "Coated");
  CHECK(style->pdf.registry == "http://www.color.org");
  CHECK(style->pdf.pos.line == 4);

  const Style plain = read_clean("");
  CHECK_FALSE(plain.pdf.standard);
  CHECK(plain.pdf.output_profile.empty());
  CHECK(read_clean("  <pdf output-profile=\"/abs/p.icc\" output-condition-identifier=\"X\"/>\n")
            .pdf.output_profile == "/abs/p.icc");
}

TEST_CASE("<pdf> errors: the standard, a profile without its condition, twice", "[stylesheets]") {
  const struct {
    const char* body;
    const char* message;
  } cases[] = {
      {"  <pdf standard=\"x1a\"/>\n",
       "t.xml:4:8: error: bad value 'x1a' for attribute 'standard': expected x4 or none"},
      {"  <pdf output-profile=\"p.icc\"/>\n",
       "t.xml:4:3: error: <pdf> needs output-profile and output-condition-identifier together"},
      {"  <pdf/>\n  <pdf/>\n", "t.xml:5:3: error: duplicate <pdf> (first at line 4)"},
      {"  <pdf profile=\"p.icc\"/>\n", "unknown attribute 'profile' on <pdf>"},
  };
  for (const auto& c : cases) {
    Diagnostics diags;
    read(c.body, diags);
    INFO(c.body);
    CHECK_THAT(printed(diags), Catch::Contains(c.message));
  }
}

TEST_CASE("a based-on chain as long as the style limit allows resolves without recursion",
          "[stylesheet]") {
  // 999 styles, each based on the next, the last on "base" (TeX Gyre Termes): the chain that
  // overflowed the stack when each step was a recursive call.
  std::string body;
  const int n = limits::kMaxStyles - 1;
  for (int i = 0; i < n; ++i) {
    body += "  <paragraph-style name=\"s" + std::to_string(i) + "\" based-on=\"" +
            (i + 1 < n ? "s" + std::to_string(i + 1) : std::string("base")) + "\"" +
            (i == n / 2 ? " font-size=\"11pt\"" : "") + "/>\n";
  }
  Style style = read_clean(body);
  const ParagraphStyle& first = style.paragraphs.at("s0");
  CHECK(first.text.font.family == "TeX Gyre Termes");
  CHECK(first.text.size.value() == 11);  // inherited from half-way up the chain
  CHECK(style.paragraphs.at("s" + std::to_string(n - 1)).text.size.value() == 10);
}

TEST_CASE("a stylesheet holds at most the style limit", "[stylesheet]") {
  std::string body;
  for (int i = 0; i < limits::kMaxStyles; ++i)
    body += "  <character-style name=\"c" + std::to_string(i) + "\" based-on=\"c" +
            std::to_string(i + 1) + "\"/>\n";
  Diagnostics diags;
  CHECK_FALSE(read(body, diags));
  // "base" is the first style; the 1,000th of the body is the 1,001st of the file, on line 1003.
  CHECK(printed(diags) ==
        "t.xml:1003:3: error: more than 1000 styles in the stylesheet, the limit; the rest are not "
        "read\n");
}

TEST_CASE("names too long to be mistyped get no suggestion, and cost nothing", "[stylesheets]") {
  // Found by fuzz_stylesheet_reader: a 16 KB based-on name against every style's name took a
  // second; at the 64 KiB an attribute may have, the distance table alone would be 28 GB.
  const std::string long_name(60000, 'a');
  CHECK(nearest(long_name, {long_name, "body"}).empty());
  CHECK(nearest("bdy", {long_name, "body"}) == "body");
  std::string body;
  for (int i = 0; i < 200; ++i) {
    body += "  <character-style name=\"" + std::string(300, 'c') + std::to_string(i) +
            "\" based-on=\"" + std::string(300, 'x') + std::to_string(i) + "\"/>\n";
  }
  Diagnostics diags;
  CHECK_FALSE(read(body, diags));
  CHECK(diags.error_count() == 200);
  CHECK(printed(diags).find("did you mean") == std::string::npos);
}

TEST_CASE("looseness is a whole number of lines, either way, inherited like the rest",
          "[stylesheets]") {
  const Style style = read_clean(
      "  <paragraph-style name=\"tight\" based-on=\"base\" looseness=\"-1\"/>\n"
      "  <paragraph-style name=\"child\" based-on=\"tight\"/>\n");
  CHECK(style.paragraphs.at("base").breaking.looseness == 0);
  CHECK(style.paragraphs.at("tight").breaking.looseness == -1);
  CHECK(style.paragraphs.at("child").breaking.looseness == -1);
  Diagnostics diags;
  CHECK_FALSE(read("  <paragraph-style name=\"x\" based-on=\"base\" looseness=\"1.5\"/>\n", diags));
  CHECK(printed(diags) ==
        "t.xml:4:45: error: bad value '1.5' for attribute 'looseness': expected a whole number "
        "from -100 to 100\n");
}

TEST_CASE("font expansion is 2 % unless a style says otherwise, and at most 5 %",
          "[stylesheets][expansion]") {
  const Style style = read_clean(
      "  <paragraph-style name=\"plain\" based-on=\"base\" expansion=\"0\"/>\n"
      "  <paragraph-style name=\"more\" based-on=\"plain\" expansion=\"0.03\"/>\n");
  CHECK(style.paragraphs.at("base").breaking.expansion == 0.02);
  CHECK(style.paragraphs.at("plain").breaking.expansion == 0);
  CHECK(style.paragraphs.at("more").breaking.expansion == 0.03);
  CHECK(style.paragraphs.at("base").breaking.max_hyphen_lines == 2);
  Diagnostics diags;
  CHECK_FALSE(read("  <paragraph-style name=\"x\" based-on=\"base\" expansion=\"0.1\"/>\n", diags));
  CHECK(printed(diags).find("attribute 'expansion'") != std::string::npos);
}
