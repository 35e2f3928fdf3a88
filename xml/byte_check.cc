#include "xml/byte_check.h"

#include "base/utf8.h"

#include <charconv>
#include <cstdio>
#include <optional>

namespace folio {
namespace {

// XML 1.0's Char production: tab, newline, carriage return, and everything from U+0020 except
// surrogates, U+FFFE and U+FFFF.
bool is_xml_char(char32_t c) {
  if (c == 0x9 || c == 0xA || c == 0xD) return true;
  if (c < 0x20) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  return c != 0xFFFE && c != 0xFFFF && c <= 0x10FFFF;
}

std::string hex_byte(unsigned char b) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%02X", b);
  return text;
}

std::string ascii_lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The encoding the XML declaration names, and where its value starts; nothing without one.
struct Declared {
  std::string name;
  std::size_t offset = 0;
};
std::optional<Declared> declared_encoding(std::string_view text) {
  const std::size_t skipped = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  text.remove_prefix(skipped);
  if (!text.starts_with("<?xml")) return std::nullopt;
  const std::string_view decl = text.substr(0, text.find("?>"));
  const std::size_t key = decl.find("encoding");
  if (key == std::string_view::npos) return std::nullopt;
  std::size_t i = decl.find_first_of("\"'", key);
  if (i == std::string_view::npos) return std::nullopt;
  const std::size_t end = decl.find(decl[i], i + 1);
  if (end == std::string_view::npos) return std::nullopt;
  return Declared{std::string(decl.substr(i + 1, end - i - 1)), skipped + i + 1};
}

// The code point a reference such as "&#233;" or "&#xE9;" at text[amp] names, and its length;
// nothing when the text there is no well-formed reference (pugixml reports those).
std::optional<std::pair<char32_t, std::size_t>> character_reference(std::string_view text,
                                                                    std::size_t amp) {
  std::size_t i = amp + 2;
  int base = 10;
  if (i < text.size() && text[i] == 'x') {
    base = 16;
    ++i;
  }
  const std::size_t end = text.find(';', i);
  if (end == std::string_view::npos || end == i || end - i > 12) return std::nullopt;
  std::uint64_t value = 0;
  auto [stop, ec] = std::from_chars(text.data() + i, text.data() + end, value, base);
  if (stop != text.data() + end) return std::nullopt;
  if (ec != std::errc() || value > 0x10FFFF) value = 0x110000;  // too large: not a character
  return std::pair(static_cast<char32_t>(value), end + 1 - amp);
}

}  // namespace

bool check_xml_bytes(std::string_view text, const LineMap& map, Diagnostics& diags) {
  auto at = [&](std::size_t offset) { return map.at(static_cast<std::ptrdiff_t>(offset)); };
  bool ascii = true;
  for (char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (std::optional<Declared> d = declared_encoding(text)) {
    const std::string name = ascii_lowercase(d->name);
    // ASCII reads the same in every encoding a declaration could name.
    if (name != "utf-8" && name != "utf8" && name != "us-ascii" && name != "ascii" && !ascii) {
      diags.error(at(d->offset), "the file declares encoding '" + d->name +
                                     "', but folio reads only UTF-8: convert it (iconv -f " +
                                     d->name + " -t UTF-8) and declare encoding=\"UTF-8\"");
      return false;
    }
  }
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::next(text, i);
    if (c == 0xFFFD && text.substr(start, 3) != kReplacement) {
      diags.error(at(start), "invalid UTF-8 byte " +
                                 hex_byte(static_cast<unsigned char>(text[start])) +
                                 ": the file must be saved as UTF-8");
      return false;
    }
    if (!is_xml_char(c)) {
      diags.error(at(start), (c == 0 ? std::string("NUL byte")
                                     : "control character " + utf8::codepoint_name(c)) +
                                 " in the file: XML allows no such character");
      return false;
    }
    if (c == '&' && i < text.size() && text[i] == '#') {
      if (auto ref = character_reference(text, start); ref && !is_xml_char(ref->first)) {
        diags.error(at(start), "character reference '" +
                                   std::string(text.substr(start, ref->second)) +
                                   "' names a character XML does not allow");
        return false;
      }
    }
  }
  return true;
}

}  // namespace folio
