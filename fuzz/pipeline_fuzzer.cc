// Fuzzes the whole of `folio build` on a small issue: read, check pages, compose, lay out and
// write the PDF. The input is an issue file, optionally followed by a line "@@stylesheet@@" and
// a stylesheet; without one the built-in io-1992 is used. The PDF goes to a file in /dev/shm
// until the PDF writer can write to memory.

#include "app/typeset.h"
#include "fonts/font_library.h"
#include "fuzz/fuzz_file.h"
#include "fuzz/xml_mutator.h"
#include "input/issue_reader.h"
#include "input/page_check.h"
#include "pdf/pdf_writer.h"
#include "stylesheets/builtin.h"
#include "stylesheets/stylesheet_reader.h"

#include <cstdio>
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
  folio::check_pages(*issue, {});
  std::optional<folio::Style> style =
      split == std::string_view::npos
          ? folio::read_stylesheet_xml(folio::builtin_stylesheet(),
                                       folio::builtin_stylesheet_name(), diags)
          : folio::read_stylesheet_xml(input.substr(split + kSeparator.size()), "fuzz-style.xml",
                                       diags);
  if (!style) return 0;
  folio::TypesetResult result = folio::typeset(*issue, *style, fonts, diags);
  if (!result.document) return 0;
  const std::string path = folio::fuzz::scratch_path(".pdf");
  std::string error;
  folio::write_pdf(*result.document, path, &error);
  std::remove(path.c_str());
  return 0;
}

FOLIO_FUZZ_XML_MUTATOR
