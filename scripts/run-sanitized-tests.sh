#!/usr/bin/env bash
# Builds folio with clang, AddressSanitizer and UndefinedBehaviorSanitizer (leak detection on)
# into build-sanitize/ (or $FOLIO_SANITIZE_BUILD_DIR), runs the whole test suite there, then runs
# every fuzz target for $FOLIO_FUZZ_SECONDS (60) seconds. Any sanitizer report fails the run.
# The same build holds the tests and the fuzz targets: one instrumented build instead of two.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build_dir=${FOLIO_SANITIZE_BUILD_DIR:-build-sanitize}
# -O1 and line tables only: a fifth less compile time than -O2 -g, and stacks still have lines.
CC=clang CXX=clang++ FOLIO_BUILD_DIR=$build_dir scripts/build.sh -DFOLIO_WERROR=ON -DFOLIO_FUZZ=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only"
# Leaks fail a test; UBSan stops at the first report, with a stack, like ASan.
export ASAN_OPTIONS=detect_leaks=1
# Leaks inside Debian's libraries that folio cannot free, each explained in the file.
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan-suppressions.txt
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
# CI, alone on its machine, runs two targets at a time; elsewhere one, so others keep a core.
[ "${CI:-}" = true ] && default_jobs=2 || default_jobs=1
FOLIO_FUZZ_JOBS=${FOLIO_FUZZ_JOBS:-$default_jobs} fuzz/run.sh "$build_dir" "${FOLIO_FUZZ_SECONDS:-60}"
