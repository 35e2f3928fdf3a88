#include "preflight/preflight.h"

#include "base/utf8.h"
#include "fonts/face.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace folio {
namespace {

// Differences below this are rounding, not a fault: a hundredth of a point.
constexpr double kSlack = 0.01;
// Runs on one line touch at their ends; overprinting needs more than this much overlap across...
constexpr double kOverprintWidth = 0.5;
// ...and more than this share of the smaller run's x-height up and down.
constexpr double kOverprintHeight = 0.3;
// The x-height of a face that does not declare one, in ems.
constexpr double kDefaultXHeight = 0.45;
// How much of a run's text a message quotes.
constexpr std::size_t kExcerpt = 40;

std::string points(double p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2fpt", p);
  return buf;
}

std::string excerpt(const std::string& text) {
  if (text.size() <= kExcerpt) return "'" + text + "'";
  std::size_t cut = kExcerpt;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return "'" + text.substr(0, cut) + "...'";
}

// Where a run's glyphs reach on the page: advance boxes from the font's descender to its
// ascender, and the core from the baseline to the x-height, which is what overprints.
struct RunBox {
  const GlyphRun* run = nullptr;
  double left = 0, right = 0, bottom = 0, top = 0;
  double core_bottom = 0, core_top = 0;
};

RunBox box_of(const GlyphRun& run) {
  RunBox b;
  b.run = &run;
  const FaceMetrics& m = run.face->metrics();
  const double em = m.units_per_em;
  const double size = run.size.value();
  // Marks carry offsets of their own; the run's baseline (with any rise) is its lowest glyph's.
  double shift = run.glyphs.front().y.value();
  for (const PlacedGlyph& g : run.glyphs) shift = std::min(shift, g.y.value());
  const double baseline = run.y.value() + shift;
  // Spaces at a run's ends are glue, set narrower or wider than the space glyph's advance: the
  // run's ink spans its first to its last glyph that is not a space.
  auto is_space = [&](const PlacedGlyph& g) {
    return g.cluster < run.text.size() && run.text[g.cluster] == ' ';
  };
  std::size_t first = 0, last = run.glyphs.size() - 1;
  while (first < last && is_space(run.glyphs[first])) ++first;
  while (last > first && is_space(run.glyphs[last])) --last;
  b.left = run.x.value() + run.glyphs[first].x.value();
  b.right =
      run.x.value() + run.glyphs[last].x.value() +
      Face::to_pt(run.face->advance(run.glyphs[last].glyph), run.size).value() * run.expansion;
  b.top = baseline + size * m.ascender / em;
  b.bottom = baseline + size * m.descender / em;
  b.core_bottom = baseline;
  b.core_top = baseline + size * (m.x_height > 0 ? m.x_height / em : kDefaultXHeight);
  return b;
}

class PageCheck {
 public:
  PageCheck(const Page& page, std::size_t index, Diagnostics& diags)
      : page_(page), where_(describe_page(page, index)), diags_(diags) {}

  void run() {
    std::vector<RunBox> boxes;
    std::vector<bool> printed(page_.frames.size(), false);
    for (const DisplayItem& item : page_.items) {
      if (const auto* run = std::get_if<GlyphRun>(&item)) {
        if (run->glyphs.empty()) continue;
        missing_glyphs(*run);
        const RunBox box = box_of(*run);
        if (run->frame >= 0 && static_cast<std::size_t>(run->frame) < page_.frames.size()) {
          printed[static_cast<std::size_t>(run->frame)] = true;
          inside_frame(box, page_.frames[static_cast<std::size_t>(run->frame)]);
        }
        inside_trim(box);
        boxes.push_back(box);
      } else {
        inside_bleed(std::get<Rule>(item));
      }
    }
    overprints(boxes);
    for (std::size_t f = 0; f < page_.frames.size(); ++f) {
      const Frame& frame = page_.frames[f];
      if (frame.must_print && !printed[f]) {
        error(nullptr, "the page master asks for " + frame.name +
                           ", but it printed nothing here (its text is empty on this page)");
      }
    }
  }

