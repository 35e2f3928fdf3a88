#include "xml/byte_check.h"

#include "base/ascii.h"
#include "base/utf8.h"

#include <algorithm>
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

// The encoding the XML declaration names, and where its attribute starts; nothing without one.
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
  return Declared{std::string(decl.substr(i + 1, end - i - 1)), skipped + key};
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
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    diags.error(at(0), "the file is UTF-16: folio reads UTF-8 only; save it as UTF-8");
    return false;
  }
  // A file that says it is in another encoding is refused even when its bytes happen to be
  // ASCII: the next edit of it would not be.
  if (std::optional<Declared> d = declared_encoding(text)) {
    const std::string name = ascii_lowercase(d->name);
    if (name != "utf-8" && name != "utf8" && name != "us-ascii" && name != "ascii") {
      diags.error(at(d->offset), "the file declares encoding '" + d->name +
                                     "': folio reads UTF-8 only; convert it (iconv -f " + d->name +
                                     " -t UTF-8) and declare encoding=\"UTF-8\"");
      return false;
    }
  }
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::size_t literal_until = 0;  // the end of the comment or CDATA section being read
  for (std::size_t i = 0; i < text.size();) {
    // Most bytes are ASCII text that needs no look: past them without decoding.
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0x20 && b < 0x80 && b != '<' && b != '&') {
      ++i;
      continue;
    }
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
    // In comments and CDATA sections "&#1;" is text, not a reference.
    if (c == '<' && start >= literal_until) {
      const std::string_view close = text.compare(start, 4, "<!--") == 0        ? "-->"
                                     : text.compare(start, 9, "<![CDATA[") == 0 ? "]]>"
                                                                                 : "";
      if (!close.empty()) {
        const std::size_t end = text.find(close, start);
        literal_until = end == std::string_view::npos ? text.size() : end + close.size();
      }
    }
    if (c == '&' && start >= literal_until && i < text.size() && text[i] == '#') {
      if (auto ref = character_reference(text, start); ref && !is_xml_char(ref->first)) {
        const bool surrogate = ref->first >= 0xD800 && ref->first <= 0xDFFF;
        diags.error(at(start), "character reference " +
                                   std::string(text.substr(start, ref->second)) +
                                   " is to a code point XML does not allow" +
                                   (surrogate ? " (a UTF-16 surrogate: write the character "
                                                "itself, or one reference to its code point)"
                                              : ""));
        return false;
      }
    }
  }
  return true;
}

}  // namespace folio
