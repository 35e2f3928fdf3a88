#pragma once
// The stylesheet folio uses when none is given: stylesheets/io-1992.xml, compiled into the
// program so that `folio build` works from any directory.

#include <string_view>

namespace folio {

std::string_view builtin_stylesheet();
const char* builtin_stylesheet_name();  // for diagnostics: "<built-in io-1992.xml>"

}  // namespace folio
