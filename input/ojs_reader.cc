#include "input/ojs_reader.h"

#include "input/abstract_text.h"
#include "input/derived_ids.h"
#include "input/foreign_xml.h"
#include "input/html_text.h"
#include "input/person_names.h"
#include "xml/xml_source.h"

#include <algorithm>
#include <climits>
#include <map>
#include <utility>

namespace folio {
namespace {
using foreign::attribute;
using foreign::child;
using foreign::children;
using foreign::local_name;
using foreign::text_of;

// OJS's publication status for a published version (STATUS_PUBLISHED).
constexpr const char* kPublished = "3";

int number_attribute(pugi::xml_node n, std::string_view name) {
  const std::string value = attribute(n, name);
  std::optional<int> number = foreign::page_number(value);
  return value == "0" ? 0 : number.value_or(0);
}

// The element of `parent` called `name` in `locale`, else the first of them.
pugi::xml_node localized(pugi::xml_node parent, std::string_view name, const std::string& locale) {
  std::vector<pugi::xml_node> all = children(parent, name);
  for (pugi::xml_node n : all) {
    if (attribute(n, "locale") == locale) return n;
  }
  return all.empty() ? pugi::xml_node() : all.front();
}

struct SectionInfo {
  int seq = 0;
  pugi::xml_node node;
};

struct PlacedArticle {
  std::string section_ref;
  int seq = 0;
  Article article;
};

class OjsReader {
 public:
  OjsReader(std::string_view text, const std::string& path, Diagnostics& diags)
      : src_(text, path), diags_(diags) {}

  std::optional<std::vector<FoundIssue>> read() {
    if (!src_.parse(foreign::kParseOptions, diags_)) return std::nullopt;
    pugi::xml_node root = src_.root();
    std::vector<pugi::xml_node> issues;
    if (local_name(root) == "issues") {
      issues = children(root, "issue");
    } else if (local_name(root) == "issue") {
      issues.push_back(root);
    } else if (local_name(root) == "articles" || local_name(root) == "article") {
      diags_.error(src_.pos(root), "an OJS export of " + tag(root.name()) +
                                       " holds no issue: export the issue instead (Native XML "
                                       "plugin, Export Issues)");
      return std::nullopt;
    } else {
      diags_.error(src_.pos(root), "the root element is " + tag(root.name()) +
                                       ", expected an OJS native export <issues> or <issue>");
      return std::nullopt;
    }
    if (issues.empty()) {
      diags_.error(src_.pos(root), "<issues> holds no <issue>");
      return std::nullopt;
    }
    std::vector<FoundIssue> out;
    for (pugi::xml_node n : issues) {
      Diagnostics problems;
      problems_ = &problems;
      Issue issue = read_issue(n);
      out.push_back({std::move(issue), problems.all()});
    }
    problems_ = &diags_;
    // OJS exports an issue without its journal.
    diags_.warning(src_.pos(root),
                   "an OJS export does not name its journal: the cover and contents print no "
                   "journal title unless an --issue-meta file gives one");
    if (diags_.has_errors()) return std::nullopt;
    return out;
  }

 private:
  Issue read_issue(pugi::xml_node n) {
    Issue issue;
    issue.source = src_.name();
    // OJS 3.0 wrote volume, number and year on the issue itself.
    pugi::xml_node id = child(n, "issue_identification");
    if (!id) id = n;
    issue.info.volume = foreign::child_text(id, "volume");
    issue.info.number = foreign::child_text(id, "number");
    issue.info.year = foreign::child_text(id, "year");
    const std::string published = foreign::child_text(n, "date_published");  // 2016-02-11
    if (published.size() >= 7 && published.substr(0, 4) == issue.info.year)
      issue.info.month = foreign::month_number(published.substr(5, 2));

    std::map<std::string, SectionInfo> sections;
    for (pugi::xml_node s : children(child(n, "sections"), "section"))
      sections[attribute(s, "ref")] = {number_attribute(s, "seq"), s};

    IdMaker ids;
    AuthorList authors(ids, *problems_);
    std::vector<PlacedArticle> placed;
    std::map<std::string, int> languages;
    for (pugi::xml_node a : children(child(n, "articles"), "article")) {
      placed.push_back(read_article(a, ids, authors));
      if (!placed.back().article.lang.empty()) ++languages[placed.back().article.lang];
    }
    int most = 0;
    for (const PlacedArticle& p : placed) {  // the most common, the first on a tie
      if (languages[p.article.lang] > most) {
        most = languages[p.article.lang];
        issue.lang = p.article.lang;
      }
    }

    std::ranges::stable_sort(placed, [&](const PlacedArticle& x, const PlacedArticle& y) {
      const int sx = sections[x.section_ref].seq, sy = sections[y.section_ref].seq;
      if (sx != sy) return sx < sy;
      if (x.section_ref != y.section_ref) return x.section_ref < y.section_ref;
      return x.seq < y.seq;
    });
    for (PlacedArticle& p : placed) {
      if (issue.sections.empty() || issue.sections.back().id != section_id(p.section_ref)) {
        Section s;
        s.id = section_id(p.section_ref);
        s.pos = p.article.pos;
        const SectionInfo& info = sections[p.section_ref];
        if (info.node && attribute(info.node, "hide_title") != "1")
          s.title = rich(localized(info.node, "title", locale_of(issue.lang)), issue.lang);
        issue.sections.push_back(std::move(s));
      }
      issue.sections.back().articles.push_back(std::move(p.article));
    }
    issue.people = authors.take();
    return issue;
  }

