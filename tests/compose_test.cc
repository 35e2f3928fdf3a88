#include "compose/compose.h"

#include "compose/contributors.h"
#include "compose/designation.h"
#include "compose/labels.h"
#include "input/issue_reader.h"
#include "stylesheets/builtin.h"
#include "stylesheets/stylesheet_reader.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace folio;

namespace {

Issue issue_with_authors(const std::string& lang) {
  Issue issue;
  issue.lang = lang;
  auto person = [](const std::string& id, const std::string& given, const std::string& family,
                   const std::string& key = "") {
    Person p;
    p.id = id;
    p.name = {given, family, key};
    return p;
  };
  issue.people = {person("z", "Mark", "Zacher"), person("j", "Christer", "Jönsson"),
                  person("k", "Miles", "Kahler"), person("v", "Ann", "van Dyke", "Dyke van"),
                  person("a", "Anna", "Åberg")};
  Article a;
  a.id = "x";
  a.author_ids = {"z", "j", "k", "v", "a"};
  issue.sections = {Section{"s", {}, {a}, {}}};
  return issue;
}

// A contributors part that gives no style for its 'bio' role (t.xml, line 4).
std::optional<Style> stylesheet_without_bio_role(Diagnostics& diags) {
  return read_stylesheet_xml(
      "<stylesheet name=\"t\" version=\"1\">\n"
      "  <page-master name=\"p\"/>\n"
      "  <paragraph-style name=\"b\" font-family=\"TeX Gyre Termes\"/>\n"
      "  <part kind=\"contributors\" master=\"p\">\n"
      "    <role name=\"heading\" style=\"b\"/>\n"
      "  </part>\n"
      "</stylesheet>\n",
      "t.xml", diags);
}

std::vector<std::string> families(const std::vector<const Person*>& people) {
  std::vector<std::string> out;
  for (const Person* p : people) out.push_back(p->name.family);
  return out;
}

}  // namespace

TEST_CASE("contributors sort in the collation of the issue's language", "[compose]") {
  // English: ö and å are accented o and a; the sort key puts "van Dyke" under D.
  CHECK(families(contributors_of(issue_with_authors("en-US"))) ==
        std::vector<std::string>{"Åberg", "van Dyke", "Jönsson", "Kahler", "Zacher"});
  // Swedish: å and ö are letters after z.
  CHECK(families(contributors_of(issue_with_authors("sv"))) ==
        std::vector<std::string>{"van Dyke", "Jönsson", "Kahler", "Zacher", "Åberg"});
}

TEST_CASE("a part's role without a style is an error at the part", "[compose]") {
  Diagnostics diags;
  auto style = stylesheet_without_bio_role(diags);
  REQUIRE(style);
  Issue issue = issue_with_authors("en-US");
  auto composed = compose(issue, *style, {}, diags);
  CHECK_FALSE(composed);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].format() ==
        "t.xml:4:3: error: part 'contributors' has no style for role 'bio'");
}

TEST_CASE("the contents lists the parts it is asked to, with the folios it is given", "[compose]") {
  Diagnostics diags;
  auto issue = read_issue_file(std::string(FOLIO_SOURCE_DIR) + "/samples/io-46-3/issue.xml", diags);
  auto style = read_stylesheet_xml(builtin_stylesheet(), builtin_stylesheet_name(), diags);
  REQUIRE(issue);
  REQUIRE(style);
  auto text_of = [](const Paragraph& p) {
    std::string t;
    for (const StyledRun& r : p.runs) t += r.text;
    return t;
  };
  for (const PartFolios& folios : {PartFolios{}, PartFolios{{"contributors", "iv"}}}) {
    auto composed = compose(*issue, *style, folios, diags);
    REQUIRE(composed);
    const ComposedPart* contents = nullptr;
    for (const ComposedPart& part : composed->parts) {
      if (part.kind == "contents") contents = &part;
    }
    REQUIRE(contents);
    const auto& listed = std::get<Paragraph>(contents->blocks[contents->blocks.size() - 2]);
    CHECK(text_of(listed) == "Contributors");
    CHECK(listed.right.runs.front().text == (folios.empty() ? "?" : "iv"));
  }
}

