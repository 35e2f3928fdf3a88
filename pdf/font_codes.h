#pragma once
// The codes a page's content stream shows one face's glyphs by: given out in order of first use,
// so that a page can be written as soon as layout has finished it, long before the document's
// last glyph is known. The subset, and the encoding that maps each code to its glyph there,
// are made at the end (pdf/font_objects.h).

#include "fonts/face.h"

#include <cstdint>
#include <vector>

namespace folio::pdf {

class FontCodes {
 public:
  explicit FontCodes(const Face& face) : face_(&face), code_of_(face.glyph_count() + 1, 0) {}

  // The glyph's code, given out now if it has none yet. Codes start at 1.
  std::uint32_t code(std::uint32_t glyph) {
    if (glyph >= code_of_.size()) code_of_.resize(glyph + 1, 0);
    std::uint32_t& c = code_of_[glyph];
    if (c == 0) {
      glyph_of_.push_back(glyph);
      width_.push_back(face_->advance(glyph));
      c = static_cast<std::uint32_t>(glyph_of_.size());
    }
    return c;
  }
  // The advance of the glyph a code stands for, in thousandths of an em (as in /W).
  double width(std::uint32_t code) const { return width_[code - 1]; }
  // The glyph of code c is glyphs()[c - 1].
  const std::vector<std::uint32_t>& glyphs() const { return glyph_of_; }
  const Face& face() const { return *face_; }

 private:
  const Face* face_;
  std::vector<std::uint32_t> code_of_;   // by glyph id; 0: none yet
  std::vector<std::uint32_t> glyph_of_;  // by code - 1
  std::vector<double> width_;            // by code - 1
};

}  // namespace folio::pdf
