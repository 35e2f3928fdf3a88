#include "compose/designation.h"

#include <optional>
#include <vector>

namespace folio {
namespace {

std::optional<std::string> field(const std::string& name, const Issue& issue,
                                 const Labels& labels) {
  const IssueInfo& info = issue.info;
  if (name == "volume") return info.volume;
  if (name == "number") return info.number;
  if (name == "year") return info.year;
  if (name == "season") return info.season.empty() ? labels.month(info.month) : info.season;
  if (name == "month") return labels.month(info.month);
  if (name == "volume-label") return info.volume.empty() ? "" : labels("volume");
  if (name == "number-label") return info.number.empty() ? "" : labels("number");
  if (name == "journal") return issue.journal.title;
  if (name == "abbreviation") return issue.journal.abbreviation;
  if (name == "issn") return issue.journal.issn;
  return std::nullopt;
}

std::string squeezed(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// One comma-separated piece: empty when it has fields and every one of them is empty.
std::string filled(const std::string& piece, const Issue& issue, const Labels& labels) {
  std::string out;
  bool any_field = false, any_value = false;
  for (std::size_t i = 0; i < piece.size();) {
    const std::size_t close = piece[i] == '{' ? piece.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += piece[i++];
      continue;
    }
    const std::string name = piece.substr(i + 1, close - i - 1);
    if (std::optional<std::string> value = field(name, issue, labels)) {
      any_field = true;
      any_value = any_value || !value->empty();
      out += *value;
    } else {
      out += piece.substr(i, close + 1 - i);
    }
    i = close + 1;
  }
  return any_field && !any_value ? "" : squeezed(out);
}

}  // namespace

std::string designation(const Issue& issue, const Labels& labels, const std::string& pattern) {
  std::string out;
  std::size_t start = 0;
  while (start <= pattern.size()) {
    std::size_t comma = pattern.find(',', start);
    if (comma == std::string::npos) comma = pattern.size();
    std::string piece = filled(pattern.substr(start, comma - start), issue, labels);
    const bool blank = piece.find_first_not_of(' ') == std::string::npos;
    if (!blank) {
      if (!out.empty()) out += ",";
      if (!out.empty() && piece.front() != ' ') out += ' ';
      out += out.empty() ? piece.substr(piece.find_first_not_of(' ')) : piece;
    }
    start = comma + 1;
  }
  return out;
}

}  // namespace folio
