// Tests of the issue model's helpers and of the issue XML reader (input/), and of the RELAX NG
// schema that describes the same format.

#include "input/issue.h"
#include "input/issue_reader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace folio {
namespace {

const std::string kSourceDir = FOLIO_SOURCE_DIR;

// The smallest valid issue. Tests edit one line of it, so that every expected line:col below
// can be counted by hand against this text.
constexpr std::string_view kMinimal = R"(<?xml version="1.0" encoding="UTF-8"?>
<issue version="1">
  <journal><title>J</title></journal>
  <issue-meta volume="1" number="2" year="2024"/>
  <people>
    <person id="p"><name><family>F</family></name></person>
  </people>
  <contents>
    <section id="s">
      <title>S</title>
      <article id="a" first-page="1" last-page="9">
        <title>T</title>
        <author ref="p"/>
      </article>
    </section>
  </contents>
</issue>
)";

// `xml` with its only occurrence of `from` replaced by `to`.
std::string replaced(std::string xml, std::string_view from, std::string_view to) {
  std::size_t at = xml.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(xml.find(from, at + 1) == std::string::npos);
  return xml.replace(at, from.size(), to);
}

std::string edited(std::string_view from, std::string_view to) {
  return replaced(std::string(kMinimal), from, to);
}

// kMinimal with `lines` on the lines before <people> (from line 5).
std::string with_hyphenation(std::string_view lines) {
  return edited("  <people>\n", std::string(lines) + "  <people>\n");
}

struct Result {
  std::optional<Issue> issue;
  Diagnostics diags;
};

Result read(const std::string& xml) {
  Result r;
  r.issue = read_issue_xml(xml, "issue.xml", r.diags);
  return r;
}

std::string all_messages(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.all()) out += d.format() + '\n';
  return out;
}

// The article title of kMinimal with `inline_xml` as its content.
RichText title_with(std::string_view inline_xml) {
  Result r = read(edited("<title>T</title>", "<title>" + std::string(inline_xml) + "</title>"));
  INFO(all_messages(r.diags));
  REQUIRE(r.issue);
  return r.issue->sections.at(0).articles.at(0).title;
}

std::vector<std::string> display_names(const Issue& issue, const std::vector<std::string>& ids) {
  std::vector<std::string> names;
  for (const std::string& id : ids) {
    const Person* p = issue.person(id);
    names.push_back(p ? p->name.display() : "?" + id);
  }
  return names;
}

// Runs a command and returns its exit status and what it wrote to stdout and stderr.
std::pair<int, std::string> run(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>&1").c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::string output;
  std::array<char, 256> chunk;
  while (std::fgets(chunk.data(), chunk.size(), pipe.get())) output += chunk.data();
  int status = pclose(pipe.release());
  return {status, output};
}

std::string schema_path() { return kSourceDir + "/input/schema/issue.rng"; }

int relaxng_status(const std::string& xml_path) {
  auto [status, output] =
      run("xmllint --noout --relaxng '" + schema_path() + "' '" + xml_path + "'");
  INFO(output);
  return status;
}

// A file for xmllint to read, removed when the test is done with it.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& text)
      : path_(std::filesystem::temp_directory_path() / name) {
    std::ofstream(path_, std::ios::binary) << text;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

int relaxng_status_of_text(const std::string& name, const std::string& xml) {
  TempFile file(name, xml);
  return relaxng_status(file.path());
}

}  // namespace

TEST_CASE("the model's helpers", "[input]") {
  RichText text;
  text.spans = {
      {"a", kItalic, "en", false, {}}, {"", 0, "en", true, {}}, {"b", 0, "en", false, {}}};
  CHECK(text.plain() == "a b");
  CHECK_FALSE(text.empty());
  CHECK(RichText{{{"", 0, "en", true, {}}}}.empty());
  CHECK(RichText().empty());

  CHECK(PersonName{"John Gerard", "Ruggie", ""}.display() == "John Gerard Ruggie");
  CHECK(PersonName{"", "Plato", ""}.display() == "Plato");

  Issue issue;
  issue.people.push_back({"p", {"G", "F", ""}, "", {}, {}, {}});
  issue.sections.push_back({"s", {}, {}, {}});
  Article article;
  article.id = "a";
  issue.sections[0].articles.push_back(article);
  issue.labels["by"] = "von";
  CHECK(issue.person("p") != nullptr);
  CHECK(issue.person("s") == nullptr);
  CHECK(issue.section("s") != nullptr);
  CHECK(issue.article("a") == &issue.sections[0].articles[0]);
  CHECK(issue.article("nope") == nullptr);
  CHECK(issue.label("by") == "von");
  CHECK(issue.label("board").empty());
}

