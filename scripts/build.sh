#!/usr/bin/env bash
# Configures and builds folio in build/ (or $FOLIO_BUILD_DIR). Extra arguments go to CMake.
# $FOLIO_BUILD_TARGET builds one target (the folio command alone: folio) instead of all.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${FOLIO_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build_dir" -j "$(nproc)" ${FOLIO_BUILD_TARGET:+--target "$FOLIO_BUILD_TARGET"}
