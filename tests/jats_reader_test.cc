// Tests of the JATS reader (input/jats_reader.h) and of the issue-meta file it takes, on the
// fictional sample and on small inline articles.

#include "input/jats_reader.h"

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace folio {
namespace {

const std::string kSamples = std::string(FOLIO_SOURCE_DIR) + "/samples/fictional-jats";

// A JATS article with a DOCTYPE naming an external DTD, namespaces, and the given parts.
std::string article(const std::string& meta, const std::string& journal = "J. Test") {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN" "https://jats.nlm.nih.gov/archiving/1.3/JATS-archivearticle1-3.dtd">
<article xmlns:mml="http://www.w3.org/1998/Math/MathML" xmlns:xlink="http://www.w3.org/1999/xlink">
<front>
<journal-meta><journal-title-group><journal-title>)" +
         journal + R"(</journal-title></journal-title-group></journal-meta>
<article-meta>
)" + meta +
         R"(
</article-meta>
</front>
</article>
)";
}

std::string write(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = dir + "/" + name;
  test::write_file(path, text);
  return path;
}

const Article& only_article(const Issue& issue) {
  REQUIRE(issue.sections.size() == 1);
  REQUIRE(issue.sections[0].articles.size() == 1);
  return issue.sections[0].articles[0];
}

}  // namespace

TEST_CASE("the fictional JATS sample reads into one issue", "[input][jats]") {
  Diagnostics diags;
  std::optional<Issue> issue =
      read_jats({kSamples + "/articles"}, kSamples + "/issue-meta.xml", diags);
  INFO([&] {
    std::string all;
    for (const Diagnostic& d : diags.all()) all += d.format() + "\n";
    return all;
  }());
  REQUIRE(issue);
  CHECK(diags.error_count() == 0);
  CHECK(diags.warning_count() == 1);  // the MathML in Nakamura's abstract
  CHECK(issue->journal.title == "Journal of Comparative Hydrology");
  CHECK(issue->journal.abbreviation == "JCH");
  CHECK(issue->journal.issn == "2931-4406");
  CHECK(issue->info.volume == "12");
  CHECK(issue->info.number == "2");
  CHECK(issue->info.year == "2026");
  CHECK(issue->info.season == "Summer");
  CHECK(issue->info.first_page == 89);
  REQUIRE(issue->sections.size() == 3);
  CHECK(issue->sections[0].title.plain() == "Research Articles");
  CHECK(issue->sections[1].title.plain() == "Methods");
  CHECK(issue->sections[2].title.plain() == "Review");
  int articles = 0;
  std::optional<int> previous;
  for (const Section& s : issue->sections) {
    for (const Article& a : s.articles) {
      ++articles;
      REQUIRE(a.first_page);
      if (previous) CHECK(*a.first_page > *previous);
      previous = a.first_page;
      CHECK(a.abstract.paragraphs.size() >= 2);
    }
  }
  CHECK(articles == 8);
  const Article& first = issue->sections[0].articles[0];
  REQUIRE(first.title.spans.size() == 3);
  CHECK(first.title.spans[1].text == "Fennoscandian");
  CHECK(first.title.spans[1].flags == kItalic);
  // Åsa Lindqvist writes two articles: one person, with the id and bio of the meta file.
  const Person* lindqvist = issue->person("lindqvist");
  REQUIRE(lindqvist);
  CHECK(lindqvist->name.display() == "Åsa Lindqvist");
  CHECK(lindqvist->affiliation == "Uppsala University, Department of Earth Sciences, Sweden");
  CHECK_FALSE(lindqvist->bio.empty());
  CHECK(issue->sections[2].articles[0].author_ids.back() == "lindqvist");
  CHECK(issue->sections[0].articles[0].author_ids.front() == "lindqvist");
  CHECK(issue->board.members.size() == 3);
}

