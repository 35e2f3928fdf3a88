// End-to-end: the folio command on the IO 46(3) sample and on broken input.

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>
#include <sstream>
#include <unistd.h>

using folio::test::run;

namespace {

const std::string kFolio = FOLIO_BINARY;
const std::string kSample = std::string(FOLIO_SOURCE_DIR) + "/samples/io-46-3/issue.xml";

// Builds the sample once for all the tests that read it.
const std::string& sample_pdf() {
  static const std::string path = [] {
    std::string out = folio::test::temp_dir() + "/io.pdf";
    auto r = run(kFolio + " build " + kSample + " -o " + out);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return out;
  }();
  return path;
}

std::string pdf_text(const std::string& pdf) {
  auto r = run("pdftotext -enc UTF-8 " + pdf + " -");
  REQUIRE(r.status == 0);
  return folio::test::squeeze(r.out);
}

}  // namespace

TEST_CASE("folio build typesets the IO sample into a clean PDF", "[e2e]") {
  const std::string& pdf = sample_pdf();
  auto check = run("qpdf --check " + pdf);
  CHECK(check.status == 0);
  auto fonts = run("pdffonts " + pdf);
  REQUIRE(fonts.status == 0);
  int font_lines = 0;
  std::istringstream lines(fonts.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("CID ") == std::string::npos) continue;  // the font lines
    CHECK_THAT(line, Catch::Contains("Custom"));           // an embedded encoding CMap
    ++font_lines;
    CHECK_THAT(line, Catch::Contains("yes yes yes"));  // embedded, subset, ToUnicode
  }
  CHECK(font_lines >= 3);  // roman, italic, bold at least
}

TEST_CASE("the IO sample sets without an overfull line", "[e2e]") {
  const std::string out = folio::test::temp_dir() + "/io.pdf";
  auto r = run(kFolio + " build " + kSample + " -o " + out);
  REQUIRE(r.status == 0);
  CHECK(r.err.find("overfull") == std::string::npos);
  CHECK(r.err.find("error") == std::string::npos);
}

TEST_CASE("the sample's text comes back in the seed's order", "[e2e]") {
  const std::string text = pdf_text(sample_pdf());
  // Checkpoints through the whole front matter, each after the one before.
  const char* checkpoints[] = {
      "IO",
      "International Organization",
      "John Gerard Ruggie, James A. Caporaso, Steve Weber, and Miles Kahler",
      "Symposium: Multilateralism",
      "Refugee Policies in Mexico and Honduras",
      "Published quarterly by The MIT Press",
      "Editorial Board",
      "John Gerard Ruggie, Chairperson",
      "Christer Jönsson",
      "Editor: John S. Odell",
      "invites the submission of manuscripts",
      "additional mailing offices",
      "This publication is printed on acid-free paper.",
      "Volume 46, Number 3, Summer 1992",
      "Multilateralism: the anatomy of an institution",
      "561",
      "Articles",
      "731",
      "Contributors",
      "James A. Caporaso is Virginia and Prentice Bloedel Professor",
      "Abstracts",
      "by John Gerard Ruggie",
      "institutions are “in demand.”",
      "horizontal unilateralism provide avenues for successful multilateral collaboration",
      "between the number of major powers and international commerce.",
  };
  std::size_t at = 0;
  for (const char* c : checkpoints) {
    INFO("checkpoint: " << c);
    std::size_t found = text.find(c, at);
    CHECK(found != std::string::npos);
    if (found != std::string::npos) at = found + 1;
  }
}

TEST_CASE("the sample holds all of the seed's words, in order", "[e2e]") {
  const std::string seedcheck = std::string(FOLIO_SOURCE_DIR) + "/../shared/tools/seedcheck.py";
  const std::string seed =
      std::string(FOLIO_SOURCE_DIR) + "/../shared/seeds/io-46-3-front-matter.md";
  if (!folio::test::file_exists(seedcheck) || !folio::test::file_exists(seed)) {
    WARN("shared/ is not beside the checkout; seed coverage not measured");
    return;
  }
  auto r = run("python3 " + seedcheck + " " + sample_pdf() + " " + seed);
  INFO(r.out << r.err);
  CHECK(r.status == 0);  // bag >= 0.99 and ordered >= 0.90
}

