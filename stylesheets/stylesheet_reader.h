#pragma once
// Reads a stylesheet file (docs/stylesheet-format.md) into a resolved Style.

#include "base/diagnostics.h"
#include "stylesheets/style.h"

#include <optional>
#include <string>
#include <string_view>

namespace folio {

std::optional<Style> read_stylesheet_file(const std::string& path, Diagnostics& diags);
std::optional<Style> read_stylesheet_xml(std::string_view xml, const std::string& name,
                                         Diagnostics& diags);

}  // namespace folio
