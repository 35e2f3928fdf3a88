#pragma once
// How a build's PDF is written, from the command line over the stylesheet over folio's
// defaults: the PDF standard, the printing condition, bleed, marks, the date, the slug's font.

#include "app/build_command.h"
#include "fonts/font_library.h"
#include "pdf/pdf_writer.h"
#include "stylesheets/style.h"

#include <cstdint>
#include <optional>
#include <string>

namespace folio {

// The face of slug and draft lines: small Latin text that must have "·" and "–".
constexpr const char* kMarkFamily = "DejaVu Sans";
constexpr const char* kMarkFamilyPackage = "fonts-dejavu-core";

// Empty with `error` set when a setting cannot be honoured: an unreadable output profile (the
// message names the package that provides folio's default), no face for the slug. `date` is
// the document's (app/input_files.h).
std::optional<PdfOptions> print_options(const BuildOptions& build, const Style& style,
                                        std::int64_t date, const std::string& target,
                                        FontLibrary& fonts, std::string* error);

}  // namespace folio
