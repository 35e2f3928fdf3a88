#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds folio and typesets the IO 46(3) sample issue.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
out=${1:-io-46-3.pdf}
build/app/folio build samples/io-46-3/issue.xml -o "$out"
echo "wrote $out ($(pdfinfo "$out" | awk '/^Pages:/ {print $2}') pages)"
