#pragma once
// PNG proofs (`folio build --png DIR`): pages rasterised from the PDF folio wrote, by poppler,
// so that a proof shows what the printer gets, marks and bleed included (the whole MediaBox).
// One file per page, named by the label printed on it: DIR/page-iii.png.

#include "app/page_selection.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

constexpr int kDefaultProofDpi = 100;
constexpr int kMinProofDpi = 10;    // below this a page is a smudge
constexpr int kMaxProofDpi = 1200;  // an A4 page at 1200 dpi is already 140 million pixels

struct PngProofOptions {
  std::string dir;  // created when missing
  int dpi = kDefaultProofDpi;
  PageSelection pages;  // empty: every page
};

struct PngProof {
  std::size_t page = 0;       // 0-based index in the PDF
  std::string label;          // empty for an unlabelled page
  std::string file;           // the path written
  int width = 0, height = 0;  // in pixels
};

// The file name of a page's proof: "page-iii.png"; an unlabelled page is named by its place in
// the PDF ("page-pdf1.png"), and characters a file name should not hold become '_'.
std::string png_proof_name(const std::string& label, std::size_t page);

// Renders the selected pages of the PDF `pdf` (its bytes), whose pages folio labelled `labels`
// (the PDF's own page labels cannot say which pages are unlabelled). Each file is written under a
// temporary name and renamed into place, so none is ever half written. Empty, with `error`
// set, when the PDF cannot be read, the selection names no page, or a file cannot be written.
std::optional<std::vector<PngProof>> write_png_proofs(const std::string& pdf,
                                                      const std::vector<std::string>& labels,
                                                      const PngProofOptions& options,
                                                      std::string* error);

}  // namespace folio
