#pragma once
// Folios as printed: 5, v, V.

#include "stylesheets/style.h"

#include <string>

namespace folio {

// `number` is 1-based; roman numerals are written for 1..3999, arabic beyond.
std::string format_folio(int number, FolioStyle style);

}  // namespace folio
