#include "app/issue_input.h"

#include "base/activity.h"
#include "input/crossref_reader.h"
#include "input/issue_limits.h"
#include "input/issue_reader.h"
#include "input/jats_reader.h"

#include <filesystem>

namespace folio {

namespace {

std::optional<Issue> read_issue(const IssueInput& input, Diagnostics& diags) {
  switch (input.format) {
    case IssueInput::Format::native:
      return read_issue_file(input.paths.front(), diags);
    case IssueInput::Format::jats:
      return read_jats(input.paths, input.meta_path, diags);
    case IssueInput::Format::crossref: {
      std::optional<Issue> issue = read_crossref(input.paths.front(), diags);
      if (!issue || input.meta_path.empty()) return issue;
      std::optional<IssueMetaFile> meta = read_issue_meta_file(input.meta_path, diags);
      if (!meta) return std::nullopt;
      const int errors = diags.error_count();
      apply_issue_meta(*meta, *issue, diags);
      // A stylesheet named in the meta file is relative to it.
      issue->source = input.meta_path;
      if (diags.error_count() > errors) return std::nullopt;
      return issue;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<CheckedIssue> read_checked_issue(const IssueInput& input, Diagnostics& diags) {
  const Activity reading("reading " + input.paths.front());
  std::optional<Issue> issue = read_issue(input, diags);
  if (!issue) return std::nullopt;
  const int errors = diags.error_count();
  check_issue_limits(*issue, diags);
  if (diags.error_count() > errors) return std::nullopt;
  CheckedIssue checked{std::move(*issue), {}};
  checked.report = check_pages(checked.issue, input.pages);
  checked.report.report_to(diags);
  return checked;
}

std::string default_output(const IssueInput& input) {
  std::string path = input.paths.front();
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  std::filesystem::path p(path);
  p.replace_extension(".pdf");
  return p.string();
}

}  // namespace folio
