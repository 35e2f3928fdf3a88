// Tests of the Crossref deposit reader (input/crossref_reader.h).

#include "input/crossref_reader.h"

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <string>

namespace folio {
namespace {

const std::string kDeposit =
    std::string(FOLIO_SOURCE_DIR) + "/samples/fictional-crossref/deposit.xml";

// A 4.3 deposit (another namespace than the sample's 5.3) with `body` as its body.
std::string deposit(const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<doi_batch xmlns="http://www.crossref.org/schema/4.3.0" xmlns:jats="http://www.ncbi.nlm.nih.gov/JATS1" version="4.3.0">
<head><doi_batch_id>t</doi_batch_id></head>
<body>
)" + body +
         R"(
</body>
</doi_batch>
)";
}

const std::string kJournal = R"(<journal>
<journal_metadata><full_title>J. Test</full_title></journal_metadata>
<journal_issue><publication_date><month>3</month><year>1999</year></publication_date>
<journal_volume><volume>7</volume></journal_volume><issue>2</issue></journal_issue>
<journal_article><titles><title>Second</title></titles>
<contributors>
<person_name sequence="additional" contributor_role="author"><given_name>B</given_name><surname>Bee</surname></person_name>
<person_name sequence="first" contributor_role="author"><given_name>A</given_name><surname>Ay</surname><affiliation>Somewhere</affiliation></person_name>
<person_name sequence="additional" contributor_role="editor"><surname>Ed</surname></person_name>
<organization sequence="additional" contributor_role="author">The Group</organization>
</contributors>
<pages><first_page>20</first_page><last_page>29</last_page></pages></journal_article>
<journal_article><titles><title>First <i>one</i></title></titles>
<pages><first_page>1</first_page><last_page>19</last_page></pages></journal_article>
</journal>)";

// The one issue a file holds, its problems added to `diags`; nothing when it holds none or
// several.
std::optional<Issue> only(std::optional<std::vector<FoundIssue>> issues, Diagnostics& diags) {
  if (!issues || issues->size() != 1) return std::nullopt;
  for (const Diagnostic& d : issues->front().problems) diags.add(d);
  return std::move(issues->front().issue);
}

std::optional<Issue> read_text(const std::string& text, Diagnostics& diags,
                               std::string* path = nullptr) {
  const std::string file = test::temp_dir() + "/deposit.xml";
  test::write_file(file, text);
  if (path) *path = file;
  return only(read_crossref(file, diags), diags);
}

}  // namespace

TEST_CASE("the fictional Crossref deposit reads like the JATS sample", "[input][crossref]") {
  Diagnostics diags;
  std::optional<Issue> issue = only(read_crossref(kDeposit, diags), diags);
  REQUIRE(issue);
  CHECK(diags.error_count() == 0);
  CHECK(diags.warning_count() == 1);  // MathML
  CHECK(issue->journal.title == "Journal of Comparative Hydrology");
  CHECK(issue->journal.abbreviation == "J. Comp. Hydrol.");
  CHECK(issue->journal.issn == "2931-4406");
  CHECK(issue->info.volume == "12");
  CHECK(issue->info.number == "2");
  CHECK(issue->info.year == "2026");
  CHECK(issue->info.month == 6);
  REQUIRE(issue->sections.size() == 1);
  const auto& articles = issue->sections[0].articles;
  REQUIRE(articles.size() == 8);
  CHECK(articles[0].first_page == 89);
  CHECK(articles[7].last_page == 240);
  CHECK(articles[0].title.spans.at(1).flags == kItalic);
  CHECK(articles[0].abstract.paragraphs.size() == 3);
  const Person* first = issue->person(articles[1].author_ids.at(0));
  REQUIRE(first);
  CHECK(first->name.display() == "Zoë O’Brien-Ngũgĩ");
}

TEST_CASE("Crossref: byline order, organizations, page order, 4.3 namespace", "[input][crossref]") {
  Diagnostics diags;
  std::optional<Issue> issue = read_text(deposit(kJournal), diags);
  REQUIRE(issue);
  CHECK(issue->info.month == 3);
  const auto& articles = issue->sections.at(0).articles;
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].title.plain() == "First one");
  const Article& second = articles[1];
  REQUIRE(second.author_ids.size() == 3);
  CHECK(issue->person(second.author_ids[0])->name.family == "Ay");
  CHECK(issue->person(second.author_ids[0])->affiliation == "Somewhere");
  CHECK(issue->person(second.author_ids[1])->name.family == "Bee");
  CHECK(issue->person(second.author_ids[2])->name.family == "The Group");
}