  static std::string section_id(const std::string& ref) { return "section-" + ref; }

  // "en_US" for "en-US": OJS writes locales with an underscore.
  static std::string locale_of(const std::string& lang) {
    std::string out = lang;
    std::ranges::replace(out, '-', '_');
    return out;
  }

  // The version to print: the article's current publication (3.2 and later), else the last
  // published one; OJS 3.0 and 3.1 keep the metadata on the article itself.
  static pugi::xml_node publication_of(pugi::xml_node article) {
    std::vector<pugi::xml_node> versions = children(article, "publication");
    if (versions.empty()) return article;
    const std::string current = attribute(article, "current_publication_id");
    for (pugi::xml_node p : versions) {
      for (pugi::xml_node id : children(p, "id")) {
        if (attribute(id, "type") == "internal" && text_of(id) == current) return p;
      }
    }
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
      if (attribute(*it, "status") == kPublished) return *it;
    }
    return versions.back();
  }

  PlacedArticle read_article(pugi::xml_node n, IdMaker& ids, AuthorList& authors) {
    pugi::xml_node record = publication_of(n);
    PlacedArticle placed;
    Article& a = placed.article;
    a.pos = src_.pos(record);
    std::string locale = attribute(record, "locale");
    if (locale.empty()) locale = attribute(n, "locale");
    a.lang = foreign::language_tag(locale);
    placed.section_ref = attribute(record, "section_ref");
    if (placed.section_ref.empty()) placed.section_ref = attribute(n, "section_ref");
    placed.seq = number_attribute(record, "seq");

    pugi::xml_node title = localized(record, "title", locale);
    a.title = titled(localized(record, "prefix", attribute(title, "locale")), title, a.lang);
    if (a.title.empty()) problems_->error(a.pos, "the article has no <title>");
    a.subtitle = rich(localized(record, "subtitle", attribute(title, "locale")), a.lang);
    for (pugi::xml_node other : children(record, "title")) {
      const std::string other_locale = attribute(other, "locale");
      if (other == title || other_locale.empty()) continue;
      const std::string lang = foreign::language_tag(other_locale);
      TranslatedTitle t{lang, titled(localized(record, "prefix", other_locale), other, lang),
                        rich(localized(record, "subtitle", other_locale), lang)};
      if (!t.title.empty() && t.title.plain() != a.title.plain())
        a.translated_titles.push_back(std::move(t));
    }
    for (pugi::xml_node abstract : children(record, "abstract")) {
      const std::string lang = foreign::language_tag(attribute(abstract, "locale"));
      Abstract text;
      text.lang = lang == a.lang ? "" : lang;
      std::string unknown;
      for (RichText& p : html_paragraphs(text_of_raw(abstract), lang.empty() ? a.lang : lang,
                                         src_.pos(abstract), &unknown))
        text.paragraphs.push_back(with_run_in_heading(std::move(p)));
      warn_unknown_entity(unknown, abstract, a.title.plain());
      if (text.empty()) continue;
      if (text.lang.empty() && a.abstract.empty()) {
        a.abstract = std::move(text);
      } else if (!text.lang.empty()) {
        a.translated_abstracts.push_back(std::move(text));
      }
    }

    const std::string pages = foreign::child_text(record, "pages");
    const foreign::PageRange range = foreign::page_range(pages);
    a.first_page = range.first;
    a.last_page = range.last;
    if (!pages.empty() && !range.first) a.item_number = pages;  // "e12", "iv-x"
    // "30–" is a range cut short, not an article of one page.
    if (range.cut_short) {
      problems_->warning(src_.pos(child(record, "pages")),
                         foreign::cut_short_range_message(pages, a.title.plain(), *range.first));
    }

    std::string doi;
    for (pugi::xml_node id : children(record, "id")) {
      if (attribute(id, "type") == "doi") doi = text_of(id);
    }
    a.id = ids.make(doi.empty() ? "article" : doi.substr(doi.rfind('/') + 1));

    std::vector<pugi::xml_node> bylines = children(child(record, "authors"), "author");
    std::ranges::stable_sort(bylines, {},
                             [](pugi::xml_node x) { return number_attribute(x, "seq"); });
    for (pugi::xml_node author : bylines) {
      PersonName name;
      name.given = text_of(localized(author, "givenname", locale));
      name.family = text_of(localized(author, "familyname", locale));
      if (name.given.empty() && name.family.empty()) {  // OJS 3.0 and 3.1
        name.given = foreign::child_text(author, "firstname");
        const std::string middle = foreign::child_text(author, "middlename");
        if (!middle.empty()) name.given += (name.given.empty() ? "" : " ") + middle;
        name.family = foreign::child_text(author, "lastname");
      }
      // Someone with one name is given it as a given name by OJS 3.1 and later.
      if (name.family.empty()) std::swap(name.given, name.family);
      if (name.family.empty()) {
        problems_->warning(src_.pos(author),
                           "an author of '" + a.title.plain() + "' has no name and is left out");
        continue;
      }
      a.author_ids.push_back(authors.add(name, text_of(localized(author, "affiliation", locale)),
                                         orcid_id(foreign::child_text(author, "orcid")),
                                         src_.pos(author)));
    }
    return placed;
  }

