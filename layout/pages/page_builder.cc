#include "layout/pages/page_builder.h"

#include "base/limits.h"
#include "base/stage_times.h"
#include "layout/pages/folio.h"
#include "layout/pages/running_lines.h"

#include <algorithm>

namespace folio {
namespace {

// Rounding slack when comparing heights, so a line that fits exactly is not pushed over.
constexpr double kEpsilon = 0.01;
// Balancing a last page bisects the column height down to this, in points.
constexpr double kBalanceStep = 0.1;
// Keep rules that give way are no fault of the page, and many of them say little more than one.
constexpr const char* kKeepsGaveWay = "keep rules that gave way";

const SourcePos& source_of(const VerticalItem& item) {
  if (const auto* line = std::get_if<Line>(&item.box)) return line->source;
  const SetColumns& set = std::get<SetColumns>(item.box);
  return set.paragraphs.front().pos;
}

}  // namespace

PageBuilder::PageBuilder(const ComposedPart& part, std::size_t first_index, LayoutContext& context,
                         Diagnostics& diags, PageSink& sink)
    : part_(part),
      context_(context),
      diags_(diags),
      sink_(sink),
      body_(geometry_of(*part.body.master)),
      opening_(geometry_of(*part.opening.master)),
      verso_(geometry_of(*part.verso.master)),
      columns_(body_.columns),
      breaker_(opening_.text_height, opening_.columns, body_.text_height),
      first_index_(first_index),
      opening_index_(first_index) {
  // Page numbers start at 1 on a recto: an even number is a verso, left blank.
  if (part.recto && (first_index + 1) % 2 == 0 && within_page_limit(first_index)) {
    Page blank;
    blank.width = verso_.width;
    blank.height = verso_.height;
    blank.bleed = verso_.bleed;
    blank.label = format_folio(static_cast<int>(first_index + 1), part.folios);
    blank.part = part.kind;
    blank.master = part.verso.master->name;
    sink_.page(std::move(blank), first_index);
    ++opening_index_;
  }
}

const PartMaster& PageBuilder::master_of(std::size_t part_page, std::size_t number) const {
  if (part_page == 0) return part_.opening;
  return number % 2 == 0 ? part_.verso : part_.body;
}

bool PageBuilder::within_page_limit(std::size_t index) {
  if (index < static_cast<std::size_t>(limits::kMaxPages)) return true;
  if (!over_page_limit_) {
    over_page_limit_ = true;
    diags_.error(part_.pos, "the front matter reaches " + std::to_string(limits::kMaxPages) +
                                " pages, the most one run may make, in the " + part_.kind +
                                "; its layout stops there");
  }
  return false;
}

void PageBuilder::add(VerticalItem&& item) {
  if (over_page_limit_) return;  // nothing more is made: the lines are not even kept
  ScopedStage stage(Stage::break_pages);
  breaker_.add(item.metrics);
  items_.push_back(std::move(item));
  fixed(breaker_.take_fixed());
  emit_settled_pages(false);
}

// Column starts the breaker has settled: a start at an entry whose rule forbids it is a rule
// that gave way, and is said at the entry's source.
void PageBuilder::fixed(const std::vector<std::size_t>& starts) {
  for (std::size_t k : starts) {
    starts_.push_back(k);
    const VerticalItem& it = item(k);
    if (it.metrics.rule_before) {
      diags_.warning(source_of(it),
                     std::string("page break against the ") + it.metrics.rule_before +
                         " rule: no arrangement of the part's pages keeps it",
                     kKeepsGaveWay);
    }
  }
}

std::size_t PageBuilder::entry_end(std::size_t column) const {
  return column + 1 < starts_.size() ? starts_[column + 1] : breaker_.size();
}

// Builds every page whose columns are all settled: one whose next page's first column start is
// known, or, at the part's end, every page left.
void PageBuilder::emit_settled_pages(bool part_end) {
  for (;;) {
    const std::size_t first = pages_built_ * columns_;
    const std::size_t next = first + columns_;
    if (part_end ? first >= starts_.size() : starts_.size() <= next) return;
    build_page(pages_built_, first, std::min(next, starts_.size()));
    ++pages_built_;
    // The lines of built pages are let go.
    const std::size_t keep = next < starts_.size() ? starts_[next] : breaker_.size();
    while (items_base_ < keep && !items_.empty()) {
      items_.pop_front();
      ++items_base_;
    }
  }
}

// The last page's columns, made as even as the rules allow: the least column height that still
// sets the page's entries in its columns without breaking a rule that was kept.
void PageBuilder::balance_last_page() {
  const std::size_t last_page = (starts_.size() - 1) / columns_;
  const std::size_t first_column = last_page * columns_;
  const std::size_t from = starts_[first_column];
  if (breaker_.size() - from < 2) return;  // a single entry: nothing to even out
  std::vector<VerticalEntry> tail;
  for (std::size_t k = from; k < breaker_.size(); ++k) tail.push_back(item(k).metrics);
  const Pt frame = last_page == 0 ? opening_.text_height : body_.text_height;
  auto fits = [&](Pt h, PageBreaks* out) {
    PageBreaks b = break_columns(tail, h, columns_, h);
    if (b.starts.size() >= columns_ || !b.gave_way.empty()) return false;
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= b.starts.size(); ++i) {
      const std::size_t end = i < b.starts.size() ? b.starts[i] : tail.size();
      if (column_extent(tail, begin, end) > h + Pt(kEpsilon)) return false;
      begin = end;
    }
    *out = std::move(b);
    return true;
  };
  PageBreaks best;
  if (!fits(frame, &best)) return;
  Pt low(0), high = frame;
  while ((high - low) > Pt(kBalanceStep)) {
    const Pt mid = (low + high) / 2;
    PageBreaks b;
    if (fits(mid, &b)) {
      high = mid;
      best = std::move(b);
    } else {
      low = mid;
    }
  }
  starts_.resize(first_column + 1);
  for (std::size_t k : best.starts) starts_.push_back(from + k);
}

