#pragma once
// Every limit folio puts on its input, in one place. folio reads files that other systems
// produced, unattended: each resource a hostile or broken file could make it spend without bound
// (memory, stack, time) has a named ceiling here, and going past one is an error at the place in
// the file where it happened, never a crash. Each value is far above anything a real journal
// issue needs; docs/reliability.md lists them with the message each gives.

#include <cstdint>

namespace folio::limits {

// The default largest input file (issue, JATS article, deposit, issue-meta file, stylesheet):
// the largest real JATS article seen is about 2 MiB, so 64 MiB is room for any of them, and
// still stops /dev/zero or a wrong path to a disk image before it fills memory.
// `--max-input-size` changes it for one run.
constexpr std::uint64_t kDefaultMaxInputBytes = 64ull << 20;

// How deeply elements may nest. Real JATS nests about 20 levels (sections in sections, lists in
// table cells); the readers walk inline markup recursively, and 256 levels keep their stack far
// below a thread's 8 MiB.
constexpr int kMaxElementDepth = 256;

// The longest attribute value. Attributes hold ids, numbers, names and paths; a longer one is a
// broken file, and would be quoted whole in messages.
constexpr std::uint64_t kMaxAttributeBytes = 64u << 10;

// Articles in one issue. The largest real issues (conference volumes) have about 1,500; layout
// time grows with the contents' length.
constexpr int kMaxArticles = 10'000;

// People in one issue (authors, board, editors). An article with 5,000 authors exists (physics
// collaborations); an issue of such articles still fits.
constexpr int kMaxPeople = 50'000;

// Paragraph and character styles in one stylesheet; the shipped ones have about 30. Resolving
// based-on chains is iterative, so the limit only bounds the work, not the stack.
constexpr int kMaxStyles = 1'000;

// The text of one paragraph (a title, an abstract's paragraph, a bio), in bytes of UTF-8. A
// paragraph of 200,000 words is about 1.3 MiB; the line breaker's time grows with it.
constexpr std::uint64_t kMaxParagraphBytes = 4u << 20;

// The largest page number: eight digits, so that sums of page numbers and counts never overflow.
constexpr int kMaxPageNumber = 99'999'999;

// The largest side of a page, bleed included, in points: PDF's implementation limit (200 in),
// past which libharu refuses the page and viewers would not show it.
constexpr double kMaxPageSidePoints = 14'400;

// Pages of front matter one run may produce. Layout stops there with an error rather than
// running on; a real front matter has about 30 pages, an issue of 10,000 abstracts 5,000.
constexpr int kMaxPages = 20'000;

// Layouts of the whole issue until the contents' page numbers settle. Each pass can only move a
// part by the pages its listing changes; two settle every real front matter, so a fourth that
// still moves means an oscillation.
constexpr int kMaxPageNumberPasses = 4;

// Worker processes of one `folio batch` (-j): each holds its faces and an issue in memory, and
// a mistyped -j 10000 must not fork the machine to a standstill.
constexpr int kMaxBatchJobs = 256;

}  // namespace folio::limits