TEST_CASE("the IO 46(3) sample reads into the expected issue", "[input]") {
  Diagnostics diags;
  std::optional<Issue> issue = read_issue_file(kSourceDir + "/samples/io-46-3/issue.xml", diags);
  INFO(all_messages(diags));
  REQUIRE(issue);
  CHECK(diags.all().empty());  // not even a warning
  CHECK(issue->source == kSourceDir + "/samples/io-46-3/issue.xml");

  CHECK(issue->lang == "en-US");
  CHECK(issue->journal.title == "International Organization");
  CHECK(issue->journal.issn == "0020-8183");
  CHECK(issue->journal.imprint.size() == 3);
  CHECK(issue->info.volume == "46");
  CHECK(issue->info.number == "3");
  CHECK(issue->info.season == "Summer");
  CHECK(issue->info.year == "1992");
  CHECK(issue->info.first_page == 561);
  CHECK_FALSE(issue->info.last_page);
  CHECK(issue->info.designation.plain() == "Volume 46, Number 3, Summer 1992");
  CHECK(issue->label("board") == "Editorial Board");
  CHECK(issue->label("by") == "by");
  CHECK(issue->label("and") == "and");

  SECTION("contents") {
    REQUIRE(issue->sections.size() == 2);
    CHECK(issue->sections[0].title.plain() == "Symposium: Multilateralism");
    CHECK(issue->sections[1].title.plain() == "Articles");
    std::vector<int> first_pages;
    std::vector<std::string> authors;
    for (const Section& s : issue->sections) {
      for (const Article& a : s.articles) {
        first_pages.push_back(a.first_page.value_or(0));
        for (const std::string& name : display_names(*issue, a.author_ids)) authors.push_back(name);
        CHECK(a.lang == "en-US");
        CHECK(a.abstract.paragraphs.size() ==
              1);  // paragraphs split across pages in print are one here
      }
    }
    CHECK(first_pages == std::vector<int>{561, 599, 633, 681, 709, 731});
    CHECK(authors == std::vector<std::string>{"John Gerard Ruggie", "James A. Caporaso",
                                              "Steve Weber", "Miles Kahler", "Kevin Hartigan",
                                              "Edward D. Mansfield"});
    const Article* hartigan = issue->article("hartigan-1992");
    REQUIRE(hartigan);
    CHECK(
        hartigan->title.plain() ==
        "Matching humanitarian norms with cold, hard interests: the making of refugee policies in "
        "Mexico and Honduras, 1980–89");
    CHECK(hartigan->short_title.plain() == "Refugee Policies in Mexico and Honduras");
    CHECK(hartigan->last_page == 730);
    CHECK_FALSE(issue->article("mansfield-1992")->last_page);
  }

  SECTION("people, board and editors") {
    CHECK(issue->board.members.size() == 30);
    REQUIRE_FALSE(issue->board.members.empty());
    CHECK(issue->board.members[0].person_id == "ruggie");
    CHECK(issue->board.members[0].role == "Chairperson");
    CHECK(issue->board.members.back().person_id == "zacher");
    const Person* jonsson = issue->person("jonsson");
    REQUIRE(jonsson);
    CHECK(jonsson->name.family == "J\u00f6nsson");
    CHECK(jonsson->name.sort_key == "Jonsson");
    CHECK(issue->person("caporaso")->bio.plain() ==
          "is Virginia and Prentice Bloedel Professor of Political Science at the University of "
          "Washington, Seattle.");
    REQUIRE(issue->editors.size() == 3);
    CHECK(issue->editors[0].title == "Editor");
    CHECK(issue->editors[2].person_ids == std::vector<std::string>{"stein", "yarbrough"});
  }

  SECTION("notices and their markup") {
    REQUIRE(issue->notices.size() == 9);
    const Notice& submissions = issue->notices[0];
    CHECK(submissions.kind == "submissions");
    REQUIRE(submissions.paragraphs.size() == 1);
    const RichText& p = submissions.paragraphs[0];
    REQUIRE(p.spans.size() >= 3);
    CHECK(p.spans[0].text == "International Organization");
    CHECK(p.spans[0].flags == kSmallCaps);
    CHECK(p.plain().find("each author\u2019s affiliation") != std::string::npos);
    auto italic = std::ranges::find(p.spans, std::uint8_t{kItalic}, &TextSpan::flags);
    REQUIRE(italic != p.spans.end());
    CHECK(italic->text ==
          "International Organization, Center for International Studies, University of Southern "
          "California, Los Angeles, CA 90089-0035");
    CHECK(issue->notices[3].title.plain() == "Subscriptions and business correspondence");
    const RichText& copyright = issue->notices[7].paragraphs.at(0);
    CHECK(std::ranges::count(copyright.spans, true, &TextSpan::line_break) == 1);
    CHECK(issue->notices[8].kind == "paper");
  }

  SECTION("cover") {
    REQUIRE(issue->cover.size() == 3);
    CHECK(issue->cover[0].ref == "symposium");
    CHECK(issue->section("symposium") != nullptr);
    CHECK(issue->article("mansfield-1992")->short_title.plain() ==
          "Capabilities and International Trade");
  }
}

