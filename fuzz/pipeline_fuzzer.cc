// Fuzzes the whole of `folio build` on a small issue: read, check pages, compose, lay out,
// preflight and write the PDF (in memory, with its self-check). The input is an issue file,
// optionally followed by a line "@@stylesheet@@" and a stylesheet; without one the built-in
// io-1992 is used.

#include "app/pdf_output.h"
#include "app/pipeline.h"
#include "fonts/font_library.h"
#include "fuzz/xml_mutator.h"
#include "input/issue_reader.h"
#include "input/page_check.h"
#include "stylesheets/builtin.h"
#include "stylesheets/stylesheet_reader.h"

#include <string_view>

namespace {

constexpr std::string_view kSeparator = "\n@@stylesheet@@\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Fonts are looked up once per process, as in one run of folio over many parts.
  static folio::FontLibrary fonts;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = input.find(kSeparator);
  folio::Diagnostics diags;
  std::optional<folio::Issue> issue =
      folio::read_issue_xml(input.substr(0, split), "fuzz-issue.xml", diags);
  if (!issue) return 0;
  folio::PageReport report = folio::check_pages(*issue, {});
  std::optional<folio::Style> style =
      split == std::string_view::npos
          ? folio::read_stylesheet_xml(folio::builtin_stylesheet(),
                                       folio::builtin_stylesheet_name(), diags)
          : folio::read_stylesheet_xml(input.substr(split + kSeparator.size()), "fuzz-style.xml",
                                       diags);
  if (!style) return 0;
  const folio::Prepared prepared{{std::move(*issue), std::move(report)}, std::move(*style)};
  folio::PdfOutput pdf(folio::PdfOptions{}, false);
  if (folio::lay_out_issue(prepared, /*draft=*/false, fonts, diags, &pdf) != folio::kExitClean) {
    return 0;
  }
  std::string error;
  pdf.finish(&error);
  return 0;
}

FOLIO_FUZZ_XML_MUTATOR
