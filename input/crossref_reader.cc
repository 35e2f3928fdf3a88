#include "input/crossref_reader.h"

#include "input/derived_ids.h"
#include "input/foreign_xml.h"
#include "xml/xml_source.h"

#include <algorithm>
#include <climits>
#include <utility>

namespace folio {
namespace {
using foreign::child;
using foreign::child_text;
using foreign::children;
using foreign::local_name;
using foreign::text_of;

class DepositReader {
 public:
  DepositReader(std::string_view text, const std::string& path, Diagnostics& diags)
      : src_(text, path), diags_(diags) {}

  std::optional<Issue> read() {
    if (!src_.parse(foreign::kParseOptions, diags_)) return std::nullopt;
    pugi::xml_node root = src_.root();
    if (local_name(root) != "doi_batch") {
      diags_.error(src_.pos(root),
                   "the root element is " + tag(root.name()) + ", expected a Crossref <doi_batch>");
      return std::nullopt;
    }
    pugi::xml_node journal = the_journal(root);
    if (!journal) return std::nullopt;
    Issue issue;
    issue.source = src_.name();
    read_journal_metadata(child(journal, "journal_metadata"), issue);
    pugi::xml_node journal_issue = child(journal, "journal_issue");
    std::vector<pugi::xml_node> articles = children(journal, "journal_article");
    if (!journal_issue) {
      diags_.error(src_.pos(journal),
                   "the <journal> has no <journal_issue>: folio reads the articles of one issue");
      return std::nullopt;
    }
    if (articles.empty()) {
      diags_.error(src_.pos(journal), "the <journal> has no <journal_article>");
      return std::nullopt;
    }
    read_issue(journal_issue, issue);
    Section section;
    section.id = "articles";
    section.pos = src_.pos(articles.front());
    for (pugi::xml_node a : articles) section.articles.push_back(read_article(a));
    std::ranges::stable_sort(section.articles, {},
                             [](const Article& a) { return a.first_page.value_or(INT_MAX); });
    issue.sections.push_back(std::move(section));
    issue.people = authors_.take();
    return issue;
  }

 private:
  // The one <journal> of the deposit's body; anything else there is reported.
  pugi::xml_node the_journal(pugi::xml_node root) {
    pugi::xml_node body = child(root, "body");
    if (!body) {
      diags_.error(src_.pos(root), "<doi_batch> is missing <body>");
      return {};
    }
    pugi::xml_node journal;
    bool ok = true;
    for (pugi::xml_node c : body.children()) {
      if (c.type() != pugi::node_element) continue;
      if (local_name(c) != "journal") {
        diags_.error(src_.pos(c), tag(c.name()) +
                                      " in the deposit: folio reads the articles of one journal "
                                      "issue, not other content");
        ok = false;
      } else if (journal) {
        diags_.error(src_.pos(c),
                     "a second <journal> in the deposit: folio reads the articles "
                     "of one journal issue");
        ok = false;
      } else {
        journal = c;
      }
    }
    if (ok && !journal) diags_.error(src_.pos(body), "<body> holds no <journal>");
    return ok ? journal : pugi::xml_node();
  }

  void read_journal_metadata(pugi::xml_node n, Issue& issue) {
    issue.journal.title = child_text(n, "full_title");
    issue.journal.abbreviation = child_text(n, "abbrev_title");
    std::vector<pugi::xml_node> issns = children(n, "issn");
    for (pugi::xml_node i : issns) {
      if (foreign::attribute(i, "media_type") == "print") issue.journal.issn = text_of(i);
    }
    if (issue.journal.issn.empty() && !issns.empty()) issue.journal.issn = text_of(issns.front());
    if (std::string lang = foreign::attribute(n, "language"); !lang.empty()) issue.lang = lang;
    if (issue.journal.title.empty())
      diags_.error(src_.pos(n ? n : src_.root()), "the deposit gives no journal <full_title>");
  }

  void read_issue(pugi::xml_node n, Issue& issue) {
    issue.info.volume = text_of(foreign::descendant(child(n, "journal_volume"), "volume"));
    issue.info.number = child_text(n, "issue");
    // Journals that publish continuously deposit a volume without issues: its articles are
    // read as one issue. Without a volume either, the articles belong to no issue at all.
    if (issue.info.number.empty() && issue.info.volume.empty()) {
      diags_.error(src_.pos(n),
                   "<journal_issue> has neither an <issue> number nor a <volume>: folio reads "
                   "the articles of one issue");
    } else if (issue.info.number.empty()) {
      diags_.warning(src_.pos(n), "<journal_issue> gives volume '" + issue.info.volume +
                                      "' but no <issue> number: its articles are read as one "
                                      "issue of the volume");
    }
    std::vector<pugi::xml_node> dates = children(n, "publication_date");
    pugi::xml_node date = dates.empty() ? pugi::xml_node() : dates.front();
    for (pugi::xml_node d : dates) {
      if (foreign::attribute(d, "media_type") == "print") date = d;
    }
    issue.info.year = child_text(date, "year");
    issue.info.season = foreign::month_name(child_text(date, "month"));
  }

