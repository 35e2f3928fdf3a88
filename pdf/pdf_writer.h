#pragma once
// Writes laid-out pages as a PDF. Text is shown by glyph id through Type0 fonts with Identity-H
// encoding, each font a subset embedded as FontFile2 (TrueType) or FontFile3 (CFF), with a /W
// widths array and a ToUnicode CMap so the text copies and searches as the source text.
// libharu is used here and nowhere else.

#include "layout/pages/page.h"

#include <string>

namespace folio {

struct PdfOptions {
  // Deflate page contents and font programs. Off only for debugging the raw operators.
  bool compress = true;
};

// Writes `doc` to `path`. On failure returns false and sets `error`; `path` may then hold a
// partial file, so callers write to a temporary name and rename on success.
bool write_pdf(const Document& doc, const std::string& path, std::string* error,
               const PdfOptions& options = {});

}  // namespace folio
