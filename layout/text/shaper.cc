#include "layout/text/shaper.h"

#include <hb.h>

#include <algorithm>

namespace folio {
namespace {

struct Buffer {
  hb_buffer_t* b = hb_buffer_create();
  ~Buffer() { hb_buffer_destroy(b); }
};

std::vector<hb_feature_t> hb_features(const std::vector<FontFeature>* features) {
  std::vector<hb_feature_t> out;
  if (!features) return out;
  for (const FontFeature& f : *features) {
    hb_feature_t h{};
    h.tag = hb_tag_from_string(f.tag.c_str(), static_cast<int>(f.tag.size()));
    h.value = f.value;
    h.start = HB_FEATURE_GLOBAL_START;
    h.end = HB_FEATURE_GLOBAL_END;
    out.push_back(h);
  }
  return out;
}

}  // namespace

ShapedText shape(const ShapeRequest& request, std::string_view text) {
  Buffer buffer;
  hb_buffer_add_utf8(buffer.b, text.data(), static_cast<int>(text.size()), 0,
                     static_cast<int>(text.size()));
  hb_buffer_set_direction(buffer.b, HB_DIRECTION_LTR);
  hb_buffer_set_cluster_level(buffer.b, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  hb_buffer_guess_segment_properties(buffer.b);
  if (!request.language.empty()) {
    hb_buffer_set_language(buffer.b,
                           hb_language_from_string(request.language.data(),
                                                   static_cast<int>(request.language.size())));
  }
  std::vector<hb_feature_t> features = hb_features(request.features);
  hb_shape(request.face->hb_font(), buffer.b, features.data(),
           static_cast<unsigned>(features.size()));

  unsigned count = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer.b, &count);
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer.b, &count);
  ShapedText out;
  out.glyphs.reserve(count);
  for (unsigned i = 0; i < count; ++i) {
    ShapedGlyph g;
    g.glyph = info[i].codepoint;
    g.cluster = info[i].cluster;
    g.advance = Face::to_pt(pos[i].x_advance, request.size);
    g.dx = static_cast<float>(Face::to_pt(pos[i].x_offset, request.size).value());
    g.dy = static_cast<float>(Face::to_pt(pos[i].y_offset, request.size).value());
    out.width += g.advance;
    out.glyphs.push_back(g);
    if (hb_glyph_info_get_glyph_flags(&info[i]) & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) {
      out.unsafe_to_break.push_back(g.cluster);
    }
  }
  return out;
}

std::size_t ShapedText::glyph_at(std::uint32_t offset) const {
  const auto it =
      std::lower_bound(glyphs.begin(), glyphs.end(), offset,
                       [](const ShapedGlyph& g, std::uint32_t o) { return g.cluster < o; });
  return static_cast<std::size_t>(it - glyphs.begin());
}

bool ShapedText::safe_to_break(std::uint32_t offset) const {
  const std::size_t g = glyph_at(offset);
  return g < glyphs.size() && glyphs[g].cluster == offset &&
         !std::binary_search(unsafe_to_break.begin(), unsafe_to_break.end(), offset);
}

}  // namespace folio
