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

// An independent scorer: the total demerits of one sequence of breaks, or infinity when a line
// is infeasible at `tolerance`, skips a forced break or ends too many lines in a row with a
// hyphen. Written the plain way, summing each line item by item.
double score(const std::vector<Item>& items, const Breaks& breaks, const LineWidth& width,
             const BreakParams& p, double tolerance, const MarginHangs& hangs = MarginHangs()) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  double total = 0;
  int prev_fitness = 2;
  int run = 0;  // lines in a row so far that end at a flagged break
  std::size_t start = 0;
  int line = 0;
  for (std::size_t b : breaks) {
    double w = 0, st = 0, sh = 0, flexible = 0;
    std::size_t i = start;
    while (i < b && items[i].kind != ItemKind::box) ++i;  // discarded after a break
    const double L = (width(line) + hangs.left(i) + hangs.right(b)).value();
    for (; i < b; ++i) {
      if (items[i].kind == ItemKind::penalty && items[i].penalty <= kForceBreak) return kInf;
      if (items[i].kind == ItemKind::penalty) continue;
      w += items[i].width.value();
      st += items[i].stretch.value();
      sh += items[i].shrink.value();
      if (items[i].stretch > Pt(0) || items[i].shrink > Pt(0)) flexible += items[i].width.value();
    }
    const Item& brk = items[b];
    if (brk.kind == ItemKind::penalty) w += brk.width.value();
    // Font expansion: all but the flexible glue may grow or shrink by its share.
    st += p.expansion * (w - flexible);
    sh += p.expansion * (w - flexible);
    const bool forced = brk.kind == ItemKind::penalty && brk.penalty <= kForceBreak;
    double r = 0;
    if (w < L) r = forced ? 0 : (st > 0 ? (L - w) / st : kInf);
    if (w > L) r = sh > 0 ? (L - w) / sh : -kInf;
    if (r < -1) return kInf;
    const double bad = badness(r);
    if (bad > tolerance) return kInf;
    const int fitness = r > 1 ? 0 : r > 0.5 ? 1 : r >= -0.5 ? 2 : 3;
    double d = (p.line_penalty + bad) * (p.line_penalty + bad);
    if (brk.kind == ItemKind::penalty && brk.penalty > 0) d += double(brk.penalty) * brk.penalty;
    if (brk.kind == ItemKind::penalty && brk.penalty < 0 && !forced) {
      d -= double(brk.penalty) * brk.penalty;
    }
    const bool last = b + 1 == items.size();
    if (brk.flagged && run > 0)
      d += p.double_hyphen_demerits;
    else if (last && run > 0)
      d += p.final_hyphen_demerits;
    if (std::abs(fitness - prev_fitness) > 1) d += p.adj_demerits;
    run = brk.flagged ? run + 1 : 0;
    if (p.max_hyphen_lines > 0 && run > p.max_hyphen_lines) return kInf;
    total += d;
    prev_fitness = fitness;
    start = b + 1;
    ++line;
  }
  return total;
}

double score(const std::vector<Item>& items, const Breaks& breaks, double L, const BreakParams& p,
             double tolerance) {
  return score(items, breaks, constant(L), p, tolerance);
}

