#include "input/jats_reader.h"

#include "input/derived_ids.h"
#include "input/foreign_xml.h"
#include "input/issue_reader.h"
#include "input/text_spans.h"
#include "xml/xml_source.h"

#include <algorithm>
#include <climits>
#include <filesystem>
#include <map>
#include <utility>

namespace folio {
namespace {
namespace fs = std::filesystem;
using foreign::child;
using foreign::children;
using foreign::descendant;
using foreign::local_name;
using foreign::text_of;

// A value with the place it was read from, for "disagrees" errors.
struct Field {
  std::string value;
  SourcePos pos;
};

struct Author {
  PersonName name;
  std::string affiliation;
  SourcePos pos;
};

// One article file, read; ids are given once every file is in.
struct JatsArticle {
  std::string file;
  Field journal_title, volume, issue;
  std::string issn, publisher, year, season;
  RichText heading;
  Article article;
  std::vector<Author> authors;
};

Field field(const XmlSource& src, pugi::xml_node n) {
  return n ? Field{text_of(n), src.pos(n)} : Field{};
}

// The affiliation's words without its label ("1", "a"), which only links it to a name.
std::string affiliation_text(pugi::xml_node aff) {
  std::string out;
  for (pugi::xml_node c : aff.children()) {
    if (c.type() == pugi::node_element && local_name(c) == "label") continue;
    out += c.type() == pugi::node_element ? " " + text_of(c) + " " : c.value();
  }
  std::string text = collapse_whitespace(out);
  // Separators written between the parts stay; spaces before them, added above, go.
  for (std::size_t at; (at = text.find(" ,")) != std::string::npos;) text.erase(at, 1);
  return text;
}

// The print issue's date when the file has several (epub, ppub, collection).
pugi::xml_node publication_date(pugi::xml_node meta) {
  std::vector<pugi::xml_node> dates = children(meta, "pub-date");
  for (const char* wanted : {"ppub", "collection", "print"}) {
    for (pugi::xml_node d : dates) {
      if (foreign::attribute(d, "pub-type") == wanted ||
          foreign::attribute(d, "date-type") == wanted ||
          foreign::attribute(d, "publication-format") == wanted)
        return d;
    }
  }
  return dates.empty() ? pugi::xml_node() : dates.front();
}

class FileReader {
 public:
  FileReader(std::string_view text, const std::string& path, Diagnostics& diags)
      : src_(text, path), diags_(diags) {}

  std::optional<JatsArticle> read() {
    if (!src_.parse(foreign::kParseOptions, diags_)) return std::nullopt;
    pugi::xml_node root = src_.root();
    if (local_name(root) != "article") {
      diags_.error(src_.pos(root),
                   "the root element is " + tag(root.name()) + ", expected a JATS <article>");
      return std::nullopt;
    }
    pugi::xml_node front = child(root, "front");
    pugi::xml_node meta = child(front, "article-meta");
    if (!meta) {
      diags_.error(src_.pos(front ? front : root), tag(front ? "front" : "article") +
                                                       " is missing <" +
                                                       (front ? "article-meta" : "front") + ">");
      return std::nullopt;
    }
    JatsArticle a;
    a.file = src_.name();
    a.article.pos = src_.pos(root);
    a.article.lang = foreign::attribute(root, "lang");
    read_journal(child(front, "journal-meta"), a);
    read_titles(meta, a);
    read_contributors(meta, a);
    read_numbers(meta, a);
    read_abstract(meta, a);
    pugi::xml_node categories = child(meta, "article-categories");
    for (pugi::xml_node group : children(categories, "subj-group")) {
      if (foreign::attribute(group, "subj-group-type") != "heading") continue;
      if (pugi::xml_node subject = child(group, "subject")) a.heading = rich(subject, a).text;
      break;
    }
    return a;
  }

 private:
  void read_journal(pugi::xml_node jm, JatsArticle& a) {
    a.journal_title = field(src_, descendant(jm, "journal-title"));
    std::vector<pugi::xml_node> issns = children(jm, "issn");
    for (pugi::xml_node i : issns) {
      std::string type =
          foreign::attribute(i, "pub-type") + foreign::attribute(i, "publication-format");
      if (type == "ppub" || type == "print") a.issn = text_of(i);
    }
    if (a.issn.empty() && !issns.empty()) a.issn = text_of(issns.front());
    a.publisher = text_of(descendant(jm, "publisher-name"));
  }

