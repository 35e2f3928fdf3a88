// End-to-end: folio check, folio pages and folio build on the fictional JATS and Crossref
// samples and on broken input.

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using folio::test::run;

namespace {

const std::string kFolio = FOLIO_BINARY;
const std::string kSource = FOLIO_SOURCE_DIR;
const std::string kJats = " --jats " + kSource + "/samples/fictional-jats/articles --issue-meta " +
                          kSource + "/samples/fictional-jats/issue-meta.xml";
const std::string kCrossref = " --crossref " + kSource +
                              "/samples/fictional-crossref/deposit.xml --issue-meta " + kSource +
                              "/samples/fictional-jats/issue-meta.xml";
const std::string kIo = " " + kSource + "/samples/io-46-3/issue.xml";

struct Expected {
  std::string title;
  std::vector<std::string> authors;
  std::string abstract_start;
  int first_page, last_page;
};

// What the fictional issue holds, from its JATS files.
const std::vector<Expected> kArticles = {
    {"Snowmelt timing and baseflow in Fennoscandian headwater catchments",
     {"Åsa Lindqvist", "Jiří Dvořák"},
     "Across forty-two headwater catchments",
     89,
     106},
    {"Ephemeral rivers of the Rift Valley: a comparative water budget",
     {"Zoë O’Brien-Ngũgĩ", "Ðặng Thu Hà"},
     "Paired catchments on either side",
     107,
     128},
    {"Karst springs as archives of recharge variability",
     {"Élise Moreau", "Tomás Ó Súilleabháin", "Sigríður Jónsdóttir"},
     "Spring discharge integrates recharge",
     129,
     147},
    {"Scaling of flood peaks with catchment area in monsoon Asia",
     {"Haruto Nakamura", "Priya Raghunathan"},
     "Flood peaks grow with catchment area",
     148,
     166},
    {"A low-cost sensor network for in situ soil moisture",
     {"Inês Fernandes", "Kwame Mensah"},
     "We describe a network of sixty",
     167,
     181},
    {"Separating event and pre-event water with two isotopes",
     {"Małgorzata Kowalczyk", "Björn Åkesson"},
     "Hydrograph separation with a single",
     182,
     199},
    {"Remote sensing of reservoir storage on the Anatolian Plateau",
     {"Ayşe Uzun", "Global Reservoir Observatory Consortium"},
     "Surface area from optical",
     200,
     214},
    {"Comparative hydrology after fifty years: a review",
     {"Rafael Silva Ramírez", "Åsa Lindqvist"},
     "Half a century after the call",
     215,
     240},
};

// The value of "key": in a one-line JSON object, as text up to the next ',' or '}'.
std::string json_value(const std::string& json, const std::string& key, std::size_t from = 0) {
  std::size_t at = json.find("\"" + key + "\": ", from);
  REQUIRE(at != std::string::npos);
  at += key.size() + 4;
  std::size_t end = json[at] == '"' ? json.find('"', at + 1) + 1 : json.find_first_of(",}", at);
  return json.substr(at, end - at);
}

}  // namespace

TEST_CASE("folio check: exit status 0 clean, 1 errors, 3 warnings under --strict", "[e2e][check]") {
  auto io = run(kFolio + " check" + kIo);
  INFO(io.err);
  CHECK(io.status == 0);
  CHECK_THAT(io.out, Catch::Contains("0 errors"));

  auto jats = run(kFolio + " check" + kJats);
  CHECK(jats.status == 0);  // one warning: the MathML in an abstract
  CHECK_THAT(jats.err, Catch::Contains("warning: MathML in the abstract of 'Scaling of flood"));
  CHECK(run(kFolio + " check" + kJats + " --strict").status == 3);
  CHECK(run(kFolio + " check" + kCrossref).status == 0);
  CHECK(run(kFolio + " check" + kCrossref + " --strict").status == 3);

  const std::string dir = folio::test::temp_dir();
  std::string issue = folio::test::read_file(kSource + "/samples/io-46-3/issue.xml");
  const std::string from = "first-page=\"599\"";
  REQUIRE(issue.find(from) != std::string::npos);
  issue.replace(issue.find(from), from.size(), "first-page=\"590\"");
  folio::test::write_file(dir + "/overlap.xml", issue);
  auto overlap = run(kFolio + " check " + dir + "/overlap.xml");
  CHECK(overlap.status == 1);
  CHECK_THAT(overlap.err, Catch::Contains(": error: "));
  CHECK_THAT(overlap.err, Catch::Contains("starts on page 590, before"));

  CHECK(run(kFolio + " check " + dir + "/missing.xml").status == 1);
  CHECK(run(kFolio + " check").status == 2);
  CHECK(run(kFolio + " check" + kIo + " --format json").status == 2);
  CHECK(run(kFolio + " check" + kIo + " --issue-meta x.xml").status == 2);
}

