#include "layout/lines/knuth_plass.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace folio;

namespace {

// Glue between words: 10pt, stretching 10pt and shrinking 5pt.
std::vector<Item> words(const std::vector<double>& widths) {
  std::vector<Item> items;
  for (double w : widths) {
    if (!items.empty()) items.push_back(Item::glue(Pt(10), Pt(10), Pt(5), -1));
    items.push_back(Item::box(Pt(w), -1));
  }
  items.push_back(Item::forced_break());
  return items;
}

LineWidth constant(double w) {
  return [w](int) { return Pt(w); };
}

// One line as the scorers see it: its natural width, stretch and shrink, and the break it ends
// at.
struct LineSum {
  double width = 0, stretch = 0, shrink = 0;
  int penalty = 0;
  bool flagged = false, forced = false;
};

// An independent scorer: the total demerits of a paragraph's lines, or infinity when a line is
// infeasible at `tolerance`. Written the plain way, line by line.
double demerits_of(const std::vector<LineSum>& lines, double L, const BreakParams& p,
                   double tolerance) {
  double total = 0;
  int prev_fitness = 2;
  bool prev_flagged = false;
  for (const LineSum& l : lines) {
    const double w = l.width, st = l.stretch, sh = l.shrink;
    double r = 0;
    if (w < L) r = l.forced ? 0 : (st > 0 ? (L - w) / st : std::numeric_limits<double>::infinity());
    if (w > L) r = sh > 0 ? (L - w) / sh : -std::numeric_limits<double>::infinity();
    if (r < -1) return std::numeric_limits<double>::infinity();
    const double bad = badness(r);
    if (bad > tolerance) return std::numeric_limits<double>::infinity();
    const int fitness = r > 1 ? 0 : r > 0.5 ? 1 : r >= -0.5 ? 2 : 3;
    double d = (p.line_penalty + bad) * (p.line_penalty + bad);
    if (l.penalty > 0) d += double(l.penalty) * l.penalty;
    if (l.penalty < 0 && !l.forced) d -= double(l.penalty) * l.penalty;
    if (l.flagged && prev_flagged)
      d += p.double_hyphen_demerits;
    else if (l.forced && prev_flagged)
      d += p.final_hyphen_demerits;
    if (std::abs(fitness - prev_fitness) > 1) d += p.adj_demerits;
    total += d;
    prev_fitness = fitness;
    prev_flagged = l.flagged;
  }
  return total;
}

// The demerits of one sequence of breaks in an item list, summing each line item by item.
double score(const std::vector<Item>& items, const Breaks& breaks, double L, const BreakParams& p,
             double tolerance) {
  std::vector<LineSum> lines;
  std::size_t start = 0;
  for (std::size_t b : breaks) {
    LineSum l;
    std::size_t i = start;
    while (i < b && items[i].kind != ItemKind::box) ++i;  // discarded after a break
    for (; i < b; ++i) {
      if (items[i].kind == ItemKind::penalty) continue;
      l.width += items[i].width.value();
      l.stretch += items[i].stretch.value();
      l.shrink += items[i].shrink.value();
    }
    const Item& brk = items[b];
    if (brk.kind == ItemKind::penalty) {
      l.width += brk.width.value();
      l.penalty = brk.penalty;
      l.forced = brk.penalty <= kForceBreak;
    }
    l.flagged = brk.flagged;
    lines.push_back(l);
    start = b + 1;
  }
  return demerits_of(lines, L, p, tolerance);
}

}  // namespace

TEST_CASE("total fit moves a word back to avoid the loose line first fit leaves", "[breaker]") {
  // Measure 100. First fit packs four words on line 1 (tight, r = -0.67) and leaves
  // "25 30" alone on line 2 (r = 3.5, badness 4287). Total fit sets 3 + 3 + 1 words:
  // r = 1.0 (badness 100), r = 0.25, and the last line.
  auto items = words({20, 20, 20, 20, 25, 30, 40});
  CHECK(break_first_fit(items, constant(100)) == Breaks{7, 11, 13});
  BreakParams params;
  BreakResult r = break_optimal(items, constant(100), params);
  CHECK(r.breaks == Breaks{5, 11, 13});
  CHECK(r.pass == 1);  // badness 100 is within the pretolerance: no hyphenation needed
  CHECK_FALSE(r.overfull);
  // (10 + 100)^2 + (10 + 1.5625)^2 + 10^2, with no fitness jumps.
  CHECK(score(items, r.breaks, 100, params, 200) == Approx(12100 + 133.69140625 + 100));
}

