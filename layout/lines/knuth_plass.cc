#include "layout/lines/knuth_plass.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <tuple>

namespace folio {
namespace {

constexpr double kInfiniteBadness = 10000;  // TeX's inf_bad: a line with no stretch to fill it
constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Fitness classes (tex.web §817): lines in adjacent classes look alike; two classes apart they
// do not, and that costs adj_demerits.
enum Fitness { kVeryLoose = 0, kLoose = 1, kDecent = 2, kTight = 3 };

Fitness fitness_of(double ratio) {
  if (ratio > 1) return kVeryLoose;
  if (ratio > 0.5) return kLoose;
  if (ratio >= -0.5) return kDecent;
  return kTight;
}

// Running totals of width, stretch and shrink over items [0, i), summed in item order.
struct Totals {
  double width = 0, stretch = 0, shrink = 0;
  double flexible = 0;  // the width of glue that stretches or shrinks: the rest is text

  void add(const Item& it) {
    if (it.kind == ItemKind::penalty) return;
    width += it.width.value();
    if (it.kind == ItemKind::glue) {
      stretch += it.stretch.value();
      shrink += it.shrink.value();
      if (it.flexible()) flexible += it.width.value();
    }
  }
};

constexpr std::uint32_t kStart = std::numeric_limits<std::uint32_t>::max();

// A way to reach a break, kept until the paragraph's end for the way back: where it breaks and
// where it came from, no more (tex.web's passive nodes). A paragraph of 200,000 words makes
// half a million of them.
struct Passive {
  std::uint32_t pos;  // the break item; kStart for the paragraph's start
  std::int32_t prev;  // the passive node of the break before; -1 for the paragraph's start
};

// A break a further line may start from, with what weighing that line needs. A handful at a
// time.
struct Active {
  int passive;
  double demerits;  // total from the paragraph's start
  int line;         // lines set before this break (at most BreakParams::uniform_from)
  std::uint8_t fitness;
  std::uint8_t hyphens;  // consecutive lines up to here that end at a flagged break (saturating)
  Totals from;           // up to the item the next line starts at
  double width;          // of the next line: by its number, plus its first character's hang
};

class Breaker {
 public:
  Breaker(const std::vector<Item>& items, const LineWidth& width, const BreakParams& params,
          const MarginHangs& hangs)
      : items_(items), width_(width), params_(params), hangs_(hangs) {}

  // `final_pass` accepts overfull lines; `last_try` accepts a line count short of the
  // looseness asked for (else the pass fails, so that the next one tries).
  std::optional<BreakResult> pass(double threshold, bool hyphens, double extra_stretch,
                                  bool final_pass, bool last_try);

 private:
  bool is_forced(std::size_t b) const {
    return items_[b].kind == ItemKind::penalty && items_[b].penalty <= kForceBreak;
  }
  bool is_candidate(std::size_t b, bool hyphens) const;
  // The item where the line after a break at `b` starts: glue and penalties after a break
  // vanish.
  std::uint32_t after(std::size_t b) const;
  // A node for a break at `b` (kStart: the paragraph's start), whose totals up to `b` are `at`.
  Active activate(std::size_t b, const Totals& at, int passive, double demerits, int line,
                  int fitness, int hyphens) const;
  double demerits(double bad, std::size_t b, const Active& from, Fitness fit) const;