TEST_CASE("contents page numbers are right-aligned on one edge", "[e2e]") {
  const auto words = folio::test::word_boxes(sample_pdf());
  // The right edge (xMax) of each of the six page numbers.
  std::vector<double> right_edges;
  for (const char* number : {"561", "599", "633", "681", "709", "731"}) {
    auto found = std::find_if(words.begin(), words.end(),
                              [&](const folio::test::WordBox& w) { return w.text == number; });
    REQUIRE(found != words.end());
    right_edges.push_back(found->x_max);
  }
  for (double edge : right_edges) CHECK(edge == Approx(right_edges.front()).margin(0.05));
}

TEST_CASE("nothing is set outside the text block", "[e2e]") {
  // 7in x 10in pages; the io-1992 masters keep at least 4.5pc (54pt) of margin on every side.
  const auto words = folio::test::word_boxes(sample_pdf());
  for (const folio::test::WordBox& w : words) {
    INFO(w.text << " " << w.x_min << "," << w.y_min << " " << w.x_max << "," << w.y_max);
    // Folios stand in the foot margin, where the stylesheet puts them (3pc from the bottom).
    if (folio::test::is_roman_folio(w.text) && w.y_min > 720 - 3 * 12 - 9) continue;
    // Optical margin alignment hangs a line-end hyphen or period up to 70% of its width (at
    // most 2.5pt at these sizes) into the margin, by design; nothing else crosses the edge.
    CHECK(w.x_min >= 54 - 2.5);
    CHECK(w.x_max <= 504 - 54 + 2.5);
    CHECK(w.y_min >= 5 * 12 - 12);  // the ascenders of the first line may rise above
    CHECK(w.y_max <= 720 - 60 + 3);
  }
  CHECK(words.size() > 1500);
}

TEST_CASE("a missing font is an error at the stylesheet line that names it", "[e2e]") {
  const std::string dir = folio::test::temp_dir();
  const std::string style = dir + "/bad-font.xml";
  std::string text =
      folio::test::read_file(std::string(FOLIO_SOURCE_DIR) + "/stylesheets/io-1992.xml");
  const std::string family = "font-family=\"TeX Gyre Termes\"";
  std::size_t at = text.find(family);
  REQUIRE(at != std::string::npos);
  text.replace(at, family.size(), "font-family=\"Nonexistent Serif\"");
  folio::test::write_file(style, text);
  const std::string out = dir + "/never.pdf";
  auto r = run(kFolio + " build " + kSample + " --style " + style + " -o " + out);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains(style + ":"));
  CHECK_THAT(r.err, Catch::Contains(": error: font family 'Nonexistent Serif' not found"));
  CHECK_FALSE(folio::test::file_exists(out));
}

TEST_CASE("a font missing only from the contents fails the build, at 1 and 2 threads", "[e2e]") {
  // The contents is set twice: first only for its length, with what it says thrown away, then
  // for real. A font not found the first time must still be said, and fail, the second.
  const std::string dir = folio::test::temp_dir();
  const std::string style = dir + "/bad-contents-font.xml";
  std::string text =
      folio::test::read_file(std::string(FOLIO_SOURCE_DIR) + "/stylesheets/io-1992.xml");
  const std::string entry = "<paragraph-style name=\"contents-entry\" based-on=\"base\"";
  std::size_t at = text.find(entry);
  REQUIRE(at != std::string::npos);
  text.insert(at + entry.size(), " font-family=\"Nonexistent Serif\"");
  folio::test::write_file(style, text);
  for (const char* threads : {"1", "2"}) {
    INFO("--threads " << threads);
    const std::string out = dir + "/never.pdf";
    auto r = run(kFolio + " build " + kSample + " --style " + style + " --threads " + threads +
                 " -o " + out);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains(": error: font family 'Nonexistent Serif' not found"));
    CHECK_FALSE(folio::test::file_exists(out));
  }
}

TEST_CASE("malformed issue XML is an error at its line and column, and writes nothing", "[e2e]") {
  const std::string dir = folio::test::temp_dir();
  const std::string issue = dir + "/broken.xml";
  folio::test::write_file(issue, "<issue version=\"1\">\n  <journal>\n    <title>X</titel>\n");
  const std::string out = dir + "/broken.pdf";
  auto r = run(kFolio + " build " + issue + " -o " + out);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::StartsWith(issue + ":3:"));
  CHECK_THAT(r.err, Catch::Contains(": error: "));
  CHECK_FALSE(folio::test::file_exists(out));
}