TEST_CASE("folio pages: the proof table as text, JSON and CSV", "[e2e][pages]") {
  auto text = run(kFolio + " pages" + kJats);
  CHECK(text.status == 0);
  CHECK_THAT(text.out, Catch::Contains("Journal of Comparative Hydrology, volume 12, number 2"));
  CHECK_THAT(text.out, Catch::Contains("    89–106     18  Snowmelt timing"));
  CHECK_THAT(text.out, Catch::Contains("Methods\n"));
  CHECK_THAT(text.out, Catch::Contains("0 errors, 1 warning"));

  auto json = run(kFolio + " pages --format json" + kJats);
  REQUIRE(json.status == 0);
  const std::string& j = json.out;
  CHECK(json_value(j, "journal") == "\"Journal of Comparative Hydrology\"");
  CHECK(json_value(j, "volume") == "\"12\"");
  CHECK(json_value(j, "number") == "\"2\"");
  CHECK(json_value(j, "year") == "\"2026\"");
  std::size_t at = j.find("\"articles\": [");
  REQUIRE(at != std::string::npos);
  for (const Expected& e : kArticles) {
    at = j.find("{\"section\": ", at + 1);
    REQUIRE(at != std::string::npos);
    INFO(e.title);
    CHECK_THAT(json_value(j, "title", at), Catch::StartsWith("\"" + e.title));
    CHECK(json_value(j, "first_page", at) == std::to_string(e.first_page));
    CHECK(json_value(j, "last_page", at) == std::to_string(e.last_page));
    CHECK(json_value(j, "page_count", at) == std::to_string(e.last_page - e.first_page + 1));
  }
  CHECK(json_value(j, "section", j.find("\"articles\"")) == "\"Research Articles\"");
  CHECK_THAT(j, Catch::Contains("\"authors\": [\"Åsa Lindqvist\", \"Jiří Dvořák\"]"));
  CHECK(json_value(j, "errors") == "0");
  CHECK(json_value(j, "warnings") == "1");

  auto csv = run(kFolio + " pages --format csv" + kCrossref);
  REQUIRE(csv.status == 0);
  CHECK_THAT(csv.out,
             Catch::StartsWith("section,title,authors,first_page,last_page,page_count,problems,"
                               "printed_page,printed_matches_source\r\n"));
  // A title with a comma is quoted; the JATS and Crossref samples give the same pages.
  CHECK_THAT(csv.out,
             Catch::Contains(",Comparative hydrology after fifty years: a review,"
                             "Rafael Silva Ramírez; Åsa Lindqvist,215,240,26,,215,true\r\n"));
  CHECK_THAT(csv.out, Catch::Contains(",\"Remote sensing of reservoir storage on the Anatolian "
                                      "Plateau\"") ||
                          Catch::Contains(",Remote sensing of reservoir storage on the Anatolian "
                                          "Plateau,"));

  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/broken.xml", "<issue");
  auto broken = run(kFolio + " pages --format json " + dir + "/broken.xml");
  CHECK(broken.status == 1);
  CHECK(broken.out.empty());
  CHECK(run(kFolio + " pages" + kIo + " --format xml").status == 2);
}

TEST_CASE("CSV quotes fields with commas and quotes (RFC 4180)", "[e2e][pages]") {
  const std::string dir = folio::test::temp_dir();
  std::string issue = folio::test::read_file(kSource + "/samples/io-46-3/issue.xml");
  const std::string from = "<title>Multilateralism: the anatomy of an institution</title>";
  REQUIRE(issue.find(from) != std::string::npos);
  issue.replace(issue.find(from), from.size(), "<title>Say \"no\", then</title>");
  folio::test::write_file(dir + "/quoted.xml", issue);
  auto csv = run(kFolio + " pages --format csv " + dir + "/quoted.xml");
  REQUIRE(csv.status == 0);
  CHECK_THAT(csv.out, Catch::Contains(",\"Say \"\"no\"\", then\","));
}

TEST_CASE("the JATS sample builds to a PDF that holds every article", "[e2e][jats]") {
  const std::string pdf = folio::test::temp_dir() + "/jch.pdf";
  auto build = run(kFolio + " build" + kJats + " -o " + pdf);
  INFO(build.err);
  REQUIRE(build.status == 0);
  auto r = run("pdftotext -enc UTF-8 " + pdf + " -");
  REQUIRE(r.status == 0);
  const std::string text = folio::test::squeeze(r.out);
  for (std::size_t i = 0; i < kArticles.size(); ++i) {
    const Expected& e = kArticles[i];
    INFO(e.title);
    // The contents: the title, then its first page before the next title.
    std::size_t title = text.find(e.title);
    REQUIRE(title != std::string::npos);
    std::size_t page = text.find(" " + std::to_string(e.first_page), title);
    CHECK(page != std::string::npos);
    if (i + 1 < kArticles.size()) CHECK(page < text.find(kArticles[i + 1].title, title));
    for (const std::string& author : e.authors) CHECK_THAT(text, Catch::Contains(author));
    CHECK_THAT(text, Catch::Contains(e.abstract_start));
  }
  CHECK_THAT(text, Catch::Contains("Volume 12, Number 2, Summer 2026"));
  CHECK_THAT(text, Catch::Contains("Åsa Lindqvist is Professor of Hydrology"));
}

TEST_CASE("the Crossref sample builds to a PDF", "[e2e][crossref]") {
  const std::string pdf = folio::test::temp_dir() + "/jch-crossref.pdf";
  auto build = run(kFolio + " build" + kCrossref + " -o " + pdf);
  INFO(build.err);
  REQUIRE(build.status == 0);
  const std::string text = folio::test::squeeze(run("pdftotext -enc UTF-8 " + pdf + " -").out);
  for (const Expected& e : kArticles) CHECK_THAT(text, Catch::Contains(e.title));
}

TEST_CASE("a page error stops the build and writes nothing", "[e2e][pages]") {
  const std::string dir = folio::test::temp_dir();
  std::string issue = folio::test::read_file(kSource + "/samples/io-46-3/issue.xml");
  const std::string from = "first-page=\"599\"";
  issue.replace(issue.find(from), from.size(), "first-page=\"590\"");
  folio::test::write_file(dir + "/overlap.xml", issue);
  auto r = run(kFolio + " build " + dir + "/overlap.xml -o " + dir + "/x.pdf");
  CHECK(r.status == 1);
  CHECK_FALSE(folio::test::file_exists(dir + "/x.pdf"));
}
