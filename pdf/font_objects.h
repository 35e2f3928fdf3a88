#pragma once
// The PDF objects that embed one font subset: a Type0 font over a CID font (CIDFontType2 for
// TrueType outlines, CIDFontType0 for CFF), its descriptor, the font program, an embedded
// encoding CMap from the codes content streams use to the subset's CIDs, and a ToUnicode CMap.

#include "fonts/face.h"
#include "fonts/subset.h"
#include "pdf/font_codes.h"
#include "pdf/glyph_text.h"
#include "pdf/hpdf_handle.h"

namespace folio::pdf {

// Fills `type0`, the font dictionary pages have referred to since the face was first used, with
// everything that embeds the subset of the glyphs `codes` gave out: the CID font, its widths and
// descriptor, the font program, an encoding CMap from the codes to the subset's glyphs, and a
// ToUnicode CMap from the codes to their text.
void embed_font(HpdfDocument& pdf, HPDF_Dict type0, const FontCodes& codes,
                const FontSubset& subset, const GlyphText& text);

// The encoding CMap program: each code to the CID of its glyph in the subset.
std::string encoding_cmap(const std::string& name, const std::vector<std::uint32_t>& cid_of_code);

// "ABCDEF+": the six-letter tag that marks a subset's name, derived from the glyphs it holds so
// that different subsets of one face get different names and equal ones the same.
std::string subset_tag(const Face& face, const FontSubset& subset);

}  // namespace folio::pdf
