#pragma once
// Whitespace in XML text: every reader (folio's format, JATS, Crossref) turns the runs of XML
// whitespace in its source into single spaces the same way, so that later stages can concatenate
// spans as they are.

#include "input/issue.h"

#include <string>
#include <string_view>
#include <vector>

namespace folio {

bool is_xml_space(char c);

// Runs of XML whitespace become one space; the ends are trimmed.
std::string collapse_whitespace(std::string_view text);

// Collapses whitespace across the spans as if they were one string, trims the ends of the whole
// text and the spaces around line breaks, then drops empty spans and merges alike ones.
RichText normalize_spans(std::vector<TextSpan> raw);

}  // namespace folio
