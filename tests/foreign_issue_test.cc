// End-to-end: whole issues as publishers export them, built with no issue-meta file: a JATS
// issue in three languages with a shared page, a Crossref harvest of several issues, an OJS
// export of two; and what goes wrong with input files.

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using folio::test::run;

namespace {

const std::string kFolio = FOLIO_BINARY;

std::string jats(const std::string& lang, const std::string& type, const std::string& title,
                 const std::string& author, int first, int last, const std::string& rest) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<article article-type=")" +
         type + "\" xml:lang=\"" + lang + R"(">
<front>
<journal-meta><journal-title-group><journal-title>Revista de Teste</journal-title></journal-title-group>
<issn pub-type="ppub">0034-8910</issn></journal-meta>
<article-meta>
<title-group><article-title>)" +
         title + R"(</article-title></title-group>
<contrib-group><contrib contrib-type="author"><name><surname>)" +
         author +
         R"(</surname><given-names>Ana</given-names></name><xref ref-type="aff" rid="a1"/></contrib></contrib-group>
<aff id="a1"><institution content-type="orgname">Universidade X</institution><institution content-type="original">Universidade X. São Paulo, SP, Brasil</institution></aff>
<pub-date pub-type="epub-ppub"><month>04</month><year>2014</year></pub-date>
<volume>48</volume><issue>2</issue><fpage>)" +
         std::to_string(first) + "</fpage><lpage>" + std::to_string(last) + "</lpage>\n" + rest +
         "\n</article-meta></front>\n</article>\n";
}

// Three articles, in Portuguese, English and Spanish; the second starts on the page where the
// first ends.
std::string jats_issue() {
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(
      dir + "/a.xml",
      jats("pt", "research-article", "Adesão ao tratamento", "Rodrigues", 232, 240,
           R"(<abstract><sec><title>OBJETIVO</title><p>Elaborar um instrumento.</p></sec>
<sec><title>MÉTODOS:</title><p>Estudo de validação.</p></sec></abstract>)"));
  std::string b =
      jats("en", "research-article", "HIV knowledge among men", "Gomes", 240, 248,
           R"(<abstract><sec><title>OBJECTIVE</title><p>To evaluate knowledge.</p></sec></abstract>
<trans-abstract xml:lang="pt"><sec><title>OBJETIVO</title><p>Avaliar.</p></sec></trans-abstract>)");
  folio::test::write_file(dir + "/b.xml", b);
  folio::test::write_file(
      dir + "/c.xml",
      jats("es", "brief-report", "Brote de faringitis", "Culqui", 249, 252,
           "<abstract><sec><title>OBJETIVO:</title><p>Describir un brote.</p></sec></abstract>"));
  return dir;
}

}  // namespace

TEST_CASE("a JATS issue in three languages builds without an issue-meta file",
          "[e2e][jats][foreign]") {
  const std::string dir = jats_issue();
  const std::string pdf = folio::test::temp_dir() + "/issue.pdf";
  auto build = run(kFolio + " build --jats " + dir + " -o " + pdf);
  INFO(build.err);
  REQUIRE(build.status == 0);
  // The cover and the contents carry the issue's designation in the issue's language: that of
  // most articles, the first article's on a tie (here pt, en and es once each).
  CHECK_THAT(folio::test::page_text(pdf, 1), Catch::Contains("Volume 48, número 2, abril 2014"));
  const std::string text = folio::test::squeeze(run("pdftotext -enc UTF-8 " + pdf + " -").out);
  CHECK_THAT(text, Catch::Contains("Colaboradores"));
  CHECK_THAT(text, Catch::Contains("Resumos"));
  // Every article in page order, with its author.
  const std::size_t a = text.find("Adesão ao tratamento"), b = text.find("HIV knowledge"),
                    c = text.find("Brote de faringitis");
  REQUIRE(a != std::string::npos);
  CHECK(a < b);
  CHECK(b < c);
  for (const char* author : {"Ana Rodrigues", "Ana Gomes", "Ana Culqui"})
    CHECK_THAT(text, Catch::Contains(author));
  // Structured abstracts keep their section headings, with the stylesheet's colon.
  CHECK_THAT(text, Catch::Contains("MÉTODOS: Estudo de validação."));
  CHECK_THAT(text, Catch::Contains("OBJECTIVE: To evaluate knowledge."));
  // The affiliation where there is no bio, as SciELO writes it.
  CHECK_THAT(text,
             Catch::Contains("Ana Rodrigues trabalha em Universidade X. São Paulo, SP, Brasil."));
  // The shared page is no overlap; the unprinted translation is named.
  CHECK_THAT(build.err, Catch::Contains("1 translated abstract (pt) is not printed"));
  CHECK_THAT(build.err, !Catch::Contains("error"));
}