// The least score of every choice among the breaks before the final one (forced breaks are no
// choice), by brute force; pass 1's choice leaves out the patterns' hyphenation points.
double least_score(const std::vector<Item>& items, const LineWidth& width, const BreakParams& p,
                   double tolerance, bool patterns, const MarginHangs& hangs) {
  std::vector<std::size_t> optional, forced;
  for (std::size_t i = 0; i + 1 < items.size(); ++i) {
    const Item& it = items[i];
    if (it.kind == ItemKind::glue && i > 0 && items[i - 1].kind == ItemKind::box) {
      optional.push_back(i);
    } else if (it.kind == ItemKind::penalty && it.penalty <= kForceBreak) {
      forced.push_back(i);
    } else if (it.kind == ItemKind::penalty && it.penalty < kNeverBreak &&
               (patterns || !it.pattern)) {
      optional.push_back(i);
    }
  }
  REQUIRE(optional.size() < 20);
  double best = std::numeric_limits<double>::infinity();
  for (unsigned mask = 0; mask < (1u << optional.size()); ++mask) {
    Breaks b = forced;
    for (std::size_t k = 0; k < optional.size(); ++k) {
      if (mask & (1u << k)) b.push_back(optional[k]);
    }
    std::sort(b.begin(), b.end());
    b.push_back(items.size() - 1);
    best = std::min(best, score(items, b, width, p, tolerance, hangs));
  }
  return best;
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

TEST_CASE("total fit finds the least demerits of every feasible breaking", "[breaker]") {
  // Random paragraphs with hyphenation points, explicit dashes and forced breaks, on lines whose
  // width depends on their number (a different first line, as an indent gives, or every line
  // its own), under a limit on hyphens in a row or none, with adjacent-line demerits or none,
  // and mostly with margin kerning: random hangs at each line start and end, some wider than
  // any shrink makes up for; some with font expansion. Pass 1 must find the least demerits
  // without the patterns' points when any breaking is within the pretolerance, else pass 2 with
  // them.
  std::mt19937 rng(1981);  // fixed: the same lists on every run
  std::uniform_int_distribution<int> width(8, 50);
  std::uniform_int_distribution<int> coin(0, 9);
  std::uniform_int_distribution<int> measure(80, 130);
  std::discrete_distribution<int> hang({6, 1, 1, 1, 1, 1, 1, 1});  // 0 to 7 steps, mostly none
  BreakParams params;
  params.pretolerance = 300;
  params.tolerance = 1000;
  int compared = 0, first_pass = 0;
  for (int trial = 0; trial < 400; ++trial) {
    std::vector<Item> items;
    // Under a limit of two hyphens in a row, most words may break (fewer words, so that brute
    // force stays quick): runs of them are what the limit is about.
    const bool dense = trial % 3 == 2;
    const int n = dense ? 5 + trial % 5 : 6 + trial % 7;
    const int hyphenated = dense ? 6 : 2;  // of 10 words
    for (int k = 0; k < n; ++k) {
      if (k > 0) items.push_back(Item::glue(Pt(10), Pt(10), Pt(4), -1));
      items.push_back(Item::box(Pt(width(rng)), -1));
      const int c = coin(rng);
      if (c < hyphenated) {  // a hyphenation point inside a word
        items.push_back(Item::hyphenation_point(Pt(3), 50, -1, BreakReach::normal));
        items.push_back(Item::box(Pt(width(rng) / 2), -1));
      } else if (c == hyphenated) {  // an explicit dash ("balance-of"): flagged, adds no hyphen
        items.push_back(Item::penalty_item(Pt(0), 50, true, -1));
        items.push_back(Item::box(Pt(width(rng) / 2), -1));
      } else if (c == hyphenated + 1 && k + 1 < n) {  // a forced break inside the paragraph
        items.push_back(Item::forced_break());
        items.push_back(Item::box(Pt(width(rng)), -1));
      }
    }
    items.push_back(Item::forced_break());
    std::vector<double> widths(items.size());
    for (double& w : widths) w = measure(rng) - (dense ? 40 : 0);  // more lines to run on
    LineWidth line_width = [&widths](int line) { return Pt(widths[line]); };
    params.uniform_from = -1;
    if (trial % 2 == 0) {  // only the first line differs, and the breaker is told so
      std::fill(widths.begin() + 1, widths.end(), widths[1]);
      params.uniform_from = 1;
    }
    params.max_hyphen_lines = trial % 3;
    MarginHangs hangs;
    // Steps of 1pt, or of 3pt (more than a word adds to a line, less its shrink): a line too wide
    // at one break may then fit at the next.
    const double step = trial % 4 == 1 ? 3 : 1;
    if (trial % 4 != 0) {
      for (std::size_t i = 0; i + 1 < items.size(); ++i) {
        const Item& it = items[i];
        if (it.kind == ItemKind::box && (i == 0 || items[i - 1].kind != ItemKind::box)) {
          hangs.add_left(i, Pt(step * hang(rng)));
        } else if (it.kind != ItemKind::box) {
          hangs.add_right(i, Pt(step * hang(rng)));
        }
      }
    }
    // Without adjacent-line demerits, every way to reach a break costlier than another is let go
    // unless it differs in what is still to come.
    params.adj_demerits = trial % 5 < 2 ? 0 : 10000;
    // Some with font expansion, whose stretch and shrink grow with a line's text.
    params.expansion = trial % 7 == 3 ? 0.04 : 0;

    const double pass1 = least_score(items, line_width, params, params.pretolerance, false, hangs);
    const double pass2 = least_score(items, line_width, params, params.tolerance, true, hangs);
    if (!std::isfinite(pass2)) continue;  // no feasible breaking: the overfull path, tested below
    BreakResult r = break_optimal(items, line_width, params, hangs);
    INFO("trial " << trial);
    CHECK_FALSE(r.overfull);
    CHECK(r.pass == (std::isfinite(pass1) ? 1 : 2));
    const double best = std::isfinite(pass1) ? pass1 : pass2;
    CHECK(r.demerits == Approx(best));
    CHECK(score(items, r.breaks, line_width, params, params.tolerance, hangs) == Approx(best));
    ++compared;
    if (std::isfinite(pass1)) ++first_pass;
  }
  CHECK(compared > 150);
  CHECK(first_pass > 50);
  CHECK(compared - first_pass > 50);
}

namespace {

// One line as the scorers see it: its natural width, stretch and shrink, and the break it ends
// at.
struct LineSum {
  double width = 0, stretch = 0, shrink = 0;
  int penalty = 0;
  bool flagged = false, forced = false;
};

// An independent scorer: the total demerits of a paragraph's lines, or infinity when a line is
// infeasible at `tolerance`. Written the plain way, line by line; the only forced break is the
// paragraph's end.
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

// A paragraph as the brute force sees it, apart from how items encode it: words, spaces,
// hyphenation points and discretionaries (TeX's \discretionary{pre}{post}{no-break}).
struct Token {
  enum Kind { word, space, hyphen, discretionary } kind;
  double width = 0;     // a word's; a hyphen's when the line breaks there
  double pre = 0;       // a discretionary's: the line's end when it breaks there ...
  double post = 0;      // ... the next line's start ...
  double no_break = 0;  // ... and its width unbroken
  // A hyphenation point the patterns found (a hyphen always, a discretionary mostly), not an
  // explicit hyphen or dash: pass 1 does not break there.
  bool pattern = false;
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
        items.push_back(Item::hyphenation_point(Pt(t.width), kHyphenCost, -1, BreakReach::normal));
        break;
      case Token::discretionary:
        t.item = append_discretionary(
            items,
            t.pattern ? Item::hyphenation_point(Pt(t.pre), kHyphenCost, -1, BreakReach::normal)
                      : Item::penalty_item(Pt(t.pre), kHyphenCost, true, -1),
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
                    double L, const BreakParams& p, double tolerance) {
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
  return demerits_of(lines, L, p, tolerance);
}

}  // namespace

TEST_CASE("total fit breaks discretionaries at their pre-, post- and no-break widths",
          "[breaker]") {
  // Random paragraphs with hyphenation points and discretionaries (inside words, two in a row,
  // at a word's start), the brute force reading each as what it means rather than as items.
  // Most discretionaries are the patterns' (pass 1 does not take them), some an explicit
  // hyphen's that reshapes (pass 1 does): pass 1 must find the least demerits without the
  // patterns' points when any breaking is within the pretolerance, else pass 2 with them.
  std::mt19937 rng(1981);  // fixed: the same paragraphs on every run
  std::uniform_int_distribution<int> width(8, 50);
  std::uniform_int_distribution<int> coin(0, 7);
  std::uniform_int_distribution<int> change(-3, 3);
  BreakParams params;
  params.pretolerance = 300;
  params.tolerance = 1000;
  int compared = 0, first_pass = 0, broken_discretionaries = 0, explicit_in_pass1 = 0;
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
      t.pattern = coin(rng) < 6;
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
        Token hyphen{Token::hyphen, 3};
        hyphen.pattern = true;
        tokens.push_back(hyphen);
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

    // Brute force over every subset of the tokens where a line may break (pass 1: leaving out
    // the patterns' points).
    std::vector<std::size_t> cand;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != Token::word) cand.push_back(i);
    }
    REQUIRE(cand.size() <= 16);
    const auto least = [&](bool patterns, double tolerance) {
      double best = std::numeric_limits<double>::infinity();
      for (unsigned mask = 0; mask < (1u << cand.size()); ++mask) {
        std::vector<std::size_t> b;
        bool allowed = true;
        for (std::size_t k = 0; k < cand.size(); ++k) {
          if (!(mask & (1u << k))) continue;
          allowed = allowed && (patterns || !tokens[cand[k]].pattern);
          b.push_back(cand[k]);
        }
        if (allowed) best = std::min(best, score_tokens(tokens, b, L, params, tolerance));
      }
      return best;
    };
    const double pass1 = least(false, params.pretolerance);
    const double pass2 = least(true, params.tolerance);
    if (!std::isfinite(pass2)) continue;  // no feasible breaking: the overfull path, tested below
    const double best = std::isfinite(pass1) ? pass1 : pass2;
    BreakResult r = break_optimal(items, constant(L), params);
    INFO("trial " << trial);
    CHECK_FALSE(r.overfull);
    CHECK(r.pass == (std::isfinite(pass1) ? 1 : 2));
    CHECK(r.demerits == Approx(best));
    // The breaker's breaks, read back as tokens: every break is one a token's encoding made.
    std::vector<std::size_t> chosen;
    for (std::size_t k = 0; k + 1 < r.breaks.size(); ++k) {
      const auto t = std::find_if(cand.begin(), cand.end(),
                                  [&](std::size_t i) { return tokens[i].item == r.breaks[k]; });
      REQUIRE(t != cand.end());
      chosen.push_back(*t);
      broken_discretionaries += tokens[*t].kind == Token::discretionary;
      if (r.pass == 1) {
        CHECK_FALSE(tokens[*t].pattern);
        explicit_in_pass1 += tokens[*t].kind == Token::discretionary;
      }
    }
    CHECK(score_tokens(tokens, chosen, L, params, params.tolerance) == Approx(best));
    CHECK(score(items, r.breaks, L, params, params.tolerance) == Approx(best));
    ++compared;
    if (r.pass == 1) ++first_pass;
  }
  INFO(compared << " compared, " << first_pass << " in pass 1, " << broken_discretionaries
                << " discretionaries broken, " << explicit_in_pass1 << " of them in pass 1");
  CHECK(compared > 100);
  CHECK(first_pass > 30);
  CHECK(compared - first_pass > 30);
  CHECK(broken_discretionaries > 20);  // the breaker took discretionaries, not only spaces
  CHECK(explicit_in_pass1 > 3);        // explicit ones in pass 1, as it must
}

