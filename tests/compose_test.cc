#include "compose/compose.h"

#include "compose/contributors.h"
#include "input/issue_reader.h"
#include "stylesheets/builtin.h"
#include "stylesheets/stylesheet_reader.h"

#include <catch2/catch.hpp>

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
  auto style = read_stylesheet_xml(
      "<stylesheet name=\"t\" version=\"1\">\n"
      "  <page-master name=\"p\"/>\n"
      "  <paragraph-style name=\"b\" font-family=\"TeX Gyre Termes\"/>\n"
      "  <part kind=\"contributors\" master=\"p\">\n"
      "    <role name=\"heading\" style=\"b\"/>\n"
      "  </part>\n"
      "</stylesheet>\n",
      "t.xml", diags);
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
      if (part.style->kind == "contents") contents = &part;
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