TEST_CASE("rich text: whitespace collapses and alike spans merge", "[input]") {
  SECTION("runs of whitespace become one space, the ends are trimmed") {
    RichText t = title_with("  a \n\t b  ");
    REQUIRE(t.spans.size() == 1);
    CHECK(t.spans[0].text == "a b");
    CHECK(t.spans[0].lang == "en-US");  // inherited from <issue>
  }
  SECTION("the space between two inline elements is kept") {
    RichText t = title_with("<i>a</i> <b>b</b>");
    REQUIRE(t.spans.size() == 3);
    CHECK(t.spans[0].text == "a");
    CHECK(t.spans[0].flags == kItalic);
    CHECK(t.spans[1].text == " ");
    CHECK(t.spans[1].flags == 0);
    CHECK(t.spans[2].text == "b");
    CHECK(t.spans[2].flags == kBold);
  }
  SECTION("spaces collapse across span boundaries") {
    RichText t = title_with("<i>a </i> <b> b</b>");
    REQUIRE(t.spans.size() == 2);
    CHECK(t.spans[0].text == "a ");
    CHECK(t.spans[1].text == "b");
  }
  SECTION("adjacent spans with the same markup merge; empty ones go") {
    RichText t = title_with("<i>a </i><i> b</i><b></b><i>c</i>");
    REQUIRE(t.spans.size() == 1);
    CHECK(t.spans[0].text == "a bc");
    CHECK(t.spans[0].flags == kItalic);
  }
  SECTION("nested markup combines") {
    RichText t = title_with("<i>a<b>b<sup>2</sup></b></i><sc>c</sc><sub>d</sub>");
    REQUIRE(t.spans.size() == 5);
    CHECK(t.spans[1].flags == (kItalic | kBold));
    CHECK(t.spans[2].flags == (kItalic | kBold | kSuperscript));
    CHECK(t.spans[3].flags == kSmallCaps);
    CHECK(t.spans[4].flags == kSubscript);
  }
  SECTION("spaces next to a line break go") {
    RichText t = title_with("x <br/> y");
    REQUIRE(t.spans.size() == 3);
    CHECK(t.spans[0].text == "x");
    CHECK(t.spans[1].line_break);
    CHECK(t.spans[1].text.empty());
    CHECK(t.spans[2].text == "y");
    CHECK(t.plain() == "x y");
  }
  SECTION("the ends of the whole text are trimmed, inside markup too") {
    RichText t = title_with(" <i> a </i> ");
    REQUIRE(t.spans.size() == 1);
    CHECK(t.spans[0].text == "a");
  }
  SECTION("span sets the language; an article's lang is inherited") {
    std::string xml = edited("<article id=\"a\"", "<article id=\"a\" lang=\"fr\"");
    Result r =
        read(replaced(xml, "<title>T</title>", "<title>a <span lang=\"de\">b</span></title>"));
    INFO(all_messages(r.diags));
    REQUIRE(r.issue);
    const RichText& t = r.issue->sections[0].articles[0].title;
    REQUIRE(t.spans.size() == 2);
    CHECK(t.spans[0].lang == "fr");
    CHECK(t.spans[1].lang == "de");
    CHECK(r.issue->sections[0].title.spans[0].lang == "en-US");
  }
  SECTION("entities, character references and CDATA are text") {
    CHECK(title_with("A &amp; B &#x2013; <![CDATA[<c>  d]]>").plain() == "A & B – <c> d");
  }
  SECTION("a span's position is that of its first character") {
    RichText t = title_with("\n  a <i>b</i>");
    REQUIRE(t.spans.size() == 2);
    CHECK(t.spans[0].pos.file == "issue.xml");
    CHECK(t.spans[0].pos.line == 13);
    CHECK(t.spans[0].pos.column == 3);
    CHECK(t.spans[1].pos.line == 13);
    CHECK(t.spans[1].pos.column == 8);
  }
  SECTION("plain text fields collapse whitespace too") {
    Result r = read(edited("<family>F</family>", "<family>\n  van   der\tBerg </family>"));
    REQUIRE(r.issue);
    CHECK(r.issue->people[0].name.family == "van der Berg");
  }
}

