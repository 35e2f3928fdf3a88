#include "layout/pages/page_builder.h"

#include "base/stage_times.h"
#include "layout/pages/vertical_list.h"

#include <algorithm>

namespace folio {
namespace {

// Rounding slack when comparing heights, so a line that fits exactly is not pushed over.
constexpr Pt kEpsilon{0.01};
// Keep rules that give way are no fault of the page, and many of them say little more than one.
constexpr const char* kKeepsGaveWay = "keep rules that gave way";

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

Pt column_width(Pt measure, int columns, Pt gap) {
  columns = std::max(1, columns);
  return (measure - gap * (columns - 1)) / columns;
}

Pt PageBuilder::measure(const PageMaster& master) {
  return master.width - master.margin_inside - master.margin_outside;
}

Pt PageBuilder::frame_left(const PageMaster& master, std::size_t number) {
  return number % 2 == 1 ? master.margin_inside : master.margin_outside;
}

void PageBuilder::new_page() {
  // Page numbers start at 1 on a recto: the page about to be added is a verso when it is even.
  const bool verso = (doc_.pages.size() + 1) % 2 == 0;
  master_ = verso && verso_master_ ? verso_master_ : part_master_;
  page_ = &doc_.pages.emplace_back();
  page_->width = master_->width;
  page_->height = master_->height;
  page_->bleed = master_->bleed;
  page_->part = part_kind_;
  plans_.push_back({part_, false, false, master_, {}});
  add_column_frames();
  column_ = 0;
  baseline_ = Pt(0);
  descent_ = Pt(0);
  at_top_ = true;
  pending_space_ = Pt(0);
}

// One frame per column of the text block, in order, so that frame k is column k.
void PageBuilder::add_column_frames() {
  page_->frames.clear();
  const TextBlock f = frame();
  const int columns = std::max(1, master_->columns);
  const Pt width = column_width(f.width, columns, master_->column_gap);
  for (int c = 0; c < columns; ++c) {
    page_->frames.push_back(
        {f.x + (width + master_->column_gap) * static_cast<double>(c), f.top - f.height, width,
         f.height, columns == 1 ? "text block" : "column " + std::to_string(c + 1), false});
  }
}

Pt PageBuilder::column_offset() const {
  const int columns = std::max(1, master_->columns);
  return (column_width(measure(*master_), columns, master_->column_gap) + master_->column_gap) *
         static_cast<double>(column_);
}

void PageBuilder::next_column() {
  if (column_ + 1 >= static_cast<std::size_t>(std::max(1, master_->columns))) {
    new_page();
    return;
  }
  ++column_;
  baseline_ = Pt(0);
  descent_ = Pt(0);
  at_top_ = true;
  pending_space_ = Pt(0);
}

void PageBuilder::start_part(const std::string& kind, const PageMaster& master, bool recto,
                             const std::string& title) {
  start_part(kind, master, master, recto, title);
}

void PageBuilder::start_part(const std::string& kind, const PageMaster& master,
                             const PageMaster& first, bool recto, const std::string& title) {
  if (started_) ++part_;
  started_ = true;
  part_kind_ = kind;
  part_master_ = &master;
  new_page();
  // Page numbers start at 1 on a recto; an even page is a verso, left blank.
  if (recto && doc_.pages.size() % 2 == 0) {
    plans_.back().blank = true;
    new_page();
  }
  // The opening page takes the part's first master: replace the page just begun.
  if (&first != &master) {
    master_ = &first;
    Page& page = doc_.pages.back();
    page.width = first.width;
    page.height = first.height;
    page.bleed = first.bleed;
    plans_.back().master = &first;
    add_column_frames();
  }
  plans_.back().opening = true;
  doc_.outline.push_back({title, 1, doc_.pages.size() - 1});
}

PageBuilder::TextBlock PageBuilder::frame() const {
  const PageMaster& m = *master_;
  return {frame_left(m, doc_.pages.size()), m.height - m.margin_top, measure(m),
          m.height - m.margin_top - m.margin_bottom};
}

Pt PageBuilder::next_baseline(const Line& line, Pt space) const {
  return at_top_ ? line.ascent : baseline_ + space + line.leading;
}

bool PageBuilder::fits(const Line& line, Pt space) const {
  return next_baseline(line, space) + line.descent <= frame().height + kEpsilon;
}

void PageBuilder::put(const Line& line, Pt space, Pt x_offset, int frame) {
  put_at(line, next_baseline(line, space), x_offset, frame);
}

void PageBuilder::put_at(const Line& line, Pt baseline, Pt x_offset, int frame_index) {
  if (pending_bookmark_) {  // the paragraph's first line: its bookmark points to this page
    pending_bookmark_->page = doc_.pages.size() - 1;
    doc_.outline.push_back(*pending_bookmark_);
    pending_bookmark_.reset();
  }
  const TextBlock f = frame();
  if (page_->sources.empty() || page_->sources.back().file != line.source.file ||
      page_->sources.back().line != line.source.line ||
      page_->sources.back().column != line.source.column) {
    page_->sources.push_back(line.source);
  }
  const int source = static_cast<int>(page_->sources.size()) - 1;
  for (const GlyphRun& run : line.runs) {
    GlyphRun placed = run;
    placed.x += f.x + column_offset() + x_offset;
    placed.y = f.top - baseline + run.y;
    placed.frame = frame_index;
    placed.hang_left = line.hang_left;
    placed.hang_right = line.hang_right;
    placed.source = source;
    page_->items.emplace_back(std::move(placed));
  }
  for (const Diagnostic& note : line.notes) plans_.back().notes.push_back(note);
  baseline_ = baseline;
  descent_ = line.descent;
  at_top_ = false;
}

void PageBuilder::place_paragraph(const SetParagraph& p, Pt keep_height) {
  const std::size_t n = p.lines.size();
  Pt space = pending_space_ + p.space_before;
  pending_space_ = Pt(0);
  if (n == 0) {
    pending_space_ = space + p.space_after;
    return;
  }
  // A heading and what it keeps with must start on one page.
  if (!at_top_ && keep_height > Pt(0) &&
      baseline_ + space + keep_height > frame().height + kEpsilon) {
    new_page();
  }
  if (at_top_ && keep_height > frame().height + kEpsilon) {
    diags_.warning(p.pos,
                   "keep-with-next gives way: this paragraph and what it keeps with are "
                   "taller than the page",
                   kKeepsGaveWay);
  }
  if (!p.bookmark.empty()) pending_bookmark_ = {p.bookmark, p.bookmark_level, 0};
  std::size_t i = 0;
  while (i < n) {
    // How many of the remaining lines fit on this page.
    std::size_t k = 0;
    {
      Pt b = next_baseline(p.lines[i], space);
      while (i + k < n) {
        if (k > 0) b += p.lines[i + k].leading;
        if (b + p.lines[i + k].descent > frame().height + kEpsilon) break;
        ++k;
      }
    }
    if (k >= n - i) {
      for (; i < n; ++i, space = Pt(0)) put(p.lines[i], space, Pt(0), column_frame());
      break;
    }
    std::size_t m = k;
    // Leave at least `widows` lines for the next page, and at least `orphans` here.
    const auto widows = static_cast<std::size_t>(std::max(1, p.widows));
    const auto orphans = static_cast<std::size_t>(std::max(1, p.orphans));
    if (n - i - m < widows) m = n - i > widows ? n - i - widows : 0;
    // A word hyphenated across a page turn is hard to read (TeX's \brokenpenalty): end the
    // page a line earlier when the rules still hold.
    if (m > 1 && p.lines[i + m - 1].hyphenated && (i > 0 || m - 1 >= orphans)) --m;
    const bool too_few = m == 0 || (i == 0 && m < orphans) || (i == 0 && p.keep_together);
    if (too_few && !at_top_) {
      new_page();
      space = Pt(0);
      continue;
    }
    if (too_few) {
      // Even a whole page does not let the rules hold: say which one gives way.
      const char* rule = i == 0 && p.keep_together ? "keep-together"
                         : m == 0                  ? "widows"
                                                   : "orphans";
      diags_.warning(p.pos,
                     std::string("paragraph breaks across pages against its ") + rule +
                         " setting: it does not fit on an empty page otherwise",
                     kKeepsGaveWay);
    }
    if (m == 0) m = std::max<std::size_t>(k, 1);  // a page cannot hold even this: set what fits
    for (std::size_t end = i + m; i < end; ++i, space = Pt(0)) {
      put(p.lines[i], space, Pt(0), column_frame());
    }
    new_page();
    space = Pt(0);
  }
  pending_space_ = p.space_after;
}

void PageBuilder::place_columns(const SetColumns& c) {
  struct Entry {
    const Line* line;
    Pt space;
  };
  std::vector<Entry> entries;
  Pt space = pending_space_;
  for (const SetParagraph& p : c.paragraphs) {
    space += p.space_before;
    for (const Line& line : p.lines) {
      entries.push_back({&line, space});
      space = Pt(0);
    }
    space = p.space_after;
  }
  pending_space_ = space;
  if (entries.empty()) return;
  const int columns = std::max(1, c.columns);
  const std::vector<std::size_t> starts = balanced_column_starts(entries.size(), columns);

  // The tallest column decides whether the set fits here.
  auto column_height = [&](std::size_t from, std::size_t to) {
    Pt h = entries[from].line->descent;
    for (std::size_t k = from + 1; k < to; ++k) h += entries[k].space + entries[k].line->leading;
    return h;
  };
  Pt tallest;
  for (std::size_t col = 0; col + 1 < starts.size(); ++col) {
    tallest = max(tallest, column_height(starts[col], starts[col + 1]));
  }
  const Line& first = *entries.front().line;
  if (!at_top_ &&
      next_baseline(first, entries.front().space) + tallest > frame().height + kEpsilon) {
    new_page();
  }
  // Columns taller than the frame run past its foot, where the preflight finds them.

  const Pt start = next_baseline(first, entries.front().space);
  const Pt width = column_width(
      column_width(measure(*master_), std::max(1, master_->columns), master_->column_gap), columns,
      c.gap);
  Pt lowest = start;
  Pt lowest_descent;
  const Frame column = page_->frames[column_];
  for (std::size_t col = 0; col + 1 < starts.size(); ++col) {
    const Pt x = (width + c.gap) * static_cast<double>(col);
    const int frame_index = static_cast<int>(page_->frames.size());
    page_->frames.push_back({column.x + x, column.y, width, column.height,
                             "column " + std::to_string(col + 1) + " of " +
                                 std::to_string(starts.size() - 1) + " within " + column.name,
                             false});
    put_at(*entries[starts[col]].line, start, x, frame_index);
    for (std::size_t k = starts[col] + 1; k < starts[col + 1]; ++k) {
      put(*entries[k].line, entries[k].space, x, frame_index);
    }
    if (baseline_ >= lowest) {
      lowest = baseline_;
      lowest_descent = descent_;
    }
  }
  baseline_ = lowest;
  descent_ = lowest_descent;
}

Pt PageBuilder::height_of(const std::vector<SetBlock>& blocks, std::size_t from) const {
  Pt h;
  Pt space = pending_space_;
  Pt last_descent;
  for (std::size_t i = from; i < blocks.size(); ++i) {
    if (const auto* p = std::get_if<SetParagraph>(&blocks[i])) {
      space += p->space_before;
      for (const Line& line : p->lines) {
        h += space + line.leading;
        space = Pt(0);
        last_descent = line.descent;
      }
      space += p->space_after;
    } else if (const auto* s = std::get_if<SetSpace>(&blocks[i])) {
      space += s->height;
    } else if (const auto* c = std::get_if<SetColumns>(&blocks[i])) {
      std::size_t lines = 0;
      Pt leading;
      for (const SetParagraph& member : c->paragraphs) {
        lines += member.lines.size();
        if (!member.lines.empty()) leading = member.lines.front().leading;
      }
      const auto cols = static_cast<std::size_t>(std::max(1, c->columns));
      h += space + leading * static_cast<double>((lines + cols - 1) / cols);
      space = Pt(0);
    } else {
      break;  // a page break ends what a fill can push down
    }
  }
  return h + last_descent;
}

Pt PageBuilder::keep_height(const std::vector<SetBlock>& blocks, std::size_t i) const {
  Pt h;
  for (; i < blocks.size(); ++i) {
    const auto* p = std::get_if<SetParagraph>(&blocks[i]);
    if (!p) break;
    Pt space = p->space_before;
    if (!p->keep_with_next) {
      // The next paragraph's first lines, as many as it may not leave alone at a page foot.
      std::size_t need =
          std::min<std::size_t>(p->lines.size(), static_cast<std::size_t>(std::max(1, p->orphans)));
      for (std::size_t k = 0; k < need; ++k, space = Pt(0)) h += space + p->lines[k].leading;
      break;
    }
    for (const Line& line : p->lines) {
      h += space + line.leading;
      space = Pt(0);
    }
    h += p->space_after;
  }
  return h;
}

void PageBuilder::place(const std::vector<SetBlock>& blocks) {
  ScopedStage stage(Stage::break_pages);
  if (!place_optimal(blocks)) place_in_order(blocks);
}

bool PageBuilder::place_optimal(const std::vector<SetBlock>& blocks) {
  if (!at_top_) return false;
  std::optional<VerticalList> list = vertical_list(blocks);
  if (!list) return false;  // a fill pushes text to the foot: placed in order
  const std::vector<VerticalEntry>& entries = list->entries;
  const std::vector<EntrySource>& sources = list->sources;

  const Pt first_height = frame().height;
  const Pt height = part_master_->height - part_master_->margin_top - part_master_->margin_bottom;
  const std::size_t columns = static_cast<std::size_t>(std::max(1, part_master_->columns));
  PageBreaks breaks = break_columns(
      entries, first_height, static_cast<std::size_t>(std::max(1, master_->columns)), height);
  if (balance_ && columns > 1) balance_last_page(entries, breaks, first_height, height, columns);
  for (std::size_t k : breaks.gave_way) {
    const EntrySource& s = sources[k];
    const SourcePos pos = s.paragraph ? s.paragraph->pos
                          : s.columns ? s.columns->paragraphs.front().pos
                                      : SourcePos{};
    diags_.warning(pos,
                   std::string("page break against the ") + entries[k].rule_before +
                       " rule: no arrangement of the part's pages keeps it",
                   kKeepsGaveWay);
  }
  std::size_t next_break = 0;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    if (next_break < breaks.starts.size() && breaks.starts[next_break] == k) {
      next_column();
      ++next_break;
    }
    const EntrySource& s = sources[k];
    if (s.columns) {
      pending_space_ = s.space;
      place_columns(*s.columns);
      continue;
    }
    if (s.line == 0 && !s.paragraph->bookmark.empty()) {
      pending_bookmark_ = {s.paragraph->bookmark, s.paragraph->bookmark_level, 0};
    }
    put(s.paragraph->lines[s.line], s.space, Pt(0), column_frame());
  }
  pending_space_ = list->space_after;
  return true;
}

// The last page's columns, made as even as the rules allow: the least column height that still
// sets the page's entries in its columns without breaking a rule that was kept.
void PageBuilder::balance_last_page(const std::vector<VerticalEntry>& entries, PageBreaks& breaks,
                                    Pt first_height, Pt height, std::size_t columns) const {
  // Breaks are column starts; every `columns`-th one starts a page.
  std::size_t page_start_break = breaks.starts.size() - breaks.starts.size() % columns;
  const bool first_page = page_start_break == 0;
  const std::size_t from = first_page ? 0 : breaks.starts[page_start_break - 1];
  if (entries.size() - from < 2) return;  // a single entry: nothing to even out
  const std::vector<VerticalEntry> tail(entries.begin() + static_cast<std::ptrdiff_t>(from),
                                        entries.end());
  const Pt frame = first_page ? first_height : height;
  auto fits = [&](Pt h, PageBreaks* out) {
    PageBreaks b = break_columns(tail, h, columns, h);
    if (b.starts.size() >= columns || !b.gave_way.empty()) return false;
    // Every column must fit the height: none may run past the foot.
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= b.starts.size(); ++i) {
      const std::size_t end = i < b.starts.size() ? b.starts[i] : tail.size();
      if (column_extent(tail, begin, end) > h + Pt(0.01)) return false;
      begin = end;
    }
    *out = std::move(b);
    return true;
  };
  PageBreaks best;
  if (!fits(frame, &best)) return;
  // Bisect on the column height, to a tenth of a point.
  Pt low(0), high = frame;
  while ((high - low) > Pt(0.1)) {
    const Pt mid = (low + high) / 2;
    PageBreaks b;
    if (fits(mid, &b)) {
      high = mid;
      best = std::move(b);
    } else {
      low = mid;
    }
  }
  breaks.starts.resize(page_start_break);
  for (std::size_t k : best.starts) breaks.starts.push_back(from + k);
}

void PageBuilder::place_in_order(const std::vector<SetBlock>& blocks) {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (const auto* p = std::get_if<SetParagraph>(&blocks[i])) {
      place_paragraph(*p, p->keep_with_next ? keep_height(blocks, i) : Pt(0));
    } else if (const auto* c = std::get_if<SetColumns>(&blocks[i])) {
      place_columns(*c);
    } else if (const auto* s = std::get_if<SetSpace>(&blocks[i])) {
      if (s->fill) {
        // Push what follows so its last line ends on the frame's foot.
        Pt target = frame().height - height_of(blocks, i + 1);
        if (at_top_ || target > baseline_) {
          baseline_ = max(baseline_, target);
          at_top_ = false;
          pending_space_ = Pt(0);
        }
      } else if (at_top_) {
        baseline_ = s->height;
        at_top_ = false;
      } else {
        pending_space_ += s->height;
      }
    } else {
      new_page();
    }
  }
}

}  // namespace folio
