#pragma once
// Knuth and Plass's model of a paragraph: boxes (shaped text that does not break), glue (space
// that may stretch, shrink or become a line break) and penalties (places to break, at a cost).
// The line breaker sees only widths and costs; what a box shows is the layout's business.

#include "base/length.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace folio {

// A penalty at or below this forces a break; at or above kNeverBreak forbids one.
constexpr int kForceBreak = -10000;
constexpr int kNeverBreak = 10000;

enum class ItemKind : std::uint8_t { box, glue, penalty };

// How far the search for places to break went to find a penalty: a compositor's last resorts,
// each tried only when everything before it still leaves a line wider than its measure.
enum class BreakReach : std::uint8_t {
  normal,       // spaces, explicit hyphens and dashes, the style's hyphenation
  inside_name,  // the no-break space between a person's given and family names
  capitalised,  // hyphenation of capitalised words, even where the style hyphenates nothing
  anywhere,     // any grapheme boundary inside a word, with no hyphen (CSS overflow-wrap)
};

// A million of them for a paragraph of 200,000 words: the fields are ordered to pack (40 bytes).
struct Item {
  Pt width;
  Pt stretch;  // glue only
  Pt shrink;   // glue only
  int penalty = 0;
  int content = -1;  // index of what the item shows (a shaped fragment, a hyphen), -1 for nothing
  ItemKind kind = ItemKind::box;
  bool flagged = false;  // a break at a hyphen or dash: consecutive flagged breaks cost extra
  BreakReach reach = BreakReach::normal;  // penalties only
  // A hyphenation point the patterns found inside a word, not an explicit hyphen or dash: TeX's
  // first pass does not hyphenate words (tex.web §863), so only the later passes break here.
  bool pattern = false;

  static Item box(Pt w, int content) { return {w, {}, {}, 0, content, ItemKind::box, false}; }
  static Item glue(Pt w, Pt stretch, Pt shrink, int content) {
    return {w, stretch, shrink, 0, content, ItemKind::glue, false};
  }
  // A place to break at `cost`; `w` is set only when the line breaks here (a hyphen's width).
  static Item penalty_item(Pt w, int cost, bool flagged, int content,
                           BreakReach reach = BreakReach::normal) {
    return {w, {}, {}, cost, content, ItemKind::penalty, flagged, reach};
  }
  // A hyphenation point found in a word: flagged, and adding `hyphen` (a hyphen's width).
  static Item hyphenation_point(Pt hyphen, int cost, int content, BreakReach reach) {
    return {hyphen, {}, {}, cost, content, ItemKind::penalty, true, reach, true};
  }
  static Item forced_break() { return {{}, {}, {}, kForceBreak, -1, ItemKind::penalty, false}; }

  // Glue that stretches or shrinks: a word space. The rest of a line's width (its text, a
  // discretionary's rigid glue) is what font expansion widens or narrows.
  bool flexible() const { return kind == ItemKind::glue && (stretch > Pt(0) || shrink > Pt(0)); }
};
static_assert(sizeof(Item) <= 40, "a field added to Item must fit in its padding");

// TeX's \discretionary{pre-break}{post-break}{no-break}: a place to break where the text is not
// the same broken as unbroken (a hyphen inside a ligature: "of-" and "fice", but "office"). It is
// given as items of the three kinds, so that the breakers need no fourth:
//   penalty (pre-break width)   glue (no-break − post-break width, rigid)   box (post-break width)
// Unbroken, the glue and the box add up to the no-break width and the penalty adds nothing;
// broken at the penalty, the line ends with the pre-break width, the glue vanishes with the break
// and the next line starts with the box. Glue after a penalty is no place to break. A break just
// before the penalty would make the glue vanish too, so a box must precede it: an empty one is
// added when `items` does not end with a box. `pre_break` is the penalty (its content shows the
// pre-break text), the glue shows `no_break_content`; the box shows nothing by itself (what
// starts the next line is the layout's to set). Returns the penalty's index.
inline std::size_t append_discretionary(std::vector<Item>& items, const Item& pre_break,
                                        Pt post_break, Pt no_break, int no_break_content) {
  if (items.empty() || items.back().kind != ItemKind::box) items.push_back(Item::box(Pt(0), -1));
  items.push_back(pre_break);
  items.push_back(Item::glue(no_break - post_break, Pt(0), Pt(0), no_break_content));
  items.push_back(Item::box(post_break, -1));
  return items.size() - 3;
}

// The width available to line `n` of a paragraph (0-based): indents and shapes live here, so the
// breaker knows nothing about pages.
using LineWidth = std::function<Pt(int line)>;

// Where each line ends: the index of the glue or penalty item it breaks at. The last line ends
// at the paragraph's final forced break.
using Breaks = std::vector<std::size_t>;

// First fit: each line takes as many boxes as fit with the glue shrunk at most to its limit.
// A box wider than the line is set alone on it (overfull).
Breaks break_first_fit(const std::vector<Item>& items, const LineWidth& width);

}  // namespace folio
