#include "xml/tree_limits.h"

#include "base/limits.h"
#include "xml/source_file.h"
#include "xml/xml_source.h"

#include <cstring>

namespace folio {
namespace {

bool check_attributes(const XmlSource& source, pugi::xml_node n, Diagnostics& diags) {
  bool ok = true;
  for (pugi::xml_attribute a : n.attributes()) {
    const std::size_t size = std::strlen(a.value());
    if (size <= limits::kMaxAttributeBytes) continue;
    diags.error(source.pos(a, n), "attribute '" + std::string(a.name()) + "' of " + tag(n.name()) +
                                      " is " + std::to_string(size) +
                                      " bytes long, more than the limit of " +
                                      describe_size(limits::kMaxAttributeBytes));
    ok = false;
  }
  return ok;
}

}  // namespace

bool check_tree_limits(const XmlSource& source, pugi::xml_node document, Diagnostics& diags) {
  bool ok = true;
  // Depth first, in document order, with the depth counted on the way down and up.
  int depth = 0;  // elements from the document to `n`, `n` included
  pugi::xml_node n = document.first_child();
  if (n) depth = 1;
  while (n) {
    if (n.type() == pugi::node_element) {
      if (depth > limits::kMaxElementDepth) {
        diags.error(source.pos(n), "elements nested more than " +
                                       std::to_string(limits::kMaxElementDepth) + " deep (here " +
                                       tag(n.name()) + ")");
        return false;
      }
      ok = check_attributes(source, n, diags) && ok;
      if (pugi::xml_node first = n.first_child()) {
        n = first;
        ++depth;
        continue;
      }
    }
    while (n && !n.next_sibling()) {
      n = n.parent();
      --depth;
    }
    if (n) n = n.next_sibling();
  }
  return ok;
}

}  // namespace folio
