#include "compose/compose.h"

#include "compose/contributors.h"
#include "compose/designation.h"
#include "compose/labels.h"
#include "compose/part_notes.h"
#include "compose/text_runs.h"
#include "compose/translations.h"
#include "input/person_index.h"
#include "stylesheets/units.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <sstream>

namespace folio {
namespace {

// Names never break across lines: "John Gerard Ruggie" stays together.
constexpr const char* kNoBreakSpace = "\u00A0";

// Between a contents entry's text and the widest page number, in ems of the number's size.
constexpr double kPageColumnGapEms = 1;

std::string unbreakable(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (c == ' ') {
      out += kNoBreakSpace;
    } else {
      out += c;
    }
  }
  return out;
}

class Composer {
 public:
  Composer(const Issue& issue, const Style& style, const PartFolios& folios, Diagnostics& diags)
      : issue_(issue),
        people_(issue),
        style_(style),
        folios_(folios),
        diags_(diags),
        runs_(style, issue.lang, diags),
        labels_(issue) {
    for (const PartStyle& part : style_.parts) {
      if (!nothing_to_print(issue_, part).empty()) left_out_.insert(part.kind);
    }
  }

  std::optional<ComposedIssue> run();
  std::optional<ComposedPart> part(std::size_t index);

  // The same as run(), a part at a time: the issue's own fields, then each part when asked
  // for, then the notes on the whole.
  void begin(ComposedIssue& header);
  bool next(std::optional<ComposedPart>& part);
  void end();

 private:
  // Styles of the part being composed, by role.
  const ParagraphStyle* paragraph(const std::string& role);
  const ParagraphStyle* paragraph_or(const std::string& role, const std::string& fallback);
  const CharacterStyle* character(const std::string& role);  // optional: null when unset
  std::string option(const std::string& name, const std::string& fallback) const;

  void add(const ParagraphStyle* style, std::vector<StyledRun> runs, SourcePos pos = {});
  std::vector<StyledRun> plain(const std::string& text, const ParagraphStyle& p,
                               const CharacterStyle* c = nullptr) const;
  std::string names(const std::vector<std::string>& person_ids) const;
  // A run of names (StyledRun::name), which may break inside a name, or be hyphenated by the
  // patterns, only as a last resort.
  StyledRun name_run(const std::string& names, const TextFormat& format,
                     const std::string& lang) const;
  // The page-number column of a contents entry, from the part's options.
  RightColumn page_column(const std::string& number, const TextFormat& format,
                          const std::string& lang) const;

  void cover();
  void masthead();
  void contents();
  void contributors();
  void abstracts();
  void listed_parts(const ParagraphStyle* entry, const CharacterStyle* page);
  std::vector<StyledRun> designation_runs(const ParagraphStyle& p) const;
  std::string designation_pattern(const PartStyle* part) const;
  std::string issue_designation() const;
  void add_translated_title(std::vector<StyledRun>& runs, const Article& a,
                            const ParagraphStyle& entry);
  void add_abstract(const Abstract& abstract, const std::string& lang, const Article& a);

  std::string part_title(const PartStyle& part) const;
  PartMaster part_master(const PageMaster& master, const std::string& title) const;
  void compose_part(const PartStyle& part, ComposedIssue& out);

