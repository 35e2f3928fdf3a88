#pragma once
// What a press sheet carries around the trimmed page: crop marks at the trim corners, a slug
// line naming the file, issue, date and page, and the "DRAFT" line of a proof. All of it is
// display items in the page's own coordinates (origin at the trim's bottom-left corner), so the
// PDF writer shows it as it shows the page; and the sheet's geometry, which says how far the
// media box reaches beyond the trim.

#include "base/color.h"
#include "base/length.h"
#include "fonts/face.h"
#include "layout/pages/page.h"

#include <string>
#include <vector>

namespace folio::pdf {

// Marks print on every separation: all four inks at 100%.
constexpr Color kRegistration = Color::cmyk(1, 1, 1, 1);

// The visible line of a draft, on every page.
constexpr const char* kDraftLine = "DRAFT \u2013 not for press";

// How one page sits on its sheet.
struct SheetGeometry {
  Pt bleed;   // from the trim to the BleedBox
  Pt margin;  // from the trim to the MediaBox: the bleed, or room for marks and the slug
};

SheetGeometry sheet_geometry(Pt bleed, bool marks);

// The four pairs of crop marks: hairlines in registration colour on the lines of the trim,
// starting beyond the bleed so that no mark shows on a trimmed page.
std::vector<Rule> crop_marks(const Page& page, Pt bleed);

// A rule (a background, a band) that reaches a trim edge goes on to the bleed's edge, so that
// trimming a little off never leaves a white sliver.
Rule extended_into_bleed(Rule rule, const Page& page, Pt bleed);

// One line of text in `face`, glyph by glyph through the face's character map (no shaping:
// slug lines are short Latin text at a small size). A character the face lacks becomes "?".
GlyphRun plain_line(const Face& face, const std::string& text, Pt size, Pt x, Pt y, Color color);

// What the slug line says about a page.
struct SlugFields {
  std::string file;   // the PDF's file name
  std::string issue;  // journal, volume, number, date
  std::string date;   // the document's date, YYYY-MM-DD
  std::string page;   // the printed folio, or the page's position
  bool draft = false;
};

std::string slug_text(const SlugFields& fields);

// The slug line below the page, outside the bleed and between the crop marks: 6pt, or smaller
// where the page is too narrow for the whole line at 6pt.
GlyphRun slug_line(const Face& face, const Page& page, Pt bleed, const std::string& text);

// How far a run reaches from its origin: the last glyph's position plus its advance.
Pt line_width(const GlyphRun& run);

// The draft line when there are no marks: in the bleed below the page when the bleed has room
// for it, else in the page's own foot margin.
GlyphRun draft_line(const Face& face, Pt bleed);

}  // namespace folio::pdf
