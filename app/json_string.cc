#include "app/json_string.h"

#include <cstdio>

namespace folio {

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out += escaped;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string where_text(const SourcePos& pos) {
  std::string out = pos.file;
  if (out.empty()) return out;
  if (pos.line > 0) out += ":" + std::to_string(pos.line);
  if (pos.line > 0 && pos.column > 0) out += ":" + std::to_string(pos.column);
  return out;
}

}  // namespace folio
