#include "input/issue_reader.h"

#include "base/ascii.h"
#include "base/hyphenation_word.h"
#include "base/limits.h"
#include "base/suggest.h"
#include "base/utf8.h"
#include "input/issue_meta.h"
#include "input/text_spans.h"
#include "xml/xml_source.h"

#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace folio {
namespace {

// pugixml drops text nodes made only of whitespace unless asked to keep them, and the space in
// "<i>a</i> <b>b</b>" is such a node. Structural elements get these nodes too; they are skipped.
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata;

using Names = std::initializer_list<std::string_view>;

// Every element of the format. One that exists elsewhere is "not allowed" where it is found; any
// other is "unknown", most likely misspelt.
constexpr std::string_view kElements[] = {"issue",       "journal",
                                          "title",       "abbreviation",
                                          "issn",        "publisher",
                                          "sponsor",     "imprint",
                                          "line",        "issue-meta",
                                          "designation", "labels",
                                          "label",       "people",
                                          "person",      "name",
                                          "given",       "family",
                                          "affiliation", "bio",
                                          "board",       "member",
                                          "editors",     "role",
                                          "notices",     "notice",
                                          "p",           "cover",
                                          "feature",     "contents",
                                          "section",     "article",
                                          "subtitle",    "short-title",
                                          "author",      "abstract",
                                          "i",           "b",
                                          "sc",          "sup",
                                          "sub",         "span",
                                          "br",          "hyphenation",
                                          "word",        "issue-meta-file"};

constexpr std::string_view kPredefinedEntities[] = {"amp", "lt", "gt", "quot", "apos"};

enum class Presence { optional, required };

bool contains(Names names, std::string_view name) {
  return std::ranges::find(names, name) != names.end();
}

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
bool all_digits(std::string_view s) { return !s.empty() && std::ranges::all_of(s, is_digit); }
bool is_blank(std::string_view s) { return std::ranges::all_of(s, is_xml_space); }

// ids are an ASCII subset of XML names, so that the schema can type them as xsd:ID and styles
// or file names can use them without quoting.
bool is_id(std::string_view s) {
  if (s.empty() || !(is_alpha(s[0]) || s[0] == '_')) return false;
  return std::ranges::all_of(
      s, [](char c) { return is_alnum(c) || c == '-' || c == '_' || c == '.'; });
}

// BCP 47 in its usual shape: subtags of 1 to 8 letters or digits joined by '-', the first letters.
bool is_lang_tag(std::string_view s) {
  bool first = true;
  for (;;) {
    std::size_t dash = s.find('-');
    std::string_view subtag = s.substr(0, dash);
    if (subtag.empty() || subtag.size() > 8) return false;
    if (!std::ranges::all_of(subtag, first ? is_alpha : is_alnum)) return false;
    if (dash == std::string_view::npos) return true;
    s.remove_prefix(dash + 1);
    first = false;
  }
}

// Positive, without sign or leading zero; how large is checked apart (limits::kMaxPageNumber).
bool is_page_number(std::string_view s) { return all_digits(s) && s[0] != '0'; }

bool is_year(std::string_view s) { return s.size() == 4 && all_digits(s); }

// NNNN-NNNC, where the check character C may be X.
bool is_issn(std::string_view s) {
  return s.size() == 9 && all_digits(s.substr(0, 4)) && s[4] == '-' && all_digits(s.substr(5, 3)) &&
         (is_digit(s[8]) || s[8] == 'X');
}

bool is_character_reference(std::string_view name) {
  if (name.starts_with("#x")) {
    auto is_hex = [](char c) {
      return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    return name.size() > 2 && std::ranges::all_of(name.substr(2), is_hex);
  }
  return name.starts_with('#') && all_digits(name.substr(1));
}

bool is_entity_name(std::string_view name) {
  return !name.empty() && is_alpha(name[0]) && std::ranges::all_of(name, [](char c) {
    return is_alnum(c) || c == '-' || c == '_' || c == '.';
  });
}

std::optional<std::uint8_t> inline_flag(std::string_view name) {
  if (name == "i") return kItalic;
  if (name == "b") return kBold;
  if (name == "sc") return kSmallCaps;
  if (name == "sup") return kSuperscript;
  if (name == "sub") return kSubscript;
  return std::nullopt;
}

// "<article id="x">" when the element has an id, to say which of many it is.
std::string describe(pugi::xml_node n) {
  std::string id = n.attribute("id").value();
  if (id.empty()) return tag(n.name());
  return "<" + std::string(n.name()) + " id=\"" + id + "\">";
}

// Stray text quoted in a message, shortened without cutting a UTF-8 sequence.
std::string excerpt(std::string_view text) {
  constexpr std::size_t kMax = 30;
  std::string s = collapse_whitespace(text);
  if (s.size() <= kMax) return s;
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

bool is_text(pugi::xml_node n) {
  return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata;
}

// "; did you mean 'x'?" when one of `names` is near enough to `word` to be what was meant.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& names,
                         bool as_tag = false) {
  const std::string guess = nearest(word, names);
  if (guess.empty()) return {};
  return "; did you mean " + (as_tag ? tag(guess) : "'" + guess + "'") + "?";
}

std::vector<std::string> to_strings(Names names) { return {names.begin(), names.end()}; }

class Reader {
 public:
  Reader(std::string_view xml, const std::string& name) : source_(xml, name) {}

  std::optional<Issue> read();
  std::optional<IssueMetaFile> read_meta_file();
  // Hands the diagnostics over in the order of the file, whatever order they were found in.
  void report_to(Diagnostics& diags) const;

 private:
  struct Ref {
    std::string id;
    SourcePos pos;
    std::string context;  // "<author ref>"
  };
  enum class RefKind { person, feature };

  // Positions and reporting.
  SourcePos pos(pugi::xml_node n) const { return source_.pos(n); }
  SourcePos pos(pugi::xml_attribute a, pugi::xml_node owner) const { return source_.pos(a, owner); }
  SourcePos text_pos(pugi::xml_node text) const { return source_.text_pos(text); }
  void error(SourcePos where, std::string message) {
    found_.error(std::move(where), std::move(message));
  }
  void warning(SourcePos where, std::string message) {
    found_.warning(std::move(where), std::move(message));
  }
  void check_entities(pugi::xml_node text);

  // What every element is checked for: its attributes, its child elements, stray text.
  void check_element(pugi::xml_node n, Names attributes, Names children);
  void check_attributes(pugi::xml_node n, Names allowed);
  void check_children(pugi::xml_node n, Names allowed);
  void report_misplaced(pugi::xml_node child, pugi::xml_node parent, Names allowed = {});
  pugi::xml_node single(pugi::xml_node parent, const char* name, Presence presence);
  std::vector<pugi::xml_node> all(pugi::xml_node parent, const char* name, Presence presence);

  // Values.
  std::string attribute(pugi::xml_node n, const char* name, Presence presence);
  std::string checked_attribute(pugi::xml_node n, const char* name, Presence presence,
                                bool (*valid)(std::string_view), std::string_view what);
  std::optional<int> page_attribute(pugi::xml_node n, const char* name, std::string_view what);
  std::string lang_attribute(pugi::xml_node n, const std::string& inherited);
  std::string read_id(pugi::xml_node n);
  std::string read_ref(pugi::xml_node n, RefKind kind);
  void check_page_range(pugi::xml_node n, std::optional<int> first, std::optional<int> last);
  std::string plain_text(pugi::xml_node n, Names attributes = {});
  std::string child_text(pugi::xml_node parent, const char* name, Presence presence);
  RichText rich_text(pugi::xml_node n, const std::string& lang);
  RichText child_rich_text(pugi::xml_node parent, const char* name, Presence presence,
                           const std::string& lang);
  void collect_spans(pugi::xml_node n, std::uint8_t flags, const std::string& lang,
                     std::vector<TextSpan>& out);
  void collect_inline(pugi::xml_node n, std::uint8_t flags, const std::string& lang,
                      std::vector<TextSpan>& out);

  // The format, one function per element.
  void read_issue(pugi::xml_node n, Issue& issue);
  bool parse_root(const char* expected);
  // In an issue-meta file, what the articles give (journal title, volume, number, year) may be
  // left out: `presence` says whether it is required.
  Journal read_journal(pugi::xml_node n, const std::string& lang, Presence title);
  IssueInfo read_issue_meta(pugi::xml_node n, const std::string& lang, Presence numbers);
  std::map<std::string, std::string> read_labels(pugi::xml_node n);
  std::vector<HyphenationException> read_hyphenation(pugi::xml_node n, const std::string& lang);
  std::vector<Person> read_people(pugi::xml_node n, const std::string& lang);
  Person read_person(pugi::xml_node n, const std::string& lang);
  PersonName read_name(pugi::xml_node n);
  Board read_board(pugi::xml_node n);
  std::vector<EditorRole> read_editors(pugi::xml_node n);
  std::vector<Notice> read_notices(pugi::xml_node n, const std::string& lang);
  std::vector<CoverFeature> read_cover(pugi::xml_node n);
  std::vector<Section> read_contents(pugi::xml_node n, const std::string& lang);
  Section read_section(pugi::xml_node n, const std::string& lang);
  Article read_article(pugi::xml_node n, const std::string& lang);

  // Checks that need the whole file. Page order is input/page_check's business.
  void check_references(const std::vector<Person>& people, const std::vector<Section>& sections,
                        bool warn_unreferenced);

  XmlSource source_;
  Diagnostics found_;
  std::map<std::string, SourcePos> ids_;  // people, sections and articles share one namespace
  std::vector<Ref> person_refs_;
  std::vector<Ref> feature_refs_;
  std::map<std::string, int> hyphenation_langs_;  // lowercase tag -> line of its <hyphenation>
};

bool Reader::parse_root(const char* expected) {
  if (!source_.parse(kParseOptions, found_)) return false;
  pugi::xml_node root = source_.root();
  // pugixml accepts several top-level elements; XML does not.
  for (pugi::xml_node extra = root.next_sibling(); extra; extra = extra.next_sibling()) {
    if (extra.type() == pugi::node_element) {
      error(pos(extra), "second root element " + tag(extra.name()) + " (a file holds one " +
                            tag(expected) + ")");
    }
  }
  if (std::string_view(root.name()) != expected) {
    error(pos(root), "the root element is " + tag(root.name()) + ", expected " + tag(expected));
    return false;
  }
  return true;
}

std::optional<Issue> Reader::read() {
  if (!parse_root("issue")) return std::nullopt;
  Issue issue;
  read_issue(source_.root(), issue);
  check_references(issue.people, issue.sections, true);
  if (found_.has_errors()) return std::nullopt;
  issue.source = source_.name();
  return issue;
}

// The same elements as in an issue file; the parts JATS and Crossref give are optional.
std::optional<IssueMetaFile> Reader::read_meta_file() {
  if (!parse_root("issue-meta-file")) return std::nullopt;
  pugi::xml_node n = source_.root();
  check_element(
      n, {"version", "lang", "stylesheet"},
      {"journal", "issue-meta", "labels", "hyphenation", "people", "board", "editors", "notices"});
  std::string version = attribute(n, "version", Presence::required);
  if (!version.empty() && version != "1") {
    error(pos(n.attribute("version"), n),
          "unsupported format version '" + version + "' (folio reads version 1)");
  }
  IssueMetaFile meta;
  meta.source = source_.name();
  meta.lang = lang_attribute(n, "");
  const std::string lang = meta.lang.empty() ? Issue().lang : meta.lang;
  meta.stylesheet = attribute(n, "stylesheet", Presence::optional);
  meta.stylesheet_pos = pos(n.attribute("stylesheet"), n);
  if (pugi::xml_node j = single(n, "journal", Presence::optional)) {
    meta.journal = read_journal(j, lang, Presence::optional);
    meta.journal_pos = pos(j);
  }
  if (pugi::xml_node m = single(n, "issue-meta", Presence::optional)) {
    meta.info = read_issue_meta(m, lang, Presence::optional);
    meta.info_pos = pos(m);
  }
  if (pugi::xml_node l = single(n, "labels", Presence::optional)) meta.labels = read_labels(l);
  for (pugi::xml_node h : all(n, "hyphenation", Presence::optional)) {
    std::ranges::move(read_hyphenation(h, lang), std::back_inserter(meta.hyphenation));
  }
  if (pugi::xml_node p = single(n, "people", Presence::optional))
    meta.people = read_people(p, lang);
  if (pugi::xml_node b = single(n, "board", Presence::optional)) meta.board = read_board(b);
  if (pugi::xml_node e = single(n, "editors", Presence::optional)) meta.editors = read_editors(e);
  if (pugi::xml_node x = single(n, "notices", Presence::optional))
    meta.notices = read_notices(x, lang);
  // People here may be there only to give an author a bio: not being referenced is no mistake.
  check_references(meta.people, {}, false);
  if (found_.has_errors()) return std::nullopt;
  return meta;
}

void Reader::report_to(Diagnostics& diags) const {
  std::vector<Diagnostic> sorted = found_.all();
  std::ranges::stable_sort(sorted, {},
                           [](const Diagnostic& d) { return std::pair(d.pos.line, d.pos.column); });
  for (Diagnostic& d : sorted) diags.add(std::move(d));
}

// pugixml keeps an undefined entity such as "&nbsp;" as literal text, where an XML parser must
// stop; it would be printed as it is, so it is reported as the error it is.
void Reader::check_entities(pugi::xml_node text) {
  std::ptrdiff_t start = text.offset_debug();
  if (text.type() != pugi::node_pcdata || start < 0) return;
  std::string_view raw = source_.text().substr(static_cast<std::size_t>(start));
  raw = raw.substr(0, raw.find('<'));
  for (std::size_t amp = raw.find('&'); amp != std::string_view::npos;
       amp = raw.find('&', amp + 1)) {
    std::string_view rest = raw.substr(amp + 1);
    std::size_t semicolon = rest.find(';');
    std::string_view name = rest.substr(0, semicolon);
    SourcePos at = source_.at(start + static_cast<std::ptrdiff_t>(amp));
    if (semicolon == std::string_view::npos ||
        !(is_entity_name(name) || is_character_reference(name))) {
      error(at, "bare '&' in text: write it as '&amp;'");
    } else if (is_entity_name(name) &&
               std::ranges::find(kPredefinedEntities, name) == std::end(kPredefinedEntities)) {
      error(at,
            "undefined entity '&" + std::string(name) +
                ";': XML predefines only &amp; &lt; &gt; &quot; &apos;, type the character itself");
    }
  }
}

void Reader::check_element(pugi::xml_node n, Names attributes, Names children) {
  check_attributes(n, attributes);
  check_children(n, children);
}

void Reader::check_attributes(pugi::xml_node n, Names allowed) {
  for (pugi::xml_attribute a : n.attributes()) {
    std::string name = a.name();
    if (!contains(allowed, name)) {
      error(pos(a, n), "unknown attribute '" + name + "' on " + tag(n.name()) +
                           did_you_mean(name, to_strings(allowed)));
    } else if (a != n.attribute(name.c_str())) {  // pugixml keeps repeated attributes
      error(pos(a, n), "duplicate attribute '" + name + "' on " + tag(n.name()));
    }
  }
}

void Reader::check_children(pugi::xml_node n, Names allowed) {
  for (pugi::xml_node child : n.children()) {
    if (child.type() == pugi::node_element) {
      if (!contains(allowed, child.name())) report_misplaced(child, n, allowed);
    } else if (is_text(child) && !is_blank(child.value())) {
      error(text_pos(child),
            "unexpected text '" + excerpt(child.value()) + "' in " + tag(n.name()));
    }
  }
}

void Reader::report_misplaced(pugi::xml_node child, pugi::xml_node parent, Names allowed) {
  bool known = std::ranges::find(kElements, std::string_view(child.name())) != std::end(kElements);
  // A misspelling is most likely of what may stand here.
  std::string hint = known ? "" : did_you_mean(child.name(), to_strings(allowed), true);
  error(pos(child), (known ? "element " + tag(child.name()) + " is not allowed in "
                           : "unknown element " + tag(child.name()) + " in ") +
                        tag(parent.name()) + hint);
}

// The child called `name`, which may appear once; a repetition or a required absence is reported.
pugi::xml_node Reader::single(pugi::xml_node parent, const char* name, Presence presence) {
  pugi::xml_node first = parent.child(name);
  if (!first && presence == Presence::required) {
    error(pos(parent), tag(parent.name()) + " is missing " + tag(name));
  }
  for (pugi::xml_node again = first.next_sibling(name); again; again = again.next_sibling(name)) {
    error(pos(again), "duplicate " + tag(name) + " in " + tag(parent.name()));
  }
  return first;
}

std::vector<pugi::xml_node> Reader::all(pugi::xml_node parent, const char* name,
                                        Presence presence) {
  std::vector<pugi::xml_node> nodes;
  for (pugi::xml_node n : parent.children(name)) nodes.push_back(n);
  if (nodes.empty() && presence == Presence::required) {
    error(pos(parent), tag(parent.name()) + " is missing " + tag(name));
  }
  return nodes;
}

// An attribute's value with whitespace collapsed, as XML Schema's token types have it; empty when
// the attribute is absent (reported when required) or empty (always reported).
std::string Reader::attribute(pugi::xml_node n, const char* name, Presence presence) {
  pugi::xml_attribute a = n.attribute(name);
  if (!a) {
    if (presence == Presence::required) {
      error(pos(n), tag(n.name()) + " is missing required attribute '" + name + "'");
    }
    return {};
  }
  std::string value = collapse_whitespace(a.value());
  if (value.empty()) {
    error(pos(a, n), "empty attribute '" + std::string(name) + "' on " + tag(n.name()));
  }
  return value;
}

// An attribute whose value must have a given shape; empty when absent or malformed.
std::string Reader::checked_attribute(pugi::xml_node n, const char* name, Presence presence,
                                      bool (*valid)(std::string_view), std::string_view what) {
  std::string value = attribute(n, name, presence);
  if (value.empty() || valid(value)) return value;
  error(pos(n.attribute(name), n), "malformed " + std::string(what) + " '" + value +
                                       "' in attribute '" + name + "' of " + tag(n.name()));
  return {};
}

std::optional<int> Reader::page_attribute(pugi::xml_node n, const char* name,
                                          std::string_view what) {
  std::string value = checked_attribute(n, name, Presence::optional, is_page_number, what);
  if (value.empty()) return std::nullopt;
  std::uint64_t page = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), page);
  if (ec != std::errc() || page > limits::kMaxPageNumber) {
    error(pos(n.attribute(name), n), std::string(what) + " " + value + " in attribute '" + name +
                                         "' of " + tag(n.name()) + " is larger than " +
                                         std::to_string(limits::kMaxPageNumber) +
                                         ", the largest folio takes");
    return std::nullopt;
  }
  return static_cast<int>(page);
}