TEST_CASE("usage errors exit with 2, --help and --version with 0", "[e2e]") {
  CHECK(run(kFolio).status == 2);
  CHECK(run(kFolio + " build").status == 2);
  CHECK(run(kFolio + " build a.xml --bogus").status == 2);
  CHECK(run(kFolio + " frobnicate").status == 2);
  auto help = run(kFolio + " --help");
  CHECK(help.status == 0);
  CHECK_THAT(help.out, Catch::Contains("folio build ISSUE"));
  auto version = run(kFolio + " --version");
  CHECK(version.status == 0);
  CHECK_THAT(version.out, Catch::StartsWith("folio 0."));
}

TEST_CASE("an existing output survives a failed build", "[e2e]") {
  const std::string dir = folio::test::temp_dir();
  const std::string issue = dir + "/broken.xml";
  folio::test::write_file(issue, "<issue");
  const std::string out = dir + "/keep.pdf";
  folio::test::write_file(out, "previous");
  CHECK(run(kFolio + " build " + issue + " -o " + out).status == 1);
  CHECK(folio::test::read_file(out) == "previous");
}

TEST_CASE("one issue under two house styles: different books, the same text", "[e2e][styles]") {
  const std::string dir = folio::test::temp_dir();
  const std::string io = dir + "/io.pdf", modern = dir + "/modern.pdf";
  REQUIRE(run(kFolio + " build " + kSample + " -o " + io).status == 0);
  REQUIRE(run(kFolio + " build " + kSample + " --style " + FOLIO_SOURCE_DIR +
              "/stylesheets/contemporary.xml -o " + modern)
              .status == 0);

  auto info = [](const std::string& pdf) {
    return folio::test::squeeze(run("pdfinfo " + pdf).out);
  };
  CHECK_THAT(info(io), Catch::Contains("Page size: 504 x 720 pts"));  // 7 x 10 in
  CHECK_THAT(info(modern),
             Catch::Contains("Page size: 498.898 x 697.323"));  // 170 x 240 mm + bleed

  auto fonts = [](const std::string& pdf) { return run("pdffonts " + pdf).out; };
  CHECK_THAT(fonts(io), Catch::Contains("TeXGyreTermes-Regular"));
  CHECK_THAT(fonts(io), !Catch::Contains("Heros"));
  CHECK_THAT(fonts(modern), Catch::Contains("TeXGyreHeros-Bold"));
  CHECK_THAT(fonts(modern), Catch::Contains("TeXGyrePagella-Regular"));
  CHECK_THAT(fonts(modern), !Catch::Contains("Termes"));

  // Line counts differ; the words do not. Compared as sorted lists: the IO style puts page
  // numbers on an entry's first line, the contemporary one on its last, so the order of a few
  // words differs. Case is a style's (text-transform), and leader dots are not words.
  auto raw = [](const std::string& pdf) { return run("pdftotext -enc UTF-8 " + pdf + " -").out; };
  auto words = [](const std::string& text) {
    std::string joined;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '-' && i + 1 < text.size() && (text[i + 1] == '\n')) {
        // A hyphen at a line's end, added by hyphenation; the word may go on after a page break.
        while (i + 1 < text.size() && std::isspace(static_cast<unsigned char>(text[i + 1]))) ++i;
        continue;
      }
      joined += text[i];
      const bool after_dash = joined.ends_with("\u2014") || joined.ends_with("\u2013");
      if (after_dash && i + 1 < text.size() && text[i + 1] == '\n') {
        // A line broken after a dash: the words on either side are one ("theories—individualist").
        while (i + 1 < text.size() && std::isspace(static_cast<unsigned char>(text[i + 1]))) ++i;
      }
    }
    std::vector<std::string> out;
    std::istringstream in(joined);
    for (std::string w; in >> w;) {
      if (w.find_first_not_of('.') == std::string::npos) continue;
      std::transform(w.begin(), w.end(), w.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      out.push_back(w);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::string a = raw(io), b = raw(modern);
  CHECK(std::count(a.begin(), a.end(), '\n') != std::count(b.begin(), b.end(), '\n'));
  const auto wa = words(a), wb = words(b);
  CHECK(wa.size() > 1800);
  // The contemporary style adds running heads ("International Organization · Abstracts"),
  // folios, and contents entries for the parts; every other word is the same.
  std::vector<std::string> only_io, only_modern;
  std::set_difference(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(only_io));
  std::set_difference(wb.begin(), wb.end(), wa.begin(), wa.end(), std::back_inserter(only_modern));
  const std::set<std::string> folios = {"i",   "ii",   "iii", "iv", "v",  "vi",
                                        "vii", "viii", "ix",  "x",  "xi", "xii"};
  for (const std::string& w : only_io) {
    INFO(w);
    CHECK(folios.count(w) == 1);  // the styles print folios on different pages
  }
  std::set<std::string> added = {"international", "organization", "·",    "abstracts",
                                 "contributors",  "editorial",    "board"};
  added.insert(folios.begin(), folios.end());
  for (const std::string& w : only_modern) {
    INFO(w);
    CHECK(added.count(w) == 1);
  }
}

TEST_CASE("a style property changed in the stylesheet alone changes the PDF", "[e2e][styles]") {
  const std::string dir = folio::test::temp_dir();
  std::string style =
      folio::test::read_file(std::string(FOLIO_SOURCE_DIR) + "/stylesheets/io-1992.xml");
  const std::string from = "<paragraph-style name=\"abstract-body\" based-on=\"base\"";
  const std::size_t at = style.find(from);
  REQUIRE(at != std::string::npos);
  style.insert(at + from.size(), " font-size=\"12pt\" leading=\"14.5pt\"");
  folio::test::write_file(dir + "/big.xml", style);
  REQUIRE(run(kFolio + " build " + kSample + " -o " + dir + "/a.pdf").status == 0);
  REQUIRE(run(kFolio + " build " + kSample + " --style " + dir + "/big.xml -o " + dir + "/b.pdf")
              .status == 0);
  auto lines = [](const std::string& pdf) {
    std::string text = run("pdftotext " + pdf + " -").out;
    return std::count(text.begin(), text.end(), '\n');
  };
  CHECK(lines(dir + "/b.pdf") > lines(dir + "/a.pdf") + 5);  // bigger abstracts take more lines
  // The abstracts' body text is now 12pt: pdftotext -bbox gives word heights of 12.
  const auto words = folio::test::word_boxes(dir + "/b.pdf");
  auto word = std::find_if(words.begin(), words.end(),
                           [](const folio::test::WordBox& w) { return w.text == "voluminous"; });
  REQUIRE(word != words.end());
  CHECK(word->y_max - word->y_min == Approx(12).margin(0.01));
}

TEST_CASE("folio styles lists the shipped stylesheets", "[e2e][styles]") {
  auto r = run(kFolio + " styles");
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains("io-1992 "));
  CHECK_THAT(r.out, Catch::Contains("contemporary "));
  CHECK_THAT(r.out, Catch::Contains("International Organization as it looked in 1992"));
}

