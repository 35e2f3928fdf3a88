#include "layout/pages/running_lines.h"

#include "layout/lines/paragraph_layout.h"

namespace folio {
namespace {

// A running line is set at its natural width and never broken: one wider than the measure
// sticks out of its slot, where the preflight sees it, rather than losing its end.
constexpr double kUnbroken = 1000;

std::string with_folio(const std::string& text, const std::string& folio) {
  std::string out = text;
  const std::string field = kFolioField;
  for (std::size_t at = out.find(field); at != std::string::npos;
       at = out.find(field, at + folio.size())) {
    out.replace(at, field.size(), folio);
  }
  return out;
}

void set_running_line(Page& page, std::size_t number, const PartRunningLine& line,
                      const PageGeometry& g, LayoutContext& context, Diagnostics& diags) {
  const Pt measure = g.text_width;
  const Pt left = g.left(number);
  const Pt y = line.header ? g.height - line.offset : line.offset;
  const Pt size = line.style->text.size;
  const int frame = static_cast<int>(page.frames.size());
  page.frames.push_back(
      {left, y - size * 0.3, measure, size * 1.3,
       std::string(line.header ? "the header" : "the footer") + " '" + line.written + "'", true});
  const std::string text = with_folio(line.text, page.label);
  if (text.empty()) return;
  // Set on one line at its natural width; placement decides where the line goes.
  ParagraphStyle natural = *line.style;
  natural.align = Align::left;
  natural.hyphenate = false;
  natural.first_indent = natural.left_indent = natural.right_indent = {};
  StyledRun run;
  run.text = text;
  run.format = natural.text;
  run.lang = natural.lang;
  run.pos = line.pos;
  SetParagraph set =
      set_paragraph({&natural, {run}, {}, line.pos, {}}, measure * kUnbroken, context, diags);
  if (set.lines.empty()) return;
  const Line& l = set.lines.front();
  page.frames[static_cast<std::size_t>(frame)].y = y - l.descent;
  page.frames[static_cast<std::size_t>(frame)].height = l.ascent + l.descent;
  page.sources.push_back(line.pos);
  const bool recto = number % 2 == 1;
  Pt dx = (measure - l.width) / 2;
  using P = RunningLine::Placement;
  if (line.placement == P::outside) dx = recto ? measure - l.width : Pt(0);
  if (line.placement == P::inside) dx = recto ? Pt(0) : measure - l.width;
  for (const GlyphRun& r : l.runs) {
    GlyphRun placed = r;
    placed.x += left + dx;
    placed.y = y + r.y;
    placed.frame = frame;
    placed.source = static_cast<int>(page.sources.size()) - 1;
    page.items.emplace_back(std::move(placed));
  }
}

}  // namespace

void add_running_lines(Page& page, std::size_t number, const PartMaster& master,
                       const PageGeometry& geometry, LayoutContext& context, Diagnostics& diags) {
  for (const PartRunningLine& line : master.running_lines) {
    set_running_line(page, number, line, geometry, context, diags);
  }
}

}  // namespace folio