TEST_CASE("markup the stylesheet does not map is set plain, with one warning", "[compose]") {
  Diagnostics diags;
  auto issue = read_issue_file(std::string(FOLIO_SOURCE_DIR) + "/samples/io-46-3/issue.xml", diags);
  std::string text(builtin_stylesheet());
  const std::size_t from = text.find("<markup");
  REQUIRE(from != std::string::npos);
  text.erase(from, text.find("/>", from) + 2 - from);
  auto style = read_stylesheet_xml(text, "no-markup.xml", diags);
  REQUIRE(issue);
  REQUIRE(style);
  REQUIRE(compose(*issue, *style, {}, diags));
  int italic = 0;
  for (const Diagnostic& d : diags.all()) {
    if (d.message.find("no character style to italic markup") != std::string::npos) {
      ++italic;
      CHECK(d.severity == Severity::warning);
      CHECK(d.pos.file == issue->source);  // at the first italic text of the issue
    }
  }
  CHECK(italic == 1);
}

namespace {

// A paragraph's text, line breaks as "\n" and the no-break spaces inside names as spaces.
std::string text_of(const Paragraph& p) {
  std::string t;
  for (const StyledRun& r : p.runs) t += r.line_break ? "\n" : r.text;
  for (std::size_t at; (at = t.find("\u00A0")) != std::string::npos;) t.replace(at, 2, " ");
  return t;
}

// The texts of a composed part's paragraphs, columns included.
std::vector<std::string> texts(const ComposedIssue& composed, const std::string& kind) {
  std::vector<std::string> out;
  for (const ComposedPart& part : composed.parts) {
    if (part.kind != kind) continue;
    for (const Block& b : part.blocks) {
      if (const auto* p = std::get_if<Paragraph>(&b)) out.push_back(text_of(*p));
      if (const auto* c = std::get_if<ColumnSet>(&b)) {
        for (const Paragraph& p : c->paragraphs) out.push_back(text_of(p));
      }
    }
  }
  return out;
}

bool has_part(const ComposedIssue& composed, const std::string& kind) {
  return std::ranges::any_of(composed.parts, [&](const ComposedPart& p) { return p.kind == kind; });
}

RichText rich(const std::string& text, const std::string& lang = "") {
  RichText r;
  r.spans.push_back({text, 0, lang, false, {}});
  return r;
}

// An issue as read from JATS without an issue-meta file: no labels, no designation, no board.
Issue foreign_issue(const std::string& lang) {
  Issue issue;
  issue.lang = lang;
  issue.source = "jats";
  issue.journal.title = "Revista de Teste";
  issue.info.volume = "48";
  issue.info.number = "2";
  issue.info.year = "2014";
  issue.info.month = 4;
  Person p;
  p.id = "silva";
  p.name = {"Ana", "Silva", ""};
  p.affiliation = "Universidade de São Paulo";
  Person q = p;
  q.id = "lima";
  q.name = {"Bia", "Lima", ""};
  q.affiliation = "";
  Person r = q;
  r.id = "reis";
  r.name = {"Caio", "Reis", ""};
  issue.people = {p, q, r};
  Article a;
  a.id = "a";
  a.lang = "pt";
  a.title = rich("Adesão ao tratamento", "pt");
  a.author_ids = {"silva", "lima", "reis"};
  a.first_page = 232;
  a.abstract.paragraphs = {{rich("OBJETIVO", "pt"), rich("Elaborar.", "pt")},
                           {{}, rich("Mais.", "pt")}};
  a.translated_titles = {{"en", rich("Adherence to treatment", "en"), {}}};
  Abstract english;
  english.lang = "en";
  english.paragraphs = {{rich("OBJECTIVE", "en"), rich("To elaborate.", "en")}};
  a.translated_abstracts = {english};
  issue.sections = {Section{"s", rich("Artigos Originais"), {a}, {}}};
  return issue;
}

std::optional<Style> builtin_with(const std::string& from, const std::string& to,
                                  Diagnostics& diags) {
  std::string text(builtin_stylesheet());
  if (!from.empty()) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  }
  return read_stylesheet_xml(text, "style.xml", diags);
}

}  // namespace

