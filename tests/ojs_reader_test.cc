// Tests of the OJS native XML reader (input/ojs_reader.h) on small exports written for them,
// in the shapes OJS 3.0 and 3.3 export.

#include "input/ojs_reader.h"

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace folio {
namespace {

// Two issues: one exported by OJS 3.3 (articles with <publication> versions), one in the
// shape of OJS 3.0 (metadata on the article, volume and number on the issue itself).
const std::string kExport = R"(<?xml version="1.0" encoding="UTF-8"?>
<issues xmlns="http://pkp.sfu.ca" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <issue published="1">
    <issue_identification><volume>7</volume><number>2</number><year>2021</year></issue_identification>
    <date_published>2021-06-15</date_published>
    <sections>
      <section ref="REV" seq="2"><abbrev locale="en_US">REV</abbrev><title locale="en_US">Reviews</title></section>
      <section ref="ART" seq="1"><abbrev locale="en_US">ART</abbrev><title locale="en_US">Articles</title>
        <title locale="pt_BR">Artigos</title></section>
    </sections>
    <covers><cover locale="en_US"><embed encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==</embed></cover></covers>
    <articles>
      <article current_publication_id="11" status="3">
        <id type="internal" advice="ignore">5</id>
        <submission_file stage="proof" id="9"><revision number="1"><embed encoding="base64">JVBERi0xLjQK</embed></revision></submission_file>
        <publication locale="en_US" version="1" status="3" seq="1" section_ref="REV">
          <id type="internal" advice="ignore">10</id>
          <title locale="en_US">Old version</title>
          <pages>20-21</pages>
        </publication>
        <publication locale="en_US" version="2" status="3" seq="1" section_ref="REV">
          <id type="internal" advice="ignore">11</id>
          <title locale="en_US">A review</title>
          <authors><author seq="0"><givenname locale="en_US">Solo</givenname></author></authors>
          <pages>20-21</pages>
        </publication>
      </article>
      <article current_publication_id="12" status="3">
        <publication locale="pt_BR" version="1" status="3" seq="2" section_ref="ART">
          <id type="internal" advice="ignore">12</id>
          <id type="doi" advice="update">10.1/ojs.12</id>
          <title locale="pt_BR">Dividendos</title>
          <prefix locale="pt_BR">Os</prefix>
          <subtitle locale="pt_BR">uma revisão</subtitle>
          <title locale="en_US">Dividends</title>
          <prefix locale="en_US">The</prefix>
          <abstract locale="pt_BR">&lt;p&gt;&lt;strong&gt;Objetivo:&lt;/strong&gt; Avaliar &amp;amp; medir&amp;nbsp;o &lt;em&gt;efeito&lt;/em&gt;.&lt;/p&gt;&lt;p&gt;Segundo&lt;br&gt;parágrafo &amp;#8211; fim.&lt;/p&gt;</abstract>
          <abstract locale="en_US">&lt;p&gt;To assess.&lt;/p&gt;</abstract>
          <authors>
            <author seq="1"><givenname locale="pt_BR">Bia</givenname><familyname locale="pt_BR">Lima</familyname>
              <affiliation locale="pt_BR">Universidade B</affiliation></author>
            <author seq="0"><givenname locale="pt_BR">Ana</givenname><familyname locale="pt_BR">Souza</familyname>
              <affiliation locale="pt_BR">Universidade A</affiliation>
              <orcid>https://orcid.org/0000-0001-2345-6789</orcid></author>
          </authors>
          <pages>1-19</pages>
        </publication>
      </article>
      <article current_publication_id="13" status="3">
        <publication locale="pt_BR" version="1" status="3" seq="1" section_ref="ART">
          <id type="internal" advice="ignore">13</id>
          <title locale="pt_BR">Editorial</title>
          <pages>iii</pages>
        </publication>
      </article>
    </articles>
  </issue>
  <issue published="1">
    <volume>1</volume><number>1</number><year>2014</year>
    <sections><section ref="ART" seq="1"><title locale="en_US">Articles</title></section></sections>
    <articles>
      <article locale="en_US" section_ref="ART" seq="1">
        <title locale="en_US">Cyclomatic complexity</title>
        <abstract locale="en_US">&lt;p&gt;Focussing on measures.&lt;/p&gt;</abstract>
        <authors><author primary_contact="true"><firstname>June</firstname><middlename>A.</middlename>
          <lastname>Forcht</lastname><affiliation locale="en_US">Colorado State University</affiliation></author></authors>
        <pages>1-2</pages>
      </article>
    </articles>
  </issue>
</issues>
)";

std::vector<Issue> read_export(Diagnostics& diags) {
  const std::string file = test::temp_dir() + "/export.xml";
  test::write_file(file, kExport);
  std::optional<std::vector<FoundIssue>> issues = read_ojs(file, diags);
  REQUIRE(issues);
  std::vector<Issue> out;
  for (FoundIssue& found : *issues) {
    for (const Diagnostic& d : found.problems) diags.add(d);
    out.push_back(std::move(found.issue));
  }
  return out;
}

}  // namespace

