#!/usr/bin/env bash
# Installs everything folio needs to build, test and typeset its samples on Debian 12.
# Idempotent: packages already present are left alone, so a second run is quick.
# Every dependency comes from Debian's archive; nothing is downloaded from anywhere else.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake pkg-config git
  # libraries folio links against
  libharfbuzz-dev libfreetype-dev libfontconfig-dev libhpdf-dev libpugixml-dev
  libhyphen-dev libunibreak-dev libicu-dev libdeflate-dev libqpdf-dev libpoppler-cpp-dev
  libjemalloc-dev
  # the CMYK output profile PDF/X-4 files embed by default (docs/print.md)
  libgs-common
  # tests
  catch2 qpdf poppler-utils libxml2-utils python3 python3-yaml ghostscript util-linux make
  # the proof sheet's test loads it in a real browser, headless (tests/proof_sheet_test.cc)
  chromium
  # the sanitizer build and the fuzz targets (scripts/run-sanitized-tests.sh): clang, libFuzzer
  clang libclang-rt-14-dev
  # hyphenation dictionaries, for the languages compose/labels.cc has words for
  hyphen-en-us hyphen-en-gb hyphen-de hyphen-fr hyphen-es hyphen-pt-pt hyphen-pt-br hyphen-it
  hyphen-nl
  # fonts the shipped stylesheets and the tests use
  fonts-texgyre fonts-sil-gentiumplus fonts-dejavu-core fonts-symbola
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: run as root (missing: ${missing[*]})" >&2; exit 1; }
  sudo_cmd=(sudo)
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
# fontconfig caches are refreshed by the font packages' triggers; make sure of it.
fc-cache -f >/dev/null 2>&1 || true
