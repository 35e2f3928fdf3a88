#include <catch2/catch.hpp>

#include <sstream>

#include "stylesheets/builtin.h"
#include "stylesheets/stylesheet_reader.h"
#include "stylesheets/units.h"

using namespace folio;

namespace {

std::optional<Style> read(const std::string& body, Diagnostics& diags) {
  return read_stylesheet_xml("<stylesheet name=\"t\" version=\"1\">\n" + body + "</stylesheet>\n",
                             "t.xml", diags);
}

const char* kBase =
    "  <page-master name=\"page\" width=\"6in\" height=\"9in\"/>\n"
    "  <paragraph-style name=\"base\" font-family=\"TeX Gyre Termes\" font-size=\"10pt\"/>\n";

}  // namespace

TEST_CASE("lengths convert from every unit to points", "[stylesheets]") {
  std::string error;
  CHECK(parse_length("72pt", false, &error)->value == 72);
  CHECK(parse_length("1in", false, &error)->value == 72);
  CHECK(parse_length("25.4mm", false, &error)->value == Approx(72));
  CHECK(parse_length("2.54cm", false, &error)->value == Approx(72));
  CHECK(parse_length("1pc", false, &error)->value == 12);
  CHECK(parse_length("0", false, &error)->value == 0);
  auto em = parse_length("-1.5em", true, &error);
  REQUIRE(em);
  CHECK(em->em);
  CHECK(em->resolve(Pt(10)) == Pt(-15));
  CHECK_FALSE(parse_length("12", false, &error));
  CHECK_THAT(error, Catch::Contains("missing unit"));
  CHECK_FALSE(parse_length("1em", false, &error));
  CHECK_FALSE(parse_length("3px", false, &error));
  CHECK_THAT(error, Catch::Contains("unknown unit 'px'"));
}

TEST_CASE("colours are gray or CMYK, never RGB", "[stylesheets]") {
  std::string error;
  CHECK(*parse_color("gray(100%)", &error) == Color::black());
  CHECK(*parse_color("cmyk(0%, 100%, 50%, 10%)", &error) == Color::cmyk(0, 1, 0.5, 0.1));
  CHECK_FALSE(parse_color("rgb(1,0,0)", &error));
  CHECK_THAT(error, Catch::Contains("RGB colours are not allowed"));
  CHECK_FALSE(parse_color("#ff0000", &error));
  CHECK_FALSE(parse_color("gray(120%)", &error));
}

TEST_CASE("based-on chains resolve, children overriding parents", "[stylesheets]") {
  Diagnostics diags;
  auto style = read(std::string(kBase) +
                        "  <paragraph-style name=\"child\" based-on=\"base\" font-size=\"1.2em\""
                        " align=\"left\"/>\n"
                        "  <paragraph-style name=\"grandchild\" based-on=\"child\""
                        " font-weight=\"bold\" features=\"onum\"/>\n"
                        "  <character-style name=\"sc\" features=\"smcp\" font-size=\"0.8em\"/>\n"
                        "  <character-style name=\"sc-bold\" based-on=\"sc\" font-weight=\"bold\"/>\n",
                    diags);
  INFO([&] { std::ostringstream o; diags.print(o); return o.str(); }());
  REQUIRE(style);
  const ParagraphStyle& g = style->paragraphs.at("grandchild");
  CHECK(g.text.font.family == "TeX Gyre Termes");
  CHECK(g.text.size == Pt(12));  // 1.2em of the parent's 10pt
  CHECK(g.text.font.weight == 700);
  CHECK(g.align == Align::left);
  CHECK(g.text.features == std::vector<FontFeature>{{"onum", 1}});
  CHECK(style->paragraphs.at("base").align == Align::justify);  // the default
  // A character style applies over the text it is used in.
  TextFormat applied = style->characters.at("sc-bold").apply(g.text);
  CHECK(applied.size.value() == Approx(9.6));
  CHECK(applied.font.weight == 700);
  CHECK(applied.features.size() == 2);  // onum from the paragraph, smcp from the style
}