TEST_CASE("Crossref: what is not the articles of one issue is an error", "[input][crossref]") {
  struct Case {
    const char* what;
    std::string body;
    const char* message;
  };
  const Case cases[] = {
      {"a book", kJournal + "<book book_type=\"monograph\"/>", "<book> in the deposit"},
      {"a conference", "<conference/>", "<conference> in the deposit"},
      {"no issue",
       "<journal><journal_metadata><full_title>J</full_title></journal_metadata>"
       "<journal_article><titles><title>T</title></titles></journal_article></journal>",
       "the <journal> has no <journal_issue>"},
      {"no articles",
       "<journal><journal_metadata><full_title>J</full_title></journal_metadata>"
       "<journal_issue><issue>1</issue></journal_issue></journal>",
       "the <journal> has no <journal_article>"},
      {"neither issue number nor volume",
       "<journal><journal_metadata><full_title>J</full_title></journal_metadata>"
       "<journal_issue><publication_date><year>2017</year></publication_date></journal_issue>"
       "<journal_article><titles><title>T</title></titles></journal_article></journal>",
       "<journal_issue> has neither an <issue> number nor a <volume>"},
      {"empty body", "", "<body> holds no <journal>"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    Diagnostics diags;
    CHECK_FALSE(read_text(deposit(c.body), diags));
    REQUIRE(diags.error_count() >= 1);
    CHECK_THAT(diags.all()[0].format(), Catch::Contains(": error: " + std::string(c.message)));
  }
  Diagnostics wrong_root;
  std::string path;
  CHECK_FALSE(read_text("<article/>", wrong_root, &path));
  CHECK(wrong_root.all().at(0).format() ==
        path +
            ":1:1: error: the root element is <article>, expected a Crossref <doi_batch>, a "
            "unixref record (<crossref>, <doi_records>) or an OAI-PMH harvest");
}

// Reproductions, in small self-written deposits, of what real deposits (eLife, Ubiquity Press)
// do: a volume without issue numbers, a digest after the abstract, 5.x affiliations.
TEST_CASE("Crossref: a volume without issue number, digest, affiliations", "[input][crossref]") {
  Diagnostics diags;
  std::string path;
  std::optional<Issue> issue = read_text(deposit(R"(<journal>
<journal_metadata><full_title>J. Online</full_title></journal_metadata>
<journal_issue><publication_date media_type="online"><month>07</month><year>2017</year></publication_date>
<journal_volume><volume>2</volume></journal_volume></journal_issue>
<journal_article><titles><title>Perceptions &ndash; a survey</title></titles>
<contributors>
<person_name contributor_role="author" sequence="first"><given_name>Eva</given_name><surname>Ell</surname><suffix>III</suffix>
<affiliations><institution><institution_name>Uni A</institution_name></institution><institution><institution_name>Uni B</institution_name></institution></affiliations>
<ORCID authenticated="true">https://orcid.org/0000-0000-0000-0000</ORCID></person_name>
</contributors>
<jats:abstract><jats:p>The abstract.</jats:p></jats:abstract>
<jats:abstract abstract-type="executive-summary"><jats:p>The digest.</jats:p></jats:abstract>
<pages><first_page>3</first_page></pages>
<doi_data><doi>10.1/j.3</doi><resource>https://example.org/3</resource></doi_data>
</journal_article></journal>)"),
                                         diags, &path);
  REQUIRE(issue);
  CHECK(issue->info.volume == "2");
  CHECK(issue->info.number.empty());
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.all()[0].format() ==
        path +
            ":7:1: warning: <journal_issue> gives volume '2' but no <issue> number: its "
            "articles are read as one issue of the volume");
  const Article& a = issue->sections.at(0).articles.at(0);
  CHECK(a.title.plain() == "Perceptions \u2013 a survey");
  REQUIRE(a.abstract.paragraphs.size() == 1);
  CHECK(a.abstract.paragraphs[0].text.plain() == "The abstract.");
  const Person* ell = issue->person(a.author_ids.at(0));
  REQUIRE(ell);
  CHECK(ell->name.display() == "Eva Ell III");
  CHECK(ell->affiliation == "Uni A; Uni B");
}