  const std::vector<Item>& items_;
  const LineWidth& width_;
  const BreakParams& params_;
  const MarginHangs& hangs_;
};

bool Breaker::is_candidate(std::size_t b, bool hyphens) const {
  const Item& it = items_[b];
  if (it.kind == ItemKind::glue) return b > 0 && items_[b - 1].kind == ItemKind::box;
  if (it.kind != ItemKind::penalty || it.penalty >= kNeverBreak) return false;
  return hyphens || !it.pattern;
}

std::uint32_t Breaker::after(std::size_t b) const {
  std::size_t k = b == kStart ? 0 : b + 1;
  while (k < items_.size() && items_[k].kind != ItemKind::box && !is_forced(k)) ++k;
  return static_cast<std::uint32_t>(k);
}

Active Breaker::activate(std::size_t b, const Totals& at, int passive, double demerits, int line,
                         int fitness, int hyphens) const {
  const std::uint32_t next = after(b);
  Totals from = at;  // on from `b` in item order, as a running total would add them
  for (std::size_t k = b == kStart ? 0 : b; k < next; ++k) from.add(items_[k]);
  return {passive,
          demerits,
          line,
          static_cast<std::uint8_t>(fitness),
          static_cast<std::uint8_t>(hyphens),
          from,
          width_(line).value() + hangs_.left(next).value()};
}

double Breaker::demerits(double bad, std::size_t b, const Active& from, Fitness fit) const {
  const Item& it = items_[b];
  double d = params_.line_penalty + bad;
  d *= d;
  if (it.kind == ItemKind::penalty) {
    if (it.penalty > 0) {
      d += static_cast<double>(it.penalty) * it.penalty;
    } else if (it.penalty > kForceBreak) {
      d -= static_cast<double>(it.penalty) * it.penalty;
    }
  }
  // As tex.web §859: the paragraph's last line after a hyphenated one costs final-hyphen
  // demerits; a line ended by a forced break inside the paragraph is no last line.
  if (it.flagged && from.hyphens > 0) {
    d += params_.double_hyphen_demerits;
  } else if (b + 1 == items_.size() && from.hyphens > 0) {
    d += params_.final_hyphen_demerits;
  }
  if (std::abs(fit - static_cast<int>(from.fitness)) > 1) d += params_.adj_demerits;
  return d;
}

std::optional<BreakResult> Breaker::pass(double threshold, bool hyphens, double extra_stretch,
                                         bool final_pass, bool last_try) {
  std::vector<Passive> passive{{kStart, -1}};
  std::vector<Active> active{activate(kStart, Totals(), 0, 0, 0, kDecent, 0)};
  const double widest_hang = hangs_.widest_right().value();
  bool overfull = false;
  // Best way to reach one break by (line, fitness, hyphens in a row): lines of different
  // numbers may have different widths, and a hyphen run may forbid a later hyphen. A handful
  // at most, so a flat list searched in order; reused from break to break.
  struct Candidate {
    int line;
    int fitness;
    int run;
    double demerits;
    int from;
    bool artificial;
  };
  std::vector<Candidate> best;
  // Looseness compares line counts, so they must all be told apart.
  const int uniform = params_.looseness == 0 ? params_.uniform_from : -1;
  const int hyphen_run_cap = params_.max_hyphen_lines > 0 ? params_.max_hyphen_lines + 1 : 1;

  Totals at;  // over the items before `b`
  for (std::size_t b = 0; b < items_.size(); at.add(items_[b]), ++b) {
    if (!is_candidate(b, hyphens)) continue;
    const Item& it = items_[b];
    const bool forced = is_forced(b);
    const double break_width = it.kind == ItemKind::penalty ? it.width.value() : 0;
    const double hang = hangs_.right(b).value();  // of the line's last character, ending here

    best.clear();

    for (std::size_t k = 0; k < active.size();) {
      const Active& a = active[k];
      const Totals& from = a.from;
      const double available = a.width + hang;
      const double w = at.width - from.width + break_width;
      double stretch =
          at.stretch - from.stretch + params_.background_stretch.value() + extra_stretch;
      double shrink = at.shrink - from.shrink;
      if (params_.expansion > 0) {
        // Font expansion: the line's text may be drawn that much wider or narrower.
        const double text = w - (at.flexible - from.flexible);
        stretch += text * params_.expansion;
        shrink += text * params_.expansion;
      }
      double ratio = 0;
      double bad = 0;
      if (w < available) {
        if (forced) {
          ratio = 0;  // the last line's fil stretch takes up any slack
        } else if (stretch > 0) {
          ratio = (available - w) / stretch;
          bad = badness(ratio);
        } else {
          ratio = kInfinity;
          bad = kInfiniteBadness;
        }
      } else if (w > available) {
        ratio = shrink > 0 ? (available - w) / shrink : -kInfinity;
        bad = ratio < -1 ? kInfinity : badness(ratio);
      }

      bool artificial = false;
      if ((ratio < -1 || forced) && final_pass && best.empty() && active.size() == 1 &&
          bad > threshold) {
        artificial = true;  // nothing else can reach this break: accept an overfull line
      }
      // A line too wide here may yet fit at a later break whose last character hangs further
      // (a line only grows from break to break, less its shrink: a hyphen is narrower than the
      // rest of its word). Its node is let go once no hang can save it, which without margin
      // kerning is TeX's rule: at the first break where the line is too wide.
      const bool deactivate =
          forced || (ratio < -1 && (artificial || w - shrink > a.width + widest_hang));
      // Lines in a row ending with a hyphen matter up to the limit, or, without one, only
      // whether there is any (double_hyphen_demerits): ways beyond that are told apart no more.
      const int run = it.flagged ? std::min(a.hyphens + 1, hyphen_run_cap) : 0;
      const bool too_many_hyphens = params_.max_hyphen_lines > 0 && run > params_.max_hyphen_lines;
      if ((bad <= threshold && !too_many_hyphens) || artificial) {
        const Fitness fit = artificial ? kDecent : fitness_of(ratio);
        const double total = a.demerits + (artificial ? 0 : demerits(bad, b, a, fit));
        const int line = uniform >= 0 ? std::min(a.line + 1, uniform) : a.line + 1;
        auto c = std::find_if(best.begin(), best.end(), [&](const Candidate& x) {
          return x.line == line && x.fitness == fit && x.run == run;
        });
        if (c == best.end()) {
          best.push_back({line, fit, run, total, a.passive, artificial});
        } else if (total < c->demerits) {
          c->demerits = total;
          c->from = a.passive;
          c->artificial = artificial;
        }
      }
      if (deactivate) {
        active.erase(active.begin() + static_cast<std::ptrdiff_t>(k));
      } else {
        ++k;
      }
    }

    // In the order of (line, fitness, run), as the old ordered map gave them, so that ties
    // between equal totals go the same way.
    std::sort(best.begin(), best.end(), [](const Candidate& x, const Candidate& y) {
      return std::tie(x.line, x.fitness, x.run) < std::tie(y.line, y.fitness, y.run);
    });
    // A way to reach this break that costs more than adj_demerits beyond another as the same
    // line, with no longer run of hyphens, is let go (tex.web §836): whatever follows it costs at
    // least as much after the other, fitness aside. Line numbers and hyphen runs apart are never
    // compared, since a line's width or a hyphen limit may favour either.
    const auto dominated = [&](const Candidate& c) {
      return std::any_of(best.begin(), best.end(), [&](const Candidate& other) {
        return other.line == c.line && other.run <= c.run &&
               c.demerits > other.demerits + params_.adj_demerits;
      });
    };
    for (const Candidate& c : best) {
      if (dominated(c)) continue;
      overfull = overfull || c.artificial;
      passive.push_back({static_cast<std::uint32_t>(b), c.from});
      active.push_back(activate(b, at, static_cast<int>(passive.size()) - 1, c.demerits, c.line,
                                c.fitness, c.run));
    }
    if (active.empty()) return std::nullopt;
  }

  // The active nodes left all end at the final forced break; the cheapest wins.
  const auto ends_paragraph = [&](const Active& a) {
    return passive[a.passive].pos == items_.size() - 1;
  };
  const Active* best_end = nullptr;
  for (const Active& end : active) {
    if (!ends_paragraph(end)) continue;
    if (!best_end || end.demerits < best_end->demerits) best_end = &end;
  }
  if (!best_end) return std::nullopt;
  if (params_.looseness != 0) {
    // The line count nearest the one asked for, in its direction; the cheapest of those (tex.web
    // §875).
    const int best_line = best_end->line;
    int actual = 0;
    for (const Active& end : active) {
      if (!ends_paragraph(end)) continue;
      const int diff = end.line - best_line;
      if ((diff < actual && params_.looseness <= diff) ||
          (diff > actual && params_.looseness >= diff)) {
        best_end = &end;
        actual = diff;
      } else if (diff == actual && end.demerits < best_end->demerits) {
        best_end = &end;
      }
    }
    if (actual != params_.looseness && !last_try) return std::nullopt;
  }
  BreakResult result;
  for (int n = best_end->passive; passive[n].pos != kStart; n = passive[n].prev) {
    result.breaks.push_back(passive[n].pos);
  }
  std::reverse(result.breaks.begin(), result.breaks.end());
  result.overfull = overfull;
  result.demerits = best_end->demerits;
  return result;
}

}  // namespace

double badness(double ratio) {
  if (ratio == kInfinity) return kInfiniteBadness;
  const double r = std::abs(ratio);
  return std::min(kInfiniteBadness, 100 * r * r * r);
}

BreakResult break_optimal(const std::vector<Item>& items, const LineWidth& width,
                          const BreakParams& params, const MarginHangs& hangs) {
  if (items.empty()) return {};
  Breaker breaker(items, width, params, hangs);
  const double emergency = params.emergency_stretch.value();
  if (params.pretolerance >= 0) {
    if (auto r = breaker.pass(params.pretolerance, false, 0, false, false)) {
      r->pass = 1;
      return *r;
    }
  }
  // As in TeX, the pass within the tolerance that comes last settles for the nearest line count
  // the looseness can reach.
  if (auto r = breaker.pass(params.tolerance, true, 0, false, emergency <= 0)) {
    r->pass = 2;
    return *r;
  }
  if (emergency > 0) {
    if (auto r = breaker.pass(params.tolerance, true, emergency, false, true)) {
      r->pass = 3;
      return *r;
    }
  }
  if (auto r = breaker.pass(kInfiniteBadness, true, emergency, true, true)) {
    r->pass = 4;
    return *r;
  }
  // The final pass accepts overfull lines, so it fails only on a list that does not end in a
  // forced break; first fit still sets it.
  return {break_first_fit(items, width), 0, true};
}

}  // namespace folio
