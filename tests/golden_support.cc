#include "tests/golden_support.h"

#include "app/pipeline.h"
#include "pdf/debug_writer.h"

#include <sstream>

namespace folio::test {

const GoldenCase kGoldenCases[2] = {
    {"samples/io-46-3/issue.xml", "stylesheets/io-1992.xml", "io-46-3.io-1992.txt"},
    {"samples/io-46-3/issue.xml", "stylesheets/contemporary.xml", "io-46-3.contemporary.txt"},
};

std::optional<std::string> dump_issue(const std::string& issue_path, const std::string& style_path,
                                      std::string* errors) {
  Diagnostics diags;
  PipelineOptions options;
  options.input.paths = {issue_path};
  options.input.style_path = style_path;
  FontLibrary fonts;
  DocumentOutput output;
  std::optional<Prepared> prepared = prepare(options, diags);
  const bool laid_out =
      prepared && lay_out_issue(*prepared, false, fonts, diags, &output) == kExitClean;
  const Document* doc = laid_out ? &output.doc : nullptr;
  if (!doc) {
    std::ostringstream out;
    diags.print(out);
    *errors = out.str();
    return std::nullopt;
  }
  std::ostringstream out;
  write_debug(*doc, out);
  return out.str();
}

}  // namespace folio::test