TEST_CASE("the minimal issue is valid", "[input]") {
  Result r = read(std::string(kMinimal));
  INFO(all_messages(r.diags));
  REQUIRE(r.issue);
  CHECK(r.diags.all().empty());
  CHECK(r.issue->source == "issue.xml");
  CHECK(r.issue->lang == "en-US");
}

TEST_CASE("hyphenation exceptions are read with their language", "[input]") {
  Result r = read(replaced(with_hyphenation("  <hyphenation>\n"
                                            "    <word> multi-lat-er-al-ism </word>\n"
                                            "    <word>Hon-du-ras</word>\n"
                                            "  </hyphenation>\n"
                                            "  <hyphenation lang=\"de\"><word>Über-set-zung</word>"
                                            "<word>Welt</word></hyphenation>\n"),
                           "<issue version=\"1\">", "<issue version=\"1\" lang=\"en-GB\">"));
  INFO(all_messages(r.diags));
  REQUIRE(r.issue);
  CHECK(r.diags.all().empty());
  const std::vector<HyphenationException>& words = r.issue->hyphenation;
  REQUIRE(words.size() == 4);
  CHECK(words[0].lang == "en-GB");
  CHECK(words[0].word == "multi-lat-er-al-ism");
  CHECK(words[0].pos.line == 6);
  CHECK(words[0].pos.column == 5);
  CHECK(words[1].word == "Hon-du-ras");
  CHECK(words[2].lang == "de");
  CHECK(words[2].word == "Über-set-zung");
  CHECK(words[3].word == "Welt");  // never hyphenated
}

