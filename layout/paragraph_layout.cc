#include "layout/paragraph_layout.h"

#include "layout/itemizer.h"
#include "layout/knuth_plass.h"
#include "layout/margin_kerning.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace folio {
namespace {

// How far a line may exceed the measure before it is reported: rounding, not a real overflow.
constexpr Pt kOverfullSlack{0.01};

std::string points(Pt p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2fpt", p.value());
  return buf;
}

class ParagraphSetter {
 public:
  ParagraphSetter(const Paragraph& p, Pt measure, LayoutContext& context, Diagnostics& diags)
      : p_(p),
        style_(*p.style),
        measure_(measure),
        ctx_(context),
        diags_(diags),
        size_(style_.text.size) {}

  SetParagraph run();

 private:
  Pt line_width(int line) const;
  BreakParams break_params() const;
  Line set_line(std::size_t begin, std::size_t brk, int index, bool last);
  void append(Line& line, const Fragment& f, Pt x) const;
  void place_right_column(std::vector<Line>& lines, const std::vector<Pt>& text_ends);
  SourcePos position_of(std::size_t begin, std::size_t end) const;
  std::string excerpt(std::size_t begin, std::size_t end) const;

  const Paragraph& p_;
  const ParagraphStyle& style_;
  Pt measure_;
  LayoutContext& ctx_;
  Diagnostics& diags_;
  Pt size_;
  ItemizedParagraph par_;
  Pt right_column_;
};

Pt ParagraphSetter::line_width(int line) const {
  Pt w = measure_ - style_.left_indent.resolve(size_) - style_.right_indent.resolve(size_) -
         right_column_;
  if (line == 0) w -= style_.first_indent.resolve(size_);
  return w;
}

BreakParams ParagraphSetter::break_params() const {
  const BreakSettings& b = style_.breaking;
  BreakParams params;
  params.pretolerance = b.pretolerance;
  params.tolerance = b.tolerance;
  params.line_penalty = b.line_penalty;
  params.adj_demerits = b.adj_demerits;
  params.double_hyphen_demerits = b.double_hyphen_demerits;
  params.final_hyphen_demerits = b.final_hyphen_demerits;
  params.emergency_stretch = b.emergency_stretch.resolve(size_);
  params.max_hyphen_lines = b.max_hyphen_lines;
  if (style_.align != Align::justify) params.background_stretch = b.rag.resolve(size_);
  return params;
}

SourcePos ParagraphSetter::position_of(std::size_t begin, std::size_t end) const {
  for (std::size_t i = begin; i < end; ++i) {
    const int c = par_.items[i].content;
    if (c >= 0 && !par_.fragments[c].pos.file.empty()) return par_.fragments[c].pos;
  }
  return p_.pos;
}

// The start of a line's text, so a proofreader can find it on the page.
std::string ParagraphSetter::excerpt(std::size_t begin, std::size_t end) const {
  constexpr std::size_t kLength = 40;
  std::string text;
  for (std::size_t i = begin; i < end && text.size() < kLength; ++i) {
    const Item& it = par_.items[i];
    if (it.kind != ItemKind::penalty && it.content >= 0) text += par_.fragments[it.content].text;
  }
  if (text.size() > kLength) {
    std::size_t cut = kLength;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "...";
  }
  return "'" + text + "'";
}

void ParagraphSetter::append(Line& line, const Fragment& f, Pt x) const {
  GlyphRun* run = line.runs.empty() ? nullptr : &line.runs.back();
  if (!run || run->face != f.face || run->size != f.size || run->color != f.color) {
    line.runs.push_back({f.face, f.size, f.color, x, Pt(0), "", {}});
    run = &line.runs.back();
  }
  const auto base = static_cast<std::uint32_t>(run->text.size());
  Pt pen = x - run->x;
  for (const ShapedGlyph& g : f.glyphs) {
    run->glyphs.push_back({g.glyph, pen + g.x_offset, f.rise + g.y_offset, base + g.cluster});
    pen += g.advance;
  }
  run->text += f.text;
  const FaceMetrics& m = f.face->metrics();
  const double em = m.units_per_em;
  line.ascent = max(line.ascent, f.size * (m.ascender / em) + f.rise);
  line.descent = max(line.descent, f.size * (-m.descender / em) - f.rise);
}

Line ParagraphSetter::set_line(std::size_t begin, std::size_t brk, int index, bool last) {
  const std::vector<Item>& items = par_.items;
  // Glue and penalties at either end of the line vanish; what is left is set.
  std::size_t end = brk;
  while (begin < end && items[begin].kind != ItemKind::box) ++begin;
  while (end > begin && items[end - 1].kind != ItemKind::box) --end;
  const Item& at = items[brk];
  const Fragment* hyphen =
      at.kind == ItemKind::penalty && at.content >= 0 ? &par_.fragments[at.content] : nullptr;

  Pt natural, stretch, shrink;
  for (std::size_t i = begin; i < end; ++i) {
    if (items[i].kind == ItemKind::penalty) continue;
    natural += items[i].width;
    stretch += items[i].stretch;
    shrink += items[i].shrink;
  }
  if (hyphen) natural += hyphen->width;

  // Margin kerning: the edge characters hang out by a share of their advance, so the line
  // may be that much wider than the measure.
  Pt hang_left, hang_right;
  const bool justified = style_.align == Align::justify;
  if (style_.margin_kerning && begin < end) {
    const Fragment& first = par_.fragments[items[begin].content];
    const Fragment& final = hyphen ? *hyphen : par_.fragments[items[end - 1].content];
    if ((justified || style_.align == Align::left) && !first.glyphs.empty()) {
      hang_left = first.glyphs.front().advance * protrusion_left(first.first);
    }
    if (((justified && !last) || style_.align == Align::right) && !final.glyphs.empty()) {
      hang_right = final.glyphs.back().advance * protrusion_right(final.last);
    }
  }
  const Pt available = line_width(index) + hang_left + hang_right;
  const Pt excess = available - natural;
  double ratio = 0;  // Knuth's adjustment ratio: > 0 stretches the glue, < 0 shrinks it
  if (justified && !last && excess > Pt(0) && stretch > Pt(0)) ratio = excess / stretch;
  if (excess < Pt(0) && shrink > Pt(0)) ratio = std::max(-1.0, excess / shrink);

  const Pt set_width = natural + (ratio > 0 ? stretch * ratio : shrink * ratio);
  if (set_width > available + kOverfullSlack) {
    diags_.warning(position_of(begin, end), "overfull line " + excerpt(begin, end) + ": " +
                                                points(set_width - available) + " wider than the " +
                                                points(available) + " measure");
  } else if (justified && !last && badness(ratio) > style_.breaking.report_badness) {
    diags_.warning(position_of(begin, end),
                   "underfull line " + excerpt(begin, end) + ": its spaces stretch " +
                       points(stretch * ratio) + " beyond their natural width (badness " +
                       std::to_string(static_cast<int>(badness(ratio))) + ")");
  }

  Pt x = style_.left_indent.resolve(size_) - hang_left;
  if (index == 0) x += style_.first_indent.resolve(size_);
  const Pt slack = max(Pt(0), available - set_width);
  if (style_.align == Align::right) x += slack;
  if (style_.align == Align::center) x += slack / 2;

  Line line;
  line.leading = style_.leading.resolve(size_);
  const Pt origin = x;
  for (std::size_t i = begin; i < end; ++i) {
    const Item& it = items[i];
    if (it.kind == ItemKind::penalty) continue;
    if (it.content >= 0) append(line, par_.fragments[it.content], x);
    Pt w = it.width;
    if (it.kind == ItemKind::glue) w += ratio > 0 ? it.stretch * ratio : it.shrink * ratio;
    x += w;
  }
  if (hyphen) {
    line.hyphenated = true;
    append(line, *hyphen, x);
    x += hyphen->width;
  }
  line.width = x - origin;
  if (line.runs.empty()) {  // an empty line (two forced breaks) keeps the paragraph's height
    line.ascent = size_ * 0.8;
    line.descent = size_ * 0.2;
  }
  return line;
}

void ParagraphSetter::place_right_column(std::vector<Line>& lines,
                                         const std::vector<Pt>& text_ends) {
  if (p_.right.runs.empty() || lines.empty()) return;
  const std::size_t target_index = p_.right.on_last_line ? lines.size() - 1 : 0;
  Line& target = lines[target_index];
  Paragraph column{p_.style, p_.right.runs, {}, p_.pos, {}};
  ItemizedParagraph number = itemize(column, ctx_, diags_);
  Pt width;
  for (const Item& it : number.items) width += it.width;
  const Pt number_start = measure_ - style_.right_indent.resolve(size_) - width;
  Line placed;

  // Leader dots from the end of the text to the number, on a grid from the measure's left edge
  // so that the dots of successive entries stand in columns.
  if (!p_.right.leader.empty() && !number.fragments.empty()) {
    StyledRun leader_run = p_.right.runs.front();
    leader_run.text = p_.right.leader;
    Paragraph leader_par{p_.style, {leader_run}, {}, p_.pos, {}};
    ItemizedParagraph leader = itemize(leader_par, ctx_, diags_);
    Pt step;
    for (const Item& it : leader.items) step += it.width;
    const Pt gap = size_ * 0.5;  // room kept between the dots and the text or the number
    if (step > Pt(0)) {
      const Pt from = text_ends[target_index] + gap;
      const Pt to = number_start - gap;
      for (double k = std::ceil(from / step); step * (k + 1) <= to; k += 1) {
        Pt lx = step * k;
        for (const Item& it : leader.items) {
          if (it.content >= 0) append(placed, leader.fragments[it.content], lx);
          lx += it.width;
        }
      }
    }
  }
  Pt x = number_start;
  for (const Item& it : number.items) {
    if (it.content >= 0) append(placed, number.fragments[it.content], x);
    x += it.width;
  }
  for (GlyphRun& r : placed.runs) target.runs.push_back(std::move(r));
  target.ascent = max(target.ascent, placed.ascent);
  target.descent = max(target.descent, placed.descent);
}

SetParagraph ParagraphSetter::run() {
  if (!p_.right.runs.empty()) right_column_ = p_.right.width;
  par_ = itemize(p_, ctx_, diags_);

  SetParagraph out;
  out.space_before = style_.space_before.resolve(size_);
  out.space_after = style_.space_after.resolve(size_);
  out.keep_with_next = style_.keep_with_next;
  out.keep_together = style_.keep_together;
  out.widows = style_.widows;
  out.orphans = style_.orphans;
  out.pos = p_.pos;
  out.bookmark = p_.bookmark.title;
  out.bookmark_level = p_.bookmark.level;

  BreakResult breaks = break_optimal(
      par_.items, [this](int line) { return line_width(line); }, break_params());
  std::vector<Pt> text_ends;
  std::size_t begin = 0;
  for (std::size_t n = 0; n < breaks.breaks.size(); ++n) {
    const std::size_t b = breaks.breaks[n];
    const bool forced =
        par_.items[b].kind == ItemKind::penalty && par_.items[b].penalty <= kForceBreak;
    Line line = set_line(begin, b, static_cast<int>(n), forced);
    text_ends.push_back(line.runs.empty() ? Pt(0) : line.runs.front().x + line.width);
    out.lines.push_back(std::move(line));
    begin = b + 1;
  }
  place_right_column(out.lines, text_ends);
  return out;
}

}  // namespace

SetParagraph set_paragraph(const Paragraph& paragraph, Pt measure, LayoutContext& context,
                           Diagnostics& diags) {
  return ParagraphSetter(paragraph, measure, context, diags).run();
}

}  // namespace folio
