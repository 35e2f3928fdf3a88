#include "bench/synthetic_issue.h"

#include <array>
#include <vector>

namespace folio::bench {
namespace {

// xorshift64*: the same numbers on every machine and standard library, unlike <random>'s
// distributions.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed * 2654435761u + 1) {}
  std::uint64_t next() {
    state_ ^= state_ >> 12;
    state_ ^= state_ << 25;
    state_ ^= state_ >> 27;
    return state_ * 2685821657736338717ull;
  }
  int between(int low, int high) {  // inclusive
    return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
  }
  template <typename T>
  const T& pick(const std::vector<T>& from) {
    return from[next() % from.size()];
  }

 private:
  std::uint64_t state_;
};

const std::vector<std::string> kCommon = {"the",
                                          "of",
                                          "and",
                                          "to",
                                          "in",
                                          "a",
                                          "is",
                                          "that",
                                          "for",
                                          "as",
                                          "on",
                                          "with",
                                          "by",
                                          "this",
                                          "are",
                                          "we",
                                          "from",
                                          "it",
                                          "its",
                                          "their",
                                          "which",
                                          "not",
                                          "but",
                                          "these",
                                          "between",
                                          "more",
                                          "how",
                                          "than",
                                          "under",
                                          "when",
                                          "both",
                                          "such",
                                          "article",
                                          "states",
                                          "policy",
                                          "power",
                                          "theory",
                                          "evidence",
                                          "model",
                                          "analysis",
                                          "international",
                                          "institutions",
                                          "cooperation",
                                          "political",
                                          "economic",
                                          "security",
                                          "argue",
                                          "show",
                                          "suggest",
                                          "examine",
                                          "explain",
                                          "effects",
                                          "change",
                                          "order"};

const std::vector<std::string> kSyllables = {
    "ba",   "be", "bi", "bo",  "ca",  "ce", "ci",  "co",  "da",    "de",    "di",   "do",
    "fa",   "fe", "ga", "ge",  "la",  "le", "li",  "lo",  "ma",    "me",    "mi",   "mo",
    "na",   "ne", "ni", "no",  "pa",  "pe", "pi",  "po",  "ra",    "re",    "ri",   "ro",
    "sa",   "se", "si", "so",  "ta",  "te", "ti",  "to",  "va",    "ve",    "vi",   "tion",
    "ment", "al", "ic", "ous", "ive", "ly", "ism", "ist", "ness",  "ing",   "er",   "or",
    "an",   "en", "on", "un",  "in",  "ex", "pro", "con", "trans", "inter", "struc"};

const std::vector<std::string> kGiven = {
    "Anna",  "John",  "Miles", "Helen", "Jörg",      "Łucja",  "Søren",  "Inês",    "María",
    "Kwame", "Aiko",  "Ravi",  "Olga",  "Pierre",    "Chloé",  "Zoë",    "Björn",   "Ines",
    "David", "Sarah", "Tomás", "Émile", "Agnieszka", "Dmitri", "Fatima", "Hiroshi", "Lena"};
const std::vector<std::string> kFamily = {
    "Jönsson",  "Kahler",      "Müller",  "Nuñez",     "Ødegaard",  "Çelik",     "Dvořák",
    "Smith",    "Okafor",      "Tanaka",  "Kowalczyk", "Fernandes", "Lindqvist", "Moreau",
    "O’Brien",  "Uzun",        "Silva",   "Nakamura",  "Hartigan",  "Mansfield", "Ruggie",
    "Weber",    "Caporaso",    "Zacher",  "Šimić",     "Grünwald",  "Ibáñez",    "Ferreira",
    "Nováková", "Łukasiewicz", "Andersen"};

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : random_(seed) {
    // 12,000 pseudo-words of one to four syllables: enough that most words of an abstract are
    // shaped afresh, as in a real issue.
    for (int i = 0; i < 12000; ++i) {
      std::string w;
      const int n = random_.between(1, 4);
      for (int s = 0; s < n; ++s) w += random_.pick(kSyllables);
      vocabulary_.push_back(w);
    }
  }

  std::string word() {
    ++words_;
    return random_.between(0, 9) < 4 ? random_.pick(kCommon) : random_.pick(vocabulary_);
  }

  std::string sentence(int words) {
    std::string s;
    for (int i = 0; i < words; ++i) {
      std::string w = word();
      if (i == 0) w[0] = static_cast<char>(w[0] - 'a' + 'A');
      s += (i ? " " : "") + w;
      if (i + 1 < words && random_.between(0, 11) == 0) s += ",";
    }
    return s + ".";
  }

