// Benchmark of the paragraph stage: itemizing (shaping, break opportunities, hyphenation) and
// total-fit breaking of 1,000 abstracts of about 170 words each, set justified at 10pt on a
// 30pc measure. Reports words per second and peak memory. Not a test: run it by hand.
//
//   build/bench/folio_bench_paragraphs [ABSTRACTS] [WORDS_PER_ABSTRACT]

#include "fonts/font_library.h"
#include "layout/lines/paragraph_layout.h"
#include "layout/text/layout_context.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace folio;

namespace {

// Vocabulary of the IO 46(3) abstracts: real English with real word lengths and hyphenation.
constexpr const char* kVocabulary =
    "Parts of the international institutional order today appear quite robust and adaptive. "
    "This is true not only in economic but also in security affairs; and it is true not only in "
    "Europe but also at the global level. The reason goes beyond the fact that these are "
    "institutions and that institutions are in demand. A core feature of the international "
    "institutional order is its multilateral form. Multilateral institutions as a mode of "
    "governance have attracted the skepticism of both neorealists and neoliberals. Interest-based "
    "theoretical models of policymaking generally fail to consider the effects of "
    "institutionalized norms on policymakers’ interest calculations. A voluminous literature has "
    "been produced on the influence of a hegemonic distribution of power on international "
    "commerce, “in demand,” (today) and decision-making power—security was indivisible.";

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

long peak_memory_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  const int abstracts = argc > 1 ? std::atoi(argv[1]) : 1000;
  const int words_each = argc > 2 ? std::atoi(argv[2]) : 170;

  // The same pseudo-random abstracts on every run.
  const std::vector<std::string> vocabulary = words_of(kVocabulary);
  std::mt19937 rng(46);
  std::uniform_int_distribution<std::size_t> pick(0, vocabulary.size() - 1);
  std::vector<std::string> texts;
  for (int a = 0; a < abstracts; ++a) {
    std::string text;
    for (int w = 0; w < words_each; ++w) text += (w ? " " : "") + vocabulary[pick(rng)];
    texts.push_back(std::move(text));
  }

  ParagraphStyle style;
  style.text.font = {"TeX Gyre Termes", 400, Slant::upright};
  style.text.size = Pt(10);
  style.leading = StyleLength::points(12);
  style.first_indent = StyleLength::ems(1);
  FontLibrary library;
  LayoutContext context(library);
  Diagnostics diags;

  const long memory_before = peak_memory_kib();
  const auto start = std::chrono::steady_clock::now();
  std::size_t lines = 0;
  for (const std::string& text : texts) {
    StyledRun run;
    run.text = text;
    run.format = style.text;
    run.lang = "en-US";
    Paragraph p{&style, {run}, {}, {}, {}};
    lines += set_paragraph(p, picas(30), context, diags).lines.size();
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double words = static_cast<double>(abstracts) * words_each;
  std::printf("%d abstracts x %d words: %zu lines in %.3f s\n", abstracts, words_each, lines,
              seconds);
  std::printf("%.0f words/s for shaping + hyphenation + breaking + setting lines\n",
              words / seconds);
  std::printf("peak memory %ld KiB (%ld KiB before setting); %zu distinct shaped words cached\n",
              peak_memory_kib(), memory_before, context.shapes.size());
  std::printf("%d warnings (overfull or underfull lines)\n", diags.warning_count());
  return diags.has_errors() ? 1 : 0;
}