  const Issue& issue_;
  PersonIndex people_;
  const Style& style_;
  const PartFolios& folios_;
  Diagnostics& diags_;
  TextRuns runs_;
  Labels labels_;
  const PartStyle* part_ = nullptr;
  ComposedPart* out_ = nullptr;
  std::set<std::string> left_out_;  // kinds of the parts left out, for the contents
  std::size_t next_part_ = 0;       // the stylesheet's part next() looks at
  int translated_titles_printed_ = 0;
  int translated_abstracts_printed_ = 0;
};

const ParagraphStyle* Composer::paragraph(const std::string& role) {
  auto it = part_->roles.find(role);
  if (it == part_->roles.end()) {
    diags_.error(part_->pos, "part '" + part_->kind + "' has no style for role '" + role + "'");
    return nullptr;
  }
  auto p = style_.paragraphs.find(it->second);
  if (p == style_.paragraphs.end()) {
    diags_.error(part_->pos, "role '" + role + "' of part '" + part_->kind + "' uses '" +
                                 it->second + "', which is not a paragraph style");
    return nullptr;
  }
  return &p->second;
}

const ParagraphStyle* Composer::paragraph_or(const std::string& role, const std::string& fallback) {
  return part_->roles.count(role) ? paragraph(role) : paragraph(fallback);
}

const CharacterStyle* Composer::character(const std::string& role) {
  auto it = part_->roles.find(role);
  if (it == part_->roles.end()) return nullptr;
  auto c = style_.characters.find(it->second);
  if (c == style_.characters.end()) {
    diags_.error(part_->pos, "role '" + role + "' of part '" + part_->kind + "' uses '" +
                                 it->second + "', which is not a character style");
    return nullptr;
  }
  return &c->second;
}

std::string Composer::option(const std::string& name, const std::string& fallback) const {
  auto it = part_->options.find(name);
  return it == part_->options.end() ? fallback : it->second;
}

void Composer::add(const ParagraphStyle* style, std::vector<StyledRun> runs, SourcePos pos) {
  // Nothing to say (no authors, say) is no paragraph.
  const bool empty = std::ranges::all_of(runs, [](const StyledRun& r) { return r.text.empty(); });
  if (!style || empty) return;
  out_->blocks.emplace_back(Paragraph{style, std::move(runs), {}, std::move(pos), {}});
}

std::vector<StyledRun> Composer::plain(const std::string& text, const ParagraphStyle& p,
                                       const CharacterStyle* c) const {
  if (text.empty()) return {};
  return {runs_.plain(text, c ? c->apply(p.text) : p.text, p.lang)};
}

// "A, B, C, and D" with the issue's word for "and"; without one, commas only.
std::string Composer::names(const std::vector<std::string>& person_ids) const {
  std::vector<std::string> shown;
  for (const std::string& id : person_ids) {
    if (const Person* person = people_.find(id))
      shown.push_back(unbreakable(person->name.display()));
  }
  const std::string conjunction = labels_("and");
  std::string out;
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (i > 0) {
      const bool last = i + 1 == shown.size();
      if (last && !conjunction.empty()) {
        out += (shown.size() > 2 && labels_.serial_comma() ? ", " : " ") + conjunction + " ";
      } else {
        out += ", ";
      }
    }
    out += shown[i];
  }
  return out;
}

StyledRun Composer::name_run(const std::string& names, const TextFormat& format,
                             const std::string& lang) const {
  StyledRun run = runs_.plain(names, format, lang);
  run.name = true;
  return run;
}

RightColumn Composer::page_column(const std::string& number, const TextFormat& format,
                                  const std::string& lang) const {
  RightColumn column;
  column.runs = {runs_.plain(number, format, lang)};
  const std::string width = option("number-column", "auto");
  if (width != "auto") {
    std::string ignored;  // the stylesheet reader has checked the value
    if (auto length = parse_length(width, &ignored)) column.width = length->resolve(format.size);
  }
  column.gap = format.size * kPageColumnGapEms;
  const std::string line = option("page-number", "first-line");
  column.line = line == "last-line"         ? RightColumnLine::last
                : line == "title-last-line" ? RightColumnLine::title_last
                                            : RightColumnLine::first;
  column.leader = option("leader", "");
  return column;
}

void Composer::cover() {
  const Journal& j = issue_.journal;
  if (const ParagraphStyle* p = paragraph("abbreviation"); p && !j.abbreviation.empty()) {
    add(p, plain(j.abbreviation, *p));
  }
  if (const ParagraphStyle* p = paragraph("journal-title")) add(p, plain(j.title, *p));
  if (part_->roles.count("designation")) {
    if (const ParagraphStyle* p = paragraph("designation")) add(p, designation_runs(*p));
  }
  const ParagraphStyle* authors = paragraph("feature-authors");
  const ParagraphStyle* title = paragraph("feature-title");
  for (const CoverFeature& feature : issue_.cover) {
    if (!authors || !title) break;
    if (const Section* s = issue_.section(feature.ref)) {
      std::vector<std::string> ids;
      for (const Article& a : s->articles) {
        for (const std::string& id : a.author_ids) {
          if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
        }
      }
      add(authors, {name_run(names(ids), authors->text, authors->lang)}, feature.pos);
      add(title, runs_.of(s->title, title->text, title->lang), feature.pos);
    } else if (const Article* a = issue_.article(feature.ref)) {
      add(authors, {name_run(names(a->author_ids), authors->text, authors->lang)}, feature.pos);
      const RichText& shown = a->short_title.empty() ? a->title : a->short_title;
      add(title, runs_.of(shown, title->text, title->lang), feature.pos);
    }
  }
  out_->blocks.emplace_back(VerticalSpace{Pt(0), true});
  if (const ParagraphStyle* p = paragraph("imprint")) {
    for (const RichText& line : j.imprint) add(p, runs_.of(line, p->text, p->lang));
  }
}

