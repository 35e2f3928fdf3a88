#pragma once
// The contributors of an issue: every author of its articles, once, sorted by family name.

#include <vector>

#include "input/issue.h"

namespace folio {

// Sorted by sort key (the name's own, else family then given name), compared without regard
// to case; authors with equal keys keep the order in which they first appear.
std::vector<const Person*> contributors_of(const Issue& issue);

}  // namespace folio
