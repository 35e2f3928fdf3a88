#include "fonts/subset.h"

#include <hb-subset.h>
#include <hb.h>

namespace folio {
namespace {

std::string blob_bytes(hb_blob_t* blob) {
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  std::string out(data ? data : "", data ? length : 0);
  hb_blob_destroy(blob);
  return out;
}

struct SubsetObjects {
  hb_subset_input_t* input = nullptr;
  hb_subset_plan_t* plan = nullptr;
  hb_face_t* result = nullptr;
  ~SubsetObjects() {
    hb_face_destroy(result);
    hb_subset_plan_destroy(plan);
    hb_subset_input_destroy(input);
  }
};

}  // namespace

std::optional<FontSubset> subset_face(const Face& face, const std::vector<std::uint32_t>& glyphs,
                                      std::string* error) {
  // A glyph that does not draw would be embedded as it is; the face is refused instead.
  for (std::uint32_t g : glyphs) {
    if (std::optional<std::string> problem = face.glyph_problem(g)) {
      *error = *problem;
      return std::nullopt;
    }
  }
  SubsetObjects o;
  o.input = hb_subset_input_create_or_fail();
  if (!o.input) {
    *error = "out of memory while subsetting " + face.postscript_name();
    return std::nullopt;
  }
  hb_set_t* glyph_set = hb_subset_input_glyph_set(o.input);
  hb_set_add(glyph_set, 0);
  for (std::uint32_t g : glyphs) hb_set_add(glyph_set, g);
  // Text is written by glyph id, so the cmap need not cover anything: only the glyphs count.
  hb_set_t* dropped = hb_subset_input_set(o.input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag :
       {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
        HB_TAG('k', 'e', 'r', 'n'), HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F')}) {
    hb_set_add(dropped, tag);
  }
  // Hints serve screen rasterisers at small pixel sizes; printers and PDF viewers ignore or
  // replace them, and they are a large share of a TrueType subset.
  hb_subset_input_set_flags(o.input, HB_SUBSET_FLAGS_NO_HINTING);

  o.plan = hb_subset_plan_create_or_fail(face.hb_face(), o.input);
  if (!o.plan) {
    *error = "cannot plan a subset of " + face.postscript_name();
    return std::nullopt;
  }
  const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(o.plan);
  o.result = hb_subset_plan_execute_or_fail(o.plan);
  if (!o.result) {
    *error = "cannot subset " + face.postscript_name();
    return std::nullopt;
  }

  FontSubset subset;
  subset.cff = face.is_cff();
  for (std::uint32_t g : glyphs) {
    hb_codepoint_t mapped = hb_map_get(old_to_new, g);
    if (mapped == HB_MAP_VALUE_INVALID) {
      *error =
          "glyph " + std::to_string(g) + " missing from the subset of " + face.postscript_name();
      return std::nullopt;
    }
    subset.new_glyph[g] = mapped;
    subset.advance[mapped] = face.advance(g);
  }
  subset.new_glyph[0] = 0;
  subset.advance[0] = face.advance(0);
  if (subset.cff) {
    subset.program = blob_bytes(hb_face_reference_table(o.result, HB_TAG('C', 'F', 'F', ' ')));
  } else {
    subset.program = blob_bytes(hb_face_reference_blob(o.result));
  }
  if (subset.program.empty()) {
    *error = "the subset of " + face.postscript_name() + " came out empty";
    return std::nullopt;
  }
  return subset;
}

}  // namespace folio
