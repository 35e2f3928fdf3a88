#pragma once
// Reading XML that folio does not define: JATS articles and Crossref deposits. Elements are
// matched by local name, so a prefix or a default namespace (jats:p, mml:math, Crossref's
// versioned namespaces) changes nothing. Elements folio does not use are read for their text
// rather than refused: these files come from many tools, and their schemas are not folio's to
// enforce.

#include "base/diagnostics.h"
#include "input/issue.h"
#include "xml/xml_source.h"

#include <pugixml.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::foreign {

// Whitespace-only text between inline elements ("<italic>a</italic> <bold>b</bold>") is kept.
// A DOCTYPE is skipped without being followed, so an external DTD is never fetched.
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata;

std::string_view local_name(pugi::xml_node n);
std::string_view local_name(pugi::xml_attribute a);
pugi::xml_node child(pugi::xml_node parent, std::string_view local);
std::vector<pugi::xml_node> children(pugi::xml_node parent, std::string_view local);
// The first element with this local name below `n`, in document order.
pugi::xml_node descendant(pugi::xml_node n, std::string_view local);
// An attribute by local name ("lang" finds xml:lang); empty when absent.
std::string attribute(pugi::xml_node n, std::string_view local);

// All the text below `n`, whitespace collapsed.
std::string text_of(pugi::xml_node n);
std::string child_text(pugi::xml_node parent, std::string_view local);

// A positive page number such as "561"; nothing for "iv", "e12" or "".
std::optional<int> page_number(std::string_view text);

// "123-145", "123–145", "123-4, 150": the first range's ends; "12" is the one page 12. The
// first page is empty when the text does not start with a page number.
struct PageRange {
  std::optional<int> first, last;
  bool cut_short = false;  // "30–": a dash with no last page after it
};
PageRange page_range(std::string_view text);

// 6 for "6" or "06"; 0 for anything that is not a month's number.
int month_number(std::string_view month);

// Named character entities ("&nbsp;", "&eacute;", "&alpha;") are declared by the JATS DTDs,
// which folio never reads, so the parser leaves them as written. The HTML 4 set (Latin-1,
// Greek, punctuation and symbols) is replaced by its characters; any other name is left as
// written and returned in `unknown` (the first one met) so that the caller can warn.
std::string decode_entities(std::string_view text, std::string* unknown = nullptr);

// The warning for a page range cut short ("30–", PageRange::cut_short) of the article titled
// `title`, whose first page is `first`.
std::string cut_short_range_message(const std::string& range, const std::string& title, int first);

// The warning for `entity` (decode_entities' `unknown`), met in the `where` ("title") of the
// article titled `title`.
std::string unknown_entity_message(const std::string& entity, const char* where,
                                   const std::string& title);

struct MarkupText {
  RichText text;
  pugi::xml_node math;         // the first MathML formula met, set as its text: the caller warns
  std::string unknown_entity;  // the first entity folio does not know ("&foo;"), left as written
  pugi::xml_node unknown_entity_at;
};

// Rich text: italic/i, bold/b, sc/scp, sup, sub become inline flags and <break/> a line break;
// MathML becomes its text; footnote and affiliation markers (<xref ref-type="fn">) are dropped;
// any other element gives its text. Named entities are decoded (decode_entities).
MarkupText rich_text(const XmlSource& source, pugi::xml_node n, const std::string& lang);

// The abstract to print among an article's <abstract> elements (JATS <abstract>, Crossref
// <jats:abstract>): the first without abstract-type, preferring one in the article's language;
// else the first whose type is not a digest, teaser, graphical or other secondary abstract.
pugi::xml_node main_abstract(pugi::xml_node parent, const std::string& lang);

// The same article's abstract in other languages: the <abstract> elements (of the same kinds)
// and the JATS <trans-abstract> elements in another language than `main` and `lang`, the first
// one of each language.
std::vector<pugi::xml_node> translated_abstracts(pugi::xml_node parent, pugi::xml_node main,
                                                 const std::string& lang);

// A paragraph of an abstract and the title of the section it opens, if any.
struct AbstractPiece {
  pugi::xml_node heading;  // a <sec>'s <title>; null for a paragraph that opens no section
  pugi::xml_node paragraph;
};

// The paragraphs of an abstract: its <p>, also inside <sec>, the first of each titled section
// with that title; the abstract itself when it has none. The abstract's own <title>
// ("Abstract", "RESUMO") is no section title.
std::vector<AbstractPiece> abstract_pieces(pugi::xml_node abstract);

// The model's abstract from an abstract element: its language (empty when it is
// `article_lang`), its paragraphs with the headings of their sections (abstract_pieces) or their
// own bold run-in headings, colons dropped (input/abstract_text.h). `rich` turns an element into
// rich text in a language, as the reader does (with its warnings); a paragraph for which
// `skip` says true is left out.
// An abstract that gives no language is in `unstated_lang` (the article's, when empty).
Abstract read_abstract(pugi::xml_node abstract, const std::string& article_lang,
                       const std::function<RichText(pugi::xml_node, const std::string&)>& rich,
                       const std::function<bool(pugi::xml_node)>& skip = {},
                       const std::string& unstated_lang = "");

// "pt" for xml:lang="pt", "en" for locale="en_US" (OJS), lower-case language, upper-case
// region: BCP 47 as the rest of folio writes it.
std::string language_tag(std::string_view code);

}  // namespace folio::foreign