namespace {

// A paragraph as the brute force sees it, apart from how items encode it: words, spaces,
// hyphenation points and discretionaries (TeX's \discretionary{pre}{post}{no-break}).
struct Token {
  enum Kind { word, space, hyphen, discretionary } kind;
  double width = 0;      // a word's; a hyphen's when the line breaks there
  double pre = 0;        // a discretionary's: the line's end when it breaks there ...
  double post = 0;       // ... the next line's start ...
  double no_break = 0;   // ... and its width unbroken
  std::size_t item = 0;  // where the encoding put its break (space, hyphen, discretionary)
};

constexpr int kHyphenCost = 50;

// The items of a paragraph of tokens, with each token's break item noted in it.
std::vector<Item> encode(std::vector<Token>& tokens) {
  std::vector<Item> items;
  for (Token& t : tokens) {
    switch (t.kind) {
      case Token::word:
        items.push_back(Item::box(Pt(t.width), -1));
        break;
      case Token::space:
        t.item = items.size();
        items.push_back(Item::glue(Pt(10), Pt(10), Pt(4), -1));
        break;
      case Token::hyphen:
        t.item = items.size();
        items.push_back(Item::penalty_item(Pt(t.width), kHyphenCost, true, -1));
        break;
      case Token::discretionary:
        t.item = append_discretionary(items, Item::penalty_item(Pt(t.pre), kHyphenCost, true, -1),
                                      Pt(t.post), Pt(t.no_break), -1);
        break;
    }
  }
  items.push_back(Item::forced_break());
  return items;
}

// The demerits of breaking after the tokens `breaks` (indices; the paragraph's end is implied),
// from the tokens' own meaning: a line ending at a discretionary ends with its pre-break width,
// the next one starts with its post-break width, a line it does not break has its no-break width.
double score_tokens(const std::vector<Token>& tokens, const std::vector<std::size_t>& breaks,
                    double L, const BreakParams& p) {
  std::vector<LineSum> lines;
  std::size_t start = 0;
  double lead = 0;  // what the line starts with after a discretionary break
  for (std::size_t n = 0; n <= breaks.size(); ++n) {
    const std::size_t end = n < breaks.size() ? breaks[n] : tokens.size();
    LineSum l;
    l.width = lead;
    for (std::size_t i = start; i < end; ++i) {
      const Token& t = tokens[i];
      if (t.kind == Token::word) l.width += t.width;
      if (t.kind == Token::discretionary) l.width += t.no_break;
      if (t.kind == Token::space) {
        l.width += 10;
        l.stretch += 10;
        l.shrink += 4;
      }
    }
    lead = 0;
    if (end == tokens.size()) {
      l.forced = true;
      l.penalty = kForceBreak;
    } else if (tokens[end].kind != Token::space) {
      const Token& t = tokens[end];
      l.width += t.kind == Token::hyphen ? t.width : t.pre;
      if (t.kind == Token::discretionary) lead = t.post;
      l.penalty = kHyphenCost;
      l.flagged = true;
    }
    lines.push_back(l);
    start = end + 1;
  }
  return demerits_of(lines, L, p, p.tolerance);
}

}  // namespace

TEST_CASE("total fit finds the least demerits of every feasible breaking", "[breaker]") {
  std::mt19937 rng(1981);  // fixed: the same paragraphs on every run
  std::uniform_int_distribution<int> width(8, 50);
  std::uniform_int_distribution<int> coin(0, 7);
  std::uniform_int_distribution<int> change(-3, 3);
  BreakParams params;
  params.pretolerance = -1;  // one pass, so the best sequence is the one to compare with
  params.tolerance = 1000;
  int compared = 0, broken_discretionaries = 0;
  for (int trial = 0; trial < 300; ++trial) {
    std::vector<Token> tokens;
    const int n = 6 + trial % 7;
    int room = 16 - (n - 1);  // places to break inside words, so that at most 16 in all
    // A discretionary: a ligature or kern across the point makes the pieces' widths differ from
    // the whole's (the hyphen is 3 wide).
    auto discretionary = [&] {
      Token t{Token::discretionary};
      t.no_break = width(rng) / 2;
      t.pre = t.no_break / 2 + 3 + change(rng);
      t.post = t.no_break / 2 + change(rng);
      return t;
    };
    for (int k = 0; k < n; ++k) {
      if (k > 0) tokens.push_back({Token::space});
      const int c = room >= 2 ? coin(rng) : 7;
      if (c == 2) {  // a word that starts inside a ligature
        tokens.push_back(discretionary());
        --room;
      }
      tokens.push_back({Token::word, double(width(rng))});
      if (c == 0) {  // a hyphenation point inside a word
        tokens.push_back({Token::hyphen, 3});
        tokens.push_back({Token::word, double(width(rng) / 2)});
        --room;
      }
      if (c == 1 || c == 3) {  // a discretionary inside a word; two in a row
        tokens.push_back(discretionary());
        --room;
        if (c == 3) {
          tokens.push_back(discretionary());
          --room;
        }
        tokens.push_back({Token::word, double(width(rng) / 2)});
      }
    }
    std::vector<Item> items = encode(tokens);
    const double L = 90 + trial % 5 * 10;

    // Brute force over every subset of the tokens where a line may break.
    std::vector<std::size_t> cand;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != Token::word) cand.push_back(i);
    }
    REQUIRE(cand.size() <= 16);
    double best = std::numeric_limits<double>::infinity();
    for (unsigned mask = 0; mask < (1u << cand.size()); ++mask) {
      std::vector<std::size_t> b;
      for (std::size_t k = 0; k < cand.size(); ++k) {
        if (mask & (1u << k)) b.push_back(cand[k]);
      }
      best = std::min(best, score_tokens(tokens, b, L, params));
    }
    if (!std::isfinite(best)) continue;  // no feasible breaking: the overfull path, tested below
    BreakResult r = break_optimal(items, constant(L), params);
    INFO("trial " << trial);
    CHECK_FALSE(r.overfull);
    // The breaker's breaks, read back as tokens: every break is one a token's encoding made.
    std::vector<std::size_t> chosen;
    for (std::size_t k = 0; k + 1 < r.breaks.size(); ++k) {
      const auto t = std::find_if(cand.begin(), cand.end(),
                                  [&](std::size_t i) { return tokens[i].item == r.breaks[k]; });
      REQUIRE(t != cand.end());
      chosen.push_back(*t);
      broken_discretionaries += tokens[*t].kind == Token::discretionary;
    }
    CHECK(score_tokens(tokens, chosen, L, params) == Approx(best));
    CHECK(score(items, r.breaks, L, params, params.tolerance) == Approx(best));
    ++compared;
  }
  CHECK(compared > 100);
  CHECK(broken_discretionaries > 20);  // the breaker took discretionaries, not only spaces
}