TEST_CASE("an issue may name its stylesheet, and --style overrides it", "[e2e][styles]") {
  const std::string dir = folio::test::temp_dir();
  std::string issue = folio::test::read_file(kSample);
  const std::string root = "<issue version=\"1\"";
  REQUIRE(issue.find(root) != std::string::npos);
  auto with_style = [&](const std::string& name) {
    std::string copy = issue;
    copy.replace(copy.find(root), root.size(), root + " stylesheet=\"" + name + "\"");
    const std::string path = dir + "/" + name + "-issue.xml";
    folio::test::write_file(path, copy);
    return path;
  };
  const std::string modern = with_style("contemporary");
  REQUIRE(run(kFolio + " build " + modern + " -o " + dir + "/m.pdf").status == 0);
  CHECK_THAT(run("pdffonts " + dir + "/m.pdf").out, Catch::Contains("Pagella"));
  REQUIRE(run(kFolio + " build " + modern + " --style " + FOLIO_SOURCE_DIR +
              "/stylesheets/io-1992.xml -o " + dir + "/o.pdf")
              .status == 0);
  CHECK_THAT(run("pdffonts " + dir + "/o.pdf").out, !Catch::Contains("Pagella"));

  const std::string unknown = with_style("nope");
  auto r = run(kFolio + " build " + unknown + " -o " + dir + "/n.pdf");
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::StartsWith(unknown + ":4:20: error: unknown stylesheet 'nope'"));
  CHECK_THAT(r.err, Catch::Contains("contemporary"));
  CHECK_FALSE(folio::test::file_exists(dir + "/n.pdf"));
}

