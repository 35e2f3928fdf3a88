#pragma once
// Text for XML or HTML element content and quoted attribute values: the four characters that
// could end them (& < > ") as entities, everything else, UTF-8 included, as it is.

#include <string>
#include <string_view>

namespace folio {

inline std::string markup_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace folio