TEST_CASE("a shared page is a warning only where articles start on a new page",
          "[e2e][pages][foreign]") {
  const std::string dir = jats_issue();
  const std::string shared =
      "warning: 'HIV knowledge among men' starts on page 240, where "
      "'Adesão ao tratamento' before it ends, but articles start on a "
      "new page";
  auto anywhere = run(kFolio + " check --jats " + dir);
  CHECK(anywhere.status == 0);
  CHECK_THAT(anywhere.err, !Catch::Contains("starts on page 240"));
  const std::string style = folio::test::temp_dir() + "/new-page.xml";
  std::string text =
      folio::test::read_file(std::string(FOLIO_SOURCE_DIR) + "/stylesheets/io-1992.xml");
  const std::string from = "<part kind=\"contents\" master=\"page\"";
  REQUIRE(text.find(from) != std::string::npos);
  text.replace(text.find(from), from.size(), from + " article-start=\"new-page\"");
  folio::test::write_file(style, text);
  auto strict = run(kFolio + " check --jats " + dir + " --style " + style);
  CHECK(strict.status == 0);
  CHECK_THAT(strict.err, Catch::Contains(shared));
  // pages reads the same stylesheet for its page check.
  auto pages = run(kFolio + " pages --jats " + dir + " --style " + style);
  CHECK(pages.status == 0);
  CHECK_THAT(pages.out, Catch::Contains("but articles start on a new page"));
}

TEST_CASE("a Crossref harvest of several issues needs --select", "[e2e][crossref][foreign]") {
  const std::string dir = folio::test::temp_dir();
  auto record = [](const std::string& issue, const std::string& title, const std::string& page,
                   const std::string& author) {
    return "<record><metadata><crossref xmlns='http://www.crossref.org/xschema/1.0'><journal>"
           "<journal_metadata><full_title>Water Resources Research</full_title>"
           "<issn>00431397</issn></journal_metadata><journal_issue><publication_date>"
           "<month>12</month><year>1999</year></publication_date><journal_volume><volume>35"
           "</volume></journal_volume><issue>" +
           issue + "</issue></journal_issue><journal_article><titles><title>" + title +
           "</title></titles><contributors><person_name contributor_role='author' "
           "sequence='first'><given_name>A.</given_name><surname>" +
           author + "</surname></person_name></contributors><pages><first_page>" + page +
           "</first_page></pages></journal_article></journal></crossref></metadata></record>";
  };
  folio::test::write_file(dir + "/harvest.xml",
                          "<OAI-PMH xmlns='http://www.openarchives.org/OAI/2.0/'><ListRecords>" +
                              record("12", "Late", "3631", "Hurwitz") +
                              record("11", "Other issue", "3300", "Else") +
                              record("12", "Early", "3591", "Or") + "</ListRecords></OAI-PMH>");
  auto unselected = run(kFolio + " pages --crossref " + dir + "/harvest.xml --format json");
  CHECK(unselected.status == 2);
  CHECK(unselected.out.empty());
  CHECK_THAT(unselected.err,
             Catch::Contains("Water Resources Research, issn=0043-1397, volume=35, number=12, "
                             "year=1999: 2 articles"));
  auto json = run(kFolio + " pages --crossref " + dir +
                  "/harvest.xml --select issn=00431397,number=12 --format json");
  INFO(json.err);
  REQUIRE(json.status == 0);
  CHECK_THAT(json.out, Catch::Contains("\"volume\": \"35\", \"number\": \"12\""));
  const std::size_t early = json.out.find("\"title\": \"Early\", \"authors\": [\"A. Or\"]");
  const std::size_t late = json.out.find("\"title\": \"Late\", \"authors\": [\"A. Hurwitz\"]");
  CHECK(early != std::string::npos);
  CHECK(late != std::string::npos);
  CHECK(early < late);
  CHECK_THAT(json.out, Catch::Contains("\"page_count\": null, \"item_number\": \"\""));
  auto none = run(kFolio + " build --crossref " + dir + "/harvest.xml --select year=2000 -o " +
                  dir + "/x.pdf");
  CHECK(none.status == 2);
  CHECK_FALSE(folio::test::file_exists(dir + "/x.pdf"));
  auto bad = run(kFolio + " check --crossref " + dir + "/harvest.xml --select vol=35");
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains("--select: unknown key 'vol'"));
}

