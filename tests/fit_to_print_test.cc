// End to end: what used to overprint, leave the trim or run off the page now fits, or stops the
// build. Every PDF is read back with pdftotext -bbox: no two word boxes of a page overlap and no
// word leaves the trim.

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using folio::test::run;
using folio::test::WordBox;

namespace {

const std::string kFolio = FOLIO_BINARY;
const std::string kStyles = std::string(FOLIO_SOURCE_DIR) + "/stylesheets/";

// 33 words of title, then three authors whose names are long and unbreakable.
const std::string kLongTitle =
    "Multilateral institutions and the politics of international organization in the long "
    "twentieth century: norms, regimes, hegemony, cooperation and discontent among the great "
    "and the small powers of Europe, Asia and distant Africa";

struct Fixture {
  std::string journal = "International Organization";
  std::string abbreviation = "IO";
  std::string abstract = "A short abstract.";
};

std::string issue_xml(const Fixture& f) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<issue version="1" lang="en-US">
  <journal><title>)" +
         f.journal + "</title><abbreviation>" + f.abbreviation + R"(</abbreviation></journal>
  <issue-meta volume="1" number="2" year="2026" first-page="17">
    <designation>Volume 1, Number 2, 2026</designation>
  </issue-meta>
  <labels><label key="contributors">Contributors</label><label key="abstracts">Abstracts</label>
    <label key="by">by</label><label key="and">and</label></labels>
  <people>
    <person id="a"><name><given>Maximiliana Theodora</given><family>Vandenberghe-Oppenheimer</family></name>
      <bio>is a historian.</bio></person>
    <person id="b"><name><given>Bartholomew Alexander</given><family>Featherstonehaugh</family></name></person>
    <person id="c"><name><given>Christopher</given><family>Montgomery-Wellington</family></name></person>
  </people>
  <cover><feature ref="long"/></cover>
  <contents>
    <section id="s"><title>Articles</title>
      <article id="long" first-page="17" last-page="40">
        <title>)" +
         kLongTitle + R"(</title>
        <author ref="a"/><author ref="b"/><author ref="c"/>
        <abstract><p>)" +
         f.abstract + R"(</p></abstract>
      </article>
      <article id="next" first-page="41" last-page="60">
        <title>A second article</title><author ref="b"/>
      </article>
    </section>
  </contents>
</issue>
)";
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

struct Built {
  folio::test::CommandResult result;
  std::string pdf;
};

Built build(const Fixture& f, const std::string& style_text) {
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/issue.xml", issue_xml(f));
  folio::test::write_file(dir + "/style.xml", style_text);
  Built b{run(kFolio + " build " + dir + "/issue.xml --style " + dir + "/style.xml -o " + dir +
              "/out.pdf"),
          dir + "/out.pdf"};
  INFO(b.result.err);
  REQUIRE(b.result.status == 0);
  return b;
}

std::vector<WordBox> words_on(const std::string& pdf, int page) {
  std::vector<WordBox> out;
  for (const WordBox& w : folio::test::word_boxes(pdf)) {
    if (w.page == page) out.push_back(w);
  }
  return out;
}

int page_holding(const std::string& pdf, const std::string& word) {
  for (const WordBox& w : folio::test::word_boxes(pdf)) {
    if (w.text == word) return w.page;
  }
  return 0;
}

const WordBox& find(const std::vector<WordBox>& words, const std::string& text) {
  auto it = std::ranges::find(words, text, &WordBox::text);
  INFO(text);
  REQUIRE(it != words.end());
  return *it;
}

void check_geometry(const std::string& pdf) {
  const std::vector<std::string> faults = folio::test::geometry_faults(pdf);
  for (const std::string& f : faults) INFO(f);
  CHECK(faults.empty());
}

}  // namespace

TEST_CASE("a contents entry keeps the number column wherever its number goes", "[e2e][fit]") {
  const std::string io = folio::test::read_file(kStyles + "io-1992.xml");
  for (const std::string placement : {"first-line", "title-last-line", "last-line"}) {
    for (const std::string authors : {"run-in", "own-line"}) {
      DYNAMIC_SECTION(placement << ", authors " << authors) {
        const std::string style =
            replaced(io, "page-number=\"first-line\"",
                     "page-number=\"" + placement + "\" authors=\"" + authors + "\"");
        const Built b = build({}, style);
        check_geometry(b.pdf);
        const int contents = page_holding(b.pdf, "Articles");
        const std::vector<WordBox> words = words_on(b.pdf, contents);
        const WordBox& number = find(words, "17");
        const WordBox& first = find(words, "Multilateral");
        const WordBox& title_end = find(words, "Africa");
        const WordBox& next = find(words, "second");
        // The entry's words: from its first word down to the line before the next entry.
        double lowest = first.y_min;
        for (const WordBox& w : words) {
          if (w.y_min < first.y_min - 1 || w.y_min > next.y_min - 1) continue;
          if (w.text == "17") continue;
          lowest = std::max(lowest, w.y_min);
          INFO(w.text);
          CHECK(w.x_max < number.x_min - 5);  // half an em of 10.5pt at least
        }
        const double expected = placement == "first-line"        ? first.y_min
                                : placement == "title-last-line" ? title_end.y_min
                                                                 : lowest;
        CHECK(number.y_min == Approx(expected).margin(1));
        if (authors == "own-line") {
          const WordBox& author = find(words, "Maximiliana");
          CHECK(author.y_min > title_end.y_min + 5);
        }
      }
    }
  }
}

