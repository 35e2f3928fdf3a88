#include "stylesheets/style.h"

namespace folio {

TextFormat CharacterStyle::apply(const TextFormat& base) const {
  TextFormat out = base;
  if (family) {
    out.font.family = *family;
    out.font_pos = pos;
  }
  if (weight) out.font.weight = *weight;
  if (slant) out.font.slant = *slant;
  if (size) out.size = size->resolve(base.size);
  if (features) out.features.insert(out.features.end(), features->begin(), features->end());
  if (color) out.color = *color;
  if (letter_spacing) out.letter_spacing = *letter_spacing;
  if (baseline_shift) out.baseline_shift = *baseline_shift;
  if (transform) out.transform = *transform;
  if (fallback_families) out.fallback_families = *fallback_families;
  return out;
}

const PartStyle* Style::part(const std::string& kind) const {
  for (const PartStyle& p : parts) {
    if (p.kind == kind) return &p;
  }
  return nullptr;
}

}  // namespace folio