std::string Reader::lang_attribute(pugi::xml_node n, const std::string& inherited) {
  std::string lang = checked_attribute(n, "lang", Presence::optional, is_lang_tag, "language tag");
  return lang.empty() ? inherited : lang;
}

std::string Reader::read_id(pugi::xml_node n) {
  std::string id = checked_attribute(n, "id", Presence::required, is_id, "id");
  if (id.empty()) return id;
  SourcePos here = pos(n.attribute("id"), n);
  auto [first, inserted] = ids_.emplace(id, here);
  if (!inserted) {
    error(here, "duplicate id '" + id + "' (first defined at line " +
                    std::to_string(first->second.line) + ")");
  }
  return id;
}

// References are resolved once the whole file is read: a cover may name a section defined later.
std::string Reader::read_ref(pugi::xml_node n, RefKind kind) {
  std::string id = attribute(n, "ref", Presence::required);
  if (id.empty()) return id;
  Ref ref{id, pos(n.attribute("ref"), n), "<" + std::string(n.name()) + " ref>"};
  (kind == RefKind::person ? person_refs_ : feature_refs_).push_back(std::move(ref));
  return id;
}

void Reader::check_page_range(pugi::xml_node n, std::optional<int> first, std::optional<int> last) {
  if (first && last && *last < *first) {
    error(pos(n.attribute("last-page"), n), "last page " + std::to_string(*last) +
                                                " comes before first page " +
                                                std::to_string(*first) + " in " + describe(n));
  }
}