  // The prefix OJS keeps apart ("The") before the title.
  RichText titled(pugi::xml_node prefix, pugi::xml_node title, const std::string& lang) {
    RichText text = rich(title, lang);
    const std::string before = text_of(prefix);
    if (before.empty() || text.empty()) return text;
    TextSpan span = text.spans.front();
    span.text = before + " ";
    span.flags = 0;
    span.line_break = false;
    text.spans.insert(text.spans.begin(), std::move(span));
    return text;
  }

  // Titles are plain text in OJS, but may hold the HTML markup its editor allows (<i>).
  RichText rich(pugi::xml_node n, const std::string& lang) {
    if (!n) return {};
    std::string unknown;
    std::vector<RichText> paragraphs = html_paragraphs(text_of_raw(n), lang, src_.pos(n), &unknown);
    RichText out;
    for (RichText& p : paragraphs) {
      if (!out.spans.empty()) out.spans.push_back({" ", 0, lang, false, src_.pos(n)});
      std::ranges::move(p.spans, std::back_inserter(out.spans));
    }
    warn_unknown_entity(unknown, n, out.plain());
    return out;
  }

  // An entity the DTD declares is never read (external entities stay unread): it is printed as
  // written, and said so.
  void warn_unknown_entity(const std::string& entity, pugi::xml_node where,
                           const std::string& title) {
    if (entity.empty()) return;
    const std::string element(local_name(where));
    problems_->warning(src_.pos(where),
                       foreign::unknown_entity_message(entity, element.c_str(), title));
  }

  // The element's text as the XML gives it, whitespace and all: HTML to be read.
  static std::string text_of_raw(pugi::xml_node n) {
    std::string out;
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    }
    return out;
  }

  XmlSource src_;
  Diagnostics& diags_;               // about the file
  Diagnostics* problems_ = &diags_;  // about the issue being read
};

}  // namespace

std::optional<std::vector<FoundIssue>> read_ojs(const std::string& path, Diagnostics& diags) {
  std::optional<std::string> text = read_source_file(path, "OJS export", diags);
  if (!text) return std::nullopt;
  Diagnostics found;
  std::optional<std::vector<FoundIssue>> issues = OjsReader(*text, path, found).read();
  for (const Diagnostic& d : found.all()) diags.add(d);
  if (found.has_errors()) return std::nullopt;
  return issues;
}

}  // namespace folio
