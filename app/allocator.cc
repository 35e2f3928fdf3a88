// How the folio command allocates: through jemalloc (linked in app/CMakeLists.txt, except in
// sanitizer builds), which jemalloc reads from this symbol when the process starts.
//
// Setting an issue allocates and frees millions of small blocks (shaped words, line items,
// glyph runs, content streams) on up to three threads; beside glibc's malloc, jemalloc took a
// tenth off the build of 1,000 and of 10,000 articles (docs/performance.md). Memory it no
// longer uses goes back to the system after a second, and at once rather than after a further
// "muzzy" stage: left to its defaults it held 150 MiB at 10,000 articles, with these 141, as
// glibc did. Two arenas, not jemalloc's four per core: a part's paragraphs are set on two
// threads, its pages written on a third, and fontconfig sets itself up on a fourth, and with
// an arena each, what one thread freed of another's blocks kept pages resident in both: the
// peak at 10,000 articles varied from 145 to 150 MB between runs of the same build, and with
// two arenas stays at 144 (docs/performance.md).

extern "C" {
const char* malloc_conf = "narenas:2,dirty_decay_ms:1000,muzzy_decay_ms:0";
}