// An element holding plain text: no markup, whitespace collapsed, never empty.
std::string Reader::plain_text(pugi::xml_node n, Names attributes) {
  check_attributes(n, attributes);
  std::string raw;
  for (pugi::xml_node child : n.children()) {
    if (child.type() == pugi::node_element) report_misplaced(child, n);
    if (!is_text(child)) continue;
    check_entities(child);
    raw += child.value();
  }
  std::string text = collapse_whitespace(raw);
  if (text.empty()) error(pos(n), "empty " + tag(n.name()) + " in " + tag(n.parent().name()));
  return text;
}

std::string Reader::child_text(pugi::xml_node parent, const char* name, Presence presence) {
  pugi::xml_node n = single(parent, name, presence);
  return n ? plain_text(n) : std::string();
}

RichText Reader::rich_text(pugi::xml_node n, const std::string& lang) {
  check_attributes(n, {});
  std::vector<TextSpan> raw;
  collect_spans(n, 0, lang, raw);
  RichText text = normalize_spans(std::move(raw));
  if (text.empty()) error(pos(n), "empty " + tag(n.name()) + " in " + tag(n.parent().name()));
  return text;
}

RichText Reader::child_rich_text(pugi::xml_node parent, const char* name, Presence presence,
                                 const std::string& lang) {
  pugi::xml_node n = single(parent, name, presence);
  return n ? rich_text(n, lang) : RichText();
}

