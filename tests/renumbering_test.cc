// The contents prints the folios of the parts after it, which it only knows once it is set: a
// part that shows folios is set again until they settle (app/typeset.h), and an issue whose
// folios never settle is refused with exit status 4 and no file.
//
// The issues here are built so that the contents' length depends on one folio. Its numbers share
// one column as wide as the widest of them, and the article pages are single digits, so the
// column is as wide as the contributors' folio: "iv" is wider than "v". With titles of 48 words
// the contents fits on one page when the column is as narrow as "v", putting the contributors on
// page iv, and needs a second page when it is as wide as "iv", putting them on page v: no folio
// is right. With 52-word titles it needs two pages either way: one more layout settles it.

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <string>

using folio::test::run;

namespace {

const std::string kFolio = FOLIO_BINARY;

// Eight one-page articles (pages 1 to 8) in one section, each with a title of `words` words.
std::string issue_with_titles_of(int words) {
  static const char* const kWords[] = {
      "alpha", "beta", "gamma", "delta",   "epsilon", "zeta", "eta",     "theta",
      "iota",  "kappa", "lambda", "mu",     "nu",      "xi",   "omicron", "pi",
      "rho",   "sigma", "tau",   "upsilon", "phi",     "chi",  "psi",     "omega"};
  std::string articles;
  for (int i = 0; i < 8; ++i) {
    std::string title;
    for (int j = 0; j < words; ++j) title += std::string(j ? " " : "") + kWords[(i + j) % 24];
    const std::string page = std::to_string(i + 1);
    articles += "<article id=\"a" + page + "\" first-page=\"" + page + "\" last-page=\"" + page +
                "\"><title>" + title + "</title><author ref=\"p\"/></article>\n";
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<issue version=\"1\">\n"
         "<journal><title>J</title></journal>\n"
         "<issue-meta volume=\"1\" number=\"2\" year=\"2024\"/>\n"
         "<people><person id=\"p\"><name><given>Ann</given><family>Fay</family></name>"
         "<bio>Ann Fay teaches.</bio></person></people>\n"
         "<contents><section id=\"s\"><title>S</title>\n" +
         articles + "</section></contents>\n</issue>\n";
}

}  // namespace

TEST_CASE("folios that never settle are exit status 4, with no file", "[renumbering]") {
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/issue.xml", issue_with_titles_of(48));
  auto r = run(kFolio + " build " + dir + "/issue.xml -o " + dir + "/out.pdf");
  INFO(r.err);
  CHECK(r.status == 4);
  CHECK(r.err.find("did not settle after 4 layouts; still moving: contributors") !=
        std::string::npos);
  CHECK_FALSE(folio::test::file_exists(dir + "/out.pdf"));
  // `check` lays the issue out the same way and says the same.
  auto c = run(kFolio + " check " + dir + "/issue.xml");
  CHECK(c.status == 4);
}

TEST_CASE("a contents whose folios move once is set again and prints where the parts are",
          "[renumbering]") {
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/issue.xml", issue_with_titles_of(52));
  const std::string pdf = dir + "/out.pdf";
  auto r = run(kFolio + " build " + dir + "/issue.xml -o " + pdf);
  INFO(r.err);
  REQUIRE(r.status == 0);
  // Cover, its blank verso, two pages of contents, then the contributors on page v.
  const std::string contents_end = folio::test::page_text(pdf, 4);
  INFO(contents_end);
  CHECK(contents_end.find("Contributors v") != std::string::npos);
  const std::string contributors = folio::test::page_text(pdf, 5);
  INFO(contributors);
  CHECK(contributors.rfind("Contributors", 0) == 0);
  CHECK(contributors.find("Ann Fay teaches.") != std::string::npos);
}