TEST_CASE("JATS: names, collab, affiliations, page-range", "[input][jats]") {
  const std::string dir = test::temp_dir();
  write(dir, "a.xml", article(R"(
<title-group><article-title>On <italic>x</italic> and <sc>y</sc><sup>2</sup></article-title>
<subtitle>A <bold>b</bold></subtitle></title-group>
<contrib-group>
  <contrib contrib-type="author"><name><surname>Dvořák</surname><given-names>Jiří</given-names></name>
    <xref ref-type="aff" rid="A1">1</xref></contrib>
  <contrib contrib-type="author"><collab>The Hydro Group</collab></contrib>
  <contrib contrib-type="editor"><name><surname>Nobody</surname></name></contrib>
  <aff id="A1"><label>1</label><institution>Charles University</institution>, <country>Czechia</country></aff>
</contrib-group>
<volume>3</volume><issue>1</issue><page-range>12–30</page-range>
<abstract><p>One.</p><p>Two <sub>i</sub>.</p></abstract>)"));
  Diagnostics diags;
  std::optional<Issue> issue = read_jats({dir}, "", diags);
  REQUIRE(issue);
  const Article& a = only_article(*issue);
  CHECK(a.title.plain() == "On x and y2");
  CHECK(a.title.spans[1].flags == kItalic);
  CHECK(a.title.spans[3].flags == kSmallCaps);
  CHECK(a.title.spans[4].flags == kSuperscript);
  CHECK(a.subtitle.plain() == "A b");
  CHECK(a.first_page == 12);
  CHECK(a.last_page == 30);
  REQUIRE(a.abstract.paragraphs.size() == 2);
  CHECK(a.abstract.paragraphs[1].text.spans[1].flags == kSubscript);
  REQUIRE(a.author_ids.size() == 2);
  const Person* dvorak = issue->person(a.author_ids[0]);
  REQUIRE(dvorak);
  CHECK(dvorak->name.given == "Jiří");
  CHECK(dvorak->affiliation == "Charles University, Czechia");
  const Person* collab = issue->person(a.author_ids[1]);
  REQUIRE(collab);
  CHECK(collab->name.family == "The Hydro Group");
  CHECK(collab->name.given.empty());
  CHECK(issue->sections[0].title.empty());
}

TEST_CASE("JATS: MathML becomes text with a warning naming the article", "[input][jats]") {
  const std::string dir = test::temp_dir();
  const std::string path = write(dir, "m.xml", article(R"(
<title-group><article-title>Flow <mml:math><mml:mi>Q</mml:mi></mml:math> and <math><mi>h</mi></math></article-title></title-group>
<fpage>1</fpage><lpage>2</lpage>)"));
  Diagnostics diags;
  std::optional<Issue> issue = read_jats({path}, "", diags);
  REQUIRE(issue);
  CHECK(only_article(*issue).title.plain() == "Flow Q and h");
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.all()[0].format() ==
        path + ":8:34: warning: MathML in the title of 'Flow Q and h' is set as plain text");
}

TEST_CASE("JATS: files that disagree on the issue name the file and element", "[input][jats]") {
  const std::string dir = test::temp_dir();
  write(dir, "1.xml",
        article("<title-group><article-title>A</article-title></title-group>"
                "<volume>3</volume><issue>1</issue><fpage>1</fpage>"));
  const std::string other =
      write(dir, "2.xml",
            article("<title-group><article-title>B</article-title></title-group>"
                    "<volume>4</volume><issue>1</issue><fpage>9</fpage>"));
  const std::string journal =
      write(dir, "3.xml",
            article("<title-group><article-title>C</article-title></title-group>"
                    "<volume>3</volume><issue>1</issue><fpage>20</fpage>",
                    "Another Journal"));
  Diagnostics diags;
  CHECK_FALSE(read_jats({dir}, "", diags));
  REQUIRE(diags.error_count() == 2);
  CHECK_THAT(diags.all()[0].format(),
             Catch::StartsWith(other + ":7:60: error: " + other +
                               " is not of the same issue: volume '4', but '3' in "));
  CHECK_THAT(diags.all()[1].format(),
             Catch::StartsWith(journal + ":5:36: error: " + journal +
                               " is not of the same issue: journal title 'Another Journal'"));
}

TEST_CASE("JATS: articles are ordered by first page", "[input][jats]") {
  const std::string dir = test::temp_dir();
  write(dir, "a.xml",
        article("<title-group><article-title>Late</article-title></title-group>"
                "<fpage>50</fpage>"));
  write(dir, "b.xml",
        article("<title-group><article-title>Early</article-title></title-group>"
                "<fpage>5</fpage>"));
  Diagnostics diags;
  std::optional<Issue> issue = read_jats({dir}, "", diags);
  REQUIRE(issue);
  CHECK(issue->sections[0].articles[0].title.plain() == "Early");
  CHECK(issue->sections[0].articles[1].title.plain() == "Late");
}

TEST_CASE("JATS: bad input is an error, never a crash", "[input][jats]") {
  const std::string dir = test::temp_dir();
  Diagnostics diags;
  CHECK_FALSE(read_jats({write(dir, "x.xml", "<article><front>")}, "", diags));
  CHECK_THAT(diags.all().at(0).format(), Catch::Contains(": error: malformed XML"));
  Diagnostics wrong_root;
  CHECK_FALSE(read_jats({write(dir, "y.xml", "<book/>")}, "", wrong_root));
  CHECK_THAT(wrong_root.all().at(0).format(),
             Catch::EndsWith("y.xml:1:1: error: the root element is <book>, expected a JATS "
                             "<article>"));
  Diagnostics no_title;
  CHECK_FALSE(read_jats({write(dir, "z.xml", article("<fpage>1</fpage>"))}, "", no_title));
  CHECK_THAT(no_title.all().at(0).message, Catch::Contains("no <article-title>"));
  Diagnostics missing;
  CHECK_FALSE(read_jats({dir + "/none.xml"}, "", missing));
  CHECK_THAT(missing.all().at(0).message, Catch::StartsWith("cannot read the JATS article"));
  Diagnostics empty_dir;
  CHECK_FALSE(read_jats({test::temp_dir()}, "", empty_dir));
  CHECK_THAT(empty_dir.all().at(0).message, Catch::Contains("no JATS article"));
}

TEST_CASE("issue-meta file: errors at their place, and disagreement with the articles",
          "[input][jats]") {
  const std::string dir = test::temp_dir();
  const std::string a = write(dir, "a.xml",
                              article("<title-group><article-title>A</article-title></title-group>"
                                      "<volume>3</volume><issue>1</issue><fpage>1</fpage>"));
  const std::string bad =
      write(dir, "bad-meta.xml",
            "<issue-meta-file version=\"1\">\n  <board><member ref=\"nobody\"/></board>\n"
            "  <foo/>\n</issue-meta-file>\n");
  Diagnostics diags;
  CHECK_FALSE(read_jats({a}, bad, diags));
  REQUIRE(diags.error_count() == 2);
  CHECK(diags.all()[0].format() == bad + ":2:18: error: unknown person 'nobody' in <member ref>");
  CHECK(diags.all()[1].format() == bad + ":3:3: error: unknown element <foo> in <issue-meta-file>");

  const std::string other =
      write(dir, "other-meta.xml",
            "<issue-meta-file version=\"1\">\n  <issue-meta volume=\"4\" year=\"2020\"/>\n"
            "</issue-meta-file>\n");
  Diagnostics disagree;
  CHECK_FALSE(read_jats({a}, other, disagree));
  REQUIRE(disagree.error_count() == 1);
  CHECK(disagree.all()[0].format() ==
        other + ":2:3: error: the issue-meta file gives the volume as '4', the articles as '3'");
}

}  // namespace folio