// The spans of an element with inline markup, whitespace as in the source.
void Reader::collect_spans(pugi::xml_node n, std::uint8_t flags, const std::string& lang,
                           std::vector<TextSpan>& out) {
  for (pugi::xml_node child : n.children()) {
    if (child.type() == pugi::node_element) {
      collect_inline(child, flags, lang, out);
    } else if (is_text(child)) {
      check_entities(child);
      out.push_back({child.value(), flags, lang, false, text_pos(child)});
    }
  }
}

void Reader::collect_inline(pugi::xml_node n, std::uint8_t flags, const std::string& lang,
                            std::vector<TextSpan>& out) {
  std::string_view name = n.name();
  if (name == "br") {
    check_element(n, {}, {});
    out.push_back({"", flags, lang, true, pos(n)});
  } else if (name == "span") {
    check_attributes(n, {"lang"});
    std::string span_lang =
        checked_attribute(n, "lang", Presence::required, is_lang_tag, "language tag");
    collect_spans(n, flags, span_lang.empty() ? lang : span_lang, out);
  } else if (std::optional<std::uint8_t> flag = inline_flag(name)) {
    check_attributes(n, {});
    collect_spans(n, static_cast<std::uint8_t>(flags | *flag), lang, out);
  } else {
    report_misplaced(n, n.parent());
  }
}

