#include "xml/xml_source.h"

#include "base/utf8.h"
#include "xml/well_formedness.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>

namespace folio {
namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::optional<std::string> read_source_file(const std::string& path, const char* what,
                                            Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({path, 0, 0}, std::string("cannot read the ") + what + ": " + std::strerror(errno));
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string tag(std::string_view name) { return "<" + std::string(name) + ">"; }

XmlSource::XmlSource(std::string_view text, const std::string& name)
    : text_(text), buffer_(text), map_(name, text) {}

bool XmlSource::parse(unsigned options, Diagnostics& diags) {
  // pugixml takes bytes as they come; a file saved as Latin-1 would print as mojibake.
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  for (std::size_t i = 0; i < text_.size();) {
    std::size_t start = i;
    if (utf8::next(text_, i) == 0xFFFD &&
        std::string_view(text_).substr(start, 3) != kReplacement) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text_[start]));
      diags.error(map_.at(static_cast<std::ptrdiff_t>(start)),
                  std::string("invalid UTF-8 byte ") + byte + ": the file must be saved as UTF-8");
      return false;
    }
  }
  if (std::optional<WellFormednessProblem> problem = find_unreadable_text(text_)) {
    diags.error(map_.at(problem->offset), problem->message);
    return false;
  }
  pugi::xml_parse_result parsed =
      doc_.load_buffer_inplace(buffer_.data(), buffer_.size(), options, pugi::encoding_utf8);
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
  return true;
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