void Composer::masthead() {
  const std::string suffix = option("run-in-suffix", ":");
  if (!issue_.board.members.empty()) {
    const ParagraphStyle* heading = paragraph("board-heading");
    if (heading) add(heading, plain(labels_("board"), *heading));
    const ParagraphStyle* officer = paragraph_or("board-officer", "board-member");
    const ParagraphStyle* member = paragraph("board-member");
    ColumnSet columns{std::max(1, std::atoi(option("board-columns", "1").c_str())),
                      out_->body.master->column_gap,
                      {}};
    for (const BoardMember& m : issue_.board.members) {
      const Person* person = people_.find(m.person_id);
      if (!person || !member) continue;
      if (!m.role.empty()) {
        // The comma goes with the name, so that "Ruggie," is shaped as one word.
        add(officer,
            {name_run(person->name.display() + ",", officer->text, officer->lang),
             runs_.plain(" " + m.role, officer->text, officer->lang)},
            m.pos);
      } else {
        columns.paragraphs.push_back(
            {member,
             {name_run(person->name.display(), member->text, member->lang)},
             {},
             m.pos,
             {}});
      }
    }
    out_->blocks.emplace_back(std::move(columns));
  }
  if (!issue_.editors.empty()) {
    const ParagraphStyle* editor = paragraph("editor");
    const CharacterStyle* role = character("editor-role");
    for (const EditorRole& r : issue_.editors) {
      if (!editor) break;
      std::vector<StyledRun> runs = plain(r.title + suffix, *editor, role);
      for (std::size_t i = 0; i < r.person_ids.size(); ++i) {
        const Person* person = people_.find(r.person_ids[i]);
        if (!person) continue;
        if (i > 0) runs.push_back(runs_.line_break(editor->text));
        std::string name = (i == 0 ? " " : "") + person->name.display();
        runs.push_back(name_run(name, editor->text, editor->lang));
      }
      add(editor, std::move(runs), r.pos);
    }
  }
  const CharacterStyle* title = character("notice-title");
  for (const Notice& n : issue_.notices) {
    const ParagraphStyle* p = paragraph_or("notice-" + n.kind, "notice");
    if (!p) break;
    for (std::size_t i = 0; i < n.paragraphs.size(); ++i) {
      std::vector<StyledRun> runs;
      if (i == 0 && !n.title.empty()) {
        TextFormat head = title ? title->apply(p->text) : p->text;
        runs = runs_.of(n.title, head, p->lang);
        runs.push_back(runs_.plain(suffix, head, p->lang));
        runs.push_back(runs_.plain(" ", p->text, p->lang));
      }
      for (StyledRun& r : runs_.of(n.paragraphs[i], p->text, p->lang)) runs.push_back(std::move(r));
      add(p, std::move(runs), n.pos);
    }
  }
}

