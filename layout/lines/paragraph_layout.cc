#include "layout/lines/paragraph_layout.h"

#include "base/stage_times.h"
#include "layout/lines/knuth_plass.h"
#include "layout/lines/line_adjustment.h"
#include "layout/lines/margin_kerning.h"
#include "layout/text/itemizer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>

namespace folio {
namespace {

// Leader dots fewer than this look like a stray full stop: the gap is left blank instead.
constexpr int kMinLeaderDots = 3;
// Shrinking display type stops within this share of the measure: a hair of slack is no fault.
constexpr double kShrinkSlack = 1e-4;
// Rounds of shrinking: sizes scale shaped widths linearly except for fixed letter-spacing, so
// the second round is already exact.
constexpr int kShrinkRounds = 3;

std::string points(Pt p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2fpt", p.value());
  return buf;
}

// The width of `par` set on one line: a penalty's width is a broken line's only.
Pt unbroken_width(const ItemizedParagraph& par) {
  Pt width;
  for (const Item& it : par.items) {
    if (it.kind != ItemKind::penalty) width += it.width;
  }
  return width;
}

BreakReach next(BreakReach reach) { return static_cast<BreakReach>(static_cast<int>(reach) + 1); }

// What a last-resort break inside a word or name is told as, for the warning about it.
const char* last_resort(BreakReach reach) {
  switch (reach) {
    case BreakReach::inside_name:
      return "breaks inside a name";
    case BreakReach::capitalised:
      return "hyphenates a capitalised word";
    case BreakReach::anywhere:
      return "cuts a word without a hyphen";
    case BreakReach::normal:
      break;
  }
  return "";
}

// About how many glyphs and bytes of text a line has: room for them is reserved by a new run
// (a run grown glyph by glyph was reallocated a dozen times a line).
struct LineSize {
  std::size_t glyphs = 0, text = 0;
  void add(const Fragment& f) {
    glyphs += f.glyph_count;
    text += f.text_end - f.text_begin;
  }
};

class ParagraphSetter {
 public:
  ParagraphSetter(const Paragraph& p, Pt measure, Pt right_column, LayoutContext& context,
                  Diagnostics& diags)
      : p_(&p),
        style_(p.style),
        measure_(measure),
        ctx_(context),
        diags_(diags),
        size_(style_->text.size),
        right_column_(p.right.runs.empty() ? Pt(0) : p.right.width.value_or(right_column)) {}

  void run(LineSink& sink);

 private:
  Pt line_width(int line) const;
  BreakParams break_params() const;
  HangingEdges hanging_edges() const;
  void shrink_to_fit();
  double widest_segment_share() const;
  void break_lines();
  Line set_line(std::size_t begin, std::size_t brk, int index, bool last);
  // `scale`: the line's font expansion, 1 for none.
  void append(Line& line, const ItemizedParagraph& from, const Fragment& f, Pt x, double scale = 1,
              LineSize size = {}) const;
  double expansion() const;
  void append_unbroken(Line& line, const ItemizedParagraph& from, Pt x) const;
  void place_right_column(std::vector<Line>& lines, const std::vector<Pt>& text_ends,
                          std::size_t title_line);
  int shown_at(std::size_t i, std::size_t begin, int lead) const;
  SourcePos position_of(std::size_t begin, std::size_t end) const;
  std::string excerpt(std::size_t begin, std::size_t end, int lead) const;

