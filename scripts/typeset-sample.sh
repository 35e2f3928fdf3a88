#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds folio and typesets the IO 46(3) sample issue.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
FOLIO_BUILD_TARGET=folio scripts/build.sh  # the command alone: no tests, benchmarks or tools
out=${1:-io-46-3.pdf}
build/app/folio build samples/io-46-3/issue.xml -o "$out"  # says "wrote OUT (N pages, T s)"
