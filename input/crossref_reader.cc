#include "input/crossref_reader.h"

#include "input/derived_ids.h"
#include "input/foreign_xml.h"
#include "input/issue_selection.h"
#include "input/person_names.h"
#include "input/text_spans.h"
#include "xml/xml_source.h"

#include <algorithm>
#include <climits>
#include <memory>
#include <utility>

namespace folio {
namespace {
using foreign::child;
using foreign::child_text;
using foreign::children;
using foreign::local_name;
using foreign::text_of;

// A deposit is one publisher's submission and must be journal articles in issues; a harvest or
// query result holds whatever was registered, and what is no journal article is passed over.
enum class Source { deposit, harvest };

// One issue being gathered from the <journal> elements that carry its articles.
struct IssueBuilder {
  std::string key;  // ISSN (or title), volume and number
  Issue issue;
  Diagnostics problems;  // about this issue's records: reported only if it is the one chosen
  std::vector<std::string> unnumbered;  // first pages that are no page numbers ("S336")
  SourcePos unnumbered_at;
  std::vector<std::string> dois;  // of issue.sections[0].articles, for records given twice
  std::unique_ptr<IdMaker> ids = std::make_unique<IdMaker>();
  std::unique_ptr<AuthorList> authors;
};

bool is_author_role(std::string_view role) { return role.empty() || role == "author"; }

class CrossrefReader {
 public:
  CrossrefReader(std::string_view text, const std::string& path, Diagnostics& diags)
      : src_(text, path), diags_(diags) {}

  std::optional<std::vector<FoundIssue>> read() {
    if (!src_.parse(foreign::kParseOptions, diags_)) return std::nullopt;
    pugi::xml_node root = src_.root();
    const std::string_view name = local_name(root);
    std::vector<pugi::xml_node> journals;
    if (name == "doi_batch") {
      source_ = Source::deposit;
      if (!deposit_journals(root, journals)) return std::nullopt;
    } else if (name == "OAI-PMH" || name == "crossref_result" || name == "doi_records" ||
               name == "crossref" || name == "record") {
      source_ = Source::harvest;
      harvested_journals(root, journals);
    } else {
      diags_.error(src_.pos(root), "the root element is " + tag(root.name()) +
                                       ", expected a Crossref <doi_batch>, a unixref record "
                                       "(<crossref>, <doi_records>) or an OAI-PMH harvest");
      return std::nullopt;
    }
    for (pugi::xml_node j : journals) read_journal(j);
    if (skipped_ > 0) {
      diags_.warning(src_.pos(root), std::to_string(skipped_) +
                                         (skipped_ == 1 ? " record is" : " records are") +
                                         " not an article of a journal issue and " +
                                         (skipped_ == 1 ? "is" : "are") + " left out");
    }
    if (source_ == Source::harvest && builders_.empty() && !diags_.has_errors())
      diags_.error(src_.pos(root), "the file holds no article of a journal issue");
    if (diags_.has_errors()) return std::nullopt;
    std::vector<FoundIssue> issues;
    for (IssueBuilder& b : builders_) issues.push_back({finish(b), b.problems.all()});
    return issues;
  }

 private:
  // The <journal> elements of a deposit's body; anything else there is reported.
  bool deposit_journals(pugi::xml_node root, std::vector<pugi::xml_node>& journals) {
    pugi::xml_node body = child(root, "body");
    if (!body) {
      diags_.error(src_.pos(root), "<doi_batch> is missing <body>");
      return false;
    }
    bool ok = true;
    for (pugi::xml_node c : body.children()) {
      if (c.type() != pugi::node_element) continue;
      if (local_name(c) != "journal") {
        diags_.error(src_.pos(c), tag(c.name()) +
                                      " in the deposit: folio reads the articles of journal "
                                      "issues, not other content");
        ok = false;
      } else {
        journals.push_back(c);
      }
    }
    if (ok && journals.empty()) diags_.error(src_.pos(body), "<body> holds no <journal>");
    return ok && !journals.empty();
  }

