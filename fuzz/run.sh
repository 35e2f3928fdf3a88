#!/usr/bin/env bash
# Runs the fuzz targets one after another, each for SECONDS, at the lowest priority so that other
# work keeps a core. Seeds come from the samples, the shipped stylesheets and the catalogue of
# bad inputs (tests/bad-inputs); each target has its dictionary (fuzz/*.dict). The corpus grown
# in a run stays in BUILD_DIR/fuzz-work/corpus for the next; an input that crashes, leaks, hangs
# or trips a sanitizer is saved in BUILD_DIR/fuzz-work/findings and fails the run.
#
# usage: fuzz/run.sh BUILD_DIR SECONDS [TARGET...]   (a build configured with -DFOLIO_FUZZ=ON)
# targets: issue_reader stylesheet_reader jats_reader crossref_reader ojs_reader pipeline (all by
# default)
# FOLIO_FUZZ_JOBS=N runs N targets at a time (default 1; CI, alone on its machine, uses 2).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd)
seconds=$2
shift 2
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(issue_reader stylesheet_reader jats_reader crossref_reader ojs_reader pipeline)
work=$build/fuzz-work
# Leaks inside Debian's libraries that folio cannot free (each explained in the file).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/scripts/lsan-suppressions.txt}

# seeds TARGET DIR: fills DIR with the target's seed inputs.
seeds() {
  local dir=$2
  cd "$root"
  case $1 in
    issue_reader) cp samples/io-46-3/issue.xml samples/fictional-jats/issue-meta.xml \
                     tests/bad-inputs/issue/*.xml "$dir" ;;
    stylesheet_reader) cp stylesheets/*.xml tests/bad-inputs/stylesheet/*.xml "$dir" ;;
    jats_reader) cp samples/fictional-jats/articles/*.xml tests/bad-inputs/jats/*.xml "$dir" ;;
    crossref_reader) cp samples/fictional-crossref/deposit.xml tests/bad-inputs/crossref/*.xml \
                        "$dir" ;;
    ojs_reader) cp fuzz/seeds/ojs-export.xml tests/bad-inputs/ojs/*.xml "$dir" ;;
    pipeline)
      # A small issue alone (the built-in stylesheet), and with each shipped stylesheet.
      cp tests/bad-inputs/issue/minimal.xml "$dir/minimal.xml"
      for s in stylesheets/*.xml; do
        { cat tests/bad-inputs/issue/minimal.xml; printf '\n@@stylesheet@@\n'; cat "$s"; } \
          >"$dir/minimal-$(basename "$s")"
      done ;;
  esac
  cd - >/dev/null
}

dictionary() {
  case $1 in
    issue_reader) cat "$root/fuzz/issue.dict" ;;
    stylesheet_reader) cat "$root/fuzz/stylesheet.dict" ;;
    jats_reader) cat "$root/fuzz/jats.dict" ;;
    crossref_reader) cat "$root/fuzz/crossref.dict" ;;
    ojs_reader) cat "$root/fuzz/ojs.dict" ;;
    pipeline) cat "$root/fuzz/issue.dict" "$root/fuzz/stylesheet.dict"; echo '"@@stylesheet@@"' ;;
  esac
}

# run_target TARGET: one target's run; its status is the fuzzer's.
run_target() {
  local t=$1
  local binary=$build/fuzz/fuzz_$t
  [ -x "$binary" ] || { echo "fuzz: no $binary (configure with -DFOLIO_FUZZ=ON)" >&2; return 1; }
  rm -rf "$work/seeds/$t"
  mkdir -p "$work/seeds/$t" "$work/corpus/$t" "$work/findings/$t"
  seeds "$t" "$work/seeds/$t"
  dictionary "$t" >"$work/$t.dict"
  # The pipeline lays out and writes a PDF per input: smaller inputs, more time for each.
  local max_len=65536 timeout=10
  [ "$t" != pipeline ] || { max_len=16384; timeout=30; }
  local log=$work/$t.log status=0
  nice -n 19 "$binary" -max_total_time="$seconds" -dict="$work/$t.dict" -max_len="$max_len" \
    -timeout="$timeout" -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/findings/$t/" "$work/corpus/$t" "$work/seeds/$t" >"$log" 2>&1 ||
    status=$?
  local runs last
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 | sed -E 's/^#([0-9]+)[[:space:]]+[A-Z]+[[:space:]]+//')
  echo "fuzz $t: ${seconds}s, ${runs:-?} executions, ${last:-no coverage line}"
  if [ "$status" -ne 0 ]; then
    echo "fuzz $t: FAILED (status $status); log $log, inputs in $work/findings/$t" >&2
    grep -E 'ERROR|SUMMARY|runtime error' "$log" | head -5 >&2 || true
  fi
  return "$status"
}

mkdir -p "$work"
jobs=${FOLIO_FUZZ_JOBS:-1}
failed=0
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || failed=1
    running=$((running - 1))
  fi
  run_target "$t" &
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  wait -n || failed=1
  running=$((running - 1))
done
exit $failed
