#pragma once
// Text that a source carries as HTML inside its XML: OJS writes abstracts, biographies and
// descriptions escaped ("&lt;p&gt;Focussing on ...&lt;/p&gt;"), so the XML parser hands over
// HTML source. It is read leniently, as browsers do: unclosed tags are closed by the next block,
// unknown tags give their text, and every HTML 4 entity and numeric reference is decoded.

#include "input/issue.h"

#include <string>
#include <string_view>
#include <vector>

namespace folio {

// The paragraphs of an HTML fragment: <p>, <div>, <li>, headings and other blocks each make
// one, as does text outside any block. <em>/<i>, <strong>/<b>, <sup>, <sub> become inline
// flags and <br> a line break. Every span gets `lang` and `pos`. A named entity HTML 4 does not
// have is left as written, and the first one goes to `unknown_entity`, so the caller can warn.
std::vector<RichText> html_paragraphs(std::string_view html, const std::string& lang,
                                      const SourcePos& pos, std::string* unknown_entity = nullptr);

}  // namespace folio