void Composer::contents() {
  if (const ParagraphStyle* p = paragraph("journal-title")) add(p, plain(issue_.journal.title, *p));
  if (const ParagraphStyle* p = paragraph("designation")) add(p, designation_runs(*p));
  const ParagraphStyle* heading = paragraph("section-heading");
  const ParagraphStyle* entry = paragraph("entry");
  const CharacterStyle* author = character("entry-author");
  const CharacterStyle* page = character("entry-page");
  const bool own_line = option("authors", "run-in") == "own-line";
  for (const Section& s : issue_.sections) {
    if (!heading || !entry) break;
    add(heading, runs_.of(s.title, heading->text, heading->lang), s.pos);
    if (!s.title.empty()) {
      std::get<Paragraph>(out_->blocks.back()).bookmark = {s.title.plain(), 2};
    }
    for (const Article& a : s.articles) {
      std::vector<StyledRun> runs = runs_.of(a.title, entry->text, entry->lang);
      if (!a.subtitle.empty()) {
        runs.push_back(runs_.plain(": ", entry->text, entry->lang));
        for (StyledRun& r : runs_.of(a.subtitle, entry->text, entry->lang)) {
          runs.push_back(std::move(r));
        }
      }
      add_translated_title(runs, a, *entry);
      const std::size_t title_runs = runs.size();
      const std::string authors = names(a.author_ids);
      if (!authors.empty()) {
        const TextFormat author_format = author ? author->apply(entry->text) : entry->text;
        runs.push_back(own_line ? runs_.line_break(entry->text)
                                : runs_.plain(" ", entry->text, entry->lang));
        runs.push_back(name_run(authors, author_format, entry->lang));
      }
      Paragraph p{entry, std::move(runs), {}, a.pos, {}};
      if (a.first_page || !a.item_number.empty()) {
        const TextFormat page_format = page ? page->apply(entry->text) : entry->text;
        // An article without pages has its item number ("e1004") where the page goes.
        const std::string number = a.first_page ? std::to_string(*a.first_page) : a.item_number;
        p.right = page_column(number, page_format, entry->lang);
        p.right.title_runs = title_runs;
      }
      out_->blocks.emplace_back(std::move(p));
    }
  }
  if (entry) listed_parts(entry, page);
}

// The front-matter parts a contents page lists after the articles (its `list-parts` option),
// each with its folio: forward references, settled by laying out again (app/typeset.cc).
void Composer::listed_parts(const ParagraphStyle* entry, const CharacterStyle* page) {
  std::istringstream kinds(option("list-parts", ""));
  const ParagraphStyle* heading =
      part_->roles.count("parts-heading") ? paragraph("parts-heading") : nullptr;
  bool first = true;
  for (std::string kind; kinds >> kind;) {
    const PartStyle* listed = style_.part(kind);
    if (!listed) {
      diags_.error(part_->pos,
                   "list-parts names '" + kind + "', which this stylesheet has no part for");
      continue;
    }
    if (left_out_.contains(kind)) continue;
    if (first && heading && !labels_("front-matter").empty()) {
      add(heading, plain(labels_("front-matter"), *heading));
    }
    first = false;
    Paragraph p{entry, plain(part_title(*listed), *entry), {}, part_->pos, {}};
    auto folio = folios_.find(kind);
    const TextFormat page_format = page ? page->apply(entry->text) : entry->text;
    p.right = page_column(folio == folios_.end() ? "?" : folio->second, page_format, entry->lang);
    out_->blocks.emplace_back(std::move(p));
  }
}

void Composer::contributors() {
  const ParagraphStyle* heading = paragraph("heading");
  if (heading) add(heading, plain(labels_("contributors"), *heading));
  const ParagraphStyle* bio = paragraph("bio");
  const CharacterStyle* name = character("name");
  const CharacterStyle* affiliation = character("affiliation");
  // Without a bio, the affiliation: "X is at Y." or on a line of its own under the name.
  const std::string shown = option("affiliation", "sentence");
  if (!bio) return;
  for (const Person* person : contributors_of(issue_)) {
    std::vector<StyledRun> runs = {name_run(unbreakable(person->name.display()),
                                            name ? name->apply(bio->text) : bio->text, bio->lang)};
    if (!person->bio.empty()) {
      runs.push_back(runs_.plain(" ", bio->text, bio->lang));
      for (StyledRun& r : runs_.of(person->bio, bio->text, bio->lang)) runs.push_back(std::move(r));
    } else if (!person->affiliation.empty() && shown != "none") {
      const TextFormat format = affiliation ? affiliation->apply(bio->text) : bio->text;
      if (shown == "line") {
        runs.push_back(runs_.line_break(bio->text));
        runs.push_back(runs_.plain(person->affiliation, format, bio->lang));
      } else {
        runs.push_back(runs_.plain(" " + labels_("is-at") + " ", bio->text, bio->lang));
        runs.push_back(runs_.plain(person->affiliation, format, bio->lang));
        if (!person->affiliation.ends_with('.'))
          runs.push_back(runs_.plain(".", bio->text, bio->lang));
      }
    }
    add(bio, std::move(runs), person->pos);
  }
}