TEST_CASE("a cover title three times the page width shrinks, then breaks, inside the trim",
          "[e2e][fit]") {
  Fixture f;
  f.journal =
      "The International Journal of Interdisciplinary Comparative Organizational and "
      "Institutional Studies in World Politics and Political Economy";
  const Built b = build(f, folio::test::read_file(kStyles + "io-1992.xml"));
  check_geometry(b.pdf);
  const std::vector<WordBox> cover = words_on(b.pdf, 1);
  const WordBox& first = find(cover, "The");
  const WordBox& last = find(cover, "Economy");
  CHECK(first.y_max - first.y_min < 18);  // smaller than 22pt type
  CHECK(last.y_min > first.y_max);        // and broken over lines
  CHECK_THAT(folio::test::page_text(b.pdf, 1),
             Catch::Contains("The International Journal of Interdisciplinary"));
}

TEST_CASE("an abbreviation of three words is set smaller, on one line", "[e2e][fit]") {
  Fixture f;
  f.abbreviation = "Journal Of Studies";
  const Built b = build(f, folio::test::read_file(kStyles + "io-1992.xml"));
  check_geometry(b.pdf);
  const std::vector<WordBox> cover = words_on(b.pdf, 1);
  const WordBox& journal = find(cover, "Journal");
  const WordBox& studies = find(cover, "Studies");
  CHECK(journal.y_min == Approx(studies.y_min).margin(0.5));
  CHECK(journal.y_max - journal.y_min < 100);  // 120pt type would be about 130pt tall
}

TEST_CASE("a 5,000-character word is cut at its measure, with a warning that names the page",
          "[e2e][fit]") {
  Fixture f;
  std::string word;
  while (word.size() < 5000) word += "antidisestablishmentarianism";
  f.abstract = "It begins " + word.substr(0, 5000) + " and ends.";
  for (const std::string style : {"io-1992.xml", "contemporary.xml"}) {
    const Built b = build(f, folio::test::read_file(kStyles + style));
    check_geometry(b.pdf);
    CHECK_THAT(b.result.err, Catch::Contains("(PDF page "));
    CHECK_THAT(b.result.err, Catch::Contains("abstracts): nothing else keeps the line inside its "
                                             "measure, so it cuts a word without a hyphen"));
  }
}

TEST_CASE("a measure with no room is a stylesheet error at its line", "[e2e][fit]") {
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/issue.xml", issue_xml({}));
  const std::string style = replaced(
      folio::test::read_file(kStyles + "io-1992.xml"), "name=\"contents-entry\" based-on=\"base\"",
      "name=\"contents-entry\" based-on=\"base\" left-indent=\"9in\"");
  folio::test::write_file(dir + "/style.xml", style);
  for (const std::string& command : {"build -o " + dir + "/out.pdf", std::string("check")}) {
    auto r = run(kFolio + " " + command + " " + dir + "/issue.xml --style " + dir + "/style.xml");
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Matches("(.|\n)*style.xml:[0-9]+:3: error: paragraph style "
                                     "'contents-entry' \\(role 'entry' of part 'contents'(.|\n)*"));
    CHECK_FALSE(folio::test::file_exists(dir + "/out.pdf"));
  }
}

TEST_CASE("check fails where build fails, and --draft writes the PDF anyway", "[e2e][fit]") {
  Fixture f;
  f.abstract = "A character no font has: \u0F40.";  // the preflight refuses a missing glyph
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/issue.xml", issue_xml(f));
  const std::string issue = dir + "/issue.xml";
  auto check = run(kFolio + " check " + issue);
  auto build = run(kFolio + " build " + issue + " -o " + dir + "/out.pdf");
  CHECK(check.status == 1);
  CHECK(build.status == 1);
  const std::string error = "error: page v (PDF page 5, abstracts): U+0F40";
  CHECK_THAT(check.err, Catch::Contains(error));
  CHECK_THAT(build.err, Catch::Contains(error));
  CHECK_FALSE(folio::test::file_exists(dir + "/out.pdf"));
  // A draft says the same as a warning and goes on.
  auto draft_check = run(kFolio + " check --draft " + issue);
  auto draft = run(kFolio + " build --draft " + issue + " -o " + dir + "/out.pdf");
  CHECK(draft_check.status == 0);
  CHECK(draft.status == 0);
  CHECK_THAT(draft.err, Catch::Contains("warning: page v (PDF page 5, abstracts): U+0F40"));
  CHECK(folio::test::file_exists(dir + "/out.pdf"));
  // Every page of it says it is a draft, and so does its title.
  for (int page = 1; page <= 5; ++page) {
    CHECK_THAT(folio::test::page_text(dir + "/out.pdf", page),
               Catch::Contains("DRAFT \u2013 not for press"));
  }
  CHECK_THAT(run("pdfinfo " + dir + "/out.pdf").out,
             Catch::Contains("Title:           DRAFT \u2013 not for press: "));
  // And the clean issue checks clean.
  folio::test::write_file(issue, issue_xml({}));
  CHECK(run(kFolio + " check " + issue).status == 0);
}
