#pragma once
// The limits every parsed XML file is held to before a reader walks it: elements nested at most
// limits::kMaxElementDepth deep, so that the readers' recursive walks over inline markup cannot
// exhaust the stack, and attribute values of at most limits::kMaxAttributeBytes. Checked once
// here, for every reader, by one walk that is itself iterative.

#include "base/diagnostics.h"

#include <pugixml.hpp>

namespace folio {

class XmlSource;

// Reports the first element past the depth limit, and every attribute past the size limit;
// returns false when there was any.
bool check_tree_limits(const XmlSource& source, pugi::xml_node document, Diagnostics& diags);

}  // namespace folio
