#include "layout/paragraph_layout.h"

#include <algorithm>
#include <cstdio>

#include "layout/items.h"
#include "layout/shaper.h"
#include "layout/text_transform.h"

namespace folio {
namespace {

// Inter-word glue as a share of the font's space: TeX's defaults for a roman text face
// (stretch 1/2, shrink 1/3 of the interword space).
constexpr double kSpaceStretch = 0.5;
constexpr double kSpaceShrink = 1.0 / 3.0;

// Shaped text in one format: a word or part of one, or the space glyph of a glue.
struct Fragment {
  const Face* face = nullptr;
  Pt size;
  Color color;
  Pt rise;
  std::string text;
  std::vector<ShapedGlyph> glyphs;
  Pt width;
  SourcePos pos;
};

class ParagraphSetter {
 public:
  ParagraphSetter(const Paragraph& p, Pt measure, FontCache& fonts, Diagnostics& diags)
      : p_(p), style_(*p.style), measure_(measure), fonts_(fonts), diags_(diags) {}

  SetParagraph run();

 private:
  void add_run(const StyledRun& run);
  int add_fragment(const StyledRun& run, const Face* face, std::string text);
  Pt line_width(int line) const;
  Line set_line(std::size_t begin, std::size_t end, int index, bool last);
  void place_right_column(std::vector<Line>& lines);
  void append(Line& line, const Fragment& f, Pt x);

  const Paragraph& p_;
  const ParagraphStyle& style_;
  Pt measure_;
  FontCache& fonts_;
  Diagnostics& diags_;
  Pt base_size_;
  std::vector<Fragment> fragments_;
  std::vector<Item> items_;
  Pt right_column_;
};

int ParagraphSetter::add_fragment(const StyledRun& run, const Face* face, std::string text) {
  const TextFormat& f = run.format;
  std::vector<FontFeature> features = f.features;
  ShapeRequest request{face, f.size, run.lang, &features};
  Fragment frag;
  frag.face = face;
  frag.size = f.size;
  frag.color = f.color;
  frag.rise = f.baseline_shift.resolve(f.size);
  frag.pos = run.pos;
  ShapedText shaped = shape(request, text);
  Pt spacing = f.letter_spacing.resolve(f.size);
  for (ShapedGlyph& g : shaped.glyphs) {
    g.advance += spacing;
    frag.width += g.advance;
  }
  frag.glyphs = std::move(shaped.glyphs);
  frag.text = std::move(text);
  fragments_.push_back(std::move(frag));
  return static_cast<int>(fragments_.size()) - 1;
}

void ParagraphSetter::add_run(const StyledRun& run) {
  if (run.line_break) {
    items_.push_back(Item::forced_break());
    return;
  }
  const Face* face = fonts_.face(run.format.font, run.format.font_pos, diags_);
  if (!face) return;
  std::string text =
      run.format.transform == TextTransform::uppercase ? to_uppercase(run.text) : run.text;
  // Words break only at spaces. A no-break space (U+00A0) is the same stretchable space with a
  // penalty that forbids the break: shaped as U+0020, since fonts often draw U+00A0 wider.
  static constexpr std::string_view kNoBreakSpace = "\u00A0";
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t space = text.find(' ', start);
    std::size_t nbsp = text.find(kNoBreakSpace, start);
    std::size_t end = std::min(space, nbsp);
    if (end == std::string::npos) end = text.size();
    if (end > start) {
      int f = add_fragment(run, face, text.substr(start, end - start));
      items_.push_back(Item::box(fragments_[f].width, f));
    }
    if (end == text.size()) break;
    const bool breakable = end == space;
    if (!breakable) items_.push_back(Item::penalty_item(Pt(0), kNeverBreak, false, -1));
    int s = add_fragment(run, face, " ");
    Pt w = fragments_[s].width;
    items_.push_back(Item::glue(w, w * kSpaceStretch, w * kSpaceShrink, s));
    start = end + (breakable ? 1 : kNoBreakSpace.size());
  }
}

Pt ParagraphSetter::line_width(int line) const {
  Pt w = measure_ - style_.left_indent.resolve(base_size_) -
         style_.right_indent.resolve(base_size_) - right_column_;
  if (line == 0) w -= style_.first_indent.resolve(base_size_);
  return w;
}

void ParagraphSetter::append(Line& line, const Fragment& f, Pt x) {
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

Line ParagraphSetter::set_line(std::size_t begin, std::size_t end, int index, bool last) {
  // Drop glue at either end of the line; what is left is set.
  while (begin < end && items_[begin].kind != ItemKind::box) ++begin;
  while (end > begin && items_[end - 1].kind != ItemKind::box) --end;
  Pt natural, stretch, shrink;
  for (std::size_t i = begin; i < end; ++i) {
    natural += items_[i].width;
    stretch += items_[i].stretch;
    shrink += items_[i].shrink;
  }
  const Pt available = line_width(index);
  const Pt excess = available - natural;
  double ratio = 0;  // Knuth's adjustment ratio: > 0 stretches, < 0 shrinks
  if (style_.align == Align::justify && !last) {
    if (excess > Pt(0) && stretch > Pt(0)) ratio = excess / stretch;
    if (excess < Pt(0) && shrink > Pt(0)) ratio = std::max(-1.0, excess / shrink);
  } else if (excess < Pt(0) && shrink > Pt(0)) {
    ratio = std::max(-1.0, excess / shrink);
  }
  Pt set_width = natural;
  for (std::size_t i = begin; i < end; ++i) {
    if (items_[i].kind == ItemKind::glue) {
      set_width += ratio > 0 ? items_[i].stretch * ratio : items_[i].shrink * ratio;
    }
  }
  if (set_width > available + Pt(0.01)) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "overfull line: the text is %.2fpt wider than the %.2fpt measure",
                  (set_width - available).value(), available.value());
    SourcePos pos = begin < end && items_[begin].content >= 0 ? fragments_[items_[begin].content].pos
                                                             : p_.pos;
    diags_.warning(pos, buf);
  }