  // Every record's <crossref> content, in file order: an OAI-PMH ListRecords or GetRecord, a
  // query result, unixref records. Deleted records and other content than journals are skipped.
  void harvested_journals(pugi::xml_node n, std::vector<pugi::xml_node>& journals) {
    for (pugi::xml_node c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = local_name(c);
      if (name == "record" && foreign::attribute(child(c, "header"), "status") == "deleted") {
        continue;
      } else if (local_name(n) == "crossref") {
        if (name == "journal") {
          journals.push_back(c);
        } else if (name != "error") {
          ++skipped_;
        }
      } else {
        harvested_journals(c, journals);
      }
    }
  }

  // Reports a problem that makes a deposit unusable; in a harvest the record is skipped.
  void refuse(pugi::xml_node n, const std::string& message) {
    if (source_ == Source::deposit) {
      diags_.error(src_.pos(n), message);
    } else {
      ++skipped_;
    }
  }

  void read_journal(pugi::xml_node journal) {
    pugi::xml_node metadata = child(journal, "journal_metadata");
    pugi::xml_node journal_issue = child(journal, "journal_issue");
    std::vector<pugi::xml_node> articles = children(journal, "journal_article");
    if (!journal_issue) {
      return refuse(journal,
                    "the <journal> has no <journal_issue>: folio reads the articles of issues");
    }
    if (articles.empty()) return refuse(journal, "the <journal> has no <journal_article>");
    const std::string volume =
        text_of(foreign::descendant(child(journal_issue, "journal_volume"), "volume"));
    const std::string number = child_text(journal_issue, "issue");
    // Journals that publish continuously deposit a volume without issues: its articles are
    // read as one issue. Without a volume either, the articles belong to no issue at all.
    if (number.empty() && volume.empty()) {
      return refuse(journal_issue,
                    "<journal_issue> has neither an <issue> number nor a <volume>: folio reads "
                    "the articles of issues");
    }
    Journal j = journal_of(metadata);
    const bool untitled = j.title.empty();
    const std::string key =
        (j.issn.empty() ? j.title : normalized_issn(j.issn)) + '\n' + volume + '\n' + number;
    auto it = std::ranges::find(builders_, key, &IssueBuilder::key);
    if (it == builders_.end()) {
      IssueBuilder& b = builders_.emplace_back();
      b.key = key;
      b.authors = std::make_unique<AuthorList>(*b.ids, b.problems);
      if (untitled) {
        b.problems.error(src_.pos(metadata ? metadata : journal),
                         "the <journal_metadata> gives no <full_title>");
      }
      b.issue.source = src_.name();
      b.issue.journal = std::move(j);
      if (std::string lang = foreign::attribute(metadata, "language"); !lang.empty())
        b.issue.lang = foreign::language_tag(lang);
      b.issue.info.volume = volume;
      b.issue.info.number = number;
      read_date(journal_issue, b.issue.info);
      Section section;
      section.id = "articles";
      section.pos = src_.pos(articles.front());
      b.issue.sections.push_back(std::move(section));
      if (number.empty()) {
        b.problems.warning(src_.pos(journal_issue),
                           "<journal_issue> gives volume '" + volume +
                               "' but no <issue> number: its articles are read as one issue of "
                               "the volume");
      }
      it = builders_.end() - 1;
    }
    problems_ = &it->problems;
    for (pugi::xml_node a : articles) add_article(a, *it);
    problems_ = &diags_;
  }

  static Journal journal_of(pugi::xml_node n) {
    Journal j;
    j.title = child_text(n, "full_title");
    j.abbreviation = child_text(n, "abbrev_title");
    std::vector<pugi::xml_node> issns = children(n, "issn");
    for (pugi::xml_node i : issns) {
      const std::string media = foreign::attribute(i, "media_type");
      if (media == "print" && j.issn.empty()) j.issn = normalized_issn(text_of(i));
      if (media == "electronic" && j.eissn.empty()) j.eissn = normalized_issn(text_of(i));
    }
    if (j.issn.empty() && !issns.empty()) j.issn = normalized_issn(text_of(issns.front()));
    if (j.eissn == j.issn) j.eissn.clear();
    return j;
  }

  static void read_date(pugi::xml_node journal_issue, IssueInfo& info) {
    std::vector<pugi::xml_node> dates = children(journal_issue, "publication_date");
    pugi::xml_node date = dates.empty() ? pugi::xml_node() : dates.front();
    for (pugi::xml_node d : dates) {
      if (foreign::attribute(d, "media_type") == "print") date = d;
    }
    info.year = child_text(date, "year");
    info.month = foreign::month_number(child_text(date, "month"));
  }

