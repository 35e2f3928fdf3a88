#pragma once
// Deterministic synthetic issues for the benchmarks: N articles with titles of 6 to 18 words
// (some names with non-ASCII letters), 1 to 3 authors, abstracts of 120 to 220 words drawn from
// a large vocabulary (so that the shape cache does not hit on every word) and one-sentence bios;
// the same content as a folio issue file and as a XeLaTeX document, so both set the same text.

#include <cstdint>
#include <string>
#include <vector>

namespace folio::bench {

struct SyntheticIssue {
  std::string issue_xml;  // folio's issue format, set with bench/bench-style.xml
  std::string latex;      // the same front matter for XeLaTeX (fontspec, Gentium Book Plus)
  long words = 0;         // of titles, names, bios and abstracts
};

SyntheticIssue make_synthetic_issue(int articles, std::uint64_t seed = 46);

// Abstracts alone, from the same generator: the text of the quality benchmark.
std::vector<std::string> make_synthetic_abstracts(int count, std::uint64_t seed = 46);

}  // namespace folio::bench