TEST_CASE("the contents lists the parts after it with their folios, in one run", "[e2e][pages]") {
  const std::string& pdf = sample_pdf();
  // Page labels: one lower-roman range from i; the viewer shows the printed folios.
  auto labels = run("qpdf --json=2 --json-key=pagelabels " + pdf);
  REQUIRE(labels.status == 0);
  CHECK_THAT(folio::test::squeeze(labels.out),
             Catch::Contains("\"index\": 0, \"label\": { \"/S\": \"/r\", \"/St\": 1 }"));
  // The contents page (iii) ends with the forward references: Contributors on iv, Abstracts on
  // v. They are right because those pages begin with those headings.
  auto page = [&](int n) { return folio::test::page_text(pdf, n); };
  CHECK_THAT(page(3), Catch::EndsWith("Contributors iv Abstracts v"));
  CHECK_THAT(page(4), Catch::StartsWith("Contributors"));
  CHECK_THAT(page(5), Catch::StartsWith("Abstracts"));
  // Bookmarks: the parts and the contents' sections.
  auto outline = folio::test::squeeze(run("qpdf --json=2 --json-key=outlines " + pdf).out);
  for (const char* title :
       {"Editorial Board", "Symposium: Multilateralism", "Articles", "Contributors", "Abstracts"}) {
    CHECK_THAT(outline, Catch::Contains(std::string("\"title\": \"") + title + "\""));
  }
}

TEST_CASE("folios are printed on continuation pages only", "[e2e][pages]") {
  const std::string& pdf = sample_pdf();
  auto page = [&](int n) { return folio::test::page_text(pdf, n); };
  CHECK_THAT(page(6), Catch::EndsWith(" vi"));  // the abstracts go on: folio at the foot
  CHECK_THAT(page(5), !Catch::EndsWith(" v"));  // an opening page: none
}

TEST_CASE("a warning of the last layout is reported once, however many layouts ran", "[e2e]") {
  // The IO contents lists parts after it, so the issue is laid out twice; the warning for a
  // character no font has must come out of the last layout, once.
  const std::string dir = folio::test::temp_dir();
  std::string issue = folio::test::read_file(kSample);
  const std::string at = "This publication is printed";
  REQUIRE(issue.find(at) != std::string::npos);
  issue.replace(issue.find(at), at.size(), "This \u0F40 publication is printed");
  folio::test::write_file(dir + "/issue.xml", issue);
  auto r = run(kFolio + " build " + dir + "/issue.xml -o " + dir + "/out.pdf");
  // The missing-glyph box must not go to press: the preflight stops the build.
  CHECK(r.status == 1);
  CHECK_FALSE(folio::test::file_exists(dir + "/out.pdf"));
  for (const std::string said : {"warning: no font has U+0F40",
                                 "error: page ii (PDF page 2, masthead): U+0F40 '\u0F40' in"}) {
    INFO(r.err);
    const std::size_t first = r.err.find(said);
    CHECK(first != std::string::npos);
    CHECK(r.err.find(said, first + 1) == std::string::npos);
  }
}

