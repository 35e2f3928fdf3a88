#pragma once
// The issue model: what one journal issue's front matter is made of, independent of where it was
// read from (folio's issue XML, JATS, Crossref) and of how it will look. Values only; the readers
// build it and every later stage reads it.

#include "base/diagnostics.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace folio {

// Inline markup, as a set of flags on a span of text.
enum InlineFlags : std::uint8_t {
  kItalic = 1 << 0,
  kBold = 1 << 1,
  kSmallCaps = 1 << 2,
  kSuperscript = 1 << 3,
  kSubscript = 1 << 4,
};

// A span of text with one combination of inline markup and one language. A span with
// `line_break` set carries no text: it is a forced line break (<br/>).
struct TextSpan {
  std::string text;  // UTF-8, whitespace as in the source (collapsed by the reader, see below)
  std::uint8_t flags = 0;
  std::string lang;  // BCP 47 tag of the span, inherited from the enclosing element
  bool line_break = false;
  SourcePos pos;  // where the span's text starts in the source
};

// Titles and paragraphs. The reader collapses runs of XML whitespace to one space and trims the
// ends of the whole text, so spans can be concatenated as they are.
struct RichText {
  std::vector<TextSpan> spans;
  std::string plain() const;  // the text without markup; a line break becomes a space
  bool empty() const;
};

struct PersonName {
  std::string given;            // "John Gerard"
  std::string family;           // "Ruggie", "van der Berg", "Jönsson"
  std::string sort_key;         // "Jonsson", "Berg van der"; empty: sort by family then given
  std::string display() const;  // "John Gerard Ruggie"
};

struct Person {
  std::string id;
  PersonName name;
  std::string affiliation;
  RichText bio;  // continues the name: "is Professor of ..."
  SourcePos pos;
  std::string orcid;  // "0000-0002-1825-0097"; empty when the source gives none
};

struct Journal {
  std::string title;         // "International Organization"
  std::string abbreviation;  // "IO"
  std::string issn;          // the print one when the source marks it: "0020-8183"
  std::string eissn;         // the electronic one, when the source gives both
  std::string publisher;
  std::string sponsor;
  std::vector<RichText> imprint;  // lines printed under the cover's contents
};

struct IssueInfo {
  std::string volume;
  std::string number;
  std::string season;  // "Summer", as the source writes it; may be empty
  int month = 0;       // 1 to 12 when the source dates the issue by month, else 0
  std::string year;
  std::optional<int> first_page;
  std::optional<int> last_page;
  // "Volume 46, Number 3, Summer 1992" as the source writes it; when empty, the stylesheet's
  // pattern builds one from the fields above.
  RichText designation;
};

// A member of the editorial board, with an optional role shown after the name ("Chairperson").
struct BoardMember {
  std::string person_id;
  std::string role;
  SourcePos pos;
};

struct Board {
  std::vector<BoardMember> members;  // in the order of the source
};

// An editorial role held by one or more people: "Editor", "Review editors".
struct EditorRole {
  std::string title;
  std::vector<std::string> person_ids;
  SourcePos pos;
};

// A notice on the masthead page: submissions, disclaimer, subscriptions, copyright...
struct Notice {
  std::string kind;  // "submissions", "copyright", ...: what the notice is, for styles
  RichText title;    // a run-in heading ("Advertising"); may be empty
  std::vector<RichText> paragraphs;
  SourcePos pos;
};

// A paragraph of an abstract. A structured abstract's sections (Objective, Methods...) give
// their title to their first paragraph, printed as a run-in heading; the reader drops the colon
// some sources write after it ("Background:"), since the stylesheet chooses the punctuation.
struct AbstractParagraph {
  RichText heading;  // empty: a plain paragraph
  RichText text;
};

struct Abstract {
  std::string lang;  // BCP 47; empty: the article's
  std::vector<AbstractParagraph> paragraphs;
  bool empty() const { return paragraphs.empty(); }
};

// An article's title in another language than its own (JATS trans-title-group, a translation
// sub-article, an OJS title in another locale).
struct TranslatedTitle {
  std::string lang;
  RichText title;
  RichText subtitle;
};

struct Article {
  std::string id;
  RichText title;
  RichText subtitle;
  RichText short_title;  // for the cover; empty when the article has none
  std::vector<std::string> author_ids;
  std::optional<int> first_page;
  std::optional<int> last_page;
  std::optional<int> page_count;
  // What identifies an article published without pages ("e1004", Crossref's item_number):
  // printed where the first page would be.
  std::string item_number;
  Abstract abstract;  // in the article's language
  std::vector<TranslatedTitle> translated_titles;
  std::vector<Abstract> translated_abstracts;  // each in its own language
  std::string lang;
  // What kind of text it is, as the source says ("research-article", "editorial",
  // "correction"); empty when it does not say.
  std::string type;
  SourcePos pos;
};

struct Section {
  std::string id;
  RichText title;
  std::vector<Article> articles;
  SourcePos pos;
};

// What the cover features: a section (its authors together, then its title) or an article
// (its authors, then its short title).
struct CoverFeature {
  std::string ref;  // id of a section or an article
  SourcePos pos;
};

// Where one word may be hyphenated, overriding the hyphenation patterns, as TeX's
// \hyphenation: "multi-lat-er-al-ism". A word without hyphens is never hyphenated.
struct HyphenationException {
  std::string lang;  // BCP 47 tag of the <hyphenation> element, else the issue's
  std::string word;  // letters and single hyphens between them, as written
  SourcePos pos;
};

struct Issue {
  std::string source;  // the file it was read from
  std::string lang = "en-US";
  // The stylesheet the issue asks for: a shipped stylesheet's name or a path relative to the
  // issue file; empty when it names none.
  std::string stylesheet;
  SourcePos stylesheet_pos;
  Journal journal;
  IssueInfo info;
  std::vector<Person> people;
  Board board;
  std::vector<EditorRole> editors;
  std::vector<Notice> notices;
  std::vector<CoverFeature> cover;
  std::vector<Section> sections;
  // Words the front matter needs that belong to the issue's language, by key ("board",
  // "contributors", "abstracts", "by"...), as the source gives them; compose falls back on
  // built-in defaults for the issue's language (compose/labels.h).
  std::map<std::string, std::string> labels;
  std::vector<HyphenationException> hyphenation;  // in the order of the file

  const Person* person(const std::string& id) const;
  const Section* section(const std::string& id) const;
  const Article* article(const std::string& id) const;
  std::string label(const std::string& key) const;  // empty when absent
};

}  // namespace folio
