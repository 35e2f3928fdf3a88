#include "tests/golden_support.h"

#include "app/stylesheet_choice.h"
#include "app/typeset.h"
#include "input/issue_reader.h"
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
  std::optional<Issue> issue = read_issue_file(issue_path, diags);
  std::optional<Style> style;
  if (issue) style = choose_stylesheet(style_path, *issue, false, diags);
  std::optional<Document> doc;
  FontLibrary fonts;
  if (style) doc = typeset(*issue, *style, fonts, diags).document;
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
