#pragma once
// `folio fonts [FAMILY]`: the families fontconfig offers that folio can set, each with its
// faces; with FAMILY, each face with the weight and slant a stylesheet names it by and its file.

#include <iosfwd>
#include <string>

namespace folio {

// 0, or 1 when FAMILY has no face folio can use (with the families whose name is like it).
int run_fonts(const std::string& family, std::ostream& out, std::ostream& err);

}  // namespace folio
