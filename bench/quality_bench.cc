// Benchmark of paragraph quality: deterministic synthetic abstracts (bench/synthetic_issue.h) set
// in the benchmark stylesheet's body style (Gentium Book Plus 10/12pt, justified, hyphenated
// en-US) on its 4.5in measure, measured from the laid-out lines, as issue 12 measured the PDFs
// of folio and its peers:
//
//   cv        per justified line (not a paragraph's last), the mean gap between words; the
//             spread (standard deviation) of that across lines over its mean
//   loose     lines whose mean gap is over 1.6 x the median line's
//   tight     lines whose mean gap is under 0.6 x the median line's
//   hyphens   lines that end with a hyphen folio added, of all lines but paragraphs' last;
//             and the longest run of such lines in a row
//   overfull  lines wider than the measure (less what margin kerning hangs out on purpose)
//   emergency paragraphs no pass within the tolerance could set (emergency stretch or looser)
//
// A gap is the distance from the end of one word's last glyph (its advance) to the start of the
// next word's first glyph. Not a test: run it by hand (docs/typography.md). With
// FOLIO_QUALITY_DEBUG set, the lines of each paragraph that needed emergency stretch, and each
// overfull line, are printed to stderr.
//
//   build/bench/folio_bench_quality [--style FILE] [--paragraph NAME] [ABSTRACTS ...]
//   (default: bench/bench-style.xml, its "body" style, 100 and 1,000 abstracts)

#include "bench/synthetic_issue.h"
#include "fonts/font_library.h"
#include "layout/lines/paragraph_layout.h"
#include "layout/text/layout_context.h"
#include "stylesheets/default_hyphenation.h"
#include "stylesheets/stylesheet_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <numeric>
#include <string>
#include <vector>

using namespace folio;

namespace {

struct Figures {
  std::size_t lines = 0;      // all lines set
  std::size_t measured = 0;   // justified lines with at least one gap
  double cv = 0, loose = 0, tight = 0;
  std::size_t hyphenated = 0;
  std::size_t candidates = 0;  // lines that could end with a hyphen: all but paragraphs' last
  int longest_hyphen_run = 0;
  std::size_t overfull = 0;
  std::size_t emergency = 0;  // paragraphs that needed emergency stretch (or a looser pass)
};

// The mean gap between the words of a line, or a negative number when it has none.
double mean_gap(const Line& line) {
  struct Glyph {
    double x, end;
    bool space;
  };
  std::vector<Glyph> glyphs;
  for (const GlyphRun& run : line.runs) {
    for (const PlacedGlyph& g : run.glyphs) {
      const double x = (run.x + g.x).value();
      const double advance =
          Face::to_pt(run.face->advance(g.glyph), run.size).value() * run.expansion;
      const bool space = g.cluster < run.text.size() && run.text[g.cluster] == ' ';
      glyphs.push_back({x, x + advance, space});
    }
  }
  double sum = 0;
  int gaps = 0;
  for (std::size_t i = 0; i < glyphs.size();) {
    if (!glyphs[i].space) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < glyphs.size() && glyphs[j].space) ++j;
    if (i > 0 && j < glyphs.size()) {
      sum += glyphs[j].x - glyphs[i - 1].end;
      ++gaps;
    }
    i = j;
  }
  return gaps ? sum / gaps : -1;
}

