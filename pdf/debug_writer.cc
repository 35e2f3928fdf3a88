#include "pdf/debug_writer.h"

#include "pdf/pdf_number.h"

#include <ostream>

namespace folio {
namespace {

std::string n(Pt p) { return pdf::number(p.value(), 2); }

std::string color(const Color& c) {
  const auto& v = c.values;
  if (c.space == ColorSpace::gray) return "gray(" + pdf::number(v[0], 3) + ")";
  return "cmyk(" + pdf::number(v[0], 3) + "," + pdf::number(v[1], 3) + "," + pdf::number(v[2], 3) +
         "," + pdf::number(v[3], 3) + ")";
}

void write_run(const GlyphRun& run, std::ostream& out) {
  out << "  run " << run.face->postscript_name() << " " << n(run.size) << "pt at " << n(run.x)
      << "," << n(run.y) << " " << color(run.color) << " \"" << run.text << "\"\n";
  out << "   ";
  for (const PlacedGlyph& g : run.glyphs) {
    out << " " << g.glyph << "@" << n(g.x);
    if (g.y != Pt(0)) out << "^" << n(g.y);
  }
  out << "\n";
}

}  // namespace

void write_debug(const Document& doc, std::ostream& out) {
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const Page& page = doc.pages[i];
    out << "page " << i + 1 << " label \"" << page.label << "\" " << n(page.width) << "x"
        << n(page.height) << " bleed " << n(page.bleed) << "\n";
    for (const DisplayItem& item : page.items) {
      if (const auto* run = std::get_if<GlyphRun>(&item)) {
        write_run(*run, out);
      } else {
        const Rule& r = std::get<Rule>(item);
        out << "  rule " << n(r.x) << "," << n(r.y) << " " << n(r.width) << "x" << n(r.height)
            << " " << color(r.color) << "\n";
      }
    }
  }
  for (const OutlineEntry& e : doc.outline) {
    out << "outline " << e.level << " page " << e.page + 1 << " \"" << e.title << "\"\n";
  }
}

}  // namespace folio
