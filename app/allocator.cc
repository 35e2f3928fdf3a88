// How the folio command allocates: through jemalloc (linked in app/CMakeLists.txt, except in
// sanitizer builds), which jemalloc reads from this symbol when the process starts.
//
// Setting an issue allocates and frees millions of small blocks (shaped words, line items,
// glyph runs, content streams) on up to three threads; beside glibc's malloc, jemalloc took a
// tenth off the build of 1,000 and of 10,000 articles (docs/performance.md). Memory it no
// longer uses goes back to the system after a second, and at once rather than after a further
// "muzzy" stage: left to its defaults it held 150 MiB at 10,000 articles, with these 141, as
// glibc did.

extern "C" {
const char* malloc_conf = "dirty_decay_ms:1000,muzzy_decay_ms:0";
}