Figures figures_of(int count, const ParagraphStyle& style, Pt width, LayoutContext& context) {
  Figures f;
  Diagnostics diags;
  std::vector<double> gaps;
  int run = 0;
  for (const std::string& text : bench::make_synthetic_abstracts(count)) {
    StyledRun styled;
    styled.text = text;
    styled.format = style.text;
    styled.lang = "en-US";
    const Paragraph p{&style, {styled}, {}, {}, {}};
    const SetParagraph set = set_paragraph(p, width, context, diags);
    f.lines += set.lines.size();
    if (!set.lines.empty() && !set.lines.front().notes.empty()) {
      ++f.emergency;
      if (std::getenv("FOLIO_QUALITY_DEBUG")) {
        for (const Line& l : set.lines) {
          std::string t;
          for (const GlyphRun& r : l.runs) t += r.text;
          std::fprintf(stderr, "%7.2f %s|%s|\n", l.width.value(), l.hyphenated ? "-" : " ", t.c_str());
        }
        std::fprintf(stderr, "----\n");
      }
    }
    for (std::size_t i = 0; i < set.lines.size(); ++i) {
      const Line& line = set.lines[i];
      // Margin kerning hangs punctuation and hyphens out of the measure on purpose.
      if (line.width - line.hang_right > width + Pt(0.01)) {
        ++f.overfull;
        if (std::getenv("FOLIO_QUALITY_DEBUG")) {
          std::fprintf(stderr, "overfull by %.2f (hang %.2f)\n", (line.width - width).value(),
                       line.hang_right.value());
        }
      }
      if (i + 1 == set.lines.size()) {
        run = 0;
        continue;
      }
      ++f.candidates;
      if (line.hyphenated) {
        ++f.hyphenated;
        f.longest_hyphen_run = std::max(f.longest_hyphen_run, ++run);
      } else {
        run = 0;
      }
      const double g = mean_gap(line);
      if (g > 0) gaps.push_back(g);
    }
  }
  f.measured = gaps.size();
  if (gaps.empty()) return f;
  const double mean = std::accumulate(gaps.begin(), gaps.end(), 0.0) / gaps.size();
  double var = 0;
  for (double g : gaps) var += (g - mean) * (g - mean);
  f.cv = std::sqrt(var / gaps.size()) / mean;
  std::vector<double> sorted = gaps;
  std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
  const double median = sorted[sorted.size() / 2];
  for (double g : gaps) {
    if (g > 1.6 * median) f.loose += 1;
    if (g < 0.6 * median) f.tight += 1;
  }
  f.loose /= gaps.size();
  f.tight /= gaps.size();
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> counts;
  std::string style_path = std::string(FOLIO_SOURCE_DIR) + "/bench/bench-style.xml";
  std::string paragraph = "body";
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--style" && i + 1 < argc) {
      style_path = argv[++i];
    } else if (a == "--paragraph" && i + 1 < argc) {
      paragraph = argv[++i];
    } else {
      counts.push_back(std::atoi(argv[i]));
    }
  }
  if (counts.empty()) counts = {100, 1000};
  Diagnostics diags;
  std::optional<Style> style = read_stylesheet_file(style_path, diags);
  if (!style || !style->paragraphs.count(paragraph)) {
    diags.print(std::cerr);
    std::cerr << "folio_bench_quality: no paragraph style '" << paragraph << "' in " << style_path
              << "\n";
    return 1;
  }
  const ParagraphStyle& body = style->paragraphs.at(paragraph);
  const Pt measure = Pt(4.5 * 72);  // the 6in page less two 0.75in margins
  FontLibrary fonts;
  LayoutContext context(fonts);
  // As an issue is set (app/typeset.cc): folio's exceptions, then the stylesheet's.
  for (const HyphenationWord& w : default_hyphenation())
    context.hyphenator.add_default_exception(w.lang, w.word);
  for (const HyphenationWord& w : style->hyphenation)
    context.hyphenator.add_exception(w.lang, w.word);
  std::printf("%9s %7s %6s %7s %7s %8s %6s %9s %10s\n", "abstracts", "lines", "cv", "loose",
              "tight", "hyphens", "in row", "overfull", "emergency");
  for (int n : counts) {
    const Figures f = figures_of(n, body, measure, context);
    std::printf("%9d %7zu %6.3f %6.1f%% %6.1f%% %7.1f%% %6d %9zu %9.1f%%\n", n, f.lines, f.cv,
                100 * f.loose, 100 * f.tight,
                f.candidates ? 100.0 * f.hyphenated / f.candidates : 0.0, f.longest_hyphen_run,
                f.overfull, 100.0 * f.emergency / n);
  }
  return 0;
}