TEST_CASE("pass 1 ignores hyphenation points, pass 2 uses them when it must", "[breaker]") {
  // "aaaa-bbbb" could break at its hyphen; with room for the whole word it stays whole.
  std::vector<Item> items = {Item::box(Pt(40), -1), Item::glue(Pt(10), Pt(10), Pt(5), -1),
                             Item::box(Pt(20), -1), Item::penalty_item(Pt(5), 50, true, -1),
                             Item::box(Pt(25), -1), Item::glue(Pt(10), Pt(10), Pt(5), -1),
                             Item::box(Pt(30), -1), Item::forced_break()};
  BreakParams params;
  BreakResult wide = break_optimal(items, constant(100), params);
  CHECK(wide.pass == 1);
  CHECK(wide.breaks == Breaks{5, 7});  // 40 + 10 + 45 = 95: r = 0.5
  // At 70pt, "40 aaaa-" (75 - shrink 5 = 70) is the only way to avoid a hopeless line.
  BreakResult narrow = break_optimal(items, constant(70), params);
  CHECK(narrow.pass == 2);
  CHECK(narrow.breaks == Breaks{3, 7});
}

TEST_CASE("the emergency pass adds stretch, the last pass takes any line that is not too wide",
          "[breaker]") {
  // Two words that fit only very loosely (r = 4): infeasible at tolerance 200.
  auto items = words({30, 30, 60});
  BreakParams params;
  params.emergency_stretch = Pt(30);
  BreakResult rescued = break_optimal(items, constant(110), params);
  CHECK(rescued.pass == 3);
  CHECK_FALSE(rescued.overfull);
  CHECK(rescued.breaks == Breaks{3, 5});
  // Without emergency stretch, the last pass sets the loose line rather than an overfull one.
  params.emergency_stretch = Pt(0);
  BreakResult loose = break_optimal(items, constant(110), params);
  CHECK(loose.pass == 4);
  CHECK_FALSE(loose.overfull);
  CHECK(loose.breaks == Breaks{3, 5});
}

TEST_CASE("only a box wider than the line makes the last pass overfull", "[breaker]") {
  auto items = words({30, 130, 30});
  BreakResult r = break_optimal(items, constant(110), BreakParams{});
  CHECK(r.pass == 4);
  CHECK(r.overfull);  // no feasible break at all: TeX sets the overfull line
  CHECK(r.breaks == Breaks{1, 3, 5});
}

TEST_CASE("looseness sets a paragraph a line longer or shorter, as near as it can", "[kp]") {
  // 28 words of 40pt with 10pt glue (stretch 10, shrink 10) on a 310pt measure: the best breaks
  // give five lines (6, 6, 6, 6, 4 words); four lines of seven shrink every space by half; six
  // lines of five stretch them 1.75 times (badness 536); seven would need badness 6400.
  std::vector<Item> items;
  for (int i = 0; i < 28; ++i) {
    if (i) items.push_back(Item::glue(Pt(10), Pt(10), Pt(10), -1));
    items.push_back(Item::box(Pt(40), -1));
  }
  items.push_back(Item::forced_break());
  BreakParams p;
  p.pretolerance = -1;
  p.tolerance = 1000;
  auto lines = [&](int looseness) {
    p.looseness = looseness;
    return break_optimal(items, constant(310), p).breaks.size();
  };
  CHECK(lines(0) == 5);
  CHECK(lines(-1) == 4);
  CHECK(lines(1) == 6);
  CHECK(lines(3) == 6);   // seven lines are beyond the tolerance: the nearest it allows
  CHECK(lines(-3) == 4);  // three lines cannot shrink that far
  // Within a tolerance of 200 six lines are out of reach, so +1 gives the best: five.
  p.tolerance = 200;
  CHECK(lines(1) == 5);
}