  void add_article(pugi::xml_node n, IssueBuilder& b) {
    Article a = read_article(n, b);
    std::vector<Article>& articles = b.issue.sections.front().articles;
    const std::string doi = text_of(foreign::descendant(child(n, "doi_data"), "doi"));
    // A harvest may hold a record twice, updated: the later one is the newer.
    if (!doi.empty()) {
      auto same = std::ranges::find(b.dois, doi);
      if (same != b.dois.end()) {
        const auto at = same - b.dois.begin();
        a.id = articles[static_cast<std::size_t>(at)].id;
        articles[static_cast<std::size_t>(at)] = std::move(a);
        return;
      }
    }
    if (a.id.empty()) a.id = b.ids->make(doi.empty() ? "article" : doi.substr(doi.rfind('/') + 1));
    b.dois.push_back(doi);
    articles.push_back(std::move(a));
  }

  Article read_article(pugi::xml_node n, IssueBuilder& b) {
    Article a;
    a.pos = src_.pos(n);
    a.lang = foreign::language_tag(foreign::attribute(n, "language"));
    pugi::xml_node titles = child(n, "titles");
    a.title = rich(child(titles, "title"), a, "title");
    if (a.title.empty())
      problems_->error(src_.pos(titles ? titles : n), "the article has no <title>");
    a.subtitle = rich(child(titles, "subtitle"), a, "subtitle");
    // The title in the language the article was written in, when the one above translates it.
    for (pugi::xml_node original : children(titles, "original_language_title")) {
      const std::string lang = foreign::language_tag(foreign::attribute(original, "language"));
      RichText title = rich(original, a, "title");
      if (!lang.empty() && lang != a.lang && !title.empty())
        a.translated_titles.push_back({lang, std::move(title), {}});
    }
    a.author_ids = read_contributors(child(n, "contributors"), a, b);
    pugi::xml_node pages = child(n, "pages");
    const std::string first = child_text(pages, "first_page");
    a.first_page = foreign::page_number(first);
    a.item_number = text_of(foreign::descendant(child(n, "publisher_item"), "item_number"));
    if (a.first_page) {
      a.last_page = foreign::page_number(child_text(pages, "last_page"));
    } else if (!first.empty()) {
      // A supplement's "S336": no page number, but what the contents must print.
      if (a.item_number.empty()) a.item_number = first;
      b.unnumbered.push_back(first);
      if (b.unnumbered.size() == 1) b.unnumbered_at = src_.pos(child(pages, "first_page"));
    }
    // Several <jats:abstract>: the abstract proper, not the digest or another typed one; those
    // in other languages are its translations.
    pugi::xml_node abstract = foreign::main_abstract(n, a.lang);
    a.abstract = abstract_of(abstract, a);
    for (pugi::xml_node other : foreign::translated_abstracts(n, abstract, a.lang)) {
      Abstract translated = abstract_of(other, a);
      if (!translated.empty()) a.translated_abstracts.push_back(std::move(translated));
    }
    return a;
  }

  Abstract abstract_of(pugi::xml_node abstract, const Article& a) {
    return foreign::read_abstract(abstract, a.lang, [&](pugi::xml_node n, const std::string& lang) {
      return rich(n, a, "abstract", lang);
    });
  }

  // Authors in byline order: the one marked sequence="first", then the others as listed. A
  // contributor is an author by its contributor_role attribute (4.x) or its <role> children
  // (5.x); one that gives neither is taken to be one.
  std::vector<std::string> read_contributors(pugi::xml_node n, const Article& a, IssueBuilder& b) {
    std::vector<pugi::xml_node> authors;
    for (pugi::xml_node c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = local_name(c);
      if ((name == "person_name" || name == "organization") && is_author(c)) authors.push_back(c);
    }
    // std::stable_partition, not std::ranges': clang 14 cannot compile libstdc++ 12's subrange.
    std::stable_partition(authors.begin(), authors.end(), [](pugi::xml_node c) {
      return foreign::attribute(c, "sequence") == "first";
    });
    std::vector<std::string> ids;
    for (pugi::xml_node c : authors) {
      PersonName name;
      std::string affiliation;
      if (local_name(c) == "organization") {
        name.family = own_text(c);
      } else {
        name.given = child_text(c, "given_name");
        name.family = child_text(c, "surname");
        if (std::string suffix = child_text(c, "suffix"); !name.family.empty() && !suffix.empty())
          name.family += " " + suffix;
        affiliation = affiliation_of(c);
      }
      if (name.family.empty()) {
        problems_->warning(
            src_.pos(c), "an author of '" + a.title.plain() + "' has no <surname> and is left out");
        continue;
      }
      ids.push_back(
          b.authors->add(name, affiliation, orcid_id(child_text(c, "ORCID")), src_.pos(c)));
    }
    return ids;
  }

