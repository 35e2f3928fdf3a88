#include "xml/well_formedness.h"

#include <vector>

namespace folio {
namespace {

bool is_name_char(char c) {
  return c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '>' && c != '/' && c != '=';
}

struct OpenTag {
  std::string name;
  std::ptrdiff_t offset;
};

}  // namespace

std::string describe_unpaired_tags(std::string_view text, const LineMap& lines) {
  std::vector<OpenTag> open;
  auto opened = [&](const OpenTag& t) {
    const SourcePos at = lines.at(t.offset);
    return "<" + t.name + ">, opened at line " + std::to_string(at.line) + ", column " +
           std::to_string(at.column);
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '<') continue;
    if (text.compare(i, 4, "<!--") == 0) {
      i = text.find("-->", i);
      if (i == std::string_view::npos) break;
      continue;
    }
    if (text.compare(i, 9, "<![CDATA[") == 0) {
      i = text.find("]]>", i);
      if (i == std::string_view::npos) break;
      continue;
    }
    if (i + 1 < text.size() && (text[i + 1] == '?' || text[i + 1] == '!')) {
      i = text.find('>', i);
      if (i == std::string_view::npos) break;
      continue;
    }
    const bool closing = i + 1 < text.size() && text[i + 1] == '/';
    std::size_t n = i + (closing ? 2 : 1), name_end = n;
    while (name_end < text.size() && is_name_char(text[name_end])) ++name_end;
    const std::string name(text.substr(n, name_end - n));
    // The end of the tag, past quoted attribute values.
    std::size_t end = name_end;
    for (char quote = 0; end < text.size(); ++end) {
      if (quote) {
        if (text[end] == quote) quote = 0;
      } else if (text[end] == '"' || text[end] == '\'') {
        quote = text[end];
      } else if (text[end] == '>') {
        break;
      }
    }
    const bool empty = end > 0 && end < text.size() && text[end - 1] == '/';
    if (closing) {
      if (open.empty()) return "</" + name + "> closes no open element";
      if (open.back().name != name) {
        return "</" + name + "> does not close " + opened(open.back()) +
               (open.size() > 1 && open[open.size() - 2].name == name ? ", which is never closed"
                                                                      : "");
      }
      open.pop_back();
    } else if (!empty && !name.empty()) {
      open.push_back({name, static_cast<std::ptrdiff_t>(i)});
    }
    if (end >= text.size()) break;
    i = end;
  }
  if (!open.empty()) return opened(open.back()) + ", is never closed";
  return {};
}

}  // namespace folio
