#include "fonts/font_library.h"
#include "layout/text/shaper.h"
#include "pdf/font_codes.h"
#include "pdf/glyph_text.h"
#include "pdf/pdf_number.h"
#include "pdf/pdf_writer.h"
#include "tests/content_ops.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace folio;
using folio::test::run;

namespace {

// A run of `text` shaped in `face`, at (x, y) on the page.
GlyphRun run_of(const Face* face, const std::string& text, Pt x, Pt y,
                const std::vector<FontFeature>* features = nullptr) {
  ShapedText s = shape({face, Pt(12), "en", features}, text);
  GlyphRun r{face, Pt(12), Color::black(), x, y, text, {}};
  Pt pen;
  for (const ShapedGlyph& g : s.glyphs) {
    r.glyphs.push_back({g.glyph, g.cluster, pen + g.x_offset(), g.y_offset()});
    pen += g.advance;
  }
  return r;
}

const Face* find(FontLibrary& lib, const char* family, Slant slant = Slant::upright) {
  std::string error;
  const Face* f = lib.find({family, 400, slant}, &error);
  REQUIRE(f);
  return f;
}

Document sample(FontLibrary& lib) {
  const Face* termes = find(lib, "TeX Gyre Termes");
  const Face* gentium = find(lib, "Gentium Book Plus");
  Page page{Pt(300), Pt(200), Pt(9), "i", {}};
  page.items.emplace_back(run_of(termes, "office fine AV Jönsson", Pt(20), Pt(150)));
  page.items.emplace_back(run_of(gentium, "office fine AV Jönsson", Pt(20), Pt(120)));
  std::vector<FontFeature> smcp = {{"c2sc", 1}, {"smcp", 1}};
  page.items.emplace_back(run_of(termes, "Editorial Board", Pt(20), Pt(90), &smcp));
  page.items.emplace_back(Rule{Pt(20), Pt(80), Pt(100), Pt(0.5), Color::cmyk(0, 0, 0, 1)});
  Page second{Pt(300), Pt(200), Pt(9), "ii", {}};
  Page third{Pt(300), Pt(200), Pt(9), "1", {}};
  return {{"Jönsson’s test", "glyph ids", "", ""},
          {page, second, third},
          {{"Jönsson’s part", 1, 0}, {"A section", 2, 1}, {"Articles", 1, 2}}};
}

std::string write(const Document& doc) {
  std::string path = test::temp_dir() + "/out.pdf";
  std::string error;
  REQUIRE(write_pdf(doc, path, &error));
  return path;
}

}  // namespace

TEST_CASE("pdf numbers are written the same everywhere", "[pdf]") {
  CHECK(pdf::number(1.5) == "1.5");
  CHECK(pdf::number(2.0) == "2");
  CHECK(pdf::number(-0.0001) == "0");
  CHECK(pdf::number(-12.3456) == "-12.346");
  CHECK(pdf::number(612) == "612");
  CHECK(pdf::number(0.125, 2) == "0.13");
}

TEST_CASE("ToUnicode maps each code to its text, ligatures to their letters", "[pdf]") {
  std::string cmap = pdf::to_unicode_cmap({{3, U"ffi"}, {7, U"ö"}, {9, U"\U0001D400"}});
  CHECK_THAT(cmap, Catch::Contains("3 beginbfchar"));
  CHECK_THAT(cmap, Catch::Contains("<0003> <006600660069>"));
  CHECK_THAT(cmap, Catch::Contains("<0007> <00F6>"));
  CHECK_THAT(cmap, Catch::Contains("<0009> <D835DC00>"));  // surrogate pair
  CHECK_THAT(cmap, Catch::Contains("<0000> <FFFF>"));
}

