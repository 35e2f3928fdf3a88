#include "xml/xml_source.h"

#include "base/utf8.h"
#include "xml/byte_check.h"
#include "xml/tree_limits.h"
#include "xml/well_formedness.h"

#include <algorithm>
#include <functional>

namespace folio {
namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string tag(std::string_view name) { return "<" + std::string(name) + ">"; }

XmlSource::XmlSource(std::string_view text, const std::string& name)
    : text_(text), buffer_(text), map_(name, text) {}

bool XmlSource::parse(unsigned options, Diagnostics& diags) {
  if (std::ranges::all_of(text_, is_xml_space)) {
    diags.error(map_.at(0), "the file is empty");
    return false;
  }
  if (!check_xml_bytes(text_, map_, diags)) return false;
  pugi::xml_parse_result parsed = doc_.load_buffer_inplace(
      buffer_.data(), buffer_.size(), options & ~pugi::parse_doctype, pugi::encoding_utf8);
  if (!parsed) {
    std::string message = std::string("malformed XML: ") + parsed.description();
    if (parsed.status == pugi::status_end_element_mismatch ||
        parsed.status == pugi::status_bad_end_element) {
      if (std::string tags = describe_unpaired_tags(text_, map_); !tags.empty())
        message += ": " + tags;
    }
    diags.error(map_.at(parsed.offset), message);
    return false;
  }
  return check_tree_limits(*this, doc_, diags);
}

SourcePos XmlSource::pos(pugi::xml_node n) const {
  std::ptrdiff_t offset = n.offset_debug();
  // pugixml gives an element's offset as that of its name; the tag starts at the '<' before it.
  if (n.type() == pugi::node_element && offset > 0) --offset;
  return map_.at(offset);
}

SourcePos XmlSource::pos(pugi::xml_attribute a, pugi::xml_node owner) const {
  const char* name = a.name();
  std::less<const char*> before;
  if (!before(name, buffer_.data()) && before(name, buffer_.data() + buffer_.size())) {
    return map_.at(name - buffer_.data());
  }
  return pos(owner);
}

SourcePos XmlSource::text_pos(pugi::xml_node text) const {
  std::ptrdiff_t offset = text.offset_debug();
  if (offset < 0) return map_.at(offset);
  auto i = static_cast<std::size_t>(offset);
  while (i < text_.size() && is_xml_space(text_[i])) ++i;
  return map_.at(static_cast<std::ptrdiff_t>(i));
}

}  // namespace folio
