#pragma once
// The issue's designation, "Volume 46, Number 3, Summer 1992", built from its fields by a
// pattern when the source gives none as a whole. The pattern is the stylesheet's (the cover's
// and contents' `designation` option), else the issue's `designation` label, else
// kDefaultDesignation.

#include "compose/labels.h"
#include "input/issue.h"

#include <string>

namespace folio {

// Fields: {volume}, {number}, {year}, {season} (the issue's season, else its month's name in
// the issue's language), {month} (the month's name only), {volume-label} and {number-label}
// (the words for them in the issue's language: Volume, Jahrgang...), {journal}, {abbreviation},
// {issn}.
constexpr const char* kDefaultDesignation =
    "{volume-label} {volume}, {number-label} {number}, {season} {year}";

// The pattern filled in. A comma-separated piece of the pattern whose fields are all empty is
// left out with its comma, so that an issue without a number reads "Volume 2, 2017"; a field
// name the pattern misspells is printed as written, braces and all.
std::string designation(const Issue& issue, const Labels& labels, const std::string& pattern);

}  // namespace folio