TEST_CASE("pass 1 breaks after an explicit hyphen, not at a hyphenation point", "[breaker]") {
  // "power balance-of politics" at 75pt: "power balance-" (30 + 10 + 35) fills the line exactly;
  // every other breaking has a line too wide or with no glue to fill it. So pass 1 finds it only
  // if it breaks after the explicit hyphen (a flagged penalty, TeX's \exhyphenpenalty of 50).
  std::vector<Item> items = {Item::box(Pt(30), -1), Item::glue(Pt(10), Pt(10), Pt(5), -1),
                             Item::box(Pt(35), -1), Item::penalty_item(Pt(0), 50, true, -1),
                             Item::box(Pt(20), -1), Item::glue(Pt(10), Pt(10), Pt(5), -1),
                             Item::box(Pt(30), -1), Item::forced_break()};
  BreakParams params;
  BreakResult r = break_optimal(items, constant(75), params);
  CHECK(r.pass == 1);
  CHECK(r.breaks == Breaks{3, 7});
  // (10 + 0)^2 + 50^2, then the last line after a hyphenated one: 10^2 + final-hyphen demerits.
  CHECK(r.demerits == Approx(100 + 2500 + 100 + params.final_hyphen_demerits));
  // The same break found by the patterns is none for pass 1: pass 2 takes it.
  items[3] = Item::hyphenation_point(Pt(0), 50, -1, BreakReach::normal);
  BreakResult hyphenated = break_optimal(items, constant(75), params);
  CHECK(hyphenated.pass == 2);
  CHECK(hyphenated.breaks == Breaks{3, 7});
}