  std::string title() {
    const int n = random_.between(6, 18);
    std::string t;
    for (int i = 0; i < n; ++i) {
      std::string w = random_.between(0, 12) == 0 ? random_.pick(kFamily) : word();
      if (i == 0 && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
      t += (i ? " " : "") + w;
    }
    return t;
  }

  std::string abstract() {
    const int target = random_.between(120, 220);
    std::string a;
    for (int words = 0; words < target;) {
      const int n = std::min(target - words, random_.between(8, 30));
      a += (a.empty() ? "" : " ") + sentence(n);
      words += n;
    }
    return a;
  }

  std::pair<std::string, std::string> name() {
    words_ += 2;
    return {random_.pick(kGiven), random_.pick(kFamily)};
  }

  Random& random() { return random_; }
  long words() const { return words_; }

 private:
  Random random_;
  std::vector<std::string> vocabulary_;
  long words_ = 0;
};

std::string latex_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&' || c == '%' || c == '$' || c == '#' || c == '_') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::vector<std::string> make_synthetic_abstracts(int count, std::uint64_t seed) {
  Generator g(seed);
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) out.push_back(g.abstract());
  return out;
}

SyntheticIssue make_synthetic_issue(int articles, std::uint64_t seed) {
  Generator g(seed);
  struct Person {
    std::string given, family, bio;
  };
  struct Article {
    std::string title, abstract;
    std::vector<int> authors;
    int first = 0, last = 0;
  };
  std::vector<Person> people;
  std::vector<Article> list;
  int page = 1;
  for (int i = 0; i < articles; ++i) {
    Article a;
    a.title = g.title();
    const int authors = g.random().between(1, 3);
    for (int k = 0; k < authors; ++k) {
      auto [given, family] = g.name();
      people.push_back({given, family, "is " + g.sentence(g.random().between(10, 22))});
      people.back().bio[3] = static_cast<char>(people.back().bio[3] - 'A' + 'a');
      a.authors.push_back(static_cast<int>(people.size()) - 1);
    }
    a.abstract = g.abstract();
    a.first = page;
    page += g.random().between(8, 30);
    a.last = page - 1;
    list.push_back(std::move(a));
  }

  SyntheticIssue out;
  std::string& x = out.issue_xml;
  x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<issue version=\"1\" lang=\"en-US\">\n"
      "  <journal><title>Journal of Synthetic Studies</title><abbreviation>JSS</abbreviation>"
      "</journal>\n  <issue-meta volume=\"7\" number=\"1\" year=\"2026\" first-page=\"1\">"
      "<designation>Volume 7, Number 1, 2026</designation></issue-meta>\n  <labels>"
      "<label key=\"contents\">Contents</label><label key=\"contributors\">Contributors</label>"
      "<label key=\"abstracts\">Abstracts</label><label key=\"by\">by</label>"
      "<label key=\"and\">and</label></labels>\n  <people>\n";
  for (std::size_t i = 0; i < people.size(); ++i) {
    x += "    <person id=\"p" + std::to_string(i) + "\"><name><given>" + people[i].given +
         "</given><family>" + people[i].family + "</family></name><bio>" + people[i].bio +
         "</bio></person>\n";
  }
  x += "  </people>\n  <contents>\n    <section id=\"articles\"><title>Articles</title>\n";
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Article& a = list[i];
    x += "      <article id=\"a" + std::to_string(i) + "\" first-page=\"" +
         std::to_string(a.first) + "\" last-page=\"" + std::to_string(a.last) + "\"><title>" +
         a.title + "</title>";
    for (int p : a.authors) x += "<author ref=\"p" + std::to_string(p) + "\"/>";
    x += "<abstract><p>" + a.abstract + "</p></abstract></article>\n";
  }
  x += "    </section>\n  </contents>\n</issue>\n";

  std::string& t = out.latex;
  t = "\\documentclass[10pt]{article}\n\\usepackage{fontspec}\n"
      "\\setmainfont{Gentium Book Plus}\n"
      "\\usepackage[paperwidth=6in,paperheight=9in,top=0.75in,bottom=0.75in,inner=0.75in,"
      "outer=0.75in]{geometry}\n\\pagestyle{plain}\\setlength{\\parindent}{1em}\n"
      "\\begin{document}\n\\section*{Contents}\n";
  auto names = [&](const Article& a) {
    std::string n;
    for (std::size_t k = 0; k < a.authors.size(); ++k) {
      const Person& p = people[static_cast<std::size_t>(a.authors[k])];
      if (k > 0)
        n += k + 1 == a.authors.size() ? (a.authors.size() > 2 ? ", and " : " and ") : ", ";
      n += p.given + "~" + p.family;
    }
    return n;
  };
  for (const Article& a : list) {
    t += "\\noindent\\hangindent=1em " + latex_escape(a.title) + " \\emph{" + names(a) +
         "}\\dotfill " + std::to_string(a.first) + "\\par\n";
  }
  t += "\\clearpage\\section*{Contributors}\n";
  for (const Person& p : people) {
    t += "\\noindent\\textbf{" + p.given + " " + p.family + "} " + latex_escape(p.bio) + "\\par\n";
  }
  t += "\\clearpage\\section*{Abstracts}\n";
  for (const Article& a : list) {
    t += "\\subsection*{" + latex_escape(a.title) + "}\\noindent by " + names(a) + "\\par\n" +
         latex_escape(a.abstract) + "\\par\n";
  }
  t += "\\end{document}\n";
  out.words = g.words();
  return out;
}

}  // namespace folio::bench
