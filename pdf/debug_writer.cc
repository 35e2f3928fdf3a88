#include "pdf/debug_writer.h"

#include "pdf/pdf_number.h"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace folio {
namespace {

std::string n(Pt p) { return pdf::number(p.value(), 2); }

// Positions with both decimals, so that a column of them lines up.
std::string fixed(Pt p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", p.value());
  return buf;
}

std::string color(const Color& c) {
  const auto& v = c.values;
  if (c.space == ColorSpace::gray) return "gray(" + pdf::number(v[0], 3) + ")";
  return "cmyk(" + pdf::number(v[0], 3) + "," + pdf::number(v[1], 3) + "," + pdf::number(v[2], 3) +
         "," + pdf::number(v[3], 3) + ")";
}

std::string font(const GlyphRun& run) {
  std::string out = run.face->postscript_name() + " " + n(run.size) + "pt " + color(run.color);
  if (run.expansion != 1) out += " expanded " + pdf::number(run.expansion, 3);
  return out;
}

// Runs on one baseline of one frame are one line: a paragraph's line with its italic words, or
// a contents title with its page number.
bool same_line(const GlyphRun& a, const GlyphRun& b) {
  return a.frame == b.frame && std::abs((a.y - b.y).value()) < 0.005;
}

void write_line(const std::vector<const GlyphRun*>& runs, std::ostream& out) {
  const GlyphRun& first = *runs.front();
  const GlyphRun& last = *runs.back();
  std::string text;
  bool one_font = true;
  const GlyphRun* before = nullptr;
  for (const GlyphRun* r : runs) {
    // A gap wider than a word space between runs (a page number set apart) reads as a space.
    if (before && r->x - (before->x + before->width) > r->size * 0.5 && text.back() != ' ') {
      text += ' ';
    }
    text += r->text;
    one_font = one_font && font(*r) == font(first);
    before = r;
  }
  const std::string& style = first.style.empty() ? std::string("-") : first.style;
  out << "  y=" << fixed(first.y) << " x=" << fixed(first.x)
      << " w=" << fixed(last.x + last.width - first.x)
      << " " << style << " \"" << text << "\"";
  if (one_font) {
    out << "  [" << font(first) << "]\n";
    return;
  }
  out << "\n";
  for (const GlyphRun* r : runs) {
    out << "    x=" << fixed(r->x) << " w=" << fixed(r->width) << " " << font(*r) << " \"" << r->text
        << "\"\n";
  }
}

void write_page(const Page& page, std::size_t number, std::ostream& out) {
  out << "page " << number << " \"" << page.label << "\" " << n(page.width) << "x"
      << n(page.height) << " bleed " << n(page.bleed);
  if (!page.part.empty()) out << " " << page.part;
  out << "\n";
  std::vector<const GlyphRun*> line;
  auto flush = [&] {
    if (!line.empty()) write_line(line, out);
    line.clear();
  };
  for (const DisplayItem& item : page.items) {
    if (const auto* run = std::get_if<GlyphRun>(&item)) {
      if (!line.empty() && !same_line(*line.back(), *run)) flush();
      line.push_back(run);
      continue;
    }
    flush();
    const Rule& r = std::get<Rule>(item);
    out << "  rule x=" << n(r.x) << " y=" << n(r.y) << " w=" << n(r.width) << " h=" << n(r.height)
        << " " << color(r.color) << "\n";
  }
  flush();
}

}  // namespace

void write_debug(const Document& doc, std::ostream& out) {
  for (std::size_t i = 0; i < doc.pages.size(); ++i) write_page(doc.pages[i], i + 1, out);
  for (const OutlineEntry& e : doc.outline) {
    out << "outline " << e.level << " page " << e.page + 1 << " \"" << e.title << "\"\n";
  }
}

}  // namespace folio
