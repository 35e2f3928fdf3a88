#pragma once
// The hyphenation exceptions folio gives for words of journal front matter whose hyphenation
// the patterns it uses get wrong or do not know (bench/hyphenation_patterns.py measured them,
// docs/typography.md). Every issue is set with them, under every stylesheet, below the
// stylesheet's own <hyphenation> and the issue's: any word those give, in the language or in
// the language without its region, replaces folio's (Hyphenator::add_default_exception).

#include "stylesheets/style.h"

#include <vector>

namespace folio {

const std::vector<HyphenationWord>& default_hyphenation();

}  // namespace folio
