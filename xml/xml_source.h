#pragma once
// An XML file held in memory and parsed in place by pugixml, with every node and attribute
// traceable to its line and column. Shared by the readers of issue files and stylesheets.

#include "base/diagnostics.h"
#include "base/line_map.h"
#include "xml/source_file.h"

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace folio {

class XmlSource {
 public:
  XmlSource(std::string_view text, const std::string& name);

  // Checks the bytes (xml/byte_check.h), parses them, and holds the tree to folio's limits
  // (xml/tree_limits.h); reports the first problem to `diags` and returns false when the file is
  // empty, not well-formed XML, or past a limit. A DOCTYPE is skipped without being read, so no
  // DTD or external entity is ever loaded: `options` must not ask pugixml for parse_doctype.
  bool parse(unsigned options, Diagnostics& diags);

  pugi::xml_node root() const { return doc_.document_element(); }
  const std::string& name() const { return map_.file(); }
  std::string_view text() const { return text_; }  // as read, before parsing
  SourcePos at(std::ptrdiff_t offset) const { return map_.at(offset); }

  SourcePos pos(pugi::xml_node node) const;
  // Where an attribute's name stands, or its element's position when that is unknown.
  SourcePos pos(pugi::xml_attribute attribute, pugi::xml_node owner) const;
  // Where a text node's first non-space character stands.
  SourcePos text_pos(pugi::xml_node text) const;

 private:
  std::string text_;    // the file as read, for positions
  std::string buffer_;  // pugixml parses in place: names and values point into this copy
  LineMap map_;
  pugi::xml_document doc_;
};

// "<name>", for messages.
std::string tag(std::string_view name);

}  // namespace folio
