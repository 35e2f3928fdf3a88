#pragma once
// The PDF objects that embed one font subset: a Type0 font with Identity-H encoding over a CID
// font (CIDFontType2 for TrueType outlines, CIDFontType0 for CFF), its descriptor, the font
// program and a ToUnicode CMap.

#include "fonts/face.h"
#include "fonts/subset.h"
#include "pdf/glyph_text.h"
#include "pdf/hpdf_handle.h"

namespace folio::pdf {

// Returns the Type0 font dictionary, registered in the document.
HPDF_Dict embed_font(HpdfDocument& pdf, const Face& face, const FontSubset& subset,
                     const GlyphText& text);

// "ABCDEF+": the six-letter tag that marks a subset's name, derived from the glyphs it holds so
// that different subsets of one face get different names and equal ones the same.
std::string subset_tag(const Face& face, const FontSubset& subset);

}  // namespace folio::pdf
