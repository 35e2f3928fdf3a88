#pragma once
// ASCII case for the names formats define so (XML encoding names, language tags, font family
// names as fontconfig compares them, HTML tag names): letters beyond ASCII are left as they are.

#include <string>
#include <string_view>

namespace folio {

inline std::string ascii_lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace folio
