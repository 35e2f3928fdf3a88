#include "tests/golden_support.h"

#include "app/pipeline.h"
#include "pdf/debug_writer.h"

#include <sstream>

namespace folio::test {

namespace {
constexpr const char* kJatsMeta = "samples/fictional-jats/issue-meta.xml";
}  // namespace

const GoldenCase kGoldenCases[6] = {
    {"native", "samples/io-46-3/issue.xml", "", "stylesheets/io-1992.xml", "io-46-3.io-1992.txt"},
    {"native", "samples/io-46-3/issue.xml", "", "stylesheets/contemporary.xml",
     "io-46-3.contemporary.txt"},
    {"jats", "samples/fictional-jats/articles", kJatsMeta, "stylesheets/io-1992.xml",
     "fictional-jats.io-1992.txt"},
    {"jats", "samples/fictional-jats/articles", kJatsMeta, "stylesheets/contemporary.xml",
     "fictional-jats.contemporary.txt"},
    {"crossref", "samples/fictional-crossref/deposit.xml", "", "stylesheets/io-1992.xml",
     "fictional-crossref.io-1992.txt"},
    {"crossref", "samples/fictional-crossref/deposit.xml", "", "stylesheets/contemporary.xml",
     "fictional-crossref.contemporary.txt"},
};

std::optional<std::string> dump_issue(const std::string& root, const GoldenCase& c,
                                      std::string* errors) {
  Diagnostics diags;
  PipelineOptions options;
  const std::string format = c.format;
  using Format = IssueInput::Format;
  options.input.format = format == "jats" ? Format::jats
                         : format == "crossref" ? Format::crossref
                                                : Format::native;
  options.input.paths = {root + "/" + c.issue};
  if (*c.meta) options.input.meta_path = root + "/" + c.meta;
  options.input.style_path = root + "/" + c.style;
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
