#include "layout/lines/items.h"

namespace folio {
namespace {

// A legal break: glue that follows a box, or a penalty below kNeverBreak.
bool is_break(const std::vector<Item>& items, std::size_t i) {
  const Item& it = items[i];
  if (it.kind == ItemKind::glue) return i > 0 && items[i - 1].kind == ItemKind::box;
  return it.kind == ItemKind::penalty && it.penalty < kNeverBreak;
}

// Glue and penalties at the start of a line disappear, as at a break in TeX.
std::size_t line_start(const std::vector<Item>& items, std::size_t i) {
  while (i < items.size() && items[i].kind != ItemKind::box &&
         !(items[i].kind == ItemKind::penalty && items[i].penalty <= kForceBreak)) {
    ++i;
  }
  return i;
}

}  // namespace

Breaks break_first_fit(const std::vector<Item>& items, const LineWidth& width) {
  Breaks breaks;
  std::size_t i = line_start(items, 0);
  while (i < items.size()) {
    const Pt available = width(static_cast<int>(breaks.size()));
    Pt natural, shrink;
    std::size_t last_fit = items.size();  // the last break seen where the line still fits
    std::size_t end = items.size();
    for (std::size_t k = i; k < items.size(); ++k) {
      const Item& it = items[k];
      if (it.kind == ItemKind::penalty && it.penalty <= kForceBreak) {
        end = k;
        break;
      }
      if (is_break(items, k) && k > i) {
        if (natural - shrink > available && last_fit != items.size()) {
          end = last_fit;
          break;
        }
        last_fit = k;
      }
      if (it.kind == ItemKind::box) {
        natural += it.width;
        if (natural - shrink > available && last_fit != items.size()) {
          end = last_fit;
          break;
        }
      } else if (it.kind == ItemKind::glue) {
        natural += it.width;
        shrink += it.shrink;
      }
    }
    if (end == items.size()) end = items.size() - 1;  // a list without a final forced break
    breaks.push_back(end);
    i = line_start(items, end + 1);
  }
  return breaks;
}

}  // namespace folio
