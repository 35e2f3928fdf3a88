// folio proof: the PDF, a thumbnail per page and index.html, whose contents table marks an
// overlap and a gap on the entries that have them; the sheet checked in headless Chromium.

#include "app/proof_sheet.h"

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <string>

using folio::test::run;

namespace {

const std::string kFolio = FOLIO_BINARY;
const std::string kSource = FOLIO_SOURCE_DIR;

// The IO sample with Caporaso's article starting on 590, inside Ruggie's (561–598), and
// Kahler's on 690, nine pages after Weber's ends (680): an overlap on the second entry and a gap
// before the fourth.
std::string overlap_and_gap_issue() {
  const std::string dir = folio::test::temp_dir();
  std::string issue = folio::test::read_file(kSource + "/samples/io-46-3/issue.xml");
  for (const auto& [from, to] :
       {std::pair<std::string, std::string>{"first-page=\"599\"", "first-page=\"590\""},
        {"first-page=\"681\"", "first-page=\"690\""}}) {
    const std::size_t at = issue.find(from);
    REQUIRE(at != std::string::npos);
    issue.replace(at, from.size(), to);
  }
  folio::test::write_file(dir + "/issue.xml", issue);
  return dir + "/issue.xml";
}

// The table row of entry `n` (1-based) in the sheet, from its <tr> to its </tr>.
std::string entry_row(const std::string& html, int n) {
  const std::size_t at = html.find("<tr id=\"entry-" + std::to_string(n) + "\"");
  REQUIRE(at != std::string::npos);
  return html.substr(at, html.find("</tr>", at) - at);
}

// The sheet as Chromium has it once loaded and its script has run.
std::string loaded_dom(const std::string& sheet) {
  // chromium is in scripts/setup.sh's list: a machine without it fails here, it does not skip.
  REQUIRE(run("command -v chromium").status == 0);
  const std::string profile = folio::test::temp_dir();
  auto r =
      run("timeout 60 chromium --headless=new --no-sandbox --disable-gpu --no-first-run "
          "--user-data-dir=" +
          profile + " --dump-dom file://" + sheet + " 2>/dev/null");
  REQUIRE(r.status == 0);
  return r.out;
}

}  // namespace

TEST_CASE("folio proof marks an overlap and a gap on the right entries of a draft",
          "[e2e][proof]") {
  const std::string issue = overlap_and_gap_issue();
  const std::string dir = folio::test::temp_dir() + "/proof";
  auto r = run(kFolio + " proof " + issue + " -o " + dir + " --draft --dpi 20");
  INFO(r.err);
  REQUIRE(r.status == 0);  // a draft is written despite the page error
  // The summary line, on standard output and in the sheet, for a nightly job to grep.
  const std::string summary =
      "folio proof: FAIL entries=6 marked=2 mismatches=0 overlaps=1 gaps=1 shared=0 verso=0";
  CHECK_THAT(r.out, Catch::StartsWith(summary));
  const std::string html = folio::test::read_file(dir + "/index.html");
  CHECK_THAT(html, Catch::Contains("\n" + summary));
  CHECK(folio::test::file_exists(dir + "/issue.pdf"));

  CHECK_THAT(entry_row(html, 1), Catch::Contains("data-marks=\"\""));
  const std::string second = entry_row(html, 2);
  CHECK_THAT(second, Catch::Contains("class=\"marked\" data-marks=\"overlap\""));
  CHECK_THAT(second, Catch::Contains("starts on page 590, before"));
  // Read back from the contents page, not from the source: printed, and where.
  CHECK_THAT(second, Catch::Contains("590 on <a href=\"#page-3\">page iii</a>"));
  CHECK_THAT(entry_row(html, 3), Catch::Contains("data-marks=\"\""));
  const std::string fourth = entry_row(html, 4);
  CHECK_THAT(fourth, Catch::Contains("class=\"marked\" data-marks=\"gap\""));
  CHECK_THAT(fourth, Catch::Contains("pages 681–689 between"));
  CHECK_THAT(entry_row(html, 5), Catch::Contains("data-marks=\"\""));
  CHECK_THAT(entry_row(html, 6), Catch::Contains("data-marks=\"\""));

  // Each problem with its file:line:col, and a link to the contents page for the entry's.
  const std::size_t problem = html.find("issue.xml:229:");
  REQUIRE(problem != std::string::npos);
  const std::string item = html.substr(problem, html.find("</li>", problem) - problem);
  CHECK_THAT(item, Catch::Contains("warning: 'International relations theory"));
  CHECK_THAT(item, Catch::EndsWith("<a href=\"#page-3\">page iii</a>"));
  // Every page has its thumbnail, and the sheet names only files that are there.
  const std::regex img("<img src=\"([^\"]+)\"");
  int images = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), img); it != std::sregex_iterator();
       ++it) {
    ++images;
    CHECK(folio::test::file_exists(dir + "/" + (*it)[1].str()));
  }
  CHECK(images == 7);
  CHECK_THAT(html, Catch::Contains("<b>iii</b> · contents · PDF page 3"));
  CHECK(html.find("http") == std::string::npos);  // nothing from the network
}

