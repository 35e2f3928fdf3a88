#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds folio with warnings as errors and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
FOLIO_BUILD_DIR=${FOLIO_BUILD_DIR:-build} scripts/build.sh -DFOLIO_WERROR=ON
ctest --test-dir "${FOLIO_BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