PartPages PageBuilder::finish() {
  ScopedStage stage(Stage::break_pages);
  if (!done_) {
    done_ = true;
    const std::size_t settled = starts_.size();
    PageBreaks rest = breaker_.finish();
    for (std::size_t k : rest.starts) starts_.push_back(k);
    if (part_.balance_columns && columns_ > 1 && breaker_.size() > 0) balance_last_page();
    // Warn for the starts settled now, after balancing, which keeps every rule it can.
    std::vector<std::size_t> now(starts_.begin() + static_cast<std::ptrdiff_t>(settled),
                                 starts_.end());
    starts_.resize(settled);
    fixed(now);
    if (breaker_.size() == 0) {
      build_page(0, 0, 0);  // a part with nothing to set still has its opening page
      pages_built_ = 1;
    }
    emit_settled_pages(true);
  }
  return {first_index_, opening_index_ - first_index_ + pages_built_, opening_label_};
}

void PageBuilder::build_page(std::size_t part_page, std::size_t first_column,
                             std::size_t end_column) {
  const std::size_t index = opening_index_ + part_page;
  if (!within_page_limit(index)) return;
  const std::size_t number = index + 1;
  building_ = index;
  const PartMaster& pm = master_of(part_page, number);
  const PageGeometry& g = part_page == 0 ? opening_ : (&pm == &part_.verso ? verso_ : body_);
  Page page;
  page.width = g.width;
  page.height = g.height;
  page.bleed = g.bleed;
  page.label = format_folio(static_cast<int>(number), part_.folios);
  page.part = part_.kind;
  page.master = pm.master->name;
  for (std::size_t c = 0; c < g.columns; ++c) {
    page.frames.push_back({g.column_left(number, c), g.text_bottom, g.column_width, g.text_height,
                           g.columns == 1 ? "text block" : "column " + std::to_string(c + 1),
                           false});
  }
  if (part_page == 0) {
    opening_label_ = page.label;
    sink_.bookmark({part_.title, 1, index});
  }
  for (std::size_t c = first_column; c < end_column; ++c) {
    const std::size_t begin = starts_[c], end = entry_end(c);
    if (begin >= end) continue;
    // A fill takes its share of the column's slack; glue at a column's top is dropped.
    Pt extent = item(begin).metrics.top;
    int fills = 0;
    for (std::size_t k = begin + 1; k < end; ++k) {
      extent += item(k).metrics.follow;
      fills += item(k).metrics.fills_before;
    }
    extent += item(end - 1).metrics.descent;
    const Pt share = fills > 0 ? max(Pt(0), g.text_height - extent) / fills : Pt(0);
    const int frame = static_cast<int>(c - first_column);
    Pt baseline = item(begin).metrics.top;
    for (std::size_t k = begin; k < end; ++k) {
      VerticalItem& it = item(k);
      if (k > begin) baseline += it.metrics.follow + share * it.metrics.fills_before;
      if (!it.bookmark.empty()) sink_.bookmark({it.bookmark, it.bookmark_level, index});
      place_item(page, it, baseline, frame, g);
    }
  }
  if (part_page > 0 || part_.heads_on_opening_page) {
    add_running_lines(page, number, pm, g, context_, diags_);
  }
  sink_.page(std::move(page), index);
}

