#include "layout/pages/running_lines.h"

#include "layout/pages/folio.h"
#include "layout/lines/paragraph_layout.h"

namespace folio {

std::string fill_fields(const std::string& text, const std::string& journal,
                        const std::string& issue, const std::string& part,
                        const std::string& folio) {
  const std::pair<const char*, const std::string*> fields[] = {
      {"{journal}", &journal}, {"{issue}", &issue}, {"{part}", &part}, {"{folio}", &folio}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [name, value] : fields) {
      if (text.compare(i, std::char_traits<char>::length(name), name) == 0) {
        out += *value;
        i += std::char_traits<char>::length(name);
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

namespace {

void set_running_line(Page& page, std::size_t number, const RunningLine& line, bool header,
                      const PageMaster& master, const std::string& text, const Style& style,
                      LayoutContext& context, Diagnostics& diags) {
  const Pt measure = PageBuilder::measure(master);
  const Pt left = PageBuilder::frame_left(master, number);
  const Pt y = header ? master.height - line.offset : line.offset;
  // The line's slot: the measure, from the style's descent to its ascent around the baseline.
  // It is there even when nothing could be set in it, so the preflight finds it empty.
  auto found = style.paragraphs.find(line.style);
  const Pt size = found == style.paragraphs.end() ? Pt(10) : found->second.text.size;
  const int frame = static_cast<int>(page.frames.size());
  page.frames.push_back({left, y - size * 0.3, measure, size * 1.3,
                         std::string(header ? "the header" : "the footer") + " '" + line.text + "'",
                         true});
  if (found == style.paragraphs.end() || text.empty()) return;
  // Set on one line at its natural width; placement decides where the line goes.
  ParagraphStyle natural = found->second;
  natural.align = Align::left;
  natural.hyphenate = false;
  natural.first_indent = natural.left_indent = natural.right_indent = {};
  StyledRun run;
  run.text = text;
  run.format = natural.text;
  run.lang = natural.lang;
  run.pos = line.pos;
  // Never broken: a running line wider than the measure sticks out of its slot, where the
  // preflight sees it, rather than losing its end.
  constexpr double kUnbroken = 1000;
  SetParagraph set =
      set_paragraph({&natural, {run}, {}, line.pos, {}}, measure * kUnbroken, context, diags);
  if (set.lines.empty()) return;
  const Line& l = set.lines.front();
  page.frames[frame].y = y - l.descent;
  page.frames[frame].height = l.ascent + l.descent;
  if (page.sources.empty() || page.sources.back().line != line.pos.line ||
      page.sources.back().file != line.pos.file) {
    page.sources.push_back(line.pos);
  }
  const bool recto = number % 2 == 1;
  Pt dx = (measure - l.width) / 2;
  using P = RunningLine::Placement;
  if (line.placement == P::outside) dx = recto ? measure - l.width : Pt(0);
  if (line.placement == P::inside) dx = recto ? Pt(0) : measure - l.width;
  const Pt x = left + dx;
  for (const GlyphRun& r : l.runs) {
    GlyphRun placed = r;
    placed.x += x;
    placed.y = y + r.y;
    placed.frame = frame;
    placed.source = static_cast<int>(page.sources.size()) - 1;
    page.items.emplace_back(std::move(placed));
  }
}

}  // namespace

void add_running_lines(Document& doc, const std::vector<PagePlan>& plans,
                       const ComposedIssue& issue, LayoutContext& context, Diagnostics& diags) {
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    Page& page = doc.pages[i];
    const std::size_t number = i + 1;
    page.label = format_folio(static_cast<int>(number), issue.style->folios);
    const PagePlan& plan = plans[i];
    const ComposedPart& part = issue.parts[plan.part];
    if (plan.blank || (plan.opening && !part.style->heads_on_first_page)) continue;
    for (bool header : {true, false}) {
      for (const RunningLine& line : header ? plan.master->headers : plan.master->footers) {
        const std::string text =
            fill_fields(line.text, issue.journal, issue.designation, part.title, page.label);
        set_running_line(page, number, line, header, *plan.master, text, *issue.style, context,
                         diags);
      }
    }
  }
}

}  // namespace folio