  const Paragraph* p_;
  const ParagraphStyle* style_;
  Pt measure_;
  LayoutContext& ctx_;
  Diagnostics& diags_;
  Pt size_;
  Pt right_column_;
  ItemizedParagraph par_;
  MarginHangs hangs_;  // of par_'s line edges: the breaker's, and the same when lines are set
  BreakResult breaks_;
  std::vector<std::uint32_t> first_run_;  // per line set: the first styled run it shows
  // A display paragraph set smaller to fit (Fit::shrink), and its style.
  std::optional<ParagraphStyle> shrunk_style_;
  std::optional<Paragraph> shrunk_;
};

Pt ParagraphSetter::line_width(int line) const {
  Pt w = measure_ - style_->left_indent.resolve(size_) - style_->right_indent.resolve(size_) -
         right_column_;
  if (line == 0) w -= style_->first_indent.resolve(size_);
  return w;
}

// Font expansion evens out justified lines only: elsewhere the rag takes up the slack.
double ParagraphSetter::expansion() const {
  return style_->align == Align::justify ? style_->breaking.expansion : 0;
}

BreakParams ParagraphSetter::break_params() const {
  const BreakSettings& b = style_->breaking;
  BreakParams params;
  params.pretolerance = b.pretolerance;
  params.tolerance = b.tolerance;
  params.line_penalty = b.line_penalty;
  params.adj_demerits = b.adj_demerits;
  params.double_hyphen_demerits = b.double_hyphen_demerits;
  params.final_hyphen_demerits = b.final_hyphen_demerits;
  params.emergency_stretch = b.emergency_stretch.resolve(size_);
  params.max_hyphen_lines = b.max_hyphen_lines;
  params.looseness = b.looseness;
  if (style_->align != Align::justify) params.background_stretch = b.rag.resolve(size_);
  params.expansion = expansion();
  params.uniform_from = 1;  // line_width: only the first line's differs
  return params;
}

// The fragment item `i` shows on a line whose first box is item `begin`, or -1: its own content,
// except that a line after a discretionary break starts with `lead`, the reshaped text after the
// point, where the discretionary's box stands (items.h).
int ParagraphSetter::shown_at(std::size_t i, std::size_t begin, int lead) const {
  return i == begin && lead >= 0 ? lead : par_.items[i].content;
}

// Margin kerning hangs the edges the alignment lines up: a ragged edge does not hang, nor the end
// of a justified paragraph's last line (or of one ended by a forced break).
HangingEdges ParagraphSetter::hanging_edges() const {
  if (!style_->margin_kerning) return {};
  const bool justified = style_->align == Align::justify;
  const bool right = style_->align == Align::right;
  return {justified || style_->align == Align::left, justified || right, right};
}

SourcePos ParagraphSetter::position_of(std::size_t begin, std::size_t end) const {
  for (std::size_t i = begin; i < end; ++i) {
    const int c = par_.items[i].content;
    if (c < 0) continue;
    const SourcePos& pos = p_->runs[par_.fragments[c].run].pos;
    if (!pos.file.empty()) return pos;
  }
  return p_->pos;
}

// The start of a line's text, so a proofreader can find it on the page.
std::string ParagraphSetter::excerpt(std::size_t begin, std::size_t end, int lead) const {
  constexpr std::size_t kLength = 40;
  std::string text;
  for (std::size_t i = begin; i < end && text.size() < kLength; ++i) {
    const int c = shown_at(i, begin, lead);
    if (par_.items[i].kind != ItemKind::penalty && c >= 0) text += par_.text_of(par_.fragments[c]);
  }
  if (text.size() > kLength) {
    std::size_t cut = kLength;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "...";
  }
  return "'" + text + "'";
}

// Of the paragraph's display lines (the text between forced breaks), the largest share of its
// line's width that one takes at its natural size: above 1, it does not fit.
double ParagraphSetter::widest_segment_share() const {
  double widest = 0;
  Pt natural;
  int line = 0;
  for (const Item& it : par_.items) {
    if (it.kind == ItemKind::penalty && it.penalty <= kForceBreak) {
      widest = std::max(widest, natural / line_width(line));
      natural = Pt(0);
      ++line;
    } else if (it.kind != ItemKind::penalty) {
      natural += it.width;
    }
  }
  return widest;
}

// Display type that does not fit its measure is set smaller, down to the style's minimum size,
// before it is broken: a cover title stays on one line where it can.
void ParagraphSetter::shrink_to_fit() {
  const Pt full = style_->text.size;
  const double floor = std::min(1.0, style_->min_size.resolve(full) / full);
  double scale = 1;
  for (int round = 0; round < kShrinkRounds; ++round) {
    const double share = widest_segment_share();
    if (share <= 1 + kShrinkSlack || scale <= floor) break;
    scale = std::max(floor, scale / share);
    ParagraphStyle style = *p_->style;  // the original, scaled afresh each round
    style.text.size = full * scale;
    style.leading = StyleLength::points(p_->style->leading.resolve(full).value() * scale);
    // Space around the paragraph belongs to the page's design, not to the type's size.
    style.space_before = StyleLength::points(p_->style->space_before.resolve(full).value());
    style.space_after = StyleLength::points(p_->style->space_after.resolve(full).value());
    shrunk_style_ = std::move(style);
    Paragraph shrunk = *p_;
    shrunk.style = &*shrunk_style_;
    for (StyledRun& run : shrunk.runs) run.format.size *= scale;
    shrunk_ = std::move(shrunk);
    style_ = &*shrunk_style_;
    size_ = style_->text.size;
    par_ = itemize(*shrunk_, ctx_, diags_, BreakReach::normal, std::move(par_));
  }
  if (shrunk_) p_ = &*shrunk_;
}

// Breaks the paragraph into lines. When even the loosest pass leaves a line wider than its
// measure, the compositor's last resorts come one after the other (items.h, BreakReach).
void ParagraphSetter::break_lines() {
  const LineWidth width = [this](int line) { return line_width(line); };
  const auto break_items = [&] {
    hangs_ = margin_hangs(par_, hanging_edges());
    breaks_ = break_optimal(par_.items, width, break_params(), hangs_);
  };
  break_items();
  for (BreakReach reach = BreakReach::normal; breaks_.overfull && reach < BreakReach::anywhere;) {
    reach = next(reach);
    par_ = itemize(*p_, ctx_, diags_, reach, std::move(par_));
    break_items();
  }
}

void ParagraphSetter::append(Line& line, const ItemizedParagraph& from, const Fragment& f, Pt x,
                             double scale, LineSize size) const {
  const TextFormat& format = from.source->runs[f.run].format;
  GlyphRun* run = line.runs.empty() ? nullptr : &line.runs.back();
  if (!run || run->face != f.face || run->size != format.size || run->color != format.color ||
      run->expansion != scale) {
    run = &line.runs.emplace_back();
    run->face = f.face;
    run->size = format.size;
    run->color = format.color;
    run->x = x;
    run->style = p_->style->name;
    run->expansion = scale;
    run->glyphs.reserve(std::max<std::size_t>(size.glyphs, f.glyph_count));
    run->text.reserve(size.text);
  }
  const Pt rise = format.baseline_shift.resolve(format.size);
  const auto base = static_cast<std::uint32_t>(run->text.size());
  const Pt spacing = from.letter_spacing(f);
  Pt pen = x - run->x;
  for (const ShapedGlyph& g : f.shaped()) {
    run->glyphs.push_back({g.glyph, base + (g.cluster - f.cluster_base), pen + g.x_offset() * scale,
                           rise + g.y_offset()});
    pen += (g.advance + spacing) * scale;
  }
  run->width = pen;
  run->text += from.text_of(f);
  const FaceMetrics& m = f.face->metrics();
  const double em = m.units_per_em;
  line.ascent = max(line.ascent, format.size * (m.ascender / em) + rise);
  line.descent = max(line.descent, format.size * (-m.descender / em) - rise);
}

// All of `from` set on `line` from `x`, unbroken.
void ParagraphSetter::append_unbroken(Line& line, const ItemizedParagraph& from, Pt x) const {
  for (const Item& it : from.items) {
    if (it.kind == ItemKind::penalty) continue;
    if (it.content >= 0) append(line, from, from.fragments[it.content], x);
    x += it.width;
  }
}

Line ParagraphSetter::set_line(std::size_t begin, std::size_t brk, int index, bool last) {
  const std::vector<Item>& items = par_.items;
  // After a discretionary break the line starts with its post-break text.
  const DiscretionaryBreak* after = begin > 0 ? par_.discretionary_at(begin - 1) : nullptr;
  const int lead = after ? after->post_break : -1;
  // Glue and penalties at either end of the line vanish; what is left is set.
  std::size_t end = brk;
  while (begin < end && items[begin].kind != ItemKind::box) ++begin;
  while (end > begin && items[end - 1].kind != ItemKind::box) --end;
  const Item& at = items[brk];
  // What the break adds at the line's end: a hyphen, or a discretionary's pre-break text.
  const Fragment* hyphen =
      at.kind == ItemKind::penalty && at.content >= 0 ? &par_.fragments[at.content] : nullptr;
  const DiscretionaryBreak* here = par_.discretionary_at(brk);

  Pt natural, stretch, shrink, flexible;
  LineSize size;
  if (hyphen) size.add(*hyphen);
  for (std::size_t i = begin; i < end; ++i) {
    if (items[i].kind == ItemKind::penalty) continue;
    if (items[i].content >= 0) size.add(par_.fragments[items[i].content]);
    natural += items[i].width;
    stretch += items[i].stretch;
    shrink += items[i].shrink;
    if (items[i].flexible()) flexible += items[i].width;
  }
  if (hyphen) natural += hyphen->width;

  // Margin kerning: the edge characters hang out by a share of their advance, so the line
  // may be that much wider than the measure; by exactly what the breaker judged it with.
  const Pt hang_left = begin < end ? hangs_.left(begin) : Pt(0);
  const Pt hang_right = hangs_.right(brk);
  const bool justified = style_->align == Align::justify;
  const Pt available = line_width(index) + hang_left + hang_right;
  const Pt excess = available - natural;
  // Knuth's adjustment ratio (> 0 stretches, < 0 shrinks), spent on the glue and, with font
  // expansion, on the text's width, as the breaker judged the line.
  const Pt text = natural - flexible;  // what font expansion may widen or narrow
  const LineAdjustment adjust =
      adjust_line(excess, stretch, shrink, text, expansion(), justified && !last);
  const double ratio = adjust.ratio;
  const double glue = adjust.glue_ratio;
  const double scale = adjust.scale;

  Line line;
  line.source = position_of(begin, end);
  line.hang_left = hang_left;
  line.hang_right = hang_right;
  // A line still wider than the measure is no warning here: the preflight finds the glyphs
  // outside their frame and says so with the page.
  const Pt set_width = natural + (glue > 0 ? stretch * glue : shrink * glue) + text * (scale - 1);
  if (set_width <= available && justified && !last &&
      badness(ratio) > style_->breaking.report_badness) {
    line.notes.push_back({Severity::warning, line.source,
                          "underfull line " + excerpt(begin, end, lead) + ": its spaces stretch " +
                              points(stretch * glue) + " beyond their natural width (badness " +
                              std::to_string(static_cast<int>(badness(ratio))) + ")",
                          "underfull lines"});
  }
  if (at.kind == ItemKind::penalty && at.reach != BreakReach::normal) {
    line.notes.push_back({Severity::warning, line.source,
                          std::string("nothing else keeps the line inside its measure, so it ") +
                              last_resort(at.reach) + ": " + excerpt(begin, end, lead)});
  }

  Pt x = style_->left_indent.resolve(size_) - hang_left;
  if (index == 0) x += style_->first_indent.resolve(size_);
  const Pt slack = max(Pt(0), available - set_width);
  if (style_->align == Align::right) x += slack;
  if (style_->align == Align::center) x += slack / 2;

  line.leading = style_->leading.resolve(size_);
  const Pt origin = x;
  std::uint32_t first_run = std::numeric_limits<std::uint32_t>::max();
  for (std::size_t i = begin; i < end; ++i) {
    const Item& it = items[i];
    if (it.kind == ItemKind::penalty) continue;
    if (const int c = shown_at(i, begin, lead); c >= 0) {
      append(line, par_, par_.fragments[c], x, scale, size);
      first_run = std::min(first_run, par_.fragments[c].run);
    }
    if (it.flexible()) {
      x += it.width + (glue > 0 ? it.stretch * glue : it.shrink * glue);
    } else {
      x += it.width * scale;
    }
  }
  if (hyphen) {
    line.hyphenated = !here || here->hyphen;
    append(line, par_, *hyphen, x, scale, size);
    x += hyphen->width * scale;
  }
  first_run_.push_back(first_run);
  line.width = x - origin;
  if (line.runs.empty()) {  // an empty line (two forced breaks) keeps the paragraph's height
    line.ascent = size_ * 0.8;
    line.descent = size_ * 0.2;
  }
  return line;
}

void ParagraphSetter::place_right_column(std::vector<Line>& lines, const std::vector<Pt>& text_ends,
                                         std::size_t target_index) {
  if (p_->right.runs.empty() || lines.empty()) return;
  Line& target = lines[target_index];
  Paragraph column{p_->style, p_->right.runs, {}, p_->pos, {}};
  ItemizedParagraph number = itemize(column, ctx_, diags_);
  const Pt width = unbroken_width(number);
  const Pt column_end = measure_ - style_->right_indent.resolve(size_);
  const Pt number_start = column_end - width;
  Line placed;

  // Leader dots from the end of the text to the number's column, on a grid from the measure's
  // left edge so that the dots of successive entries stand in columns.
  if (!p_->right.leader.empty() && !number.fragments.empty()) {
    StyledRun leader_run = p_->right.runs.front();
    leader_run.text = p_->right.leader;
    Paragraph leader_par{p_->style, {leader_run}, {}, p_->pos, {}};
    ItemizedParagraph leader = itemize(leader_par, ctx_, diags_);
    const Pt step = unbroken_width(leader);
    const Pt gap = size_ * 0.5;  // room kept between the text and the first dot
    if (step > Pt(0)) {
      const Pt from = text_ends[target_index] + gap;
      const Pt to = column_end - right_column_;
      const double first = std::ceil(from / step);
      const double dots = std::floor(to / step) - first;
      for (double k = first; dots >= kMinLeaderDots && step * (k + 1) <= to; k += 1) {
        append_unbroken(placed, leader, step * k);
      }
    }
  }
  // The number in runs of its own (never merged into the dots), marked as what it is.
  Line numbered;
  append_unbroken(numbered, number, number_start);
  for (GlyphRun& r : placed.runs) target.runs.push_back(std::move(r));
  for (GlyphRun& r : numbered.runs) {
    r.page_reference = true;
    target.runs.push_back(std::move(r));
  }
  target.ascent = max(target.ascent, max(placed.ascent, numbered.ascent));
  target.descent = max(target.descent, max(placed.descent, numbered.descent));
}

// The buffers of the last paragraph itemized on this thread, lent to the next; those of a very
// long paragraph are let go instead, so that one abstract of 200,000 words does not hold its
// memory for the rest of the build.
thread_local ItemizedParagraph t_recycled;
constexpr std::size_t kMaxRecycledItems = 1 << 16;

void ParagraphSetter::run(LineSink& sink) {
  par_ = itemize(*p_, ctx_, diags_, BreakReach::normal, std::move(t_recycled));
  if (style_->fit == Fit::shrink) shrink_to_fit();
  break_lines();

  SetParagraph rules;
  rules.space_before = style_->space_before.resolve(size_);
  rules.space_after = style_->space_after.resolve(size_);
  rules.keep_with_next = style_->keep_with_next;
  rules.keep_together = style_->keep_together;
  rules.widows = style_->widows;
  rules.orphans = style_->orphans;
  rules.pos = p_->pos;
  rules.bookmark = p_->bookmark.title;
  rules.bookmark_level = p_->bookmark.level;
  const std::size_t count = breaks_.breaks.size();
  sink.begin(std::move(rules), count);

  // A right column is placed once every line is set (it may stand on the last); a paragraph
  // without one hands each line on as soon as it is set.
  const bool held = !p_->right.runs.empty();
  std::vector<Line> lines;
  std::vector<Pt> text_ends;
  std::size_t begin = 0;
  for (std::size_t n = 0; n < count; ++n) {
    const std::size_t b = breaks_.breaks[n];
    const bool forced =
        par_.items[b].kind == ItemKind::penalty && par_.items[b].penalty <= kForceBreak;
    Line line = set_line(begin, b, static_cast<int>(n), forced);
    begin = b + 1;
    if (n == 0 && breaks_.pass >= 3) {
      const bool justified = style_->align == Align::justify;
      const std::string how = breaks_.pass == 3
                                  ? (justified ? "with emergency stretch" : "with a wider rag")
                                  : "loosely, with any line short of its measure allowed";
      line.notes.push_back(
          {Severity::warning, line.source, "no breaks within the paragraph's tolerance: set " + how,
           breaks_.pass == 3 ? "paragraphs set with emergency stretch" : "paragraphs set loosely"});
    }
    if (!held) {
      sink.line(std::move(line));
      continue;
    }
    text_ends.push_back(line.runs.empty() ? Pt(0) : line.runs.front().x + line.width);
    lines.push_back(std::move(line));
  }
  if (held && !lines.empty()) {
    std::size_t target = 0;
    if (p_->right.line == RightColumnLine::last) target = lines.size() - 1;
    if (p_->right.line == RightColumnLine::title_last) {
      // The title's last line: the last one that starts with some of its runs.
      while (target + 1 < first_run_.size() && first_run_[target + 1] < p_->right.title_runs) {
        ++target;
      }
    }
    place_right_column(lines, text_ends, std::min(target, lines.size() - 1));
    for (Line& line : lines) sink.line(std::move(line));
  }
  if (par_.items.capacity() <= kMaxRecycledItems) t_recycled = std::move(par_);
}

// Collects the lines, for callers that want the paragraph whole.
class CollectedLines final : public LineSink {
 public:
  void begin(SetParagraph&& rules, std::size_t lines) override {
    out = std::move(rules);
    out.lines.reserve(lines);
  }
  void line(Line&& line) override { out.lines.push_back(std::move(line)); }
  SetParagraph out;
};

}  // namespace

SetParagraph set_paragraph(const Paragraph& paragraph, Pt measure, LayoutContext& context,
                           Diagnostics& diags, Pt right_column) {
  CollectedLines collected;
  set_paragraph(paragraph, measure, context, diags, right_column, collected);
  return std::move(collected.out);
}

void set_paragraph(const Paragraph& paragraph, Pt measure, LayoutContext& context,
                   Diagnostics& diags, Pt right_column, LineSink& sink) {
  ScopedStage stage(Stage::break_lines);
  ParagraphSetter(paragraph, measure, right_column, context, diags).run(sink);
}

Pt natural_width(const std::vector<StyledRun>& runs, const ParagraphStyle& style,
                 LayoutContext& context, Diagnostics& diags) {
  const Paragraph p{&style, runs, {}, {}, {}};
  return unbroken_width(itemize(p, context, diags));
}

}  // namespace folio