TEST_CASE("bad stylesheets give their message at their line and column", "[stylesheets]") {
  struct Case {
    std::string body;
    std::string where;  // "t.xml:L:C"
    std::string message;
  };
  const std::vector<Case> cases = {
      {"  <paragraph-styl name=\"x\"/>\n", "t.xml:2:3",
       "unknown element <paragraph-styl> in <stylesheet>; did you mean <paragraph-style>?"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" font-sise=\"9pt\"/>\n", "t.xml:2:45",
       "unknown attribute 'font-sise' on <paragraph-style>; did you mean 'font-size'?"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" font-size=\"12\"/>\n", "t.xml:2:45",
       "missing unit (pt, pc, mm, cm, in, em) for attribute 'font-size'"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" align=\"middle\"/>\n", "t.xml:2:45",
       "bad value 'middle' for 'align': expected one of justify, left, right, center"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" color=\"rgb(0,0,0)\"/>\n", "t.xml:2:45",
       "RGB colours are not allowed in print output"},
      {"  <paragraph-style name=\"x\" font-size=\"9pt\"/>\n", "t.xml:2:3",
       "paragraph style 'x' has no font-family"},
      {"  <paragraph-style name=\"a\" based-on=\"b\" font-family=\"A\"/>\n"
       "  <paragraph-style name=\"b\" based-on=\"a\"/>\n",
       "t.xml:2:3", "based-on cycle: a -> b -> a"},
      {"  <paragraph-style name=\"a\" based-on=\"zzz\" font-family=\"A\"/>\n", "t.xml:2:29",
       "based on undefined style 'zzz'"},
      {"  <paragraph-style name=\"a\" font-family=\"A\"/>\n"
       "  <character-style name=\"a\"/>\n",
       "t.xml:3:3", "duplicate style 'a' (first defined at line 4)"},
      {"  <page-master name=\"m\" height=\"100pt\" margin-top=\"60pt\" margin-bottom=\"50pt\"/>\n",
       "t.xml:2:3", "margins (top 60pt + bottom 50pt) exceed the page height 100pt"},
      {"  <page-master name=\"m\" width=\"1em\"/>\n", "t.xml:2:25",
       "em is not allowed here"},
      {"  <page-master name=\"m\" columns=\"40\"/>\n", "t.xml:2:25",
       "bad value '40' for 'columns': expected a whole number 1..12"},
      {"  <part kind=\"cover\" master=\"nope\"/>\n", "t.xml:2:22",
       "part uses undefined page-master 'nope'"},
      {"  <part kind=\"index\" master=\"page\"/>\n", "t.xml:2:9", "unknown part kind 'index'"},
      {"  <part kind=\"cover\" master=\"page\"><role name=\"r\" style=\"nope\"/></part>\n",
       "t.xml:2:51", "role 'r' uses undefined style 'nope'"},
      {"  <markup italic=\"nope\"/>\n", "t.xml:2:11",
       "markup uses undefined character style 'nope'"},
      {"  <character-style name=\"c\" features=\"small-caps\"/>\n", "t.xml:2:29",
       "bad OpenType feature 'small-caps'"},
      {"  <paragraph-style name=\"x\" font-family=\"A\" widows=\"0\"/>\n", "t.xml:2:45",
       "bad value '0' for 'widows'"},
      {"  <paragraph-style font-family=\"A\"/>\n", "t.xml:2:3",
       "<paragraph-style> is missing required attribute 'name'"},
  };
  for (const Case& c : cases) {
    Diagnostics diags;
    auto style = read(std::string(kBase) + c.body, diags);
    INFO(c.body);
    CHECK_FALSE(style);
    REQUIRE(diags.error_count() >= 1);
    bool found = false;
    for (const Diagnostic& d : diags.all()) {
      const std::string f = d.format();
      // kBase adds two lines before the case's body.
      std::string where = c.where;
      std::size_t colon = where.find(':');
      std::size_t colon2 = where.find(':', colon + 1);
      int line = std::stoi(where.substr(colon + 1, colon2 - colon - 1)) + 2;
      where = where.substr(0, colon + 1) + std::to_string(line) + where.substr(colon2);
      if (f.rfind(where + ": error: ", 0) == 0 && f.find(c.message) != std::string::npos) {
        found = true;
      }
    }
    if (!found) {
      std::ostringstream o;
      diags.print(o);
      FAIL_CHECK("expected " << c.where << " (+2 lines) " << c.message << "\ngot:\n" << o.str());
    }
  }
}

TEST_CASE("all errors of a stylesheet are reported in one run", "[stylesheets]") {
  Diagnostics diags;
  read(std::string(kBase) +
           "  <paragraph-style name=\"x\" font-family=\"A\" align=\"middle\" bogus=\"1\"/>\n"
           "  <frobnicate/>\n",
       diags);
  CHECK(diags.error_count() == 3);
}

TEST_CASE("the built-in stylesheet reads cleanly", "[stylesheets]") {
  Diagnostics diags;
  auto style = read_stylesheet_xml(builtin_stylesheet(), builtin_stylesheet_name(), diags);
  REQUIRE(style);
  CHECK(diags.all().empty());
  CHECK(style->parts.size() == 5);
  CHECK(style->part("masthead")->options.at("board-columns") == "3");
  CHECK(style->masters.at("page").width == inches(7));
}