TEST_CASE("labels default to the issue's language, the issue's own still win", "[compose]") {
  Diagnostics diags;
  auto style = builtin_with("", "", diags);
  REQUIRE(style);
  Issue issue = foreign_issue("pt-BR");
  auto composed = compose(issue, *style, {}, diags);
  REQUIRE(composed);
  CHECK(texts(*composed, "contributors").at(0) == "Colaboradores");
  CHECK(texts(*composed, "abstracts").at(0) == "Resumos");
  // Portuguese lists take no comma before "e".
  CHECK(texts(*composed, "abstracts").at(2) == "por Ana Silva, Bia Lima e Caio Reis");
  CHECK(composed->parts.at(1).title == "Sumário");
  CHECK(composed->subject == "Revista de Teste, Volume 48, número 2, abril 2014");

  issue.labels["abstracts"] = "Resumos dos artigos";
  issue.lang = "de";
  composed = compose(issue, *style, {}, diags);
  REQUIRE(composed);
  CHECK(texts(*composed, "abstracts").at(0) == "Resumos dos artigos");
  CHECK(texts(*composed, "contributors").at(0) == "Autorinnen und Autoren");
  CHECK(composed->subject == "Revista de Teste, Jahrgang 48, Heft 2, April 2014");

  for (const char* lang : {"en-US", "fr", "es", "it", "nl"}) {
    issue.lang = lang;
    issue.labels.clear();
    Diagnostics quiet;
    composed = compose(issue, *style, {}, quiet);
    REQUIRE(composed);
    INFO(lang);
    CHECK(quiet.warning_count() == 2);  // the masthead left out, the translations unprinted
    CHECK_FALSE(texts(*composed, "abstracts").at(0).empty());
  }
  issue.lang = "sv";
  Diagnostics swedish;
  composed = compose(issue, *style, {}, swedish);
  REQUIRE(composed);
  CHECK(texts(*composed, "abstracts").at(0) == "Abstracts");
  CHECK_THAT(swedish.all().at(0).message,
             Catch::StartsWith("folio has no built-in words for the issue's language 'sv'"));
}

TEST_CASE("the designation follows the stylesheet's pattern, pieces without values left out",
          "[compose]") {
  Diagnostics diags;
  Issue issue = foreign_issue("en");
  const Labels labels(issue);
  CHECK(designation(issue, labels, kDefaultDesignation) == "Volume 48, Number 2, April 2014");
  issue.info.number.clear();
  CHECK(designation(issue, labels, kDefaultDesignation) == "Volume 48, April 2014");
  issue.info.season = "Summer";
  CHECK(designation(issue, labels, "Vol. {volume} ({year}), {number-label} {number}") ==
        "Vol. 48 (2014)");
  CHECK(designation(issue, labels, "{season} {year}, {month}, {bogus}") ==
        "Summer 2014, April, {bogus}");

  auto style = builtin_with(
      R"(<part kind="contents" master="page")",
      R"(<part kind="contents" master="page" designation="{volume}({number}) {year}")", diags);
  REQUIRE(style);
  issue.info.number = "2";
  auto composed = compose(issue, *style, {}, diags);
  REQUIRE(composed);
  CHECK(texts(*composed, "contents").at(1) == "48(2) 2014");
  CHECK(texts(*composed, "cover").at(1) == "Volume 48, Number 2, Summer 2014");
}

TEST_CASE("parts with nothing to print are left out, and out of the contents", "[compose]") {
  Diagnostics diags;
  auto style = builtin_with("", "", diags);
  REQUIRE(style);
  Issue issue = foreign_issue("en");
  issue.sections[0].articles[0].abstract = {};
  issue.sections[0].articles[0].translated_abstracts.clear();
  auto composed = compose(issue, *style, {}, diags);
  REQUIRE(composed);
  CHECK_FALSE(has_part(*composed, "abstracts"));
  CHECK_FALSE(has_part(*composed, "masthead"));
  CHECK(has_part(*composed, "contributors"));
  const std::vector<std::string> contents = texts(*composed, "contents");
  CHECK(contents.back() == "Contributors");  // the abstracts are not listed
  int notes = 0;
  for (const Diagnostic& d : diags.all()) {
    notes += d.message ==
             "part 'abstracts' is left out, and out of the contents: the "
             "articles have no abstracts";
  }
  CHECK(notes == 1);
}