void Reader::read_issue(pugi::xml_node n, Issue& issue) {
  check_element(n, {"version", "lang", "stylesheet"},
                {"journal", "issue-meta", "labels", "hyphenation", "people", "board", "editors",
                 "notices", "cover", "contents"});
  std::string version = attribute(n, "version", Presence::required);
  if (!version.empty() && version != "1") {
    error(pos(n.attribute("version"), n),
          "unsupported format version '" + version + "' (folio reads version 1)");
  }
  issue.lang = lang_attribute(n, issue.lang);
  issue.stylesheet = attribute(n, "stylesheet", Presence::optional);
  issue.stylesheet_pos = pos(n.attribute("stylesheet"), n);
  if (pugi::xml_node j = single(n, "journal", Presence::required))
    issue.journal = read_journal(j, issue.lang, Presence::required);
  if (pugi::xml_node m = single(n, "issue-meta", Presence::required))
    issue.info = read_issue_meta(m, issue.lang, Presence::required);
  if (pugi::xml_node l = single(n, "labels", Presence::optional)) issue.labels = read_labels(l);
  for (pugi::xml_node h : all(n, "hyphenation", Presence::optional)) {
    std::ranges::move(read_hyphenation(h, issue.lang), std::back_inserter(issue.hyphenation));
  }
  if (pugi::xml_node p = single(n, "people", Presence::required))
    issue.people = read_people(p, issue.lang);
  if (pugi::xml_node b = single(n, "board", Presence::optional)) issue.board = read_board(b);
  if (pugi::xml_node e = single(n, "editors", Presence::optional)) issue.editors = read_editors(e);
  if (pugi::xml_node x = single(n, "notices", Presence::optional))
    issue.notices = read_notices(x, issue.lang);
  if (pugi::xml_node c = single(n, "cover", Presence::optional)) issue.cover = read_cover(c);
  if (pugi::xml_node c = single(n, "contents", Presence::required))
    issue.sections = read_contents(c, issue.lang);
}