TEST_CASE("glyphs land where layout put them, through TJ adjustments", "[pdf]") {
  FontLibrary lib;
  const Face* face = find(lib, "TeX Gyre Termes");
  // Two glyphs, the second 1pt further right than the first's advance at 10pt: -100/1000 em.
  const std::uint32_t a = face->glyph_for('a');
  const Pt advance = Face::to_pt(face->advance(a), Pt(10));
  GlyphRun r{face, Pt(10), Color::black(), Pt(5), Pt(6), "ab", {}};
  r.glyphs = {{a, 0, Pt(0), Pt(0)}, {face->glyph_for('b'), 1, advance + Pt(1), Pt(0)}};
  // Codes are given out in order of first use: 'a' is 1, 'b' is 2.
  pdf::FontCodes codes(*face);
  const std::string ops = test::content_ops(r, codes);
  CHECK_THAT(ops, Catch::Contains("/FT1 10 Tf"));
  CHECK_THAT(ops, Catch::Contains("1 0 0 1 5 6 Tm"));
  // Each code as its two bytes in a literal string.
  CHECK_THAT(ops, Catch::Contains(std::string("[(\0\x01)-100(\0\x02)] TJ", 17)));
  CHECK_THAT(ops, Catch::StartsWith("BT"));
  CHECK_THAT(ops, Catch::EndsWith("ET\n"));
}

TEST_CASE("codes whose bytes a literal string cannot hold as they are are escaped", "[pdf]") {
  FontLibrary lib;
  const Face* termes = find(lib, "TeX Gyre Termes");
  // 100 different letters: codes 1 to 100, among them 13 (a carriage return), 40 and 41 (the
  // parentheses) and 92 (the backslash).
  std::string letters;
  for (char c = '!'; c <= '~'; ++c) letters += c;
  letters += "ÀÁÂÃÄÅ";
  const GlyphRun shown = run_of(termes, letters, Pt(10), Pt(100));
  REQUIRE(shown.glyphs.size() == 100);
  pdf::FontCodes codes(*termes);
  const std::string ops = test::content_ops(shown, codes);
  REQUIRE(codes.glyphs().size() == 100);
  CHECK(ops.find('\r') == std::string::npos);
  CHECK_THAT(ops, Catch::Contains(std::string("\0\\r", 3)));
  CHECK_THAT(ops, Catch::Contains(std::string("\0\\(\0\\)", 6)));
  CHECK_THAT(ops, Catch::Contains(std::string("\0\\\\", 3)));
  // Read back as a reader reads it: every letter, in order.
  Page page{Pt(900), Pt(200), Pt(9), "1", {}};  // wide enough for the whole line
  page.items.emplace_back(shown);
  const std::string path = write({{"escapes", "", "", ""}, {page}, {}});
  const auto read = test::run("pdftotext -enc UTF-8 " + path + " -");
  REQUIRE(read.status == 0);
  std::string back = read.out;
  std::erase_if(back, [](char c) { return c == ' ' || c == '\n' || c == '\f'; });
  CHECK(back == letters);
}

TEST_CASE("a TrueType and a CFF font embed as subset Type0 fonts and copy as their text", "[pdf]") {
  FontLibrary lib;
  std::string path = write(sample(lib));

  auto check = run("qpdf --check " + path);
  CHECK(check.status == 0);
  CHECK_THAT(check.out, Catch::Contains("No syntax or stream encoding errors"));

  auto fonts = run("pdffonts " + path);
  REQUIRE(fonts.status == 0);
  CHECK_THAT(fonts.out, Catch::Contains("TeXGyreTermes-Regular"));
  CHECK_THAT(fonts.out, Catch::Contains("+GentiumBookPlus "));
  CHECK_THAT(fonts.out, Catch::Contains("CID Type 0C"));
  CHECK_THAT(fonts.out, Catch::Contains("CID TrueType"));
  // Every font line says: embedded yes, subset yes, ToUnicode yes.
  int font_lines = 0;
  std::istringstream lines(fonts.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("CID ") == std::string::npos) continue;  // the font lines
    CHECK_THAT(line, Catch::Contains("Custom"));           // an embedded encoding CMap
    ++font_lines;
    CHECK_THAT(line, Catch::Contains("yes yes yes"));
  }
  CHECK(font_lines == 2);

  auto text = run("pdftotext -enc UTF-8 " + path + " -");
  REQUIRE(text.status == 0);
  std::string t = test::squeeze(text.out);
  CHECK_THAT(t, Catch::Contains("office fine AV Jönsson office fine AV Jönsson"));
  // Small caps share glyphs between cases; ActualText keeps the source's capitals.
  CHECK_THAT(t, Catch::Contains("Editorial Board"));
}