 private:
  void error(const GlyphRun* run, const std::string& message) {
    SourcePos pos;
    if (run && run->source >= 0 && static_cast<std::size_t>(run->source) < page_.sources.size()) {
      pos = page_.sources[static_cast<std::size_t>(run->source)];
    }
    diags_.error(pos, where_ + ": " + message);
  }

  void missing_glyphs(const GlyphRun& run) {
    for (const PlacedGlyph& g : run.glyphs) {
      if (g.glyph != 0) continue;
      std::size_t at = std::min<std::size_t>(g.cluster, run.text.size());
      const char32_t c = at < run.text.size() ? utf8::next(run.text, at) : 0;
      std::string ch;
      utf8::append(ch, c);
      error(&run, utf8::codepoint_name(c) + " '" + ch + "' in " + excerpt(run.text) +
                      " has no glyph in " + run.face->family() + " " + run.face->style_name() +
                      ": it would print as the font's missing-glyph box");
      return;  // one message per run is enough to find it
    }
  }

  void inside_frame(const RunBox& b, const Frame& f) {
    const GlyphRun& run = *b.run;
    const double left = f.x.value() - run.hang_left.value();
    const double right = (f.x + f.width).value() + run.hang_right.value();
    const double bottom = f.y.value();
    const double top = (f.y + f.height).value();
    auto out = [&](double by, const char* edge) {
      error(&run,
            excerpt(run.text) + " runs " + points(by) + " past the " + edge + " edge of " + f.name);
    };
    if (b.left < left - kSlack) out(left - b.left, "left");
    if (b.right > right + kSlack) out(b.right - right, "right");
    if (b.top > top + kSlack) out(b.top - top, "top");
    if (b.bottom < bottom - kSlack) out(bottom - b.bottom, "bottom");
  }

  void inside_trim(const RunBox& b) {
    const double width = page_.width.value(), height = page_.height.value();
    if (b.left < -kSlack || b.right > width + kSlack || b.bottom < -kSlack ||
        b.top > height + kSlack) {
      error(b.run, excerpt(b.run->text) + " leaves the trimmed page (" + points(width) + " by " +
                       points(height) + ")");
    }
  }

  void inside_bleed(const Rule& r) {
    const double bleed = page_.bleed.value();
    if (r.x.value() < -bleed - kSlack || r.y.value() < -bleed - kSlack ||
        (r.x + r.width).value() > page_.width.value() + bleed + kSlack ||
        (r.y + r.height).value() > page_.height.value() + bleed + kSlack) {
      error(nullptr, "a rule at " + points(r.x.value()) + ", " + points(r.y.value()) +
                         " reaches beyond the bleed");
    }
  }

  // Pairs of runs whose cores meet: text printed over text. A sweep from left to right, so that
  // only runs whose spans overlap are compared.
  void overprints(std::vector<RunBox>& boxes) {
    std::sort(boxes.begin(), boxes.end(),
              [](const RunBox& a, const RunBox& b) { return a.left < b.left; });
    for (std::size_t i = 0; i < boxes.size(); ++i) {
      const RunBox& a = boxes[i];
      for (std::size_t k = i + 1; k < boxes.size(); ++k) {
        const RunBox& b = boxes[k];
        if (b.left >= a.right - kOverprintWidth) break;
        const double dx = std::min(a.right, b.right) - b.left;
        const double dy = std::min(a.core_top, b.core_top) - std::max(a.core_bottom, b.core_bottom);
        const double smaller = std::min(a.core_top - a.core_bottom, b.core_top - b.core_bottom);
        if (dx > kOverprintWidth && dy > kOverprintHeight * smaller) {
          error(b.run, excerpt(b.run->text) + " prints over " + excerpt(a.run->text) + " (" +
                           points(dx) + " of them overlap)");
        }
      }
    }
  }

  const Page& page_;
  std::string where_;
  Diagnostics& diags_;
};

}  // namespace

void preflight_page(const Page& page, std::size_t index, Diagnostics& diags) {
  PageCheck(page, index, diags).run();
}

void preflight(const Document& doc, Diagnostics& diags) {
  for (std::size_t i = 0; i < doc.pages.size(); ++i) preflight_page(doc.pages[i], i, diags);
}

}  // namespace folio