TEST_CASE("an OJS export of two issues builds the one selected", "[e2e][ojs][foreign]") {
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/export.xml", R"(<?xml version="1.0"?>
<issues xmlns="http://pkp.sfu.ca">
<issue><issue_identification><volume>3</volume><number>1</number><year>2020</year></issue_identification>
<sections><section ref="ART" seq="1"><title locale="en_US">Articles</title></section></sections>
<articles><article current_publication_id="1"><publication locale="en_US" status="3" section_ref="ART" seq="0">
<id type="internal">1</id><title locale="en_US">First issue's article</title>
<authors><author seq="0"><givenname locale="en_US">Ann</givenname><familyname locale="en_US">One</familyname></author></authors>
<pages>1-4</pages></publication></article></articles></issue>
<issue><issue_identification><volume>3</volume><number>2</number><year>2020</year></issue_identification>
<sections><section ref="ART" seq="1"><title locale="en_US">Articles</title></section></sections>
<articles><article current_publication_id="2"><publication locale="en_US" status="3" section_ref="ART" seq="0">
<id type="internal">2</id><title locale="en_US">Second issue's article</title>
<abstract locale="en_US">&lt;p&gt;&lt;strong&gt;Background:&lt;/strong&gt; Why &amp;amp; how.&lt;/p&gt;</abstract>
<authors><author seq="0"><givenname locale="en_US">Bob</givenname><familyname locale="en_US">Two</familyname>
<affiliation locale="en_US">University of Y</affiliation></author></authors>
<pages>5-9</pages></publication></article></articles></issue>
</issues>
)");
  auto listed = run(kFolio + " build --ojs " + dir + "/export.xml -o " + dir + "/x.pdf");
  CHECK(listed.status == 2);
  CHECK_THAT(listed.err, Catch::Contains("volume=3, number=2, year=2020: 1 article"));
  const std::string pdf = dir + "/second.pdf";
  auto build = run(kFolio + " build --ojs " + dir + "/export.xml --select number=2 -o " + pdf);
  INFO(build.err);
  REQUIRE(build.status == 0);
  const std::string text = folio::test::squeeze(run("pdftotext -enc UTF-8 " + pdf + " -").out);
  CHECK_THAT(folio::test::page_text(pdf, 1), Catch::Contains("Volume 3, Number 2, 2020"));
  CHECK_THAT(text, Catch::Contains("Second issue's article"));
  CHECK_THAT(text, !Catch::Contains("First issue's article"));
  CHECK_THAT(text, Catch::Contains("Background: Why & how."));
  CHECK_THAT(text, Catch::Contains("Bob Two is at University of Y."));
}

TEST_CASE("input files that are no issue are named for what they are", "[e2e][input]") {
  const std::string dir = folio::test::temp_dir();
  auto directory = run(kFolio + " check " + dir);
  CHECK(directory.status == 1);
  CHECK_THAT(directory.err, Catch::Contains(dir + ": error: " + dir +
                                            " is a directory, not an issue file (for a "
                                            "directory of JATS articles, use --jats DIR)"));
  auto empty = run(kFolio + " check --jats " + dir);
  CHECK(empty.status == 1);
  CHECK_THAT(empty.err, Catch::Contains("no JATS article (*.xml, *.nxml) in the directory"));
  folio::test::write_file(
      dir + "/latin1.xml",
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<issue version=\"1\"/>\n");
  auto latin1 = run(kFolio + " check " + dir + "/latin1.xml");
  CHECK(latin1.status == 1);
  CHECK_THAT(latin1.err, Catch::Contains(dir + "/latin1.xml:1:21: error: the file declares "
                                               "encoding 'ISO-8859-1': folio reads UTF-8 only"));
}