void Composer::abstracts() {
  const ParagraphStyle* heading = paragraph("heading");
  if (heading) add(heading, plain(labels_("abstracts"), *heading));
  const ParagraphStyle* title = paragraph("title");
  const ParagraphStyle* byline = paragraph("byline");
  if (!title || !byline || !paragraph("body") || !paragraph_or("body-first", "body")) return;
  const std::string language = option("abstract-language", "original");
  for (const Section& s : issue_.sections) {
    for (const Article& a : s.articles) {
      const PrintedAbstract printed = printed_abstract(a, language, issue_.lang);
      if (!printed.abstract) continue;
      if (printed.abstract != &a.abstract) ++translated_abstracts_printed_;
      const std::string& lang = printed.lang.empty() ? a.lang : printed.lang;
      const std::string& title_lang = lang.empty() ? title->lang : lang;
      std::vector<StyledRun> t = runs_.of(*printed.title, title->text, title_lang);
      if (!printed.subtitle->empty()) {
        t.push_back(runs_.plain(": ", title->text, title_lang));
        for (StyledRun& r : runs_.of(*printed.subtitle, title->text, title_lang))
          t.push_back(std::move(r));
      }
      add(title, std::move(t), a.pos);
      std::string by = labels_("by");
      add(byline,
          {name_run((by.empty() ? "" : by + " ") + names(a.author_ids), byline->text,
                    byline->lang)},
          a.pos);
      add_abstract(*printed.abstract, lang, a);
    }
  }
}

// The paragraphs of an abstract; a structured abstract's section titles run in, in the
// `abstract-section` character style, followed by the part's `run-in-suffix` and a space.
void Composer::add_abstract(const Abstract& abstract, const std::string& lang, const Article& a) {
  const ParagraphStyle* body = paragraph("body");
  const ParagraphStyle* first = paragraph_or("body-first", "body");
  const CharacterStyle* section = character("abstract-section");
  const std::string suffix = option("run-in-suffix", ":");
  for (std::size_t i = 0; i < abstract.paragraphs.size(); ++i) {
    const AbstractParagraph& paragraph = abstract.paragraphs[i];
    const ParagraphStyle* p = i == 0 ? first : body;
    const std::string& text_lang = lang.empty() ? p->lang : lang;
    std::vector<StyledRun> runs;
    if (!paragraph.heading.empty()) {
      const TextFormat head = section ? section->apply(p->text) : p->text;
      runs = runs_.of(paragraph.heading, head, text_lang);
      runs.push_back(runs_.plain(suffix, head, text_lang));
      runs.push_back(runs_.plain(" ", p->text, text_lang));
    }
    for (StyledRun& r : runs_.of(paragraph.text, p->text, text_lang)) runs.push_back(std::move(r));
    add(p, std::move(runs), a.pos);
  }
}

// The issue's designation as the source writes it, else built by the part's pattern.
std::vector<StyledRun> Composer::designation_runs(const ParagraphStyle& p) const {
  if (!issue_.info.designation.empty()) return runs_.of(issue_.info.designation, p.text, p.lang);
  return plain(designation(issue_, labels_, designation_pattern(part_)), p);
}

// The issue's designation as plain text, for running heads and the PDF's info: the source's,
// else the one the contents' pattern builds.
std::string Composer::issue_designation() const {
  if (!issue_.info.designation.empty()) return issue_.info.designation.plain();
  return designation(issue_, labels_, designation_pattern(style_.part("contents")));
}

// The part's `designation` option, else the issue's `designation` label, else the default.
std::string Composer::designation_pattern(const PartStyle* part) const {
  if (part) {
    auto it = part->options.find("designation");
    if (it != part->options.end()) return it->second;
  }
  const std::string label = labels_("designation");
  return label.empty() ? kDefaultDesignation : label;
}

// A translated title on a line of its own under the original's, in the `entry-translation`
// character style, when the contents' `translated-title` option asks for one.
void Composer::add_translated_title(std::vector<StyledRun>& runs, const Article& a,
                                    const ParagraphStyle& entry) {
  const TranslatedTitle* t =
      contents_translation(a, option("translated-title", "none"), issue_.lang);
  if (!t) return;
  ++translated_titles_printed_;
  const CharacterStyle* style = character("entry-translation");
  const TextFormat format = style ? style->apply(entry.text) : entry.text;
  runs.push_back(runs_.line_break(entry.text));
  for (StyledRun& r : runs_.of(t->title, format, t->lang)) runs.push_back(std::move(r));
  if (!t->subtitle.empty()) {
    runs.push_back(runs_.plain(": ", format, t->lang));
    for (StyledRun& r : runs_.of(t->subtitle, format, t->lang)) runs.push_back(std::move(r));
  }
}

