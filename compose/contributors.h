#pragma once
// The contributors of an issue: every author of its articles, once, sorted by family name.

#include "input/issue.h"

#include <vector>

namespace folio {

// Sorted by sort key (the name's own, else family then given name) in the collation of the
// issue's language, through ICU; authors with equal keys keep the order they first appear in.
std::vector<const Person*> contributors_of(const Issue& issue);

}  // namespace folio