  Article read_article(pugi::xml_node n) {
    Article a;
    a.pos = src_.pos(n);
    a.lang = foreign::attribute(n, "language");
    pugi::xml_node titles = child(n, "titles");
    a.title = rich(child(titles, "title"), a, "title");
    if (a.title.empty()) diags_.error(src_.pos(titles ? titles : n), "the article has no <title>");
    a.subtitle = rich(child(titles, "subtitle"), a, "subtitle");
    std::string doi = text_of(foreign::descendant(child(n, "doi_data"), "doi"));
    a.id = ids_.make(doi.empty() ? "article" : doi.substr(doi.rfind('/') + 1));
    read_contributors(child(n, "contributors"), a);
    pugi::xml_node pages = child(n, "pages");
    a.first_page = page(child(pages, "first_page"), a);
    a.last_page = page(child(pages, "last_page"), a);
    // Several <jats:abstract>: the abstract proper, not the digest or another typed one.
    if (pugi::xml_node abstract = foreign::main_abstract(n, a.lang)) {
      for (pugi::xml_node p : foreign::abstract_paragraphs(abstract)) {
        RichText text = rich(p, a, "abstract");
        if (!text.empty()) a.abstract.push_back(std::move(text));
      }
    }
    return a;
  }

  // Authors in byline order: the one marked sequence="first", then the others as listed.
  void read_contributors(pugi::xml_node n, Article& a) {
    std::vector<pugi::xml_node> authors;
    for (pugi::xml_node c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view name = local_name(c);
      if ((name == "person_name" || name == "organization") &&
          foreign::attribute(c, "contributor_role") == "author")
        authors.push_back(c);
    }
    // std::stable_partition, not std::ranges': clang 14 cannot compile libstdc++ 12's subrange.
    std::stable_partition(authors.begin(), authors.end(), [](pugi::xml_node c) {
      return foreign::attribute(c, "sequence") == "first";
    });
    for (pugi::xml_node c : authors) {
      PersonName name;
      std::string affiliation;
      if (local_name(c) == "organization") {
        name.family = text_of(c);
      } else {
        name.given = child_text(c, "given_name");
        name.family = child_text(c, "surname");
        if (std::string suffix = child_text(c, "suffix"); !name.family.empty() && !suffix.empty())
          name.family += " " + suffix;
        affiliation = affiliation_of(c);
      }
      if (name.family.empty()) {
        diags_.warning(src_.pos(c),
                       "an author of '" + a.title.plain() + "' has no <surname> and is left out");
        continue;
      }
      a.author_ids.push_back(authors_.add(name, affiliation, src_.pos(c)));
    }
  }

  // 4.x has <affiliation>, 5.3 <affiliations><institution><institution_name>; several are
  // joined by "; ".
  static std::string affiliation_of(pugi::xml_node person) {
    std::string out;
    auto add = [&](pugi::xml_node n) {
      std::string text = text_of(n);
      if (!text.empty()) out += (out.empty() ? "" : "; ") + text;
    };
    for (pugi::xml_node aff : children(person, "affiliation")) add(aff);
    if (!out.empty()) return out;
    for (pugi::xml_node inst : children(child(person, "affiliations"), "institution")) {
      add(child(inst, "institution_name"));
    }
    return out;
  }

  std::optional<int> page(pugi::xml_node n, const Article& a) {
    if (!n) return std::nullopt;
    std::string text = text_of(n);
    std::optional<int> p = foreign::page_number(text);
    if (!p) {
      diags_.warning(src_.pos(n), "page '" + text + "' in " + tag(n.name()) + " of '" +
                                      a.title.plain() +
                                      "' is not a page number; the article is left unnumbered");
    }
    return p;
  }

  RichText rich(pugi::xml_node n, const Article& a, const char* where) {
    if (!n) return {};
    foreign::MarkupText text = foreign::rich_text(src_, n, a.lang);
    if (!text.unknown_entity.empty()) {
      const std::string title = a.title.empty() ? text.text.plain() : a.title.plain();
      diags_.warning(src_.text_pos(text.unknown_entity_at),
                     "unknown entity '" + text.unknown_entity + "' in the " + where + " of '" +
                         title +
                         "' is printed as written: folio knows the HTML 4 entities, "
                         "write any other as a character or a numeric reference");
    }
    if (text.math) {
      const std::string title = a.title.empty() ? text.text.plain() : a.title.plain();
      diags_.warning(src_.pos(text.math), std::string("MathML in the ") + where + " of '" + title +
                                              "' is set as plain text");
    }
    return text.text;
  }

  XmlSource src_;
  Diagnostics& diags_;
  IdMaker ids_;
  AuthorList authors_{ids_};
};

}  // namespace

std::optional<Issue> read_crossref(const std::string& path, Diagnostics& diags) {
  std::optional<std::string> text = read_source_file(path, "Crossref deposit", diags);
  if (!text) return std::nullopt;
  Diagnostics found;
  std::optional<Issue> issue = DepositReader(*text, path, found).read();
  for (const Diagnostic& d : found.all()) diags.add(d);
  if (found.has_errors()) return std::nullopt;
  return issue;
}

}  // namespace folio
