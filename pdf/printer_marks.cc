#include "pdf/printer_marks.h"

#include "base/utf8.h"

namespace folio::pdf {
namespace {

// A hairline: thin enough not to matter, thick enough for every platesetter.
constexpr Pt kMarkWeight = Pt(0.25);
constexpr Pt kMarkLength = millimetres(5);
// Between the bleed's edge and the start of a mark, so a mark never prints into the bleed.
constexpr Pt kMarkGap = millimetres(2);
// Between the marks' outer ends and the media box.
constexpr Pt kSheetEdge = Pt(3);
constexpr Pt kSlugSize = Pt(6);
// The slug starts clear of the vertical crop mark at the trim's left edge.
constexpr Pt kSlugIndent = Pt(12);
// A draft line set into the bleed needs this much of it; with less, it goes into the margin.
constexpr Pt kDraftSize = Pt(5);
constexpr Pt kDraftMinBleed = Pt(6);
constexpr Pt kDraftFromEdge = Pt(1.5);  // from the bleed's edge (or the trim's) to the baseline

// Slug fields are set apart by wide spaces and a middle dot.
constexpr const char* kSlugSeparator = "   \u00B7   ";

Pt mark_offset(Pt bleed) { return bleed + kMarkGap; }

}  // namespace

SheetGeometry sheet_geometry(Pt bleed, bool marks) {
  if (!marks) return {bleed, bleed};
  return {bleed, mark_offset(bleed) + kMarkLength + kSheetEdge};
}

std::vector<Rule> crop_marks(const Page& page, Pt bleed) {
  const Pt start = mark_offset(bleed);
  const Pt half = kMarkWeight / 2;
  std::vector<Rule> out;
  for (Pt x : {Pt(0), page.width}) {
    // Vertical marks on the trim's vertical edges, below and above the page.
    out.push_back({x - half, -start - kMarkLength, kMarkWeight, kMarkLength, kRegistration});
    out.push_back({x - half, page.height + start, kMarkWeight, kMarkLength, kRegistration});
  }
  for (Pt y : {Pt(0), page.height}) {
    // Horizontal marks on the trim's horizontal edges, left and right of the page.
    out.push_back({-start - kMarkLength, y - half, kMarkLength, kMarkWeight, kRegistration});
    out.push_back({page.width + start, y - half, kMarkLength, kMarkWeight, kRegistration});
  }
  return out;
}

Rule extended_into_bleed(Rule rule, const Page& page, Pt bleed) {
  if (bleed <= Pt(0)) return rule;
  // Layout places in hundredths of a point at best; closer than that is on the edge.
  const Pt near = Pt(0.01);
  const Pt right = rule.x + rule.width, top = rule.y + rule.height;
  if (rule.x <= near) rule.x = -bleed;
  if (rule.y <= near) rule.y = -bleed;
  rule.width = (right >= page.width - near ? page.width + bleed : right) - rule.x;
  rule.height = (top >= page.height - near ? page.height + bleed : top) - rule.y;
  return rule;
}

GlyphRun plain_line(const Face& face, const std::string& text, Pt size, Pt x, Pt y, Color color) {
  GlyphRun run;
  run.face = &face;
  run.size = size;
  run.color = color;
  run.x = x;
  run.y = y;
  run.text = text;
  const std::uint32_t missing = face.glyph_for('?');
  Pt pen;
  for (std::size_t i = 0; i < text.size();) {
    const auto cluster = static_cast<std::uint32_t>(i);
    std::uint32_t glyph = face.glyph_for(utf8::next(text, i));
    if (glyph == 0) glyph = missing;
    run.glyphs.push_back({glyph, cluster, pen, Pt(0)});
    pen += Face::to_pt(face.advance(glyph), size);
  }
  run.width = pen;
  run.style = "printer's marks";
  return run;
}

std::string slug_text(const SlugFields& f) {
  std::string out = f.draft ? std::string(kDraftLine) + kSlugSeparator : "";
  for (const std::string* part : {&f.file, &f.issue, &f.date}) {
    if (!part->empty()) out += *part + kSlugSeparator;
  }
  return out + "page " + f.page;
}

Pt line_width(const GlyphRun& run) {
  if (run.glyphs.empty()) return Pt(0);
  const PlacedGlyph& last = run.glyphs.back();
  return last.x + Face::to_pt(run.face->advance(last.glyph), run.size);
}

GlyphRun slug_line(const Face& face, const Page& page, Pt bleed, const std::string& text) {
  // Halfway down the crop marks below the page: outside the bleed, between the corner marks.
  const Pt baseline = -mark_offset(bleed) - kMarkLength / 2 - kSlugSize / 3;
  GlyphRun run = plain_line(face, text, kSlugSize, kSlugIndent, baseline, kRegistration);
  // On a narrow page the whole line still shows, smaller.
  const Pt room = page.width - 2 * kSlugIndent;
  if (const Pt width = line_width(run); width > room && room > Pt(0)) {
    run = plain_line(face, text, kSlugSize * (room / width), kSlugIndent, baseline, kRegistration);
  }
  return run;
}

GlyphRun draft_line(const Face& face, Pt bleed) {
  const Pt baseline = bleed >= kDraftMinBleed ? -bleed + kDraftFromEdge : kDraftFromEdge * 4;
  return plain_line(face, kDraftLine, kDraftSize, kSlugIndent, baseline, kRegistration);
}

}  // namespace folio::pdf
