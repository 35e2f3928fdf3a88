// End-to-end: paragraphs set ahead of the page builder on a thread of their own
// (layout/pages/paragraphs_ahead.h) give the PDF and the messages one thread gives, byte for byte,
// the once-only warnings included, and a paragraph too long to be set ahead, streamed in the
// caller's thread between paragraphs set ahead, changes nothing.

#include "layout/pages/paragraphs_ahead.h"

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <sstream>

using folio::test::run;

namespace {

const std::string kFolio = FOLIO_BINARY;
const std::string kSample = std::string(FOLIO_SOURCE_DIR) + "/samples/io-46-3/issue.xml";

// Words enough that the shape caches of the two threads hold different words at any time.
std::string words(int count, int seed) {
  static const char* const kWords[] = {
      "multilateral", "institution", "order",       "durability",    "security",   "principle",
      "theory",       "cooperation", "anarchy",     "regime",        "hegemony",   "adaptation",
      "norms",        "sovereignty", "reciprocity", "organization",  "the",        "of",
      "and",          "in",          "a",           "international", "political",  "economy",
      "bargaining",   "enforcement", "compliance",  "legitimacy",    "membership", "alliance"};
  std::string text;
  for (int i = 0; i < count; ++i) {
    text += std::string(i ? " " : "") + kWords[(seed * 7 + i * (seed % 5 + 1)) % 30];
  }
  return text;
}

struct Article {
  std::string lang;  // empty: the issue's
  std::string title;
  std::string abstract;
};

std::string issue_of(const std::vector<Article>& articles) {
  std::ostringstream x;
  x << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<issue version=\"1\" lang=\"en-US\">\n"
       "<journal><title>J</title></journal>\n"
       "<issue-meta volume=\"1\" number=\"2\" year=\"2024\"/>\n"
       "<people><person id=\"p\"><name><given>Ann</given><family>Fay</family></name>"
       "<bio>Ann Fay teaches.</bio></person></people>\n"
       "<contents><section id=\"s\"><title>S</title>\n";
  int page = 1;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    x << "<article id=\"a" << i << "\" first-page=\"" << page << "\" last-page=\"" << page + 9
      << "\"" << (a.lang.empty() ? "" : " lang=\"" + a.lang + "\"") << "><title>" << a.title
      << "</title><author ref=\"p\"/><abstract><p>" << a.abstract << "</p></abstract></article>\n";
    page += 10;
  }
  x << "</section></contents>\n</issue>\n";
  return x.str();
}

// What a build says, without the line that tells how long it took.
std::string said(const std::string& err) {
  std::istringstream in(err);
  std::string out, line;
  while (std::getline(in, line)) {
    if (line.rfind("wrote ", 0) != 0) out += line + '\n';
  }
  return out;
}

// Builds `issue` at one thread and at two, with every warning listed, and checks the PDFs and the
// messages are the same; returns the messages.
std::string same_at_one_and_two_threads(const std::string& issue, const std::string& options) {
  const std::string dir = folio::test::temp_dir();
  const std::string build =
      "SOURCE_DATE_EPOCH=1000000000 " + kFolio + " build " + issue + " --verbose " + options;
  auto one = run(build + " --threads 1 -o " + dir + "/one.pdf");
  auto two = run(build + " --threads 2 -o " + dir + "/two.pdf");
  INFO(issue << "\n" << one.err << "\n" << two.err);
  REQUIRE(one.status == 0);
  REQUIRE(two.status == 0);
  const std::string bytes = folio::test::read_file(dir + "/one.pdf");
  CHECK(bytes.size() > 5000);
  CHECK(bytes == folio::test::read_file(dir + "/two.pdf"));
  CHECK(said(one.err) == said(two.err));
  return said(one.err);
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("paragraphs set ahead give the sample's bytes and messages", "[e2e][threads]") {
  same_at_one_and_two_threads(kSample, "");
}

TEST_CASE("paragraphs set ahead give the bytes and the once-only warnings one thread gives",
          "[e2e][threads]") {
  // Many abstracts, some in languages with no dictionary, some with characters no font has, in
  // their titles (set in the contents, twice: first only for its length) and their abstracts:
  // which paragraph warns first depends on the order they are set in.
  std::vector<Article> articles;
  for (int i = 0; i < 240; ++i) {
    Article a;
    if (i % 17 == 5) a.lang = "tlh";
    if (i % 23 == 11) a.lang = "sux";
    a.title = words(6 + i % 9, i);
    a.abstract = words(90 + i % 80, i + 1) + ".";
    if (i % 29 == 13) a.abstract.insert(a.abstract.find(' '), " \u0F40");
    if (i % 31 == 20) a.title += " \u0F42";
    articles.push_back(std::move(a));
  }
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/many.xml", issue_of(articles));
  // The missing glyphs would stop a build for press; a draft goes on with them.
  const std::string messages = same_at_one_and_two_threads(dir + "/many.xml", "--draft");
  INFO(messages);
  CHECK(count_of(messages, "no hyphenation dictionary for language 'tlh'") == 1);
  CHECK(count_of(messages, "no hyphenation dictionary for language 'sux'") == 1);
  CHECK(count_of(messages, "warning: no font has U+0F40") == 1);
  CHECK(count_of(messages, "warning: no font has U+0F42") == 1);
}

TEST_CASE("a paragraph too long to be set ahead, between short ones, gives the same bytes",
          "[e2e][threads]") {
  std::vector<Article> articles;
  for (int i = 0; i < 12; ++i) {
    articles.push_back({"", words(8, i), words(120, i + 3) + "."});
  }
  // Streamed into the pages in the caller's thread while the paragraphs after it are set ahead.
  articles[5].abstract = words(4000, 9) + ".";
  REQUIRE(articles[5].abstract.size() > folio::kLongestParagraphAhead);
  articles[6].lang = "tlh";  // a warning of a paragraph set ahead after it
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/long.xml", issue_of(articles));
  const std::string messages = same_at_one_and_two_threads(dir + "/long.xml", "");
  CHECK(count_of(messages, "no hyphenation dictionary for language 'tlh'") == 1);
}