TEST_CASE("bad input is reported at its line and column", "[input]") {
  struct Case {
    const char* what;
    std::string xml;
    const char* where;  // "line:col"
    const char* message;
  };
  // clang-format off
  const std::vector<Case> cases = {
    {"malformed XML", edited("</journal>", "</journa>"),
     "3:30", "malformed XML: Start-end tags mismatch: </journa> does not close <journal>, "
             "opened at line 3, column 3"},
    {"an unclosed tag", edited("<title>T</title>", "<title>T"),
     "14:9", "</article> does not close <title>, opened at line 12, column 9"},
    {"an encoding other than UTF-8",
     replaced(std::string(kMinimal), "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\""),
     "1:21", "the file declares encoding 'ISO-8859-1': folio reads UTF-8 only"},
    {"a forbidden character reference", edited("<title>T</title>", "<title>T&#x1;</title>"),
     "12:17", "character reference &#x1; is to a code point XML does not allow"},
    {"a surrogate character reference", edited("<title>T</title>", "<title>T&#xD800;</title>"),
     "12:17", "character reference &#xD800; is to a code point XML does not allow (a UTF-16 "
              "surrogate"},
    {"a misspelt element", edited("<title>J</title>", "<title>J</title><abreviation>I</abreviation>"),
     "3:28", "unknown element <abreviation> in <journal>; did you mean <abbreviation>?"},
    {"a misspelt attribute", edited("first-page=\"1\"", "frist-page=\"1\""),
     "11:23", "unknown attribute 'frist-page' on <article>; did you mean 'first-page'?"},
    {"empty file", "",
     "1:1", "the file is empty"},
    {"not UTF-8", edited("<title>J</title>", "<title>J\xE9</title>"),
     "3:20", "invalid UTF-8 byte 0xE9"},
    {"wrong root", "<?xml version=\"1.0\"?>\n<journal><title>J</title></journal>\n",
     "2:1", "the root element is <journal>, expected <issue>"},
    {"second root", std::string(kMinimal) + "<issue/>\n",
     "18:1", "second root element <issue>"},
    {"unknown element", edited("<title>J</title>", "<title>J</title><foo/>"),
     "3:28", "unknown element <foo> in <journal>"},
    {"misplaced element", edited("<title>J</title>", "<title>J</title><article/>"),
     "3:28", "element <article> is not allowed in <journal>"},
    {"stray text", edited("  <people>\n", "  <people>stray\n"),
     "5:11", "unexpected text 'stray' in <people>"},
    {"unknown attribute", edited("first-page=\"1\"", "pg=\"1\""),
     "11:23", "unknown attribute 'pg' on <article>"},
    {"duplicate attribute", edited("first-page=\"1\"", "first-page=\"1\" first-page=\"2\""),
     "11:38", "duplicate attribute 'first-page' on <article>"},
    {"missing attribute", edited("<article id=\"a\" ", "<article "),
     "11:7", "<article> is missing required attribute 'id'"},
    {"missing volume", edited("volume=\"1\" ", ""),
     "4:3", "<issue-meta> is missing required attribute 'volume'"},
    {"missing element", edited("<journal><title>J</title></journal>", "<journal></journal>"),
     "3:3", "<journal> is missing <title>"},
    {"missing issue-meta", edited("<issue-meta volume=\"1\" number=\"2\" year=\"2024\"/>", ""),
     "2:1", "<issue> is missing <issue-meta>"},
    {"missing family name", edited("<family>F</family>", "<given>G</given>"),
     "6:20", "<name> is missing <family>"},
    {"missing author", edited("        <author ref=\"p\"/>\n", "\n"),
     "11:7", "<article> is missing <author>"},
    {"duplicate element", edited("<title>J</title>", "<title>J</title><title>K</title>"),
     "3:28", "duplicate <title> in <journal>"},
    {"malformed page", edited("first-page=\"1\"", "first-page=\"73l\""),
     "11:23", "malformed page number '73l' in attribute 'first-page' of <article>"},
    {"page zero", edited("first-page=\"1\"", "first-page=\"0\""),
     "11:23", "malformed page number '0' in attribute 'first-page' of <article>"},
    {"last before first",
     edited("first-page=\"1\" last-page=\"9\"", "first-page=\"561\" last-page=\"560\""),
     "11:40", "last page 560 comes before first page 561 in <article id=\"a\">"},
    {"page count mismatch", edited("last-page=\"9\"", "last-page=\"9\" page-count=\"3\""),
     "11:52", "page count 3 does not match pages 1–9 in <article id=\"a\">"},
    {"malformed year", edited("year=\"2024\"", "year=\"24\""),
     "4:37", "malformed year '24' in attribute 'year' of <issue-meta>"},
    {"malformed ISSN", edited("<title>J</title>", "<title>J</title><issn>0020-818</issn>"),
     "3:28", "malformed ISSN '0020-818' in <issn>"},
    {"unsupported version", edited("version=\"1\"", "version=\"2\""),
     "2:8", "unsupported format version '2'"},
    {"malformed id", edited("<section id=\"s\">", "<section id=\"s 1\">"),
     "9:14", "malformed id 's 1' in attribute 'id' of <section>"},
    {"duplicate id", edited("<section id=\"s\">", "<section id=\"p\">"),
     "9:14", "duplicate id 'p' (first defined at line 6)"},
    {"empty title", edited("<title>T</title>", "<title> <i> </i> </title>"),
     "12:9", "empty <title> in <article>"},
    {"empty attribute", edited("number=\"2\"", "number=\" \""),
     "4:26", "empty attribute 'number' on <issue-meta>"},
    {"unknown person", edited("<author ref=\"p\"/>", "<author ref=\"q\"/>"),
     "13:17", "unknown person 'q' in <author ref>"},
    {"unknown feature",
     edited("  </people>\n", "  </people>\n  <cover><feature ref=\"nope\"/></cover>\n"),
     "8:19", "unknown section or article 'nope' in <feature ref>"},
    {"unknown inline element", edited("<title>T</title>", "<title>T <em>x</em></title>"),
     "12:18", "unknown element <em> in <title>"},
    {"block in inline", edited("<title>T</title>", "<title>T <p>x</p></title>"),
     "12:18", "element <p> is not allowed in <title>"},
    {"span without lang", edited("<title>T</title>", "<title><span>T</span></title>"),
     "12:16", "<span> is missing required attribute 'lang'"},
    {"malformed lang", edited("<article id=\"a\"", "<article id=\"a\" lang=\"en_US\""),
     "11:23", "malformed language tag 'en_US' in attribute 'lang' of <article>"},
    {"undefined entity", edited("<title>T</title>", "<title>T&nbsp;</title>"),
     "12:17", "undefined entity '&nbsp;'"},
    {"bare ampersand", edited("<title>T</title>", "<title>AT&T</title>"),
     "12:18", "bare '&' in text"},
    {"text in br", edited("<title>T</title>", "<title>T<br>x</br></title>"),
     "12:21", "unexpected text 'x' in <br>"},
    {"hyphenation: two hyphens in a row",
     with_hyphenation("  <hyphenation><word>multi--lat</word></hyphenation>\n"),
     "5:16", "malformed hyphenation 'multi--lat' in <word>: it has two hyphens in a row"},
    {"hyphenation: leading hyphen",
     with_hyphenation("  <hyphenation><word>-ta</word></hyphenation>\n"),
     "5:16", "malformed hyphenation '-ta' in <word>: it starts with a hyphen"},
    {"hyphenation: trailing hyphen",
     with_hyphenation("  <hyphenation><word>ta-</word></hyphenation>\n"),
     "5:16", "malformed hyphenation 'ta-' in <word>: it ends with a hyphen"},
    {"hyphenation: two words",
     with_hyphenation("  <hyphenation><word>ta-ble  tops</word></hyphenation>\n"),
     "5:16", "malformed hyphenation 'ta-ble tops' in <word>: it has a space (one word per <word>)"},
    {"hyphenation: a digit",
     with_hyphenation("  <hyphenation><word>G7-coun-tries</word></hyphenation>\n"),
     "5:16", "malformed hyphenation 'G7-coun-tries' in <word>: '7' (U+0037) is neither a letter "
             "nor a hyphen"},
    {"hyphenation: an en dash",
     with_hyphenation("  <hyphenation><word>post–war</word></hyphenation>\n"),
     "5:16", "'–' (U+2013) is neither a letter nor a hyphen"},
    {"hyphenation: empty word", with_hyphenation("  <hyphenation><word> </word></hyphenation>\n"),
     "5:16", "empty <word> in <hyphenation>"},
    {"hyphenation: no words", with_hyphenation("  <hyphenation/>\n"),
     "5:3", "<hyphenation> is missing <word>"},
    {"hyphenation: unknown attribute",
     with_hyphenation("  <hyphenation language=\"de\"><word>ta-ble</word></hyphenation>\n"),
     "5:16", "unknown attribute 'language' on <hyphenation>"},
    {"hyphenation: malformed lang",
     with_hyphenation("  <hyphenation lang=\"en_US\"><word>ta-ble</word></hyphenation>\n"),
     "5:16", "malformed language tag 'en_US' in attribute 'lang' of <hyphenation>"},
    {"hyphenation: unknown element",
     with_hyphenation("  <hyphenation><word>ta-ble</word><w/></hyphenation>\n"),
     "5:35", "unknown element <w> in <hyphenation>"},
    {"hyphenation: word elsewhere", edited("<title>J</title>", "<title>J</title><word>x</word>"),
     "3:28", "element <word> is not allowed in <journal>"},
    {"hyphenation: a language twice",
     with_hyphenation("  <hyphenation><word>ta-ble</word></hyphenation>\n"
                      "  <hyphenation lang=\"en-us\"><word>ta-bles</word></hyphenation>\n"),
     "6:3", "duplicate <hyphenation> for language 'en-us' (first defined at line 5)"},
  };
  // clang-format on

  for (const Case& c : cases) {
    INFO(c.what);
    Result r = read(c.xml);
    INFO(all_messages(r.diags));
    CHECK_FALSE(r.issue);
    CHECK(r.diags.error_count() == 1);
    auto match = std::ranges::find_if(r.diags.all(), [&](const Diagnostic& d) {
      return d.severity == Severity::error &&
             d.format().starts_with("issue.xml:" + std::string(c.where) + ": error: ") &&
             d.message.find(c.message) != std::string::npos;
    });
    CHECK(match != r.diags.all().end());
  }
}

