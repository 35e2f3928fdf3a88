#include "layout/pages/vertical_list.h"

#include <algorithm>

namespace folio {
namespace {

// TeX's \brokenpenalty: what ending a page on a hyphenated line costs.
constexpr int kHyphenatedPageEndPenalty = 100;

// The lines of a set of columns in reading order, with the space above each.
struct SetLine {
  const Line* line;
  Pt space;
};

std::vector<SetLine> lines_of(const SetColumns& c) {
  std::vector<SetLine> out;
  Pt space;
  for (const SetParagraph& p : c.paragraphs) {
    space += p.space_before;
    for (const Line& line : p.lines) {
      out.push_back({&line, space});
      space = Pt(0);
    }
    space = p.space_after;
  }
  return out;
}

}  // namespace

std::vector<std::size_t> balanced_column_starts(std::size_t lines, int columns) {
  const auto cols = static_cast<std::size_t>(std::max(1, columns));
  std::vector<std::size_t> starts;
  std::size_t from = 0;
  for (std::size_t col = 0; col < cols && from < lines; ++col) {
    starts.push_back(from);
    from += lines / cols + (col < lines % cols ? 1 : 0);
  }
  starts.push_back(lines);
  return starts;
}

Pt column_set_inner(const SetColumns& c, Pt* descent) {
  const std::vector<SetLine> lines = lines_of(c);
  const std::vector<std::size_t> starts = balanced_column_starts(lines.size(), c.columns);
  Pt tallest;
  for (std::size_t col = 0; col + 1 < starts.size(); ++col) {
    const std::size_t from = starts[col], to = starts[col + 1];
    Pt h;
    for (std::size_t k = from + 1; k < to; ++k) h += lines[k].space + lines[k].line->leading;
    if (h >= tallest) {
      tallest = h;
      *descent = lines[to - 1].line->descent;
    }
  }
  return tallest;
}

namespace {

const Line* first_line(const SetColumns& c) {
  for (const SetParagraph& p : c.paragraphs) {
    if (!p.lines.empty()) return &p.lines.front();
  }
  return nullptr;
}

}  // namespace

Pt column_set_extent(const SetColumns& c) {
  const Line* first = first_line(c);
  if (!first) return Pt(0);
  Pt descent = first->descent;
  const Pt inner = column_set_inner(c, &descent);
  return first->ascent + inner + descent;
}

void VerticalList::add(SetParagraph&& p) {
  std::vector<Line> lines = std::move(p.lines);
  begin_paragraph(std::move(p), lines.size());
  for (Line& line : lines) add_line(std::move(line));
}

void VerticalList::begin_paragraph(SetParagraph&& rules, std::size_t lines) {
  space_ += rules.space_before;
  if (lines == 0) {
    space_ += rules.space_after;
    return;
  }
  paragraph_ = std::move(rules);
  lines_ = lines;
  line_ = 0;
  hyphenated_ = false;
}

void VerticalList::add_line(Line&& line) {
  const SetParagraph& p = paragraph_;
  const std::size_t n = lines_;
  const std::size_t m = line_++;
  const auto orphans = static_cast<std::size_t>(std::max(1, p.orphans));
  const auto widows = static_cast<std::size_t>(std::max(1, p.widows));
  if (line.source.file.empty() && line.source.line == 0) line.source = p.pos;
  VerticalItem item;
  VerticalEntry& e = item.metrics;
  e.top = line.ascent;
  e.follow = (m == 0 ? space_ : Pt(0)) + line.leading;
  e.descent = line.descent;
  if (m == 0) {
    e.fills_before = fills_;
    e.forced_before = forced_;
    if (keep_with_next_) e.rule_before = "keep-with-next";
    item.bookmark = std::move(paragraph_.bookmark);
    item.bookmark_level = p.bookmark_level;
  } else if (p.keep_together) {
    e.rule_before = "keep-together";
  } else if (m < orphans) {
    e.rule_before = "orphans";
  } else if (n - m < widows) {
    e.rule_before = "widows";
  }
  // A word hyphenated across a page turn is hard to read (TeX's \brokenpenalty).
  if (hyphenated_) e.penalty_before = kHyphenatedPageEndPenalty;
  hyphenated_ = line.hyphenated;
  item.box = std::move(line);
  out_(std::move(item));
  if (line_ == n) {
    space_ = p.space_after;
    fills_ = 0;
    forced_ = false;
    keep_with_next_ = p.keep_with_next;
  }
}

void VerticalList::add(SetColumns&& c) {
  const Line* first = first_line(c);
  if (!first) return;
  VerticalItem item;
  VerticalEntry& e = item.metrics;
  e.descent = first->descent;
  const Pt inner = column_set_inner(c, &e.descent);
  e.top = first->ascent + inner;
  e.follow = space_ + c.paragraphs.front().space_before + first->leading + inner;
  e.fills_before = fills_;
  e.forced_before = forced_;
  if (keep_with_next_) e.rule_before = "keep-with-next";
  space_ = c.paragraphs.back().space_after;
  item.box = std::move(c);
  out_(std::move(item));
  fills_ = 0;
  forced_ = false;
  keep_with_next_ = false;
}

void VerticalList::add_space(Pt height) { space_ += height; }

void VerticalList::add_fill() { ++fills_; }

void VerticalList::add_page_break() { forced_ = true; }

}  // namespace folio