TEST_CASE("final-hyphen demerits come at the paragraph's end, not at a forced break inside it",
          "[breaker]") {
  // Lines of one 60pt box each on a 60pt measure (badness 0): "aaaa-" breaks at a flagged
  // penalty, then a forced break (<br/>) and the paragraph's end.
  std::vector<Item> items = {Item::box(Pt(60), -1), Item::penalty_item(Pt(0), 0, true, -1),
                             Item::box(Pt(60), -1), Item::forced_break(),
                             Item::box(Pt(60), -1), Item::forced_break()};
  BreakParams params;
  BreakResult r = break_optimal(items, constant(60), params);
  REQUIRE(r.breaks == Breaks{1, 3, 5});
  CHECK(r.demerits == Approx(3 * 100));  // the forced line after the hyphen is no last line
  // Without the forced break, the paragraph's last line follows the hyphen and pays for it.
  items.erase(items.begin() + 3, items.begin() + 5);
  BreakResult f = break_optimal(items, constant(60), params);
  REQUIRE(f.breaks == Breaks{1, 3});
  CHECK(f.demerits == Approx(2 * 100 + params.final_hyphen_demerits));
}

TEST_CASE("a way to a break with fewer hyphens before it is kept, however costly", "[breaker]") {
  // Lines of exactly 100pt only (no glue): [0,1) or [0,3), then [2,5) or [4,5), [6,7), [8,9).
  // Every breaking goes through the flagged breaks 5 and 7; after "aaaa-" (1) that makes three
  // hyphens in a row, one more than allowed, so only the way through 3 (penalty 101) is left,
  // though it reaches 5 costlier than the way through 1: 10301 + 100 against 100 + 10100.
  std::vector<Item> items = {Item::box(Pt(100), -1), Item::penalty_item(Pt(0), 0, true, -1),
                             Item::box(Pt(0), -1),   Item::penalty_item(Pt(0), 101, false, -1),
                             Item::box(Pt(100), -1), Item::penalty_item(Pt(0), 0, true, -1),
                             Item::box(Pt(100), -1), Item::penalty_item(Pt(0), 0, true, -1),
                             Item::box(Pt(100), -1), Item::forced_break()};
  BreakParams params;
  params.adj_demerits = 0;  // so that any costlier way to a break would be let go
  params.max_hyphen_lines = 2;
  BreakResult r = break_optimal(items, constant(100), params);
  CHECK(r.pass == 1);
  CHECK_FALSE(r.overfull);
  CHECK(r.breaks == Breaks{3, 5, 7, 9});
  CHECK(r.demerits == Approx(10301 + 100 + 10100 + 5100));
}

TEST_CASE("pass 1 ignores hyphenation points, pass 2 uses them when it must", "[breaker]") {
  // "aaaa-bbbb" could break at its hyphen; with room for the whole word it stays whole.
  std::vector<Item> items = {
      Item::box(Pt(40), -1), Item::glue(Pt(10), Pt(10), Pt(5), -1),
      Item::box(Pt(20), -1), Item::hyphenation_point(Pt(5), 50, -1, BreakReach::normal),
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