TEST_CASE("every error in a file is reported, in the order of the file", "[input]") {
  std::string xml = edited("<title>J</title>", "<title>J</title><foo/>");
  xml = replaced(xml, "first-page=\"1\"", "first-page=\"73l\"");
  Result r = read(replaced(xml, "<author ref=\"p\"/>", "<author ref=\"q\"/>"));
  CHECK_FALSE(r.issue);
  REQUIRE(r.diags.error_count() == 3);
  std::vector<std::string> errors;
  for (const Diagnostic& d : r.diags.all()) {
    if (d.severity == Severity::error) errors.push_back(d.format());
  }
  CHECK(errors ==
        std::vector<std::string>{
            "issue.xml:3:28: error: unknown element <foo> in <journal>",
            "issue.xml:11:23: error: malformed page number '73l' in attribute "
            "'first-page' of <article>",
            "issue.xml:13:17: error: unknown person 'q' in <author ref>; did you mean 'p'?",
        });
}

TEST_CASE("warnings do not stop the reader", "[input]") {
  SECTION("a person never referenced") {
    Result r =
        read(edited("  </people>",
                    "    <person id=\"x\"><name><family>X</family></name></person>\n  </people>"));
    REQUIRE(r.issue);
    REQUIRE(r.diags.warning_count() == 1);
    CHECK(r.diags.all()[0].format() ==
          "issue.xml:7:5: warning: person 'x' is never referenced (not on the board, an editor or "
          "an author)");
  }
}