TEST_CASE("structured abstracts run their section titles in, with the part's suffix", "[compose]") {
  Diagnostics diags;
  auto style = builtin_with(R"(<part kind="abstracts" master="page")",
                            R"(<part kind="abstracts" master="page" run-in-suffix=".")", diags);
  REQUIRE(style);
  auto composed = compose(foreign_issue("en"), *style, {}, diags);
  REQUIRE(composed);
  const std::vector<std::string> abstracts = texts(*composed, "abstracts");
  CHECK(abstracts.at(3) == "OBJETIVO. Elaborar.");
  CHECK(abstracts.at(4) == "Mais.");
  // The heading is in the role's character style (io-1992: small capitals).
  for (const ComposedPart& part : composed->parts) {
    if (part.kind != "abstracts") continue;
    const Paragraph& p = std::get<Paragraph>(part.blocks.at(3));
    CHECK(p.runs.front().format.features.size() > p.runs.back().format.features.size());
  }
}

TEST_CASE("translations: the original by default, with a note, or as the stylesheet chooses",
          "[compose]") {
  Diagnostics diags;
  auto style = builtin_with("", "", diags);
  REQUIRE(style);
  auto composed = compose(foreign_issue("en"), *style, {}, diags);
  REQUIRE(composed);
  CHECK(texts(*composed, "contents").at(3).starts_with("Adesão ao tratamento Ana Silva"));
  REQUIRE(diags.warning_count() == 2);  // and the masthead left out
  CHECK(diags.all()[1].message ==
        "1 translated title and 1 translated abstract (en) are not printed: the stylesheet "
        "prints the originals (the contents' translated-title and the abstracts' "
        "abstract-language options print them)");

  Diagnostics chosen;
  std::string text(builtin_stylesheet());
  text.replace(text.find(R"(<part kind="contents" master="page")"), 35,
               R"(<part kind="contents" master="page" translated-title="issue-language")");
  text.replace(text.find(R"(<part kind="abstracts" master="page")"), 36,
               R"(<part kind="abstracts" master="page" abstract-language="issue")");
  auto both = read_stylesheet_xml(text, "style.xml", chosen);
  REQUIRE(both);
  composed = compose(foreign_issue("en"), *both, {}, chosen);
  REQUIRE(composed);
  CHECK(texts(*composed, "contents")
            .at(3)
            .starts_with("Adesão ao tratamento\nAdherence to treatment Ana Silva"));
  const std::vector<std::string> abstracts = texts(*composed, "abstracts");
  CHECK(abstracts.at(1) == "Adherence to treatment");
  CHECK(abstracts.at(3) == "OBJECTIVE: To elaborate.");
  CHECK(chosen.warning_count() == 1);  // the masthead left out
}

TEST_CASE("contributors without a bio get their affiliation, as the style says", "[compose]") {
  Diagnostics diags;
  auto sentence = builtin_with("", "", diags);
  REQUIRE(sentence);
  auto composed = compose(foreign_issue("en"), *sentence, {}, diags);
  REQUIRE(composed);
  const std::vector<std::string> people = texts(*composed, "contributors");
  REQUIRE(people.size() == 4);
  CHECK(people[3] == "Ana Silva is at Universidade de São Paulo.");
  CHECK(people[1] == "Bia Lima");  // no affiliation

  auto line = builtin_with(R"(<part kind="contributors" master="page")",
                           R"(<part kind="contributors" master="page" affiliation="line")", diags);
  REQUIRE(line);
  composed = compose(foreign_issue("pt"), *line, {}, diags);
  REQUIRE(composed);
  CHECK(texts(*composed, "contributors").at(3) == "Ana Silva\nUniversidade de São Paulo");
}

TEST_CASE("an issue composed a part at a time gives compose()'s parts and diagnostics",
          "[compose]") {
  Diagnostics read;
  auto issue = read_issue_file(std::string(FOLIO_SOURCE_DIR) + "/samples/io-46-3/issue.xml", read);
  auto style = read_stylesheet_xml(builtin_stylesheet(), builtin_stylesheet_name(), read);
  REQUIRE(issue);
  REQUIRE(style);
  auto text_of = [](const ComposedPart& part) {
    std::string t = part.kind + ":";
    for (const Block& b : part.blocks) {
      if (const auto* p = std::get_if<Paragraph>(&b)) {
        for (const StyledRun& r : p->runs) t += r.text;
        t += "|";
      }
    }
    return t;
  };
  Diagnostics whole;
  auto composed = compose(*issue, *style, {}, whole);
  REQUIRE(composed);
  REQUIRE(composed->parts.size() >= 4);

  Diagnostics stepwise;
  IssueComposer composer(*issue, *style, {}, stepwise);
  CHECK(composer.header().title == composed->title);
  CHECK(composer.header().subject == composed->subject);
  std::vector<std::string> parts;
  std::optional<ComposedPart> part;
  while (composer.next(part)) {
    REQUIRE(part);
    parts.push_back(text_of(*part));
  }
  CHECK(composer.finish());
  REQUIRE(parts.size() == composed->parts.size());
  for (std::size_t i = 0; i < parts.size(); ++i) CHECK(parts[i] == text_of(composed->parts[i]));
  REQUIRE(stepwise.all().size() == whole.all().size());
  for (std::size_t i = 0; i < whole.all().size(); ++i) {
    CHECK(stepwise.all()[i].format() == whole.all()[i].format());
  }
}

