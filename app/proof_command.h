#pragma once
// `folio proof ISSUE -o DIR`: builds the PDF into DIR, renders a thumbnail of every page into
// DIR/pages/ and writes the proof sheet DIR/index.html (app/proof_sheet.h), then prints the
// sheet's summary line. The sheet is written even when the build fails, with its errors.

#include "app/build_command.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace folio {

constexpr int kDefaultThumbnailDpi = 40;

struct ProofOptions {
  BuildOptions build;  // its output_path is the directory
  int dpi = kDefaultThumbnailDpi;
  std::optional<int> build_number;  // with watch: the sheet reloads itself on the next build
  std::string pdf_path;             // with watch: its -o; empty: proof_pdf_path()
};

// The PDF the proof writes: `pdf_path`, else the default output name in the directory.
std::string proof_pdf_path(const ProofOptions& options);

// Returns the build's exit status (the sheet's marks do not change it), or 1 when the sheet
// cannot be written.
int run_proof(const ProofOptions& options, std::ostream& out, std::ostream& err);

}  // namespace folio
