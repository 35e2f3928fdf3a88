#include "xml/well_formedness.h"

#include <charconv>
#include <vector>

namespace folio {
namespace {

bool is_name_char(char c) {
  return c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '>' && c != '/' && c != '=';
}

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool allowed_in_xml(std::uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

std::optional<WellFormednessProblem> declared_encoding(std::string_view text) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    return WellFormednessProblem{0, "the file is UTF-16: folio reads UTF-8 only; save it as UTF-8"};
  }
  std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  if (text.substr(start, 5) != "<?xml") return std::nullopt;
  const std::size_t end = text.find("?>", start);
  const std::string_view decl = text.substr(start, end == std::string_view::npos ? 0 : end - start);
  const std::size_t at = decl.find("encoding");
  if (at == std::string_view::npos) return std::nullopt;
  const std::size_t quote = decl.find_first_of("\"'", at);
  if (quote == std::string_view::npos) return std::nullopt;
  const std::size_t close = decl.find(decl[quote], quote + 1);
  if (close == std::string_view::npos) return std::nullopt;
  const std::string_view name = decl.substr(quote + 1, close - quote - 1);
  const std::string lower = lowercase(name);
  if (lower == "utf-8" || lower == "utf8" || lower == "us-ascii" || lower == "ascii")
    return std::nullopt;
  return WellFormednessProblem{
      static_cast<std::ptrdiff_t>(start + at),
      "the file declares encoding '" + std::string(name) +
          "': folio reads UTF-8 only; save the file as UTF-8 and declare encoding=\"UTF-8\""};
}

// "&#...;" references outside comments and CDATA sections, where they are text.
std::optional<WellFormednessProblem> forbidden_reference(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 4, "<!--") == 0) {
      i = text.find("-->", i);
      if (i == std::string_view::npos) return std::nullopt;
      continue;
    }
    if (text.compare(i, 9, "<![CDATA[") == 0) {
      i = text.find("]]>", i);
      if (i == std::string_view::npos) return std::nullopt;
      continue;
    }
    if (text.compare(i, 2, "&#") != 0) continue;
    const bool hex = i + 2 < text.size() && text[i + 2] == 'x';
    const std::size_t digits = i + (hex ? 3 : 2);
    const std::size_t semicolon = text.find(';', digits);
    if (semicolon == std::string_view::npos || semicolon - digits > 8) continue;
    std::uint32_t value = 0;
    auto [end, ec] =
        std::from_chars(text.data() + digits, text.data() + semicolon, value, hex ? 16 : 10);
    if (ec != std::errc() || end != text.data() + semicolon || allowed_in_xml(value)) continue;
    const std::string ref(text.substr(i, semicolon + 1 - i));
    return WellFormednessProblem{
        static_cast<std::ptrdiff_t>(i),
        "character reference " + ref + " is to a code point XML does not allow" +
            (value >= 0xD800 && value <= 0xDFFF
                 ? " (a UTF-16 surrogate: write the character itself, or one reference to its "
                   "code point)"
                 : "")};
  }
  return std::nullopt;
}

struct OpenTag {
  std::string name;
  std::ptrdiff_t offset;
};

}  // namespace

std::optional<WellFormednessProblem> find_unreadable_text(std::string_view text) {
  if (auto problem = declared_encoding(text)) return problem;
  return forbidden_reference(text);
}

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