// What a part is called in bookmarks, running heads and a contents listing.
std::string Composer::part_title(const PartStyle& part) const {
  std::string label;
  if (part.kind == "masthead") label = labels_("board");
  if (part.kind == "contents") label = labels_("contents");
  if (part.kind == "contributors") label = labels_("contributors");
  if (part.kind == "abstracts") label = labels_("abstracts");
  return label.empty() ? issue_.journal.title : label;
}

// {journal}, {issue} and {part} replaced by their values; {folio} and other text kept as they are.
std::string fill_fields(const std::string& text, const std::string& journal,
                        const std::string& issue, const std::string& part) {
  const std::pair<const char*, const std::string*> fields[] = {
      {"{journal}", &journal}, {"{issue}", &issue}, {"{part}", &part}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [name, value] : fields) {
      if (text.compare(i, std::char_traits<char>::length(name), name) == 0) {
        out += *value;
        i += std::char_traits<char>::length(name);
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

PartMaster Composer::part_master(const PageMaster& master, const std::string& title) const {
  PartMaster out{&master, {}};
  const std::string designation = issue_designation();
  for (bool header : {true, false}) {
    for (const RunningLine& line : header ? master.headers : master.footers) {
      auto style = style_.paragraphs.find(line.style);
      if (style == style_.paragraphs.end()) continue;  // the stylesheet reader has said so
      out.running_lines.push_back({line.text,
                                   fill_fields(line.text, issue_.journal.title, designation, title),
                                   &style->second, header, line.offset, line.placement, line.pos});
    }
  }
  return out;
}

void Composer::compose_part(const PartStyle& part, ComposedIssue& out) {
  auto master = style_.masters.find(part.master);
  if (master == style_.masters.end()) {
    diags_.error(part.pos,
                 "part '" + part.kind + "' uses undefined page master '" + part.master + "'");
    return;
  }
  part_ = &part;
  // A part's lines are set once, so every master it uses must give them the same width; a
  // verso master must also give its pages the same height, which page breaking assumes.
  auto alternative = [&](const std::string& name, const char* what, bool same_height) {
    auto found = style_.masters.find(name);
    if (found == style_.masters.end()) return &master->second;
    const PageMaster& m = found->second;
    const PageMaster& main = master->second;
    auto measure = [](const PageMaster& p) { return p.width - p.margin_inside - p.margin_outside; };
    auto height = [](const PageMaster& p) { return p.height - p.margin_top - p.margin_bottom; };
    if (abs(measure(m) - measure(main)) > Pt(0.01) || m.columns != main.columns ||
        abs(m.column_gap - main.column_gap) > Pt(0.01) ||
        (same_height && abs(height(m) - height(main)) > Pt(0.01))) {
      diags_.error(part.pos, "part '" + part.kind + "': its " + what + " '" + name +
                                 "' must have the text block and columns of its master '" +
                                 part.master + "'");
    }
    return &m;
  };
  const PageMaster* opening = alternative(part.first_master, "first-master", false);
  const PageMaster* verso = alternative(part.verso_master, "verso-master", true);
  const std::string title = part_title(part);
  ComposedPart& composed = out.parts.emplace_back();
  composed.kind = part.kind;
  composed.pos = part.pos;
  composed.title = title;
  composed.body = part_master(master->second, title);
  composed.opening = part_master(*opening, title);
  composed.verso = part_master(*verso, title);
  composed.recto = part.recto;
  composed.heads_on_opening_page = part.heads_on_first_page;
  composed.balance_columns = option("balance-columns", "false") == "true";
  composed.folios = style_.folios;
  out_ = &composed;
  if (part.kind == "cover") {
    cover();
  } else if (part.kind == "masthead") {
    masthead();
  } else if (part.kind == "contents") {
    contents();
    composed.shows_folios = !option("list-parts", "").empty();
  } else if (part.kind == "contributors") {
    contributors();
  } else if (part.kind == "abstracts") {
    abstracts();
  } else {
    diags_.error(part.pos, "unknown part kind '" + part.kind + "'");
  }
}

// `index` counts the parts run() composes, so those left out are skipped.
std::optional<ComposedPart> Composer::part(std::size_t index) {
  const int errors_before = diags_.error_count();
  ComposedIssue out;
  std::size_t at = 0;
  for (; at < style_.parts.size(); ++at) {
    if (left_out_.contains(style_.parts[at].kind)) continue;
    if (index == 0) break;
    --index;
  }
  compose_part(style_.parts.at(at), out);
  if (diags_.error_count() > errors_before || out.parts.empty()) return std::nullopt;
  return std::move(out.parts.front());
}

void Composer::begin(ComposedIssue& out) {
  // The designation of running heads and the PDF's info is the contents page's.
  const std::string designation_text = issue_designation();
  out.title = issue_.journal.title;
  if (!designation_text.empty()) out.title += (out.title.empty() ? "" : ", ") + designation_text;
  // The PDF's subject, for a printer's job list: journal, volume, number and date.
  out.subject = out.title;
  for (const HyphenationException& e : issue_.hyphenation)
    out.hyphenation.push_back({e.lang, e.word});
  if (style_.parts.empty()) {
    diags_.error({style_.source, 0, 0}, "the stylesheet has no <part>: it would print nothing");
  }
  if (!labels_.knows_language()) {
    diags_.warning({issue_.source, 0, 0},
                   "folio has no built-in words for the issue's language '" + issue_.lang +
                       "': headings, bylines and the designation use English ones unless the "
                       "issue's <labels> give them");
  }
}

// False when every part has been looked at. A part that cannot be composed is reported and
// leaves `part` empty.
bool Composer::next(std::optional<ComposedPart>& part) {
  part.reset();
  for (; next_part_ < style_.parts.size(); ++next_part_) {
    const PartStyle& p = style_.parts[next_part_];
    if (!left_out_.contains(p.kind)) break;
    diags_.warning(p.pos, "part '" + p.kind + "' is left out, and out of the contents: " +
                              nothing_to_print(issue_, p));
  }
  if (next_part_ == style_.parts.size()) return false;
  ComposedIssue out;
  compose_part(style_.parts[next_part_++], out);
  if (!out.parts.empty()) part = std::move(out.parts.front());
  return true;
}

void Composer::end() {
  note_unprinted_translations(issue_, translated_titles_printed_, translated_abstracts_printed_,
                              diags_);
}

std::optional<ComposedIssue> Composer::run() {
  const int errors_before = diags_.error_count();
  ComposedIssue out;
  begin(out);
  std::optional<ComposedPart> part;
  while (next(part)) {
    if (part) out.parts.push_back(std::move(*part));
  }
  if (diags_.error_count() > errors_before) return std::nullopt;
  end();
  return out;
}

}  // namespace

std::optional<ComposedIssue> compose(const Issue& issue, const Style& style,
                                     const PartFolios& folios, Diagnostics& diags) {
  return Composer(issue, style, folios, diags).run();
}

std::optional<ComposedPart> compose_part(const Issue& issue, const Style& style, std::size_t index,
                                         const PartFolios& folios, Diagnostics& diags) {
  return Composer(issue, style, folios, diags).part(index);
}

struct IssueComposer::State {
  State(const Issue& issue, const Style& style, const PartFolios& given, Diagnostics& diags)
      : folios(given), composer(issue, style, folios, diags) {}
  PartFolios folios;  // a copy: the composer holds on to them from part to part
  Composer composer;
};

IssueComposer::IssueComposer(const Issue& issue, const Style& style, const PartFolios& folios,
                             Diagnostics& diags)
    : state_(std::make_unique<State>(issue, style, folios, diags)),
      diags_(diags),
      errors_before_(diags.error_count()) {
  state_->composer.begin(header_);
}

IssueComposer::~IssueComposer() = default;

bool IssueComposer::next(std::optional<ComposedPart>& part) {
  if (!state_->composer.next(part)) return false;
  if (diags_.error_count() > errors_before_) part.reset();
  return true;
}

bool IssueComposer::finish() {
  if (diags_.error_count() > errors_before_) return false;
  state_->composer.end();
  return true;
}

}  // namespace folio
