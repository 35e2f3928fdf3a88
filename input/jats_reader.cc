#include "input/jats_reader.h"

#include "input/derived_ids.h"
#include "input/foreign_xml.h"
#include "input/issue_reader.h"
#include "input/person_names.h"
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
  std::string orcid;
  SourcePos pos;
};

// One article file, read; ids are given once every file is in. The issue's fields are kept
// with their place in the file, for "disagrees" errors.
struct JatsArticle {
  std::string file;
  Field journal_title, abbreviation, issn, eissn, volume, issue, year, season;
  int month = 0;
  std::string publisher;
  RichText heading;
  Article article;
  std::vector<Author> authors;
};

Field field(const XmlSource& src, pugi::xml_node n) {
  return n ? Field{text_of(n), src.pos(n)} : Field{};
}

// The affiliation's words without its label ("1", "a"), which only links it to a name. SciELO
// gives the affiliation as written in an <institution content-type="original"> beside its
// parts, and that is the one to print. Parts given without punctuation between them are
// joined with commas.
std::string affiliation_text(pugi::xml_node aff) {
  for (pugi::xml_node inst : children(aff, "institution")) {
    if (foreign::attribute(inst, "content-type") == "original") return text_of(inst);
  }
  bool punctuated = false;
  for (pugi::xml_node c : aff.children()) {
    if (c.type() == pugi::node_pcdata && !collapse_whitespace(c.value()).empty()) punctuated = true;
  }
  std::string out;
  for (pugi::xml_node c : aff.children()) {
    if (c.type() == pugi::node_element && local_name(c) == "label") continue;
    if (c.type() != pugi::node_element) {
      out += c.value();
    } else if (punctuated) {
      out += " " + text_of(c) + " ";
    } else if (std::string part = text_of(c); !part.empty()) {
      out += (out.empty() ? "" : ", ") + part;
    }
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
    a.article.lang = foreign::language_tag(foreign::attribute(root, "lang"));
    a.article.type = foreign::attribute(root, "article-type");
    read_journal(child(front, "journal-meta"), a);
    read_titles(meta, a);
    read_contributors(meta, a);
    read_numbers(meta, a);
    read_abstract(meta, a);
    read_translations(root, a);
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
    // The publisher's abbreviation, else the first (an NLM or ISO one).
    std::vector<pugi::xml_node> abbrevs =
        children(child(jm, "journal-title-group"), "abbrev-journal-title");
    for (pugi::xml_node n : abbrevs) {
      if (foreign::attribute(n, "abbrev-type") == "publisher") a.abbreviation = field(src_, n);
    }
    if (a.abbreviation.value.empty() && !abbrevs.empty())
      a.abbreviation = field(src_, abbrevs.front());
    std::vector<pugi::xml_node> issns = children(jm, "issn");
    for (pugi::xml_node i : issns) {
      std::string type =
          foreign::attribute(i, "pub-type") + foreign::attribute(i, "publication-format");
      if (type == "ppub" || type == "print") a.issn = field(src_, i);
      if (type == "epub" || type == "electronic") a.eissn = field(src_, i);
    }
    if (a.issn.value.empty() && !issns.empty()) a.issn = field(src_, issns.front());
    if (a.eissn.value == a.issn.value) a.eissn = {};
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
        Author author{{}, {}, {}, src_.pos(c)};
        author.name = contributor_name(c);
        if (author.name.family.empty()) {
          diags_.warning(author.pos, "an author of '" + a.article.title.plain() +
                                         "' has no <surname>, <string-name> or <collab> and "
                                         "is left out");
          continue;
        }
        author.affiliation = affiliation_of(c, affs);
        for (pugi::xml_node id : children(c, "contrib-id")) {
          if (foreign::attribute(id, "contrib-id-type") == "orcid")
            author.orcid = orcid_id(text_of(id));
        }
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
    pugi::xml_node fpage = child(meta, "fpage");
    a.article.first_page = page(fpage, a);
    // A supplement's "S336" is no page number, but it is what the contents must print.
    if (fpage && !a.article.first_page) {
      a.article.item_number = text_of(fpage);
    } else {
      a.article.last_page = page(child(meta, "lpage"), a);
    }
    if (pugi::xml_node range = child(meta, "page-range"); range && !a.article.first_page) {
      std::string text = text_of(range);
      const foreign::PageRange pages = foreign::page_range(text);
      a.article.first_page = pages.first;
      a.article.last_page = pages.last;
      // "30–" is a range cut short, not an article of one page.
      if (pages.cut_short) {
        diags_.warning(src_.pos(range), foreign::cut_short_range_message(
                                            text, a.article.title.plain(), *a.article.first_page));
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
        eloc && !a.article.first_page && !fpage && !child(meta, "page-range")) {
      if (!a.article.page_count) a.article.item_number = text_of(eloc);
      diags_.warning(src_.pos(eloc),
                     src_.name() + " gives no page numbers (<fpage>, <lpage>) for '" +
                         a.article.title.plain() + "', only the electronic location '" +
                         text_of(eloc) + "' (<elocation-id>), which is not a page: " +
                         (a.article.page_count ? "its pages are counted from its <page-count>"
                                               : "the contents prints it instead"));
    }
    if (pugi::xml_node date = publication_date(meta)) {
      a.year = field(src_, child(date, "year"));
      a.season = field(src_, child(date, "season"));
      a.month = foreign::month_number(foreign::child_text(date, "month"));
    }
  }

  std::optional<int> page(pugi::xml_node n, const JatsArticle& a) {
    if (!n) return std::nullopt;
    std::string text = text_of(n);
    std::optional<int> p = foreign::page_number(text);
    if (!p) {
      diags_.warning(src_.pos(n), "page '" + text + "' in " + tag(n.name()) + " of '" +
                                      a.article.title.plain() +
                                      "' is not a page number: the contents prints it as written, "
                                      "and the page check passes the article over");
    }
    return p;
  }

  void read_abstract(pugi::xml_node meta, JatsArticle& a) {
    pugi::xml_node abstract = foreign::main_abstract(meta, a.article.lang);
    a.article.abstract = abstract_of(abstract, a);
    for (pugi::xml_node other : foreign::translated_abstracts(meta, abstract, a.article.lang)) {
      Abstract translated = abstract_of(other, a);
      if (!translated.empty()) a.article.translated_abstracts.push_back(std::move(translated));
    }
  }

  // `lang`: the language of an abstract that does not say (a translation sub-article's).
  Abstract abstract_of(pugi::xml_node abstract, const JatsArticle& a,
                       const std::string& lang = "") {
    return foreign::read_abstract(
        abstract, a.article.lang,
        [&](pugi::xml_node n, const std::string& in) { return rich(n, a, "abstract", in).text; },
        is_doi_line, lang);
  }

  // Titles in other languages (<trans-title-group>) and translations of the whole article
  // (<sub-article article-type="translation">, whose <front-stub> has its title and abstract).
  void read_translations(pugi::xml_node root, JatsArticle& a) {
    pugi::xml_node meta = child(child(root, "front"), "article-meta");
    for (pugi::xml_node group : children(child(meta, "title-group"), "trans-title-group")) {
      pugi::xml_node title = child(group, "trans-title");
      std::string lang = foreign::attribute(group, "lang");
      if (lang.empty()) lang = foreign::attribute(title, "lang");
      add_translated_title(foreign::language_tag(lang), title, child(group, "trans-subtitle"), a);
    }
    for (pugi::xml_node sub : children(root, "sub-article")) {
      if (foreign::attribute(sub, "article-type") != "translation") continue;
      const std::string lang = foreign::language_tag(foreign::attribute(sub, "lang"));
      pugi::xml_node stub = child(sub, "front-stub");
      if (!stub) stub = child(child(sub, "front"), "article-meta");
      if (lang.empty() || lang == a.article.lang || !stub) continue;
      pugi::xml_node group = child(stub, "title-group");
      add_translated_title(lang, child(group, "article-title"), child(group, "subtitle"), a);
      pugi::xml_node abstract = foreign::main_abstract(stub, lang);
      Abstract translated = abstract_of(abstract, a, lang);
      if (!translated.lang.empty() && !translated.empty() &&
          !has_abstract_in(translated.lang, a.article))
        a.article.translated_abstracts.push_back(std::move(translated));
    }
  }

  void add_translated_title(const std::string& lang, pugi::xml_node title, pugi::xml_node subtitle,
                            JatsArticle& a) {
    if (lang.empty() || lang == a.article.lang) return;
    for (const TranslatedTitle& t : a.article.translated_titles) {
      if (t.lang == lang) return;
    }
    TranslatedTitle t{lang, rich(title, a, "title", lang).text,
                      rich(subtitle, a, "subtitle", lang).text};
    if (!t.title.empty()) a.article.translated_titles.push_back(std::move(t));
  }

  static bool has_abstract_in(const std::string& lang, const Article& article) {
    return std::ranges::any_of(article.translated_abstracts,
                               [&](const Abstract& x) { return x.lang == lang; });
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

  foreign::MarkupText rich(pugi::xml_node n, const JatsArticle& a, const char* where = nullptr,
                           const std::string& lang = "") {
    if (!n) return {};
    foreign::MarkupText text = foreign::rich_text(src_, n, lang.empty() ? a.article.lang : lang);
    if (!text.unknown_entity.empty() && where) {
      const std::string title =
          a.article.title.empty() ? text.text.plain() : a.article.title.plain();
      diags_.warning(src_.text_pos(text.unknown_entity_at),
                     foreign::unknown_entity_message(text.unknown_entity, where, title));
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

// Every file must describe the same issue as the first one that says, reported file by file.
void check_agreement(const std::vector<JatsArticle>& articles, Diagnostics& diags) {
  struct Checked {
    Field JatsArticle::*member;
    const char* what;
    const JatsArticle* first = nullptr;  // the first file that gives it
  };
  Checked fields[] = {{&JatsArticle::journal_title, "journal title"},
                      {&JatsArticle::abbreviation, "journal abbreviation"},
                      {&JatsArticle::issn, "ISSN"},
                      {&JatsArticle::volume, "volume"},
                      {&JatsArticle::issue, "issue"},
                      {&JatsArticle::year, "year"},
                      {&JatsArticle::season, "season"}};
  const JatsArticle* dated = nullptr;
  for (const JatsArticle& a : articles) {
    for (Checked& f : fields) {
      const Field& mine = a.*f.member;
      if (mine.value.empty()) continue;
      if (!f.first) {
        f.first = &a;
      } else if (const Field& theirs = (*f.first).*f.member; mine.value != theirs.value) {
        diags.error(mine.pos, a.file + " is not of the same issue: " + f.what + " '" + mine.value +
                                  "', but '" + theirs.value + "' in " + f.first->file);
      }
    }
    if (a.month == 0) continue;
    if (!dated) {
      dated = &a;
    } else if (a.month != dated->month) {
      diags.error(a.year.pos, a.file + " is not of the same issue: month " +
                                  std::to_string(a.month) + ", but " +
                                  std::to_string(dated->month) + " in " + dated->file);
    }
  }
}

// The first non-empty value among the articles.
std::string first_of(const std::vector<JatsArticle>& articles, Field JatsArticle::*member) {
  for (const JatsArticle& a : articles) {
    if (!(a.*member).value.empty()) return (a.*member).value;
  }
  return {};
}

// The language most of the articles are in (the first article's on a tie); empty when none
// says.
std::string common_language(const std::vector<JatsArticle>& articles) {
  std::map<std::string, int> count;
  std::string best;
  for (const JatsArticle& a : articles) {
    if (a.article.lang.empty()) continue;
    if (++count[a.article.lang] > (best.empty() ? 0 : count[best])) best = a.article.lang;
  }
  return best;
}

Issue assemble(std::vector<JatsArticle> articles, Diagnostics& diags) {
  std::ranges::stable_sort(
      articles, {}, [](const JatsArticle& a) { return a.article.first_page.value_or(INT_MAX); });
  Issue issue;
  if (std::string lang = common_language(articles); !lang.empty()) issue.lang = lang;
  issue.journal.title = first_of(articles, &JatsArticle::journal_title);
  issue.journal.abbreviation = first_of(articles, &JatsArticle::abbreviation);
  issue.journal.issn = first_of(articles, &JatsArticle::issn);
  issue.journal.eissn = first_of(articles, &JatsArticle::eissn);
  for (const JatsArticle& a : articles) {
    if (issue.journal.publisher.empty()) issue.journal.publisher = a.publisher;
    if (issue.info.month == 0) issue.info.month = a.month;
  }
  issue.info.volume = first_of(articles, &JatsArticle::volume);
  issue.info.number = first_of(articles, &JatsArticle::issue);
  issue.info.year = first_of(articles, &JatsArticle::year);
  issue.info.season = first_of(articles, &JatsArticle::season);
  IdMaker ids;
  AuthorList authors(ids, diags);
  for (JatsArticle& a : articles) {
    a.article.id = ids.make(fs::path(a.file).stem().string());
    for (const Author& author : a.authors) {
      a.article.author_ids.push_back(
          authors.add(author.name, author.affiliation, author.orcid, author.pos));
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

std::vector<std::string> article_files(const std::vector<std::string>& files_or_dirs,
                                       Diagnostics& diags) {
  std::vector<std::string> files;
  for (const std::string& path : files_or_dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
      // PubMed Central writes its JATS files as .nxml.
      const std::filesystem::path ext = entry.path().extension();
      if (ext == ".xml" || ext == ".nxml") found.push_back(entry.path().string());
    }
    if (found.empty())
      diags.error({path, 0, 0}, "no JATS article (*.xml, *.nxml) in the directory");
    std::ranges::sort(found);
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

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

  Issue issue = assemble(std::move(articles), diags);
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