TEST_CASE("OJS: an export of two issues gives both, with their numbers", "[input][ojs]") {
  Diagnostics diags;
  const std::vector<Issue> issues = read_export(diags);
  REQUIRE(issues.size() == 2);
  CHECK(issues[0].info.volume == "7");
  CHECK(issues[0].info.number == "2");
  CHECK(issues[0].info.year == "2021");
  CHECK(issues[0].info.month == 6);
  CHECK(issues[1].info.volume == "1");  // OJS 3.0: on the issue itself
  CHECK(issues[1].info.number == "1");
  CHECK(issues[0].journal.title.empty());
  REQUIRE(diags.warning_count() == 1);
  CHECK_THAT(diags.all()[0].message, Catch::StartsWith("an OJS export does not name its journal"));
}

TEST_CASE("OJS 3.3: sections in seq order, the current publication, locales", "[input][ojs]") {
  Diagnostics diags;
  const Issue issue = read_export(diags).at(0);
  CHECK(issue.lang == "pt-BR");
  REQUIRE(issue.sections.size() == 2);
  CHECK(issue.sections[0].title.plain() == "Artigos");  // in the issue's language
  CHECK(issue.sections[1].title.plain() == "Reviews");
  const auto& articles = issue.sections[0].articles;
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].title.plain() == "Editorial");
  CHECK(articles[0].item_number == "iii");  // pages that are no page numbers
  CHECK_FALSE(articles[0].first_page);
  const Article& dividends = articles[1];
  CHECK(dividends.title.plain() == "Os Dividendos");
  CHECK(dividends.subtitle.plain() == "uma revisão");
  CHECK(dividends.lang == "pt-BR");
  CHECK(dividends.first_page == 1);
  CHECK(dividends.last_page == 19);
  REQUIRE(dividends.translated_titles.size() == 1);
  CHECK(dividends.translated_titles[0].lang == "en-US");
  CHECK(dividends.translated_titles[0].title.plain() == "The Dividends");
  // Authors in their seq order, with affiliation and ORCID.
  REQUIRE(dividends.author_ids.size() == 2);
  const Person* souza = issue.person(dividends.author_ids[0]);
  REQUIRE(souza);
  CHECK(souza->name.display() == "Ana Souza");
  CHECK(souza->affiliation == "Universidade A");
  CHECK(souza->orcid == "0000-0001-2345-6789");
  CHECK(issue.person(dividends.author_ids[1])->name.family == "Lima");
  // The current version of the review, not the first; a one-name author.
  const Article& review = issue.sections[1].articles.at(0);
  CHECK(review.title.plain() == "A review");
  CHECK(issue.person(review.author_ids.at(0))->name.family == "Solo");
}

TEST_CASE("OJS: HTML abstracts become paragraphs with markup and run-in headings", "[input][ojs]") {
  Diagnostics diags;
  const std::vector<Issue> issues = read_export(diags);
  const Article& a = issues.at(0).sections[0].articles.at(1);
  REQUIRE(a.abstract.paragraphs.size() == 2);
  const AbstractParagraph& first = a.abstract.paragraphs[0];
  CHECK(first.heading.plain() == "Objetivo");
  CHECK(first.text.plain() == "Avaliar & medir\u00A0o efeito.");
  bool italic = false;
  for (const TextSpan& span : first.text.spans)
    italic = italic || (span.text == "efeito" && span.flags == kItalic);
  CHECK(italic);
  const RichText& second = a.abstract.paragraphs[1].text;
  CHECK(second.plain() == "Segundo par\u00E1grafo \u2013 fim.");
  REQUIRE(second.spans.size() == 3);
  CHECK(second.spans[1].line_break);
  REQUIRE(a.translated_abstracts.size() == 1);
  CHECK(a.translated_abstracts[0].lang == "en-US");
}

TEST_CASE("OJS 3.0: names in firstname, middlename and lastname", "[input][ojs]") {
  Diagnostics diags;
  const Issue issue = read_export(diags).at(1);
  const Article& a = issue.sections.at(0).articles.at(0);
  CHECK(a.title.plain() == "Cyclomatic complexity");
  CHECK(a.first_page == 1);
  CHECK(a.last_page == 2);
  const Person* forcht = issue.person(a.author_ids.at(0));
  REQUIRE(forcht);
  CHECK(forcht->name.display() == "June A. Forcht");
  CHECK(forcht->affiliation == "Colorado State University");
  CHECK(a.abstract.paragraphs.at(0).text.plain() == "Focussing on measures.");
}

TEST_CASE("OJS: what is no issue export is refused", "[input][ojs]") {
  const std::string file = test::temp_dir() + "/article.xml";
  test::write_file(file, "<article xmlns=\"http://pkp.sfu.ca\"/>");
  Diagnostics diags;
  CHECK_FALSE(read_ojs(file, diags));
  REQUIRE(diags.error_count() == 1);
  CHECK_THAT(diags.all()[0].format(),
             Catch::Contains("error: an OJS export of <article> holds no issue"));
}

}  // namespace folio