TEST_CASE("a file that cannot be read is an error", "[input]") {
  Diagnostics diags;
  CHECK_FALSE(read_issue_file(kSourceDir + "/samples/no-such-issue.xml", diags));
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].format().starts_with(kSourceDir +
                                            "/samples/no-such-issue.xml: error: cannot read"));
}

TEST_CASE("the RELAX NG schema accepts every sample and rejects what the reader rejects",
          "[input]") {
  if (run("xmllint --version").first != 0)
    FAIL("xmllint is missing: scripts/setup.sh installs libxml2-utils");

  int samples = 0;
  for (const auto& dir : std::filesystem::directory_iterator(kSourceDir + "/samples")) {
    std::filesystem::path issue = dir.path() / "issue.xml";
    if (!std::filesystem::exists(issue)) continue;
    ++samples;
    INFO(issue.string());
    CHECK(relaxng_status(issue.string()) == 0);
  }
  CHECK(samples >= 1);

  CHECK(relaxng_status_of_text("folio-minimal-issue.xml", std::string(kMinimal)) == 0);
  CHECK(relaxng_status_of_text("folio-unknown-element.xml",
                               edited("<title>J</title>", "<title>J</title><foo/>")) != 0);
  CHECK(relaxng_status_of_text("folio-unknown-attribute.xml",
                               edited("first-page=\"1\"", "pg=\"1\"")) != 0);
  CHECK(relaxng_status_of_text("folio-malformed-page.xml",
                               edited("first-page=\"1\"", "first-page=\"73l\"")) != 0);
  CHECK(relaxng_status_of_text("folio-duplicate-id.xml",
                               edited("<section id=\"s\">", "<section id=\"p\">")) != 0);
  CHECK(relaxng_status_of_text("folio-unknown-ref.xml",
                               edited("<author ref=\"p\"/>", "<author ref=\"q\"/>")) != 0);
  CHECK(relaxng_status_of_text(
            "folio-hyphenation.xml",
            with_hyphenation(
                "  <hyphenation><word> multi-lat-er-al-ism </word></hyphenation>\n"
                "  <hyphenation lang=\"de\"><word>Über-set-zung</word></hyphenation>\n")) == 0);
  for (const char* bad : {"multi--lat", "-ta", "ta-", "ta-ble tops", "G7-coun-tries", "post–war"}) {
    INFO(bad);
    CHECK(relaxng_status_of_text("folio-malformed-hyphenation.xml",
                                 with_hyphenation("  <hyphenation><word>" + std::string(bad) +
                                                  "</word></hyphenation>\n")) != 0);
  }
}

}  // namespace folio