Journal Reader::read_journal(pugi::xml_node n, const std::string& lang, Presence title) {
  check_element(n, {}, {"title", "abbreviation", "issn", "publisher", "sponsor", "imprint"});
  Journal journal;
  journal.title = child_text(n, "title", title);
  journal.abbreviation = child_text(n, "abbreviation", Presence::optional);
  journal.issn = child_text(n, "issn", Presence::optional);
  if (!journal.issn.empty() && !is_issn(journal.issn)) {
    error(pos(n.child("issn")),
          "malformed ISSN '" + journal.issn + "' in <issn> (expected NNNN-NNNC)");
  }
  journal.publisher = child_text(n, "publisher", Presence::optional);
  journal.sponsor = child_text(n, "sponsor", Presence::optional);
  if (pugi::xml_node imprint = single(n, "imprint", Presence::optional)) {
    check_element(imprint, {}, {"line"});
    for (pugi::xml_node line : all(imprint, "line", Presence::required)) {
      journal.imprint.push_back(rich_text(line, lang));
    }
  }
  return journal;
}

IssueInfo Reader::read_issue_meta(pugi::xml_node n, const std::string& lang, Presence numbers) {
  check_element(n, {"volume", "number", "season", "year", "first-page", "last-page"},
                {"designation"});
  IssueInfo info;
  info.volume = attribute(n, "volume", numbers);
  info.number = attribute(n, "number", numbers);
  info.season = attribute(n, "season", Presence::optional);
  info.year = checked_attribute(n, "year", numbers, is_year, "year");
  info.first_page = page_attribute(n, "first-page", "page number");
  info.last_page = page_attribute(n, "last-page", "page number");
  check_page_range(n, info.first_page, info.last_page);
  info.designation = child_rich_text(n, "designation", Presence::optional, lang);
  return info;
}

std::map<std::string, std::string> Reader::read_labels(pugi::xml_node n) {
  check_element(n, {}, {"label"});
  std::map<std::string, std::string> labels;
  std::map<std::string, int> first_line;
  for (pugi::xml_node label : all(n, "label", Presence::required)) {
    std::string text = plain_text(label, {"key"});
    std::string key = checked_attribute(label, "key", Presence::required, is_id, "label key");
    if (key.empty()) continue;
    SourcePos here = pos(label.attribute("key"), label);
    auto [first, inserted] = first_line.emplace(key, here.line);
    if (!inserted) {
      error(here, "duplicate label '" + key + "' (first defined at line " +
                      std::to_string(first->second) + ")");
    }
    labels.emplace(key, text);
  }
  return labels;
}

