// Hyphenation exceptions from the stylesheet (the house's list) and from the issue, which
// overrides the stylesheet word by word: read, checked, and used when the issue is set.

#include "stylesheets/stylesheet_reader.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

using folio::test::run;

namespace {

const std::string kFolio = FOLIO_BINARY;
const std::string kIo1992 = std::string(FOLIO_SOURCE_DIR) + "/stylesheets/io-1992.xml";

// An issue whose one abstract is 200 words from a small list, so that "multilateralism" ends
// some lines hyphenated under the dictionary's patterns; `hyphenation` goes in the issue.
std::string issue_with(const std::string& hyphenation,
                       const std::vector<std::string>& pool = {
                           "the", "of", "and", "multilateralism", "institutional", "international",
                           "cooperation", "order", "governance"}) {
  std::string words;
  std::uint32_t x = 3;
  for (int i = 0; i < 200; ++i) {
    x = x * 1103515245u + 12345u;
    words += std::string(i ? " " : "") + pool[(x >> 16) % pool.size()];
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<issue version=\"1\" lang=\"en\">\n"
         "<journal><title>J</title></journal>\n"
         "<issue-meta volume=\"1\" number=\"2\" year=\"2024\"/>\n" +
         hyphenation +
         "<people><person id=\"p\"><name><given>Ann</given><family>Fay</family></name>"
         "</person></people>\n<contents><section id=\"s\"><title>S</title>\n"
         "<article id=\"a\" first-page=\"1\" last-page=\"9\"><title>T</title><author ref=\"p\"/>"
         "<abstract><p>" +
         words + "</p></abstract></article>\n</section></contents>\n</issue>\n";
}

// The shipped io-1992 stylesheet with `hyphenation` added.
std::string io_1992_with(const std::string& hyphenation) {
  std::string s = folio::test::read_file(kIo1992);
  s.insert(s.rfind("</stylesheet>"), hyphenation);
  return s;
}

// How often each hyphenated line end ("multilat-") occurs in the PDF.
std::map<std::string, int> line_end_hyphens(const std::string& pdf) {
  auto r = run("pdftotext -layout " + pdf + " -");
  REQUIRE(r.status == 0);
  std::map<std::string, int> out;
  std::istringstream lines(r.out);
  static const std::regex kHyphenated("([a-z]+)-\\s*$");
  std::smatch m;
  for (std::string line; std::getline(lines, line);) {
    if (std::regex_search(line, m, kHyphenated)) ++out[m[1].str() + "-"];
  }
  return out;
}

int count_starting(const std::map<std::string, int>& ends, const std::string& prefix) {
  int n = 0;
  for (const auto& [end, count] : ends) {
    if (end.rfind(prefix, 0) == 0) n += count;
  }
  return n;
}

std::map<std::string, int> build(const std::string& issue, const std::string& style) {
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/issue.xml", issue);
  folio::test::write_file(dir + "/style.xml", style);
  auto r = run(kFolio + " build " + dir + "/issue.xml --style " + dir + "/style.xml -o " + dir +
               "/out.pdf");
  INFO(r.err);
  REQUIRE(r.status == 0);
  return line_end_hyphens(dir + "/out.pdf");
}

}  // namespace

TEST_CASE("the stylesheet's hyphenation exceptions apply, and the issue's override them",
          "[hyphenation]") {
  const std::string whole =
      "<hyphenation lang=\"en\"><word>multilateralism</word></hyphenation>\n";
  const std::string points =
      "<hyphenation lang=\"en\"><word>multi-lat-er-al-ism</word></hyphenation>\n";
  // The dictionary's patterns alone hyphenate the word somewhere.
  const auto plain = build(issue_with(""), io_1992_with(""));
  REQUIRE(count_starting(plain, "mul") > 0);
  // The house says never: no line ends inside it.
  const auto kept_whole = build(issue_with(""), io_1992_with(whole));
  CHECK(count_starting(kept_whole, "mul") == 0);
  CHECK_FALSE(kept_whole.empty());  // other words still hyphenate
  // The issue says where, over the house's never.
  const auto overridden = build(issue_with(points), io_1992_with(whole));
  CHECK(count_starting(overridden, "mul") > 0);
  for (const auto& [end, count] : overridden) {
    if (end.rfind("mul", 0) != 0) continue;
    INFO(end);
    CHECK((end == "multi-" || end == "multilat-" || end == "multilater-" ||
           end == "multilateral-"));
  }
}

TEST_CASE("folio's own en-US exceptions apply under every stylesheet, and give way to its own",
          "[hyphenation]") {
  // hyph_en_US.dic has no point in "sovereignty"; folio's list gives sov-er-eign-ty.
  // Mostly the one long word, so that some lines must break inside it, font expansion or not.
  const std::string issue =
      issue_with("", {"of", "sovereignty", "sovereignty", "sovereignty"});
  const auto ends = build(issue, io_1992_with(""));
  CHECK(count_starting(ends, "sov") > 0);
  const auto whole = build(
      issue, io_1992_with("<hyphenation lang=\"en\"><word>sovereignty</word></hyphenation>\n"));
  CHECK(count_starting(whole, "sov") == 0);
}

TEST_CASE("a stylesheet's <hyphenation> needs a language and well-formed words",
          "[hyphenation]") {
  auto read = [](const std::string& body) {
    folio::Diagnostics diags;
    const std::string xml = "<stylesheet name=\"t\" version=\"1\">\n" + body + "</stylesheet>\n";
    auto style = folio::read_stylesheet_xml(xml, "t.xml", diags);
    std::ostringstream out;
    diags.print(out);
    return std::pair(style.has_value(), out.str());
  };
  {
    folio::Diagnostics diags;
    auto style = folio::read_stylesheet_xml(
        "<stylesheet name=\"t\" version=\"1\">\n"
        "  <hyphenation lang=\"en-GB\"><word>pro-ceed-ings</word> <word>Ruggie</word>"
        "</hyphenation>\n</stylesheet>\n",
        "t.xml", diags);
    REQUIRE(style);
    REQUIRE(style->hyphenation.size() == 2);
    CHECK(style->hyphenation[0].lang == "en-GB");
    CHECK(style->hyphenation[0].word == "pro-ceed-ings");
    CHECK(style->hyphenation[0].pos.line == 2);
    CHECK(style->hyphenation[1].word == "Ruggie");
  }
  CHECK(read("  <hyphenation><word>a-b</word></hyphenation>\n").second ==
        "t.xml:2:3: error: <hyphenation> is missing required attribute 'lang'\n");
  CHECK(read("  <hyphenation lang=\"en\"><word>multi--lat</word></hyphenation>\n").second ==
        "t.xml:2:26: error: malformed hyphenation 'multi--lat' in <word>: it has two hyphens in "
        "a row\n");
  CHECK(read("  <hyphenation lang=\"en\"><word>a-b</word></hyphenation>\n"
             "  <hyphenation lang=\"EN\"><word>c-d</word></hyphenation>\n")
            .second == "t.xml:3:3: error: duplicate <hyphenation> for language 'EN' (first at "
                       "line 2)\n");
  CHECK(read("  <hyphenation lang=\"en\"><wrd>a-b</wrd></hyphenation>\n").second ==
        "t.xml:2:26: error: unknown element <wrd>; did you mean <word>?\n");
  CHECK(read("  <hyphenation lang=\"en\"/>\n").second ==
        "t.xml:2:3: error: <hyphenation> needs at least one <word>\n");
}