  void read_titles(pugi::xml_node meta, JatsArticle& a) {
    pugi::xml_node group = child(meta, "title-group");
    pugi::xml_node title = child(group, "article-title");
    a.article.title = rich(title, a, "title").text;
    if (a.article.title.empty()) {
      diags_.error(src_.pos(title ? title : meta),
                   title ? "empty <article-title>" : "the article has no <article-title>");
    }
    a.article.subtitle = rich(child(group, "subtitle"), a, "subtitle").text;
  }

  void read_contributors(pugi::xml_node meta, JatsArticle& a) {
    std::map<std::string, std::string> affs;  // id -> text
    collect_affiliations(meta, affs);
    // Only the groups directly in <article-meta>: a <collab> may hold its members' own
    // <contrib-group>, and they are not on the byline.
    for (pugi::xml_node group : children(meta, "contrib-group")) {
      for (pugi::xml_node c : children(group, "contrib")) {
        // Editors, reviewers and others say so; a contrib that gives no type is an author.
        std::string type = foreign::attribute(c, "contrib-type");
        if (!type.empty() && type != "author") continue;
        Author author{{}, {}, src_.pos(c)};
        author.name = contributor_name(c);
        if (author.name.family.empty()) {
          diags_.warning(author.pos, "an author of '" + a.article.title.plain() +
                                         "' has no <surname>, <string-name> or <collab> and "
                                         "is left out");
          continue;
        }
        author.affiliation = affiliation_of(c, affs);
        a.authors.push_back(std::move(author));
      }
    }
  }

  // <name> (also inside <name-alternatives>), <string-name>, or <collab>: the contributor's
  // own, never one of a nested group. A <suffix> ("Jr") follows the family name.
  static PersonName contributor_name(pugi::xml_node contrib) {
    PersonName name;
    pugi::xml_node n = child(contrib, "name");
    if (!n) n = child(child(contrib, "name-alternatives"), "name");
    pugi::xml_node s = child(contrib, "string-name");
    if (!s) s = child(child(contrib, "name-alternatives"), "string-name");
    if (!n && s && child(s, "surname")) n = s;
    if (n) {
      name.given = foreign::child_text(n, "given-names");
      name.family = foreign::child_text(n, "surname");
      std::string suffix = foreign::child_text(n, "suffix");
      if (!name.family.empty() && !suffix.empty()) name.family += " " + suffix;
    } else if (s) {
      name.family = text_of(s);
    } else if (pugi::xml_node collab = child(contrib, "collab")) {
      name.family = collab_name(collab);
    }
    return name;
  }

  // The collaboration's own words, without its members (<contrib-group>) or markers.
  static std::string collab_name(pugi::xml_node collab) {
    std::string out;
    for (pugi::xml_node c : collab.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        out += foreign::decode_entities(c.value());
      } else if (c.type() == pugi::node_element) {
        std::string_view name = local_name(c);
        if (name == "contrib-group" || name == "xref" || name == "fn" || name == "address" ||
            name == "email" || name == "contrib-id")
          continue;
        out += " " + text_of(c) + " ";
      }
    }
    return collapse_whitespace(out);
  }

  static void collect_affiliations(pugi::xml_node n, std::map<std::string, std::string>& affs) {
    for (pugi::xml_node c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      if (local_name(c) == "aff") {
        affs.emplace(foreign::attribute(c, "id"), affiliation_text(c));
      } else {
        collect_affiliations(c, affs);
      }
    }
  }

  // The contributor's own <aff>, else those its <xref ref-type="aff"> point at, joined by "; ".
  static std::string affiliation_of(pugi::xml_node contrib,
                                    const std::map<std::string, std::string>& affs) {
    if (pugi::xml_node own = child(contrib, "aff")) return affiliation_text(own);
    std::string out;
    for (pugi::xml_node x : children(contrib, "xref")) {
      if (foreign::attribute(x, "ref-type") != "aff") continue;
      std::string rids = foreign::attribute(x, "rid");
      for (std::size_t start = 0; start < rids.size();) {
        std::size_t end = std::min(rids.find(' ', start), rids.size());
        auto it = affs.find(rids.substr(start, end - start));
        if (it != affs.end() && !it->second.empty()) out += (out.empty() ? "" : "; ") + it->second;
        start = end + 1;
      }
    }
    return out;
  }