// One language's exceptions; a second <hyphenation> for the same language is most likely a
// copy that was meant for another.
std::vector<HyphenationException> Reader::read_hyphenation(pugi::xml_node n,
                                                           const std::string& lang) {
  check_element(n, {"lang"}, {"word"});
  std::string word_lang = lang_attribute(n, lang);
  auto [first, inserted] = hyphenation_langs_.emplace(ascii_lowercase(word_lang), pos(n).line);
  if (!inserted) {
    error(pos(n), "duplicate <hyphenation> for language '" + word_lang +
                      "' (first defined at line " + std::to_string(first->second) + ")");
  }
  std::vector<HyphenationException> words;
  for (pugi::xml_node w : all(n, "word", Presence::required)) {
    std::string word = plain_text(w);
    if (word.empty()) continue;  // reported by plain_text()
    if (std::optional<std::string> problem = hyphenation_word_problem(word)) {
      error(pos(w), "malformed hyphenation '" + word + "' in <word>: " + *problem);
      continue;
    }
    words.push_back({word_lang, word, pos(w)});
  }
  return words;
}

std::vector<Person> Reader::read_people(pugi::xml_node n, const std::string& lang) {
  check_element(n, {}, {"person"});
  std::vector<Person> people;
  for (pugi::xml_node p : all(n, "person", Presence::required))
    people.push_back(read_person(p, lang));
  return people;
}

Person Reader::read_person(pugi::xml_node n, const std::string& lang) {
  check_element(n, {"id"}, {"name", "affiliation", "bio"});
  Person person;
  person.pos = pos(n);
  person.id = read_id(n);
  if (pugi::xml_node name = single(n, "name", Presence::required)) person.name = read_name(name);
  person.affiliation = child_text(n, "affiliation", Presence::optional);
  person.bio = child_rich_text(n, "bio", Presence::optional, lang);
  return person;
}

PersonName Reader::read_name(pugi::xml_node n) {
  check_element(n, {}, {"given", "family"});
  PersonName name;
  name.given = child_text(n, "given", Presence::optional);
  if (pugi::xml_node family = single(n, "family", Presence::required)) {
    name.family = plain_text(family, {"sort-key"});
    name.sort_key = attribute(family, "sort-key", Presence::optional);
  }
  return name;
}

Board Reader::read_board(pugi::xml_node n) {
  check_element(n, {}, {"member"});
  Board board;
  for (pugi::xml_node m : all(n, "member", Presence::required)) {
    check_element(m, {"ref", "role"}, {});
    board.members.push_back(
        {read_ref(m, RefKind::person), attribute(m, "role", Presence::optional), pos(m)});
  }
  return board;
}

std::vector<EditorRole> Reader::read_editors(pugi::xml_node n) {
  check_element(n, {}, {"role"});
  std::vector<EditorRole> editors;
  for (pugi::xml_node r : all(n, "role", Presence::required)) {
    check_element(r, {"title"}, {"member"});
    EditorRole role{attribute(r, "title", Presence::required), {}, pos(r)};
    for (pugi::xml_node m : all(r, "member", Presence::required)) {
      check_element(m, {"ref"}, {});
      role.person_ids.push_back(read_ref(m, RefKind::person));
    }
    editors.push_back(std::move(role));
  }
  return editors;
}

std::vector<Notice> Reader::read_notices(pugi::xml_node n, const std::string& lang) {
  check_element(n, {}, {"notice"});
  std::vector<Notice> notices;
  for (pugi::xml_node x : all(n, "notice", Presence::required)) {
    check_element(x, {"kind"}, {"title", "p"});
    Notice notice;
    notice.pos = pos(x);
    notice.kind = checked_attribute(x, "kind", Presence::required, is_id, "notice kind");
    notice.title = child_rich_text(x, "title", Presence::optional, lang);
    for (pugi::xml_node p : all(x, "p", Presence::required))
      notice.paragraphs.push_back(rich_text(p, lang));
    notices.push_back(std::move(notice));
  }
  return notices;
}

std::vector<CoverFeature> Reader::read_cover(pugi::xml_node n) {
  check_element(n, {}, {"feature"});
  std::vector<CoverFeature> cover;
  for (pugi::xml_node f : all(n, "feature", Presence::required)) {
    check_element(f, {"ref"}, {});
    cover.push_back({read_ref(f, RefKind::feature), pos(f)});
  }
  return cover;
}