// Schema 5.x marks contributors with <role> children; ORCID iDs match one person across
// articles whatever the spelling; an item number stands for the missing pages.
TEST_CASE("Crossref 5.x: <role> contributors, ORCID, organisations, item_number",
          "[input][crossref]") {
  Diagnostics diags;
  std::optional<Issue> issue = read_text(R"(<?xml version="1.0" encoding="UTF-8"?>
<doi_batch xmlns="http://www.crossref.org/schema/5.4.0" xmlns:jats="http://www.ncbi.nlm.nih.gov/JATS1" version="5.4.0">
<head><doi_batch_id>t</doi_batch_id></head>
<body><journal>
<journal_metadata language="pt"><full_title>Rev. Cinco</full_title><issn media_type="electronic">2345-6789</issn></journal_metadata>
<journal_issue><publication_date media_type="online"><year>2024</year></publication_date>
<journal_volume><volume>5</volume></journal_volume><issue>1</issue></journal_issue>
<journal_article language="pt"><titles><title>Primeiro</title></titles>
<contributors>
<person_name sequence="first"><role>author</role><given_name>Ana</given_name><surname>Souza</surname>
<ORCID>https://orcid.org/0000-0001-2345-6789</ORCID></person_name>
<person_name sequence="additional"><role>editor</role><given_name>Eva</given_name><surname>Editora</surname></person_name>
<organization sequence="additional"><role>author</role>Grupo Um</organization>
</contributors>
<jats:abstract xml:lang="pt"><jats:sec><jats:title>Objetivo</jats:title><jats:p>Um.</jats:p></jats:sec></jats:abstract>
<jats:abstract xml:lang="en"><jats:p>One.</jats:p></jats:abstract>
<publisher_item><item_number item_number_type="article_number">e2</item_number></publisher_item>
<doi_data><doi>10.1/c.2</doi><resource>https://example.org/2</resource></doi_data>
</journal_article>
<journal_article language="pt"><titles><title>Segundo</title></titles>
<contributors>
<person_name sequence="first"><role>author</role><given_name>A.</given_name><surname>Souza-Lima</surname>
<ORCID>https://orcid.org/0000-0001-2345-6789</ORCID></person_name>
</contributors>
<publisher_item><item_number>e1</item_number></publisher_item>
<doi_data><doi>10.1/c.1</doi><resource>https://example.org/1</resource></doi_data>
</journal_article>
</journal></body></doi_batch>
)",
                                         diags);
  REQUIRE(issue);
  CHECK(issue->lang == "pt");
  CHECK(issue->journal.issn == "2345-6789");  // the only one, though electronic
  CHECK(issue->journal.eissn.empty());
  const auto& articles = issue->sections.at(0).articles;
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].item_number == "e1");  // no pages: ordered by item number
  CHECK(articles[1].item_number == "e2");
  const Article& first = articles[1];
  REQUIRE(first.author_ids.size() == 2);
  const Person* souza = issue->person(first.author_ids[0]);
  CHECK(souza->orcid == "0000-0001-2345-6789");
  CHECK(issue->person(first.author_ids[1])->name.family == "Grupo Um");
  CHECK(articles[0].author_ids == std::vector<std::string>{first.author_ids[0]});
  REQUIRE(diags.warning_count() == 1);
  CHECK_THAT(diags.all()[0].message,
             Catch::StartsWith("'A. Souza-Lima' is taken to be 'Ana Souza'"));
  CHECK_THAT(diags.all()[0].message, Catch::Contains("the same ORCID iD 0000-0001-2345-6789"));
  REQUIRE(first.abstract.paragraphs.size() == 1);
  CHECK(first.abstract.paragraphs[0].heading.plain() == "Objetivo");
  REQUIRE(first.translated_abstracts.size() == 1);
  CHECK(first.translated_abstracts[0].lang == "en");
  CHECK(first.translated_abstracts[0].paragraphs.at(0).text.plain() == "One.");
}

// Crossref's OAI-PMH harvest: unixref records of many journals and issues, articles in any
// order, a record given twice, and records that are no journal articles.
std::string oai_record(const std::string& issn, const std::string& volume, const std::string& issue,
                       const std::string& title, const std::string& first_page,
                       const std::string& doi) {
  return R"(<record><header><identifier>info:doi/)" + doi +
         R"(</identifier></header><metadata><crossref xmlns="http://www.crossref.org/xschema/1.0"><journal>
<journal_metadata><full_title>J )" +
         issn + R"(</full_title><issn>)" + issn + R"(</issn></journal_metadata>
