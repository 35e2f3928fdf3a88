#include "layout/pages/vertical_list.h"

#include <algorithm>

namespace folio {
namespace {

// TeX's \brokenpenalty: what ending a page on a hyphenated line costs.
constexpr int kHyphenatedPageEndPenalty = 100;

// The extent of a column set below its first baseline, as place_columns sets it.
Pt columns_inner(const SetColumns& c, Pt* descent) {
  std::vector<const Line*> lines;
  std::vector<Pt> spaces;
  Pt space;
  for (const SetParagraph& p : c.paragraphs) {
    space += p.space_before;
    for (const Line& line : p.lines) {
      lines.push_back(&line);
      spaces.push_back(space);
      space = Pt(0);
    }
    space = p.space_after;
  }
  const std::vector<std::size_t> starts = balanced_column_starts(lines.size(), c.columns);
  Pt tallest;
  for (std::size_t col = 0; col + 1 < starts.size(); ++col) {
    const std::size_t from = starts[col], to = starts[col + 1];
    Pt h;
    for (std::size_t k = from + 1; k < to; ++k) h += spaces[k] + lines[k]->leading;
    if (h >= tallest) {
      tallest = h;
      *descent = lines[to - 1]->descent;
    }
  }
  return tallest;
}
}  // namespace

Pt column_set_extent(const SetColumns& c) {
  const Line* first = nullptr;
  for (const SetParagraph& p : c.paragraphs) {
    if (!first && !p.lines.empty()) first = &p.lines.front();
  }
  if (!first) return Pt(0);
  Pt descent = first->descent;
  const Pt inner = columns_inner(c, &descent);
  return first->ascent + inner + descent;
}

std::optional<VerticalList> vertical_list(const std::vector<SetBlock>& blocks) {
  VerticalList list;
  std::vector<VerticalEntry>& entries = list.entries;
  std::vector<EntrySource>& sources = list.sources;
  Pt space;
  bool forced = false;
  const SetParagraph* previous = nullptr;
  for (const SetBlock& block : blocks) {
    if (const auto* s = std::get_if<SetSpace>(&block)) {
      if (s->fill) return std::nullopt;
      space += s->height;
    } else if (std::holds_alternative<SetPageBreak>(block)) {
      forced = true;
    } else if (const auto* c = std::get_if<SetColumns>(&block)) {
      const Line* first = nullptr;
      for (const SetParagraph& p : c->paragraphs) {
        if (!first && !p.lines.empty()) first = &p.lines.front();
      }
      if (!first) continue;
      const Pt lead = c->paragraphs.front().space_before;
      VerticalEntry e;
      e.descent = first->descent;
      const Pt inner = columns_inner(*c, &e.descent);
      e.top = first->ascent + inner;
      e.follow = space + lead + first->leading + inner;
      e.forced_before = forced;
      if (previous && previous->keep_with_next) e.rule_before = "keep-with-next";
      entries.push_back(e);
      sources.push_back({nullptr, 0, c, space});
      space = c->paragraphs.back().space_after;
      forced = false;
      previous = nullptr;
    } else {
      const SetParagraph& p = std::get<SetParagraph>(block);
      const std::size_t n = p.lines.size();
      space += p.space_before;
      for (std::size_t m = 0; m < n; ++m) {
        const Line& line = p.lines[m];
        VerticalEntry e;
        e.top = line.ascent;
        e.follow = (m == 0 ? space : Pt(0)) + line.leading;
        e.descent = line.descent;
        if (m == 0) {
          e.forced_before = forced;
          if (previous && previous->keep_with_next) e.rule_before = "keep-with-next";
        } else if (p.keep_together) {
          e.rule_before = "keep-together";
        } else if (m < static_cast<std::size_t>(std::max(1, p.orphans))) {
          e.rule_before = "orphans";
        } else if (n - m < static_cast<std::size_t>(std::max(1, p.widows))) {
          e.rule_before = "widows";
        }
        // A word hyphenated across a page turn is hard to read (TeX's \brokenpenalty).
        if (m > 0 && p.lines[m - 1].hyphenated) e.penalty_before = kHyphenatedPageEndPenalty;
        entries.push_back(e);
        sources.push_back({&p, m, nullptr, m == 0 ? space : Pt(0)});
      }
      if (n > 0) {
        space = p.space_after;
        forced = false;
        previous = &p;
      } else {
        space += p.space_after;
      }
    }
  }
  list.space_after = space;
  return list;
}

}  // namespace folio