std::vector<Section> Reader::read_contents(pugi::xml_node n, const std::string& lang) {
  check_element(n, {}, {"section"});
  std::vector<Section> sections;
  for (pugi::xml_node s : all(n, "section", Presence::required))
    sections.push_back(read_section(s, lang));
  return sections;
}

Section Reader::read_section(pugi::xml_node n, const std::string& lang) {
  check_element(n, {"id"}, {"title", "article"});
  Section section;
  section.pos = pos(n);
  section.id = read_id(n);
  section.title = child_rich_text(n, "title", Presence::required, lang);
  for (pugi::xml_node a : all(n, "article", Presence::required))
    section.articles.push_back(read_article(a, lang));
  return section;
}

Article Reader::read_article(pugi::xml_node n, const std::string& lang) {
  check_element(n, {"id", "first-page", "last-page", "page-count", "lang"},
                {"title", "subtitle", "short-title", "author", "abstract"});
  Article article;
  article.pos = pos(n);
  article.id = read_id(n);
  article.lang = lang_attribute(n, lang);
  article.first_page = page_attribute(n, "first-page", "page number");
  article.last_page = page_attribute(n, "last-page", "page number");
  article.page_count = page_attribute(n, "page-count", "page count");
  check_page_range(n, article.first_page, article.last_page);
  if (article.first_page && article.last_page && article.page_count &&
      *article.last_page >= *article.first_page &&
      *article.page_count != *article.last_page - *article.first_page + 1) {
    error(pos(n.attribute("page-count"), n),
          "page count " + std::to_string(*article.page_count) + " does not match pages " +
              std::to_string(*article.first_page) + "–" + std::to_string(*article.last_page) +
              " in " + describe(n));
  }
  article.title = child_rich_text(n, "title", Presence::required, article.lang);
  article.subtitle = child_rich_text(n, "subtitle", Presence::optional, article.lang);
  article.short_title = child_rich_text(n, "short-title", Presence::optional, article.lang);
  for (pugi::xml_node author : all(n, "author", Presence::required)) {
    check_element(author, {"ref"}, {});
    article.author_ids.push_back(read_ref(author, RefKind::person));
  }
  if (pugi::xml_node abstract = single(n, "abstract", Presence::optional)) {
    check_element(abstract, {}, {"p"});
    for (pugi::xml_node p : all(abstract, "p", Presence::required)) {
      article.abstract.paragraphs.push_back({{}, rich_text(p, article.lang)});
    }
  }
  return article;
}

void Reader::check_references(const std::vector<Person>& all_people,
                              const std::vector<Section>& sections, bool warn_unreferenced) {
  std::set<std::string> people;
  for (const Person& p : all_people) people.insert(p.id);
  std::set<std::string> features;
  for (const Section& s : sections) {
    features.insert(s.id);
    for (const Article& a : s.articles) features.insert(a.id);
  }
  std::set<std::string> referenced;
  for (const Ref& ref : person_refs_) {
    referenced.insert(ref.id);
    if (!people.contains(ref.id)) {
      error(ref.pos, "unknown person '" + ref.id + "' in " + ref.context +
                         did_you_mean(ref.id, {people.begin(), people.end()}));
    }
  }
  for (const Ref& ref : feature_refs_) {
    if (!features.contains(ref.id)) {
      error(ref.pos, "unknown section or article '" + ref.id + "' in " + ref.context +
                         did_you_mean(ref.id, {features.begin(), features.end()}));
    }
  }
  // Someone listed under <people> but printed nowhere is most likely a forgotten reference.
  if (!warn_unreferenced) return;
  for (const Person& p : all_people) {
    if (!p.id.empty() && !referenced.contains(p.id)) {
      warning(p.pos, "person '" + p.id +
                         "' is never referenced (not on the board, an editor or an author)");
    }
  }
}

}  // namespace

std::optional<Issue> read_issue_file(const std::string& path, Diagnostics& diags) {
  std::optional<std::string> text = read_source_file(path, "issue file", diags);
  if (!text) return std::nullopt;
  return read_issue_xml(*text, path, diags);
}

std::optional<Issue> read_issue_xml(std::string_view xml, const std::string& name,
                                    Diagnostics& diags) {
  Reader reader(xml, name);
  std::optional<Issue> issue = reader.read();
  reader.report_to(diags);
  return issue;
}

std::optional<IssueMetaFile> read_issue_meta_file(const std::string& path, Diagnostics& diags) {
  std::optional<std::string> text = read_source_file(path, "issue-meta file", diags);
  if (!text) return std::nullopt;
  Reader reader(*text, path);
  std::optional<IssueMetaFile> meta = reader.read_meta_file();
  reader.report_to(diags);
  return meta;
}

}  // namespace folio
