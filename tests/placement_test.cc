// folio pages reports where things landed: each part's first and last page as laid out, and the
// page number each contents entry prints, read back from the laid-out contents page.

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <string>

using folio::test::run;

namespace {

const std::string kFolio = FOLIO_BINARY;
const std::string kSource = FOLIO_SOURCE_DIR;
const std::string kSample = kSource + "/samples/io-46-3/issue.xml";

// The number of times `what` occurs in `text`.
int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("folio pages gives each part's pages and each entry's printed number", "[e2e][pages]") {
  auto json = run(kFolio + " pages --format json " + kSample);
  INFO(json.err);
  REQUIRE(json.status == 0);
  const std::string& j = json.out;
  CHECK_THAT(j, Catch::Contains("{\"kind\": \"cover\", \"first_label\": \"i\", \"last_label\": "
                                "\"i\", \"first_pdf_page\": 1, \"last_pdf_page\": 1}"));
  CHECK_THAT(j, Catch::Contains("{\"kind\": \"contents\", \"first_label\": \"iii\", "
                                "\"last_label\": \"iii\", \"first_pdf_page\": 3"));
  CHECK_THAT(j, Catch::Contains("{\"kind\": \"abstracts\", \"first_label\": \"v\", "
                                "\"last_label\": \"vii\", \"first_pdf_page\": 5, "
                                "\"last_pdf_page\": 7}"));
  // Every article of the sample has its first page printed on the contents page, iii.
  CHECK(count(j, "\"printed_on\": \"iii\", \"printed_matches_source\": true}") == 6);
  CHECK_THAT(j, Catch::Contains("\"first_page\": 633, \"last_page\": 680") &&
                    Catch::Contains("\"printed_page\": \"633\", \"printed_on\": \"iii\""));

  auto text = run(kFolio + " pages " + kSample);
  CHECK_THAT(text.out, Catch::Contains("  contents      iii         PDF page 3\n"));
  CHECK_THAT(text.out, Catch::Contains("  abstracts     v–vii       PDF pages 5–7\n"));
  CHECK_THAT(text.out, Catch::Contains("6 of 6 contents entries print their article's first page"));
}

TEST_CASE("folio pages says when the contents does not print an entry's page", "[e2e][pages]") {
  // A stylesheet without a contents part prints no page number at all: nothing matches.
  std::string style = folio::test::read_file(kSource + "/stylesheets/io-1992.xml");
  const std::size_t from = style.find("<part kind=\"contents\"");
  const std::size_t to = style.find("</part>", from);
  REQUIRE(to != std::string::npos);
  style.erase(from, to + 7 - from);
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/no-contents.xml", style);
  auto json =
      run(kFolio + " pages --format json " + kSample + " --style " + dir + "/no-contents.xml");
  INFO(json.err);
  REQUIRE(json.status == 0);
  CHECK(count(json.out,
              "\"printed_page\": null, \"printed_on\": \"\", "
              "\"printed_matches_source\": false}") == 6);
  CHECK(count(json.out, "\"kind\": \"contents\"") == 0);
  auto text = run(kFolio + " pages " + kSample + " --style " + dir + "/no-contents.xml");
  CHECK(count(text.out, "printed in the contents: nothing") == 6);
  CHECK_THAT(text.out, Catch::Contains("0 of 6 contents entries"));
}

TEST_CASE("folio pages without a layout still prints the table, and says why", "[e2e][pages]") {
  const std::string dir = folio::test::temp_dir();
  auto json = run(kFolio + " pages --format json " + kSample + " --style " + dir + "/none.xml");
  CHECK(json.status == 0);  // the table stands; the placement is missing
  CHECK_THAT(json.out, Catch::Contains("\"parts\": []"));
  CHECK(count(json.out, "\"printed_page\": null") == 6);
  CHECK(count(json.out, "\"printed_matches_source\": null") == 6);  // not known
  CHECK_THAT(json.out, Catch::Contains("\"severity\": \"warning\", \"message\": \"cannot read the "
                                       "stylesheet"));
}