TEST_CASE("folio proof writes the sheet with its errors when the build fails", "[e2e][proof]") {
  const std::string issue = overlap_and_gap_issue();
  const std::string dir = folio::test::temp_dir() + "/proof";
  auto r = run(kFolio + " proof " + issue + " -o " + dir);
  CHECK(r.status == 1);
  CHECK_THAT(r.out, Catch::StartsWith("folio proof: FAIL"));
  CHECK_FALSE(folio::test::file_exists(dir + "/issue.pdf"));
  const std::string html = folio::test::read_file(dir + "/index.html");
  CHECK_THAT(html, Catch::Contains("The build failed") && Catch::Contains("No PDF was written"));
  CHECK_THAT(html, Catch::Contains("<li class=\"error\"><code>"));
  CHECK_THAT(entry_row(html, 2), Catch::Contains("data-marks=\"overlap\""));
  CHECK(run(kFolio + " proof " + issue).status == 2);  // -o DIR is needed
}

TEST_CASE("the proof sheet in headless Chromium: every image loads, every mark shows",
          "[e2e][proof][browser]") {
  const std::string issue = overlap_and_gap_issue();
  const std::string dir = folio::test::temp_dir() + "/proof";
  auto r = run(kFolio + " proof " + issue + " -o " + dir + " --draft --dpi 20");
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::string dom = loaded_dom(dir + "/index.html");
  // The sheet's script has run in the browser and counted what loaded.
  CHECK_THAT(dom, Catch::Contains("data-images-loaded=\"7\" data-images-failed=\"0\""));
  CHECK_THAT(entry_row(dom, 2), Catch::Contains("<span class=\"mark overlap\">overlap</span>"));
  CHECK_THAT(entry_row(dom, 4), Catch::Contains("<span class=\"mark gap\">gap</span>"));
  int marks = 0;
  for (std::size_t at = dom.find("<span class=\"mark "); at != std::string::npos;
       at = dom.find("<span class=\"mark ", at + 1))
    ++marks;
  CHECK(marks == 2);  // and on no other entry

  // A stylesheet without a contents part prints no entry's number: six mismatches, all shown.
  std::string style = folio::test::read_file(kSource + "/stylesheets/io-1992.xml");
  const std::size_t from = style.find("<part kind=\"contents\"");
  REQUIRE(from != std::string::npos);
  style.erase(from, style.find("</part>", from) + 7 - from);
  const std::string no_contents = folio::test::temp_dir() + "/no-contents.xml";
  folio::test::write_file(no_contents, style);
  const std::string unprinted = folio::test::temp_dir() + "/proof";
  r = run(kFolio + " proof " + kSource + "/samples/io-46-3/issue.xml --style " + no_contents +
          " -o " + unprinted + " --dpi 20");
  REQUIRE(r.status == 0);
  const std::string mismatches = loaded_dom(unprinted + "/index.html");
  for (int n = 1; n <= 6; ++n) {
    INFO("entry " << n);
    CHECK_THAT(entry_row(mismatches, n),
               Catch::Contains("<span class=\"mark mismatch\">printed nothing, source"));
  }
  CHECK_THAT(mismatches, Catch::Contains("data-images-loaded=\"6\" data-images-failed=\"0\""));

  // A thumbnail that is gone is seen as such, and marked on its page.
  std::filesystem::remove(dir + "/pages/page-v.png");
  const std::string broken = loaded_dom(dir + "/index.html");
  CHECK_THAT(broken, Catch::Contains("data-images-loaded=\"6\" data-images-failed=\"1\""));
  CHECK_THAT(broken, Catch::Contains("<figure id=\"page-5\" class=\"missing\">"));
}

TEST_CASE("the proof sheet's summary line and its escaping", "[proof]") {
  folio::ProofSheet sheet;
  sheet.title = "<script>alert(1)</script> & co";
  sheet.pages.push_back({"iii", "contents", "", "pages/page-iii.png", 10, 14});
  folio::SheetEntry entry;
  entry.row.title = "A \"quoted\" <title>";
  entry.row.first_page = 12;
  sheet.entries.push_back(entry);
  CHECK(folio::summary_line(sheet) ==
        "folio proof: PASS entries=1 marked=0 mismatches=0 overlaps=0 gaps=0 shared=0 verso=0 "
        "errors=0 warnings=0 pages=1");
  sheet.entries[0].marks.push_back(folio::PageMark::shared_page);  // legal: no warning
  CHECK_THAT(folio::summary_line(sheet), Catch::StartsWith("folio proof: PASS entries=1 marked=1"));
  sheet.entries[0].marks.push_back(folio::PageMark::gap);
  CHECK_THAT(folio::summary_line(sheet), Catch::StartsWith("folio proof: WARN"));
  sheet.entries[0].row.printed_matches_source = false;
  CHECK_THAT(folio::summary_line(sheet), Catch::Contains("FAIL entries=1 marked=1 mismatches=1"));

  const std::string html = folio::proof_sheet_html(sheet);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
  CHECK_THAT(html, Catch::Contains("A &quot;quoted&quot; &lt;title&gt;"));
  CHECK_THAT(html, Catch::Contains("data-marks=\"mismatch shared gap\""));
  CHECK_THAT(html, Catch::Contains("printed nothing, source 12"));
  CHECK(html.find("currentBuild") == std::string::npos);  // reloads only under watch
  sheet.build_number = 7;
  CHECK_THAT(folio::proof_sheet_html(sheet), Catch::Contains("var currentBuild = 7;"));

  CHECK(folio::page_named_in("page iv (PDF page 4, contributors): overfull") == 3u);
  CHECK_FALSE(folio::page_named_in("no page here"));
}