TEST_CASE("pdf metadata, page boxes and identical bytes for identical input", "[pdf]") {
  FontLibrary lib;
  Document doc = sample(lib);
  std::string first = write(doc);
  std::string second = write(doc);
  CHECK(test::read_file(first) == test::read_file(second));

  auto info = run("pdfinfo -box " + first);
  REQUIRE(info.status == 0);
  info.out = test::squeeze(info.out);
  CHECK_THAT(info.out, Catch::Contains("Jönsson’s test"));
  CHECK_THAT(info.out, Catch::Contains("folio"));
  // Media box: the trim plus 9pt of bleed on every side.
  CHECK_THAT(info.out, Catch::Contains("MediaBox: 0.00 0.00 318.00 218.00"));
  CHECK_THAT(info.out, Catch::Contains("TrimBox: 9.00 9.00 309.00 209.00"));
  CHECK_THAT(info.out, Catch::Contains("BleedBox: 0.00 0.00 318.00 218.00"));
  auto qpdf = run("qpdf --show-object=trailer " + first);
  CHECK_THAT(qpdf.out, Catch::Contains("/ID"));
}

TEST_CASE("page labels are the printed folios, and bookmarks point to their pages", "[pdf]") {
  FontLibrary lib;
  std::string path = write(sample(lib));
  auto json = run("qpdf --json=2 --json-key=pagelabels --json-key=outlines " + path);
  REQUIRE(json.status == 0);
  const std::string j = test::squeeze(json.out);
  // Two label ranges: lower roman from i on page 1, decimal from 1 on page 3.
  CHECK_THAT(j, Catch::Contains("\"index\": 0, \"label\": { \"/S\": \"/r\", \"/St\": 1 }"));
  CHECK_THAT(j, Catch::Contains("\"index\": 2, \"label\": { \"/S\": \"/D\", \"/St\": 1 }"));
  // The outline: two top-level entries, the first with one child on page 2.
  CHECK_THAT(j, Catch::Contains("\"title\": \"Jönsson’s part\""));
  CHECK_THAT(j, Catch::Contains("\"title\": \"A section\""));
  CHECK_THAT(j, Catch::Contains("\"title\": \"Articles\""));
  CHECK_THAT(j, Catch::Contains("\"destpageposfrom1\": 2"));
  CHECK_THAT(j, Catch::Contains("\"destpageposfrom1\": 3"));
}

TEST_CASE("pages share one resource dictionary naming every font, and one object per box",
          "[pdf]") {
  FontLibrary lib;
  const std::string path = write(sample(lib));
  const auto pages = run("qpdf --show-pages " + path);
  REQUIRE(pages.status == 0);
  // "page 2: 15 0 R" for each page.
  std::vector<std::string> objects;
  std::istringstream lines(pages.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("page ", 0) != 0) continue;
    objects.push_back(line.substr(line.find(": ") + 2, line.find(" 0 R") - line.find(": ") - 2));
  }
  REQUIRE(objects.size() == 3);
  // The indirect object a key of a page's dictionary refers to ("10" of "/Resources 10 0 R").
  const auto referred = [](const std::string& dict, const std::string& key) {
    const std::size_t at = dict.find(key + " ");
    if (at == std::string::npos) return std::string("absent");
    const std::size_t from = at + key.size() + 1;
    const std::string value = dict.substr(from, dict.find(' ', from) - from);
    return dict.compare(dict.find(' ', from), 5, " 0 R ") == 0 ? value : "direct " + value;
  };
  std::string resources, trim, bleed;
  for (const std::string& n : objects) {
    const auto page = run("qpdf --show-object=" + n + " " + path);
    REQUIRE(page.status == 0);
    if (resources.empty()) {
      resources = referred(page.out, "/Resources");
      trim = referred(page.out, "/TrimBox");
      bleed = referred(page.out, "/BleedBox");
    }
    CHECK(referred(page.out, "/Resources") == resources);
    CHECK(referred(page.out, "/TrimBox") == trim);
    CHECK(referred(page.out, "/BleedBox") == bleed);
  }
  REQUIRE(resources.find_first_not_of("0123456789") == std::string::npos);
  CHECK(trim.find_first_not_of("0123456789") == std::string::npos);
  CHECK(trim != bleed);  // 9pt of bleed: two boxes
  const auto dict = run("qpdf --show-object=" + resources + " " + path);
  CHECK_THAT(dict.out,
             Catch::Contains("/FT1 ") && Catch::Contains("/FT2 ") && Catch::Contains("/ProcSet"));
}