<journal_issue><publication_date media_type="print"><month>12</month><year>1999</year></publication_date>
<journal_volume><volume>)" +
         volume + "</volume></journal_volume><issue>" + issue + R"(</issue></journal_issue>
<journal_article><titles><title>)" +
         title + R"(</title></titles>
<contributors><person_name contributor_role="author" sequence="first"><surname>)" +
         title + R"(</surname></person_name></contributors>
<pages><first_page>)" +
         first_page + "</first_page></pages><doi_data><doi>" + doi +
         "</doi></doi_data></journal_article></journal></crossref></metadata></record>\n";
}

const std::string kHarvest =
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    "<OAI-PMH xmlns='http://www.openarchives.org/OAI/2.0/'><ListRecords>\n" +
    oai_record("00431397", "35", "12", "Third", "30", "10.1/w3") +
    oai_record("0956-540X", "144", "1", "Other", "1", "10.1/g1") +
    oai_record("00431397", "35", "12", "First", "10", "10.1/w1") +
    oai_record("00431397", "35", "11", "Earlier", "1", "10.1/e1") +
    oai_record("00431397", "35", "12", "Second draft", "20", "10.1/w2") +
    "<record><header "
    "status='deleted'><identifier>info:doi/10.1/gone</identifier></header></record>\n"
    "<record><header/><metadata><crossref xmlns='http://www.crossref.org/xschema/1.0'>"
    "<book><book_metadata/></book></crossref></metadata></record>\n" +
    oai_record("00431397", "35", "12", "Second", "20", "10.1/w2") + "</ListRecords></OAI-PMH>\n";

TEST_CASE("Crossref OAI-PMH harvest: issues grouped, articles in page order", "[input][crossref]") {
  Diagnostics diags;
  const std::string file = test::temp_dir() + "/harvest.xml";
  test::write_file(file, kHarvest);
  std::optional<std::vector<FoundIssue>> issues = read_crossref(file, diags);
  REQUIRE(issues);
  REQUIRE(issues->size() == 3);
  const Issue& wrr = (*issues)[0].issue;
  CHECK(wrr.journal.issn == "0043-1397");
  CHECK(wrr.info.volume == "35");
  CHECK(wrr.info.number == "12");
  CHECK(wrr.info.month == 12);
  std::vector<std::string> titles;
  for (const Article& a : wrr.sections.at(0).articles) titles.push_back(a.title.plain());
  // The record of 10.1/w2 given twice counts once, as the later one.
  CHECK(titles == std::vector<std::string>{"First", "Second", "Third"});
  CHECK((*issues)[1].issue.journal.issn == "0956-540X");
  CHECK((*issues)[2].issue.info.number == "11");
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.all()[0].message == "1 record is not an article of a journal issue and is left out");
}

TEST_CASE("Crossref unixref records: <doi_records> and a lone <crossref>", "[input][crossref]") {
  Diagnostics diags;
  std::optional<Issue> issue = read_text(
      "<doi_records><doi_record><crossref>" + kJournal + "</crossref></doi_record></doi_records>",
      diags);
  REQUIRE(issue);
  CHECK(issue->sections.at(0).articles.size() == 2);
  Diagnostics none;
  CHECK_FALSE(read_text("<crossref><book/></crossref>", none));
  CHECK_THAT(none.all().back().message,
             Catch::Contains("the file holds no article of a journal issue"));
}

// A supplement numbers its pages "S336": no page numbers, but what the contents prints.
TEST_CASE("Crossref: first pages that are no numbers become item numbers, with one warning",
          "[input][crossref]") {
  std::string body = kJournal;
  for (const char* from : {"<first_page>20</first_page>", "<first_page>1</first_page>"}) {
    const std::string page = from[12] == '2' ? "S20" : "S3";
    body.replace(body.find(from), std::string(from).size(),
                 "<first_page>" + page + "</first_page>");
  }
  Diagnostics diags;
  std::optional<Issue> issue = read_text(deposit(body), diags);
  REQUIRE(issue);
  const auto& articles = issue->sections.at(0).articles;
  CHECK(articles.at(0).item_number == "S3");
  CHECK(articles.at(1).item_number == "S20");
  CHECK_FALSE(articles.at(0).first_page);
  CHECK_FALSE(articles.at(1).last_page);  // a last page without a first is no range
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.all()[0].message ==
        "2 articles have a first page that is no page number ('S20', ...): the contents prints "
        "them as written, and the page check passes them over");
}

}  // namespace folio
