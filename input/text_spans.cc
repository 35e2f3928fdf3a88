#include "input/text_spans.h"

#include <utility>

namespace folio {
namespace {

// Adds a text span whose whitespace is already collapsed: an empty one goes, and one that looks
// like the span before it joins it, so that later stages see one span per change of style.
void append_text(RichText& text, TextSpan span) {
  if (span.text.empty()) return;
  if (!text.spans.empty()) {
    TextSpan& last = text.spans.back();
    if (!last.line_break && last.flags == span.flags && last.lang == span.lang) {
      last.text += span.text;
      return;
    }
  }
  text.spans.push_back(std::move(span));
}

void drop_trailing_space(RichText& text) {
  if (text.spans.empty() || text.spans.back().line_break) return;
  std::string& last = text.spans.back().text;
  if (last.ends_with(' ')) last.pop_back();
  if (last.empty()) text.spans.pop_back();
}

}  // namespace

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (is_xml_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

RichText normalize_spans(std::vector<TextSpan> raw) {
  RichText out;
  bool after_space = true;  // true at the start, so leading whitespace goes
  for (TextSpan& span : raw) {
    if (span.line_break) {
      drop_trailing_space(out);
      out.spans.push_back(std::move(span));
      after_space = true;
      continue;
    }
    std::string collapsed;
    for (char c : span.text) {
      if (!is_xml_space(c)) {
        collapsed += c;
        after_space = false;
      } else if (!after_space) {
        collapsed += ' ';
        after_space = true;
      }
    }
    span.text = std::move(collapsed);
    append_text(out, std::move(span));
  }
  drop_trailing_space(out);
  return out;
}

}  // namespace folio