TEST_CASE("a board too long for one page continues on the next", "[e2e][pages]") {
  const std::string dir = folio::test::temp_dir();
  std::string style =
      folio::test::read_file(std::string(FOLIO_SOURCE_DIR) + "/stylesheets/io-1992.xml");
  auto replace = [&](const std::string& from, const std::string& to) {
    const std::size_t at = style.find(from);
    REQUIRE(at != std::string::npos);
    style.replace(at, from.size(), to);
  };
  replace("board-columns=\"3\"", "board-columns=\"1\"");
  replace(
      "<paragraph-style name=\"board-member\" based-on=\"base\" font-size=\"9pt\" leading=\"11pt\"",
      "<paragraph-style name=\"board-member\" based-on=\"base\" font-size=\"9pt\" "
      "leading=\"30pt\"");
  folio::test::write_file(dir + "/tall-board.xml", style);
  const std::string pdf = dir + "/board.pdf";
  auto r = run(kFolio + " build " + kSample + " --style " + dir + "/tall-board.xml -o " + pdf);
  REQUIRE(r.status == 0);
  CHECK(r.err.find("columns taller") == std::string::npos);
  // 29 names at 30pt do not fit one 600pt frame: the list goes on over the page, and every
  // name stays above the frame's foot.
  const std::string text = folio::test::squeeze(run("pdftotext " + pdf + " -").out);
  CHECK_THAT(text, Catch::Contains("David A. Baldwin"));
  CHECK_THAT(text, Catch::Contains("Mark W. Zacher"));
  for (const folio::test::WordBox& w : folio::test::word_boxes(pdf)) {
    if (folio::test::is_roman_folio(w.text)) continue;  // folios, in the foot
    INFO(w.text);
    CHECK(w.y_max <= 720 - 60 + 3);
  }
}

TEST_CASE("the PDF standard and printing condition: stylesheet, then command line", "[e2e][pdfx]") {
  const std::string dir = folio::test::temp_dir();
  // A stylesheet that names its own profile (here a copy of the default under another
  // condition) and asks for plain PDF.
  std::string style =
      folio::test::read_file(std::string(FOLIO_SOURCE_DIR) + "/stylesheets/io-1992.xml");
  const std::string root = "<stylesheet name=\"io-1992\" version=\"1\">";
  REQUIRE(style.find(root) != std::string::npos);
  style.replace(style.find(root), root.size(),
                root +
                    "\n  <pdf standard=\"none\" output-profile=\"press.icc\" "
                    "output-condition-identifier=\"FOGRA39\" output-condition=\"Coated\"/>");
  folio::test::write_file(dir + "/house.xml", style);
  folio::test::write_file(
      dir + "/press.icc",
      folio::test::read_file("/usr/share/color/icc/ghostscript/default_cmyk.icc"));
  const std::string build = kFolio + " build " + kSample + " --style " + dir + "/house.xml";

  REQUIRE(run(build + " -o " + dir + "/plain.pdf").status == 0);
  auto plain = folio::test::pdf_facts(dir + "/plain.pdf");
  CHECK(plain["intents"] == "0");
  CHECK(plain.count("info./GTS_PDFXVersion") == 0);

  REQUIRE(run(build + " --pdf-standard x4 -o " + dir + "/x4.pdf").status == 0);
  auto x4 = folio::test::pdf_facts(dir + "/x4.pdf");
  CHECK(x4["intent./OutputConditionIdentifier"] == "FOGRA39");
  CHECK(x4["intent./OutputCondition"] == "Coated");
  CHECK(x4["info./GTS_PDFXVersion"] == "PDF/X-4");

  // A missing profile stops the build and says which file.
  folio::test::write_file(dir + "/press.icc", "");
  auto r = run(build + " --pdf-standard x4 -o " + dir + "/never.pdf");
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("the output profile '" + dir + "/press.icc' is not an ICC"));
  CHECK_FALSE(folio::test::file_exists(dir + "/never.pdf"));
  CHECK(run(build + " --pdf-standard x5 -o " + dir + "/never.pdf").status == 2);
}

TEST_CASE("the three samples build as PDF/X-4 that qpdf and Ghostscript accept", "[e2e][pdfx]") {
  const std::string dir = folio::test::temp_dir();
  const std::string src = FOLIO_SOURCE_DIR;
  const std::string meta = " --issue-meta " + src + "/samples/fictional-jats/issue-meta.xml";
  const std::pair<const char*, std::string> samples[] = {
      {"io", " " + kSample},
      {"jats", " --jats " + src + "/samples/fictional-jats/articles" + meta},
      {"crossref", " --crossref " + src + "/samples/fictional-crossref/deposit.xml" + meta},
  };
  for (const auto& [name, input] : samples) {
    INFO(name);
    const std::string pdf = dir + "/" + name + ".pdf";
    auto r = run(kFolio + " build" + input + " -q -o " + pdf);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(run("qpdf --check " + pdf).status == 0);
    auto f = folio::test::pdf_facts(pdf);
    CHECK(f["version"] == "1.6");
    CHECK(f["intent./S"] == "/GTS_PDFX");
    CHECK(f["profile.class"] == "prtr");
    CHECK(f["info./GTS_PDFXVersion"] == "PDF/X-4");
    CHECK(f["xmp.pdfxid:GTS_PDFXVersion"] == "PDF/X-4");
    CHECK(f["xmp.dc:title"] == f["info./Title"]);
    CHECK(f["info./Trapped"] == "/False");
    CHECK(f["content.rgb_operators"] == "0");
    auto gs =
        run("gs -q -dNOPAUSE -dBATCH -dPDFSTOPONERROR -dPDFSTOPONWARNING -sDEVICE=nullpage " + pdf);
    CHECK(gs.status == 0);
  }
}