  Pt x = style_.left_indent.resolve(base_size_);
  if (index == 0) x += style_.first_indent.resolve(base_size_);
  const Pt slack = max(Pt(0), available - set_width);
  if (style_.align == Align::right) x += slack;
  if (style_.align == Align::center) x += slack / 2;

  Line line;
  line.leading = style_.leading.resolve(base_size_);
  const Pt origin = x;
  for (std::size_t i = begin; i < end; ++i) {
    const Item& it = items_[i];
    if (it.content >= 0) append(line, fragments_[it.content], x);
    Pt w = it.width;
    if (it.kind == ItemKind::glue) w += ratio > 0 ? it.stretch * ratio : it.shrink * ratio;
    x += w;
  }
  line.width = x - origin;
  if (line.runs.empty()) {  // an empty line (two forced breaks) still has the paragraph's height
    line.ascent = base_size_ * 0.8;
    line.descent = base_size_ * 0.2;
  }
  return line;
}

void ParagraphSetter::place_right_column(std::vector<Line>& lines) {
  if (p_.right.runs.empty() || lines.empty()) return;
  Line& target = p_.right.on_last_line ? lines.back() : lines.front();
  std::vector<int> parts;
  Pt width;
  for (const StyledRun& run : p_.right.runs) {
    const Face* face = fonts_.face(run.format.font, run.format.font_pos, diags_);
    if (!face || run.line_break) continue;
    parts.push_back(add_fragment(run, face, run.text));
    width += fragments_[parts.back()].width;
  }
  Pt x = measure_ - style_.right_indent.resolve(base_size_) - width;
  // The column's text gets runs of its own: it is not part of the line's flow of words.
  Line column;
  for (int f : parts) {
    append(column, fragments_[f], x);
    x += fragments_[f].width;
  }
  for (GlyphRun& r : column.runs) target.runs.push_back(std::move(r));
  target.ascent = max(target.ascent, column.ascent);
  target.descent = max(target.descent, column.descent);
}

SetParagraph ParagraphSetter::run() {
  base_size_ = style_.text.size;
  if (!p_.right.runs.empty()) right_column_ = p_.right.width;
  for (const StyledRun& run : p_.runs) add_run(run);
  items_.push_back(Item::forced_break());

  SetParagraph out;
  out.space_before = style_.space_before.resolve(base_size_);
  out.space_after = style_.space_after.resolve(base_size_);
  out.keep_with_next = style_.keep_with_next;
  out.keep_together = style_.keep_together;
  out.widows = style_.widows;
  out.orphans = style_.orphans;
  out.pos = p_.pos;

  Breaks breaks = break_first_fit(items_, [this](int line) { return line_width(line); });
  std::size_t begin = 0;
  for (std::size_t n = 0; n < breaks.size(); ++n) {
    bool forced = items_[breaks[n]].kind == ItemKind::penalty &&
                  items_[breaks[n]].penalty <= kForceBreak;
    out.lines.push_back(set_line(begin, breaks[n], static_cast<int>(n), forced));
    begin = breaks[n] + 1;
  }
  place_right_column(out.lines);
  return out;
}

}  // namespace

SetParagraph set_paragraph(const Paragraph& paragraph, Pt measure, FontCache& fonts,
                           Diagnostics& diags) {
  return ParagraphSetter(paragraph, measure, fonts, diags).run();
}

}  // namespace folio