  void read_numbers(pugi::xml_node meta, JatsArticle& a) {
    a.volume = field(src_, child(meta, "volume"));
    a.issue = field(src_, child(meta, "issue"));
    a.article.first_page = page(child(meta, "fpage"), a);
    a.article.last_page = page(child(meta, "lpage"), a);
    if (pugi::xml_node range = child(meta, "page-range"); range && !a.article.first_page) {
      // "123-145", "123–145", "123-4, 150": the first range's ends.
      std::string text = text_of(range);
      std::string first = text.substr(0, text.find_first_of("-–,"));
      std::string rest = text.substr(first.size());
      a.article.first_page = foreign::page_number(collapse_whitespace(first));
      if (a.article.first_page && (rest.starts_with("-") || rest.starts_with("–"))) {
        rest.erase(0, rest.starts_with("-") ? 1 : std::string("–").size());
        a.article.last_page =
            foreign::page_number(collapse_whitespace(rest.substr(0, rest.find(','))));
        // "30–" is a range cut short, not an article of one page.
        if (!a.article.last_page) {
          diags_.warning(src_.pos(range), "page range '" + text + "' of '" +
                                              a.article.title.plain() +
                                              "' has no last page; only its first page " +
                                              std::to_string(*a.article.first_page) + " is used");
        }
      }
      if (!a.article.first_page) {
        diags_.warning(src_.pos(range), "page range '" + text + "' of '" + a.article.title.plain() +
                                            "' is not understood");
      }
    }
    if (pugi::xml_node count = child(child(meta, "counts"), "page-count")) {
      std::string text = foreign::attribute(count, "count");
      a.article.page_count = foreign::page_number(text);
      if (!a.article.page_count) {
        diags_.warning(src_.pos(count), "page count '" + text + "' of '" + a.article.title.plain() +
                                            "' is not a number");
      }
    }
    if (pugi::xml_node eloc = child(meta, "elocation-id");
        eloc && !a.article.first_page && !child(meta, "fpage") && !child(meta, "page-range")) {
      diags_.warning(src_.pos(eloc),
                     src_.name() + " gives no page numbers (<fpage>, <lpage>) for '" +
                         a.article.title.plain() + "', only the electronic location '" +
                         text_of(eloc) + "' (<elocation-id>), which is not a page: " +
                         (a.article.page_count ? "its pages are counted from its <page-count>"
                                               : "the article is left unnumbered"));
    }
    if (pugi::xml_node date = publication_date(meta)) {
      a.year = foreign::child_text(date, "year");
      a.season = foreign::child_text(date, "season");
      if (a.season.empty()) a.season = foreign::month_name(foreign::child_text(date, "month"));
    }
  }

  std::optional<int> page(pugi::xml_node n, const JatsArticle& a) {
    if (!n) return std::nullopt;
    std::string text = text_of(n);
    std::optional<int> p = foreign::page_number(text);
    if (!p) {
      diags_.warning(src_.pos(n), "page '" + text + "' in " + tag(n.name()) + " of '" +
                                      a.article.title.plain() +
                                      "' is not a page number; the article is left unnumbered");
    }
    return p;
  }

  void read_abstract(pugi::xml_node meta, JatsArticle& a) {
    pugi::xml_node abstract = foreign::main_abstract(meta, a.article.lang);
    for (pugi::xml_node p : foreign::abstract_paragraphs(abstract)) {
      if (is_doi_line(p)) continue;
      RichText text = rich(p, a, "abstract").text;
      if (!text.empty()) a.article.abstract.push_back(std::move(text));
    }
  }

  // eLife's "DOI: http://dx.doi.org/10.7554/eLife.00003.001" closing each abstract: a link for
  // the web, not part of the abstract's text.
  static bool is_doi_line(pugi::xml_node p) {
    bool link = false;
    for (pugi::xml_node c : p.children()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view name = local_name(c);
      if ((name == "ext-link" && foreign::attribute(c, "ext-link-type") == "doi") ||
          name == "object-id") {
        link = true;
      } else if (name != "bold" && name != "italic") {
        return false;
      }
    }
    return link && text_of(p).starts_with("DOI:");
  }

  foreign::MarkupText rich(pugi::xml_node n, const JatsArticle& a, const char* where = nullptr) {
    if (!n) return {};
    foreign::MarkupText text = foreign::rich_text(src_, n, a.article.lang);
    if (!text.unknown_entity.empty() && where) {
      const std::string title =
          a.article.title.empty() ? text.text.plain() : a.article.title.plain();
      diags_.warning(src_.text_pos(text.unknown_entity_at),
                     "unknown entity '" + text.unknown_entity + "' in the " + where + " of '" +
                         title +
                         "' is printed as written: folio knows the HTML 4 entities, "
                         "write any other as a character or a numeric reference");
    }
    if (text.math && where) {
      const std::string title =
          a.article.title.empty() ? text.text.plain() : a.article.title.plain();
      diags_.warning(src_.pos(text.math), std::string("MathML in the ") + where + " of '" + title +
                                              "' is set as plain text");
    }
    return text;
  }