namespace folio {

// The cases below reproduce, in small self-written articles, what broke on real JATS files
// (eLife, Ubiquity Press): nested collaboration members, editor groups, suffixes, digests,
// DOI lines, electronic locations instead of pages, and DTD-declared entities.

TEST_CASE("JATS: a collab's own name, not its members', and no non-authors", "[input][jats]") {
  const std::string dir = test::temp_dir();
  write(dir, "c.xml", article(R"(
<title-group><article-title>Replication</article-title></title-group>
<contrib-group>
  <contrib contrib-type="author"><name><surname>Talbot</surname><given-names>C Conover</given-names><suffix>Jr</suffix></name></contrib>
  <contrib contrib-type="author"><email>x@example.org</email><collab>The Project<contrib-group>
    <contrib contrib-type="author"><name><surname>Member</surname><given-names>Ann</given-names></name></contrib>
  </contrib-group></collab><xref ref-type="fn" rid="f1"/></contrib>
  <contrib><string-name>Solo Writer</string-name></contrib>
</contrib-group>
<contrib-group content-type="section">
  <contrib contrib-type="editor"><name><surname>Editor</surname><given-names>Ed</given-names></name></contrib>
</contrib-group>
<fpage>1</fpage>)"));
  Diagnostics diags;
  std::optional<Issue> issue = read_jats({dir}, "", diags);
  REQUIRE(issue);
  const Article& a = only_article(*issue);
  REQUIRE(a.author_ids.size() == 3);
  CHECK(issue->person(a.author_ids[0])->name.display() == "C Conover Talbot Jr");
  CHECK(issue->person(a.author_ids[1])->name.family == "The Project");
  CHECK(issue->person(a.author_ids[2])->name.family == "Solo Writer");
  CHECK(issue->people.size() == 3);
}

TEST_CASE("JATS: the plain abstract, without digest or DOI line", "[input][jats]") {
  const std::string dir = test::temp_dir();
  write(dir, "d.xml", article(R"(
<title-group><article-title>Droplets</article-title></title-group>
<fpage>1</fpage>
<abstract><object-id pub-id-type="doi">10.1/x.001</object-id><p>Main text.</p>
<p><bold>DOI:</bold> <ext-link ext-link-type="doi" xlink:href="10.1/x.001">http://dx.doi.org/10.1/x.001</ext-link></p></abstract>
<abstract abstract-type="executive-summary"><title>Digest</title><p>For everyone.</p></abstract>)"));
  Diagnostics diags;
  std::optional<Issue> issue = read_jats({dir}, "", diags);
  REQUIRE(issue);
  const Article& a = only_article(*issue);
  REQUIRE(a.abstract.paragraphs.size() == 1);
  CHECK(a.abstract.paragraphs[0].text.plain() == "Main text.");

  // Only typed abstracts: the one that is not a summary.
  const std::string other = test::temp_dir();
  write(other, "e.xml", article(R"(
<title-group><article-title>T</article-title></title-group><fpage>1</fpage>
<abstract abstract-type="summary"><p>Author summary.</p></abstract>
<abstract abstract-type="structured"><sec><title>Background</title><p>B.</p></sec></abstract>)"));
  Diagnostics typed;
  std::optional<Issue> second = read_jats({other}, "", typed);
  REQUIRE(second);
  REQUIRE(only_article(*second).abstract.paragraphs.size() == 1);
  CHECK(only_article(*second).abstract.paragraphs[0].text.plain() == "B.");
}

TEST_CASE("JATS: an elocation-id instead of pages is named and printed, page-count is read",
          "[input][jats]") {
  const std::string dir = test::temp_dir();
  const std::string path = write(dir, "e.xml", article(R"(
<title-group><article-title>Online only</article-title></title-group>
<volume>1</volume><elocation-id>e00003</elocation-id>)"));
  Diagnostics diags;
  std::optional<Issue> issue = read_jats({path}, "", diags);
  REQUIRE(issue);
  CHECK_FALSE(only_article(*issue).first_page);
  CHECK(only_article(*issue).item_number == "e00003");  // printed where the page would be
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.all()[0].format() ==
        path + ":9:19: warning: " + path +
            " gives no page numbers (<fpage>, <lpage>) for 'Online only', only the electronic "
            "location 'e00003' (<elocation-id>), which is not a page: the contents prints it "
            "instead");

  const std::string counted = write(dir, "f.xml", article(R"(
<title-group><article-title>Counted</article-title></title-group>
<fpage>7</fpage><counts><page-count count="4"/></counts>)"));
  Diagnostics none;
  std::optional<Issue> second = read_jats({counted}, "", none);
  REQUIRE(second);
  CHECK(only_article(*second).page_count == 4);
  CHECK(none.warning_count() == 0);
}

TEST_CASE("JATS: DTD entities are decoded, unknown ones kept with a warning", "[input][jats]") {
  const std::string dir = test::temp_dir();
  const std::string path = write(dir, "n.xml", article(R"(
<title-group><article-title>A&nbsp;B&thinsp;&ndash;&alpha; &amp;amp; &eacute; &foo;</article-title></title-group>
<contrib-group><contrib contrib-type="author"><name><surname>M&uuml;ller</surname></name></contrib></contrib-group>
<fpage>1</fpage>)"));
  Diagnostics diags;
  std::optional<Issue> issue = read_jats({path}, "", diags);
  REQUIRE(issue);
  const Article& a = only_article(*issue);
  CHECK(a.title.plain() == "A\u00A0B\u2009\u2013\u03B1 &amp; \u00E9 &foo;");
  CHECK(issue->person(a.author_ids.at(0))->name.family == "M\u00FCller");
  REQUIRE(diags.warning_count() == 1);
  CHECK_THAT(diags.all()[0].message,
             Catch::StartsWith("unknown entity '&foo;' in the title of 'A"));
}

// A Portuguese article as SciELO writes one: its English title in a trans-title-group, a
// structured abstract with its Spanish translation, and an English translation sub-article.
const std::string kTranslated = R"(<?xml version="1.0" encoding="UTF-8"?>
<article article-type="research-article" xml:lang="pt">
<front>
<journal-meta><journal-title-group><journal-title>Rev. Teste</journal-title>
<abbrev-journal-title abbrev-type="publisher">RT</abbrev-journal-title></journal-title-group>
<issn pub-type="ppub">1234-5678</issn><issn pub-type="epub">8765-4321</issn></journal-meta>
<article-meta>
<title-group><article-title>Adesão ao tratamento</article-title>
<trans-title-group xml:lang="es"><trans-title>Adherencia al tratamiento</trans-title></trans-title-group>
</title-group>
<contrib-group><contrib contrib-type="author">
<contrib-id contrib-id-type="orcid">https://orcid.org/0000-0002-1825-009X</contrib-id>
<name><surname>Silva</surname><given-names>Ana</given-names></name></contrib></contrib-group>
<pub-date pub-type="epub-ppub"><month>04</month><year>2014</year></pub-date>
<volume>48</volume><issue>2</issue><fpage>232</fpage><lpage>240</lpage>
<abstract xml:lang="pt"><title>RESUMO</title>
<sec><title>OBJETIVO:</title><p>Elaborar.</p></sec>
<sec><title>MÉTODOS</title><p>Um.</p><p>Dois.</p></sec>
</abstract>
<trans-abstract xml:lang="es"><title>RESUMEN</title><sec><title>OBJETIVO</title><p>Elaborar (es).</p></sec></trans-abstract>
</article-meta>
</front>
<sub-article article-type="translation" xml:lang="en" id="TRen">
<front-stub>
<title-group><article-title>Adherence to treatment</article-title></title-group>
<abstract><sec><title>OBJECTIVE</title><p>To elaborate.</p></sec></abstract>
</front-stub>
</sub-article>
</article>
)";

TEST_CASE("JATS: structured abstracts keep their section titles, without the colon",
          "[input][jats]") {
  const std::string dir = test::temp_dir();
  write(dir, "t.xml", kTranslated);
  Diagnostics diags;
  std::optional<Issue> issue = read_jats({dir}, "", diags);
  REQUIRE(issue);
  const Article& a = only_article(*issue);
  REQUIRE(a.abstract.paragraphs.size() == 3);
  CHECK(a.abstract.paragraphs[0].heading.plain() == "OBJETIVO");
  CHECK(a.abstract.paragraphs[0].text.plain() == "Elaborar.");
  CHECK(a.abstract.paragraphs[1].heading.plain() == "MÉTODOS");
  CHECK(a.abstract.paragraphs[2].heading.empty());  // the section's second paragraph
  CHECK(a.abstract.paragraphs[2].text.plain() == "Dois.");

  // A bold run-in heading in the paragraph itself, as PLOS and Crossref deposits write them.
  write(dir, "u.xml",
        article(R"(
<title-group><article-title>Run in</article-title></title-group><fpage>300</fpage>
<abstract><p><bold>Background:</bold> Why.</p><p><bold>Bold</bold> but no colon.</p></abstract>)",
                "Rev. Teste"));
  Diagnostics more;
  std::optional<Issue> second = read_jats({dir + "/u.xml"}, "", more);
  REQUIRE(second);
  const Abstract& run_in = only_article(*second).abstract;
  REQUIRE(run_in.paragraphs.size() == 2);
  CHECK(run_in.paragraphs[0].heading.plain() == "Background");
  CHECK(run_in.paragraphs[0].heading.spans[0].flags == 0);
  CHECK(run_in.paragraphs[0].text.plain() == "Why.");
  CHECK(run_in.paragraphs[1].heading.empty());
  CHECK(run_in.paragraphs[1].text.plain() == "Bold but no colon.");
}

TEST_CASE("JATS: translated titles and abstracts are kept with their language", "[input][jats]") {
  const std::string dir = test::temp_dir();
  write(dir, "t.xml", kTranslated);
  Diagnostics diags;
  std::optional<Issue> issue = read_jats({dir}, "", diags);
  REQUIRE(issue);
  CHECK(diags.all().empty());
  const Article& a = only_article(*issue);
  CHECK(a.lang == "pt");
  CHECK(a.type == "research-article");
  CHECK(a.abstract.lang.empty());  // the article's own
  REQUIRE(a.translated_titles.size() == 2);
  CHECK(a.translated_titles[0].lang == "es");
  CHECK(a.translated_titles[0].title.plain() == "Adherencia al tratamiento");
  CHECK(a.translated_titles[0].title.spans[0].lang == "es");
  CHECK(a.translated_titles[1].lang == "en");
  CHECK(a.translated_titles[1].title.plain() == "Adherence to treatment");
  REQUIRE(a.translated_abstracts.size() == 2);
  CHECK(a.translated_abstracts[0].lang == "es");
  CHECK(a.translated_abstracts[0].paragraphs.at(0).text.plain() == "Elaborar (es).");
  CHECK(a.translated_abstracts[1].lang == "en");
  CHECK(a.translated_abstracts[1].paragraphs.at(0).heading.plain() == "OBJECTIVE");
  // The sub-article's abstract says no language: it is the sub-article's, for hyphenation.
  CHECK(a.translated_abstracts[1].paragraphs.at(0).text.spans.at(0).lang == "en");
}

TEST_CASE("JATS: the issue describes itself: language, journal, ISSNs, month, ORCID",
          "[input][jats]") {
  const std::string dir = test::temp_dir();
  write(dir, "t.xml", kTranslated);
  Diagnostics diags;
  std::optional<Issue> issue = read_jats({dir}, "", diags);
  REQUIRE(issue);
  CHECK(issue->lang == "pt");
  CHECK(issue->journal.title == "Rev. Teste");
  CHECK(issue->journal.abbreviation == "RT");
  CHECK(issue->journal.issn == "1234-5678");
  CHECK(issue->journal.eissn == "8765-4321");
  CHECK(issue->info.volume == "48");
  CHECK(issue->info.number == "2");
  CHECK(issue->info.year == "2014");
  CHECK(issue->info.month == 4);
  CHECK(issue->info.season.empty());
  REQUIRE(issue->people.size() == 1);
  CHECK(issue->people[0].orcid == "0000-0002-1825-009X");
}

TEST_CASE("JATS: a year that differs between files is an error naming both", "[input][jats]") {
  const std::string dir = test::temp_dir();
  write(dir, "1.xml",
        article("<title-group><article-title>A</article-title></title-group>"
                "<pub-date pub-type=\"ppub\"><year>2014</year></pub-date>"
                "<volume>3</volume><fpage>1</fpage>"));
  const std::string second =
      write(dir, "2.xml",
            article("<title-group><article-title>B</article-title></title-group>"
                    "<pub-date pub-type=\"ppub\"><year>2015</year></pub-date>"
                    "<volume>3</volume><fpage>5</fpage>"));
  Diagnostics diags;
  CHECK_FALSE(read_jats({dir}, "", diags));
  REQUIRE(diags.error_count() == 1);
  CHECK_THAT(diags.all()[0].format(),
             Catch::Contains(second + " is not of the same issue: year '2015', but '2014' in " +
                             dir + "/1.xml"));
}

TEST_CASE("JATS: one person spelt two ways is one contributor, with a warning", "[input][jats]") {
  const std::string dir = test::temp_dir();
  auto by = [](const std::string& given, const std::string& family, const std::string& pages) {
    return article("<title-group><article-title>On " + family +
                   "</article-title></title-group><contrib-group><contrib><name><surname>" +
                   family + "</surname><given-names>" + given +
                   "</given-names></name></contrib></contrib-group>" + pages);
  };
  write(dir, "1.xml", by("Jan", "deVries", "<fpage>1</fpage><lpage>4</lpage>"));
  const std::string second = write(dir, "2.xml", by("Jan", "DeVries", "<fpage>5</fpage>"));
  write(dir, "3.nxml", by("José", "Núñez", "<fpage>9</fpage>"));  // PMC's extension
  write(dir, "4.xml", by("Jose", "Nunez", "<fpage>12</fpage>"));
  Diagnostics diags;
  std::optional<Issue> issue = read_jats({dir}, "", diags);
  REQUIRE(issue);
  REQUIRE(issue->sections.at(0).articles.size() == 4);
  REQUIRE(issue->people.size() == 2);
  CHECK(issue->people[0].name.family == "deVries");
  CHECK(issue->people[1].name.display() == "José Núñez");
  REQUIRE(diags.warning_count() == 2);
  CHECK(diags.all()[0].format() ==
        second + ":7:84: warning: 'Jan DeVries' is taken to be 'Jan deVries' (" + dir +
            "/1.xml:7), the same name but for case and accents, and is listed once, as 'Jan "
            "deVries'");
}

}  // namespace folio