TEST_CASE("a part that cannot be composed fails the issue composed a part at a time", "[compose]") {
  Diagnostics diags;
  auto style = stylesheet_without_bio_role(diags);
  REQUIRE(style);
  Issue issue = issue_with_authors("en-US");
  IssueComposer composer(issue, *style, {}, diags);
  std::optional<ComposedPart> part;
  REQUIRE(composer.next(part));
  CHECK_FALSE(part);
  CHECK_FALSE(composer.next(part));
  CHECK_FALSE(composer.finish());
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].format() ==
        "t.xml:4:3: error: part 'contributors' has no style for role 'bio'");
}

namespace {

// Each run of a part's paragraphs that says it is a name, and each that does not, by its text.
struct NameRuns {
  std::vector<std::string> names, others;
};

NameRuns name_runs(const ComposedIssue& composed, const std::string& kind) {
  NameRuns out;
  auto add = [&](const Paragraph& p) {
    for (const StyledRun& r : p.runs) {
      if (r.line_break || r.text.empty()) continue;
      std::string t = r.text;
      for (std::size_t at; (at = t.find("\u00A0")) != std::string::npos;) t.replace(at, 2, " ");
      (r.name ? out.names : out.others).push_back(t);
    }
  };
  for (const ComposedPart& part : composed.parts) {
    if (part.kind != kind) continue;
    for (const Block& b : part.blocks) {
      if (const auto* p = std::get_if<Paragraph>(&b)) add(*p);
      if (const auto* c = std::get_if<ColumnSet>(&b)) {
        for (const Paragraph& p : c->paragraphs) add(p);
      }
    }
  }
  return out;
}

bool has(const std::vector<std::string>& runs, const std::string& text) {
  return std::ranges::find(runs, text) != runs.end();
}

}  // namespace

TEST_CASE("compose marks the runs of people's names, and no other, as names", "[compose]") {
  Issue issue = foreign_issue("en");
  issue.board.members = {{"silva", "Editor", {}}, {"lima", "", {}}};
  issue.editors = {{"Review editors", {"reis", "lima"}, {}}};
  issue.labels["by"] = "by";
  Diagnostics diags;
  auto style = builtin_with("", "", diags);
  REQUIRE(style);
  auto composed = compose(issue, *style, {}, diags);
  REQUIRE(composed);

  const NameRuns contributors = name_runs(*composed, "contributors");
  CHECK(has(contributors.names, "Ana Silva"));
  CHECK(has(contributors.names, "Bia Lima"));
  CHECK(has(contributors.others, "Universidade de São Paulo"));  // an affiliation is no name
  CHECK_FALSE(has(contributors.names, "Contributors"));

  const NameRuns contents = name_runs(*composed, "contents");
  CHECK(has(contents.names, "Ana Silva, Bia Lima, and Caio Reis"));
  CHECK(has(contents.others, "Adesão ao tratamento"));

  const NameRuns abstracts = name_runs(*composed, "abstracts");
  CHECK(has(abstracts.names, "by Ana Silva, Bia Lima, and Caio Reis"));
  CHECK(has(abstracts.others, "Elaborar."));

  const NameRuns masthead = name_runs(*composed, "masthead");
  CHECK(has(masthead.names, "Ana Silva,"));  // an officer: the name, then its role
  CHECK(has(masthead.others, " Editor"));
  CHECK(has(masthead.names, "Bia Lima"));
  CHECK(has(masthead.names, " Caio Reis"));
  CHECK(has(masthead.others, "Review editors:"));
}