TEST_CASE("SOURCE_DATE_EPOCH dates the PDF, else the newest input does", "[e2e][pdfx]") {
  const std::string dir = folio::test::temp_dir();
  const std::string issue = dir + "/issue.xml";
  folio::test::write_file(issue, folio::test::read_file(kSample));
  REQUIRE(run("touch -d @1600000000 " + issue).status == 0);
  auto build = [&](const std::string& env, const std::string& out) {
    auto r = run(env + " " + kFolio + " build " + issue + " -o " + dir + "/" + out);
    INFO(r.err);
    CHECK(r.status == 0);
    return folio::test::read_file(dir + "/" + out);
  };
  const std::string zero = build("SOURCE_DATE_EPOCH=0", "zero.pdf");
  const std::string later = build("SOURCE_DATE_EPOCH=1700000000", "later.pdf");
  const std::string touched = build("env -u SOURCE_DATE_EPOCH", "touched.pdf");
  CHECK(build("env -u SOURCE_DATE_EPOCH", "again.pdf") == touched);  // byte for byte
  auto f = folio::test::pdf_facts(dir + "/zero.pdf");
  CHECK(f["info./CreationDate"] == "D:19700101000000+00'00'");
  CHECK(f["xmp.xmp:CreateDate"] == "1970-01-01T00:00:00+00:00");
  CHECK(folio::test::pdf_facts(dir + "/later.pdf")["info./ModDate"] == "D:20231114221320+00'00'");
  CHECK(folio::test::pdf_facts(dir + "/touched.pdf")["xmp.xmp:ModifyDate"] ==
        "2020-09-13T12:26:40+00:00");
  // The two dated builds differ in their date strings alone.
  REQUIRE(zero.size() == later.size());
  CHECK(folio::test::redated_to_1700000000(zero) == later);
  // Nothing of the machine goes in: not the folder, not the host's name (as a word in the
  // metadata; a short name turns up by chance in compressed bytes).
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  CHECK(zero.find(dir) == std::string::npos);
  for (const auto& [key, value] : f) {
    INFO(key << "=" << value);
    std::istringstream words(value);
    for (std::string w; words >> w;) CHECK(w != host);
  }

  auto bad =
      run("SOURCE_DATE_EPOCH=yesterday " + kFolio + " build " + issue + " -o " + dir + "/bad.pdf");
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains("SOURCE_DATE_EPOCH 'yesterday'"));
}

TEST_CASE("marks and bleed from the command line reach the boxes", "[e2e][pdfx]") {
  const std::string pdf = folio::test::temp_dir() + "/marks.pdf";
  auto r = run(kFolio + " build " + kSample + " --marks --bleed 3mm -o " + pdf);
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::string boxes = folio::test::squeeze(run("pdfinfo -box " + pdf).out);
  // 7 x 10in trim; 3mm bleed; 3mm + 2mm + 5mm + 3pt = 31.35pt from the trim to the media edge.
  CHECK_THAT(boxes, Catch::Contains("TrimBox: 31.35 31.35 535.35 751.35"));
  CHECK_THAT(boxes, Catch::Contains("BleedBox: 22.84 22.84 543.85 759.85"));
  CHECK_THAT(boxes, Catch::Contains("MediaBox: 0.00 0.00 566.69 782.69"));
  CHECK_THAT(folio::test::page_text(pdf, 2), Catch::Contains("marks.pdf · International "
                                                             "Organization, Volume 46"));
  CHECK(run(kFolio + " build " + kSample + " --bleed 3em -o " + pdf).status == 2);
}
