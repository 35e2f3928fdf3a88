#pragma once
// The content-stream operators the PDF writer writes for one glyph run on a page of its own:
// its glyphs' texts claimed first, as the writer claims a page's, and the run shown in font
// resource FT1 with the codes `codes` gives out.

#include "layout/pages/page.h"
#include "pdf/content_stream.h"
#include "pdf/font_codes.h"
#include "pdf/glyph_text.h"

#include <string>

namespace folio::test {

inline std::string content_ops(const GlyphRun& run, pdf::FontCodes& codes) {
  pdf::GlyphText text;
  for (const pdf::Cluster& c : pdf::clusters_of(run)) text.claim(run, c);
  pdf::ContentStream content(Pt(0));
  content.add(run, {"FT1", &codes, &text});
  return content.finish();
}

}  // namespace folio::test
