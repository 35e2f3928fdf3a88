#pragma once
// Damaged fonts for the tests, made at run time from DejaVu Sans (fonts-dejavu-core) so that no
// font file is kept in the repository: one with garbled outlines, one with a garbled cmap, one
// cut short. Each is renamed (the same length, so the name table stays valid) so that
// fontconfig lists it as a family of its own.

#include <string>

namespace folio::test {

struct BrokenFonts {
  std::string dir;           // the fonts
  std::string config;        // a fonts.conf for FONTCONFIG_FILE: the system's fonts and these
  std::string bad_outlines;  // family "Broken Sans", file broken-sans.ttf
  std::string bad_cmap;      // family "Garbled Map", file garbled-map.ttf
  std::string truncated;     // family "Trimmed Ttf", file trimmed-ttf.ttf
};

// Made once per test run in a temporary directory; REQUIREs DejaVu Sans to be installed.
const BrokenFonts& broken_fonts();

}  // namespace folio::test