void PageBuilder::place_item(Page& page, VerticalItem& item, Pt baseline, int frame,
                             const PageGeometry& g) {
  if (auto* line = std::get_if<Line>(&item.box)) {
    put_line(page, *line, baseline, page.frames[static_cast<std::size_t>(frame)].x, frame, g);
  } else {
    place_columns(page, std::get<SetColumns>(item.box), baseline, frame, g);
  }
}

void PageBuilder::put_line(Page& page, Line& line, Pt baseline, Pt x, int frame,
                           const PageGeometry& g) {
  if (page.sources.empty() || page.sources.back().file != line.source.file ||
      page.sources.back().line != line.source.line ||
      page.sources.back().column != line.source.column) {
    page.sources.push_back(line.source);
  }
  const int source = static_cast<int>(page.sources.size()) - 1;
  for (GlyphRun& run : line.runs) {
    GlyphRun placed = std::move(run);
    placed.x += x;
    placed.y = g.text_top - baseline + placed.y;
    placed.frame = frame;
    placed.hang_left = line.hang_left;
    placed.hang_right = line.hang_right;
    placed.source = source;
    page.items.emplace_back(std::move(placed));
  }
  // Said now, with the page the line landed on.
  for (Diagnostic& d : line.notes) {
    d.message = describe_page(page, building_) + ": " + d.message;
    diags_.add(std::move(d));
  }
}

// A set of columns within one column of the page: balanced, its columns side by side, its last
// line (the tallest column's) on `baseline`.
void PageBuilder::place_columns(Page& page, SetColumns& set, Pt baseline, int frame,
                                const PageGeometry& g) {
  struct Entry {
    Line* line;
    Pt space;
  };
  std::vector<Entry> entries;
  Pt space;
  for (SetParagraph& p : set.paragraphs) {
    space += p.space_before;
    for (Line& line : p.lines) {
      entries.push_back({&line, space});
      space = Pt(0);
    }
    space = p.space_after;
  }
  if (entries.empty()) return;
  const std::vector<std::size_t> starts = balanced_column_starts(entries.size(), set.columns);
  Pt descent;
  const Pt first = baseline - column_set_inner(set, &descent);
  const Frame column = page.frames[static_cast<std::size_t>(frame)];
  const Pt width = column_width(column.width, set.columns, set.gap);
  for (std::size_t col = 0; col + 1 < starts.size(); ++col) {
    const Pt x = column.x + (width + set.gap) * static_cast<double>(col);
    const int sub = static_cast<int>(page.frames.size());
    page.frames.push_back({x, column.y, width, column.height,
                           "column " + std::to_string(col + 1) + " of " +
                               std::to_string(starts.size() - 1) + " within " + column.name,
                           false});
    Pt b = first;
    for (std::size_t k = starts[col]; k < starts[col + 1]; ++k) {
      if (k > starts[col]) b += entries[k].space + entries[k].line->leading;
      put_line(page, *entries[k].line, b, x, sub, g);
    }
  }
}

}  // namespace folio