  // An organisation's name, without the <role> of 5.x.
  static std::string own_text(pugi::xml_node n) {
    std::string out;
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
        out += foreign::decode_entities(c.value());
    }
    return collapse_whitespace(out);
  }

  static bool is_author(pugi::xml_node contributor) {
    if (pugi::xml_attribute role = contributor.attribute("contributor_role"))
      return is_author_role(collapse_whitespace(role.value()));
    std::vector<pugi::xml_node> roles = children(contributor, "role");
    if (roles.empty()) roles = children(contributor, "contributor_role");
    return roles.empty() ||
           std::ranges::any_of(roles, [](pugi::xml_node r) { return text_of(r) == "author"; });
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

  RichText rich(pugi::xml_node n, const Article& a, const char* where,
                const std::string& lang = "") {
    if (!n) return {};
    foreign::MarkupText text = foreign::rich_text(src_, n, lang.empty() ? a.lang : lang);
    if (!text.unknown_entity.empty()) {
      const std::string title = a.title.empty() ? text.text.plain() : a.title.plain();
      problems_->warning(src_.text_pos(text.unknown_entity_at),
                         foreign::unknown_entity_message(text.unknown_entity, where, title));
    }
    if (text.math) {
      const std::string title = a.title.empty() ? text.text.plain() : a.title.plain();
      problems_->warning(src_.pos(text.math), std::string("MathML in the ") + where + " of '" +
                                                  title + "' is set as plain text");
    }
    return text.text;
  }

  // Articles in page order; those without pages by their item number, after the others.
  static Issue finish(IssueBuilder& b) {
    if (!b.unnumbered.empty()) {
      const std::size_t n = b.unnumbered.size();
      b.problems.warning(b.unnumbered_at,
                         std::to_string(n) + (n == 1 ? " article has" : " articles have") +
                             " a first page that is no page number ('" + b.unnumbered.front() +
                             "'" + (n > 1 ? ", ..." : "") + "): the contents prints " +
                             (n == 1 ? "it" : "them") + " as written, and the page check passes " +
                             (n == 1 ? "it" : "them") + " over");
    }
    std::vector<Article>& articles = b.issue.sections.front().articles;
    std::ranges::stable_sort(articles, [](const Article& x, const Article& y) {
      const int px = x.first_page.value_or(INT_MAX), py = y.first_page.value_or(INT_MAX);
      if (px != py) return px < py;
      if (x.item_number.size() != y.item_number.size())
        return x.item_number.size() < y.item_number.size();
      return x.item_number < y.item_number;
    });
    b.issue.people = b.authors->take();
    return std::move(b.issue);
  }

  XmlSource src_;
  Diagnostics& diags_;               // about the file
  Diagnostics* problems_ = &diags_;  // about the issue whose records are being read
  Source source_ = Source::deposit;
  std::vector<IssueBuilder> builders_;
  int skipped_ = 0;  // harvested records that are no journal articles in an issue
};

}  // namespace

std::optional<std::vector<FoundIssue>> read_crossref(const std::string& path, Diagnostics& diags) {
  std::optional<std::string> text = read_source_file(path, "Crossref file", diags);
  if (!text) return std::nullopt;
  Diagnostics found;
  std::optional<std::vector<FoundIssue>> issues = CrossrefReader(*text, path, found).read();
  for (const Diagnostic& d : found.all()) diags.add(d);
  if (found.has_errors()) return std::nullopt;
  return issues;
}

}  // namespace folio