  XmlSource src_;
  Diagnostics& diags_;
};

std::vector<std::string> article_files(const std::vector<std::string>& files_or_dirs,
                                       Diagnostics& diags) {
  std::vector<std::string> files;
  for (const std::string& path : files_or_dirs) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (entry.path().extension() == ".xml") found.push_back(entry.path().string());
    }
    if (found.empty()) diags.error({path, 0, 0}, "no JATS article (*.xml) in the directory");
    std::ranges::sort(found);
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// Every file must describe the same issue as the first one.
void check_agreement(const std::vector<JatsArticle>& articles, Diagnostics& diags) {
  const JatsArticle& first = articles.front();
  auto agree = [&](const JatsArticle& a, const Field& mine, const Field& theirs, const char* what) {
    if (mine.value.empty() || theirs.value.empty() || mine.value == theirs.value) return;
    diags.error(mine.pos, a.file + " is not of the same issue: " + what + " '" + mine.value +
                              "', but '" + theirs.value + "' in " + first.file);
  };
  for (const JatsArticle& a : articles) {
    agree(a, a.journal_title, first.journal_title, "journal title");
    agree(a, a.volume, first.volume, "volume");
    agree(a, a.issue, first.issue, "issue");
  }
}

// The first non-empty value among the articles.
std::string first_of(const std::vector<JatsArticle>& articles, std::string JatsArticle::*member) {
  for (const JatsArticle& a : articles) {
    if (!(a.*member).empty()) return a.*member;
  }
  return {};
}

Issue assemble(std::vector<JatsArticle> articles) {
  std::ranges::stable_sort(
      articles, {}, [](const JatsArticle& a) { return a.article.first_page.value_or(INT_MAX); });
  Issue issue;
  issue.journal.title = articles.front().journal_title.value;
  issue.journal.issn = first_of(articles, &JatsArticle::issn);
  issue.journal.publisher = first_of(articles, &JatsArticle::publisher);
  issue.info.volume = articles.front().volume.value;
  issue.info.number = articles.front().issue.value;
  issue.info.year = first_of(articles, &JatsArticle::year);
  issue.info.season = first_of(articles, &JatsArticle::season);
  IdMaker ids;
  AuthorList authors(ids);
  for (JatsArticle& a : articles) {
    a.article.id = ids.make(fs::path(a.file).stem().string());
    for (const Author& author : a.authors) {
      a.article.author_ids.push_back(authors.add(author.name, author.affiliation, author.pos));
    }
    // Consecutive articles under one heading make a section.
    if (issue.sections.empty() || issue.sections.back().title.plain() != a.heading.plain()) {
      Section s;
      s.id = ids.make(a.heading.empty() ? "articles" : a.heading.plain());
      s.title = a.heading;
      s.pos = a.article.pos;
      issue.sections.push_back(std::move(s));
    }
    issue.sections.back().articles.push_back(std::move(a.article));
  }
  issue.people = authors.take();
  return issue;
}

}  // namespace

std::optional<Issue> read_jats(const std::vector<std::string>& files_or_dirs,
                               const std::string& issue_meta_path, Diagnostics& diags) {
  Diagnostics found;
  std::vector<JatsArticle> articles;
  for (const std::string& file : article_files(files_or_dirs, found)) {
    std::optional<std::string> text = read_source_file(file, "JATS article", found);
    if (!text) continue;
    if (std::optional<JatsArticle> a = FileReader(*text, file, found).read())
      articles.push_back(std::move(*a));
  }
  if (articles.empty() && !found.has_errors()) found.error({}, "no JATS article given");
  if (!articles.empty()) check_agreement(articles, found);
  std::optional<IssueMetaFile> meta;
  if (!issue_meta_path.empty()) meta = read_issue_meta_file(issue_meta_path, found);
  for (const Diagnostic& d : found.all()) diags.add(d);
  if (found.has_errors()) return std::nullopt;

  Issue issue = assemble(std::move(articles));
  issue.source = issue_meta_path.empty() ? files_or_dirs.front() : issue_meta_path;
  if (meta) {
    Diagnostics merged;
    apply_issue_meta(*meta, issue, merged);
    for (const Diagnostic& d : merged.all()) diags.add(d);
    if (merged.has_errors()) return std::nullopt;
  }
  return issue;
}

}  // namespace folio
