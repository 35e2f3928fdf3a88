#include "input/abstract_text.h"

#include <utility>

namespace folio {
namespace {

void trim_trailing_spaces(RichText& text) {
  while (!text.spans.empty()) {
    std::string& last = text.spans.back().text;
    while (!last.empty() && last.back() == ' ') last.pop_back();
    if (!last.empty() || text.spans.back().line_break) return;
    text.spans.pop_back();
  }
}

void trim_leading_spaces(RichText& text) {
  while (!text.spans.empty()) {
    std::string& first = text.spans.front().text;
    std::size_t n = 0;
    while (n < first.size() && first[n] == ' ') ++n;
    first.erase(0, n);
    if (!first.empty() || text.spans.front().line_break) return;
    text.spans.erase(text.spans.begin());
  }
}

}  // namespace

void trim_heading_colon(RichText& heading) {
  trim_trailing_spaces(heading);
  if (heading.spans.empty() || !heading.spans.back().text.ends_with(':')) return;
  heading.spans.back().text.pop_back();
  trim_trailing_spaces(heading);
}

AbstractParagraph with_run_in_heading(RichText text) {
  // The bold spans at the start; the heading is those up to the one that ends in a colon.
  std::size_t end = 0;
  while (end < text.spans.size() && !text.spans[end].line_break &&
         (text.spans[end].flags & kBold)) {
    std::string_view s = text.spans[end].text;
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    ++end;
    if (s.ends_with(':')) break;
    if (end == text.spans.size() || !(text.spans[end].flags & kBold)) return {{}, std::move(text)};
  }
  if (end == 0 || end == text.spans.size()) return {{}, std::move(text)};
  AbstractParagraph out;
  out.heading.spans.assign(text.spans.begin(), text.spans.begin() + static_cast<long>(end));
  for (TextSpan& span : out.heading.spans) span.flags &= static_cast<std::uint8_t>(~kBold);
  trim_heading_colon(out.heading);
  out.text.spans.assign(text.spans.begin() + static_cast<long>(end), text.spans.end());
  trim_leading_spaces(out.text);
  if (out.heading.empty() || out.text.empty()) return {{}, std::move(text)};
  return out;
}

}  // namespace folio
