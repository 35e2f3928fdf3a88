#!/usr/bin/env bash
# Builds a FOGRA39 output profile (offset printing on coated paper, ISO 12647-2:2004) from the
# characterisation data Debian's icc-profiles-free ships, with ArgyllCMS's colprof (Debian's
# argyll). About 20 seconds of one core: run it once by hand, never in CI, and never commit the
# result. Then name it in a stylesheet (docs/print.md):
#   <pdf output-profile="FOGRA39.icc" output-condition-identifier="FOGRA39"
#        output-condition="Offset printing, coated paper (ISO 12647-2:2004)"/>
set -euo pipefail
out=${1:-FOGRA39.icc}
data=/usr/share/color/icc/FOGRA39L.ti3
command -v colprof >/dev/null || { echo "make-fogra39-profile: apt-get install argyll" >&2; exit 1; }
[ -f "$data" ] || { echo "make-fogra39-profile: apt-get install icc-profiles-free" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$data" "$work/"
(cd "$work" && colprof -qm -D "FOGRA39 (ISO 12647-2:2004), from FOGRA39L.ti3" \
   -C "Characterisation data: FOGRA; profile made with ArgyllCMS colprof" FOGRA39L >/dev/null)
mv "$work/FOGRA39L.icc" "$out"
echo "wrote $out"
