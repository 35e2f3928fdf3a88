#include "app/issue_input.h"

#include "app/stylesheet_choice.h"
#include "input/article_checks.h"
#include "base/activity.h"
#include "input/crossref_reader.h"
#include "input/issue_limits.h"
#include "input/issue_reader.h"
#include "input/issue_selection.h"
#include "input/jats_reader.h"
#include "input/ojs_reader.h"
#include "xml/source_file.h"

#include <filesystem>
#include <system_error>

namespace folio {

namespace {

namespace fs = std::filesystem;

// A directory where a file is expected, reported as such rather than as an unreadable file.
bool is_directory_given(const std::string& path, const char* what, const char* hint,
                        Diagnostics& diags) {
  std::error_code error;
  if (!fs::is_directory(path, error)) return false;
  diags.error({path, 0, 0}, path + " is a directory, not " + what + hint);
  return true;
}

// The issue-meta file completes an issue read from Crossref or OJS; a stylesheet it names is
// relative to it.
std::optional<Issue> with_meta(std::optional<Issue> issue, const std::string& meta_path,
                               Diagnostics& diags) {
  if (!issue || meta_path.empty()) return issue;
  std::optional<IssueMetaFile> meta = read_issue_meta_file(meta_path, diags);
  if (!meta) return std::nullopt;
  const int errors = diags.error_count();
  apply_issue_meta(*meta, *issue, diags);
  issue->source = meta_path;
  if (diags.error_count() > errors) return std::nullopt;
  return issue;
}

// The issue of a single-issue source, or the one --select picks among a file's issues.
std::optional<Issue> chosen(std::optional<std::vector<FoundIssue>> issues, const IssueInput& input,
                            Diagnostics& diags, bool* unselected) {
  if (!issues) return std::nullopt;
  IssueSelector selector;
  if (!input.select.empty()) {
    std::string problem;
    std::optional<IssueSelector> parsed = parse_selector(input.select, &problem);
    if (!parsed) {
      diags.error({}, problem);
      if (unselected) *unselected = true;
      return std::nullopt;
    }
    selector = *parsed;
  }
  return select_issue(std::move(*issues), selector, input.paths.front(), diags, unselected);
}

std::optional<Issue> read_issue(const IssueInput& input, Diagnostics& diags, bool* unselected) {
  const std::string& path = input.paths.front();
  if (!input.meta_path.empty() &&
      is_directory_given(input.meta_path, "an issue-meta file", "", diags))
    return std::nullopt;
  switch (input.format) {
    case IssueInput::Format::native: {
      if (path == kStandardInput) {
        // A script's pipe: named <stdin> in messages, a stylesheet it names is relative to the
        // working directory.
        std::optional<std::string> xml = read_source_file("/dev/stdin", "issue", diags);
        if (!xml) return std::nullopt;
        return read_issue_xml(*xml, "<stdin>", diags);
      }
      if (is_directory_given(path, "an issue file",
                             " (for a directory of JATS articles, use --jats DIR)", diags))
        return std::nullopt;
      std::optional<Issue> issue = read_issue_file(path, diags);
      if (!issue || input.select.empty()) return issue;
      return chosen(std::vector<FoundIssue>{{std::move(*issue), {}}}, input, diags, unselected);
    }
    case IssueInput::Format::jats: {
      std::optional<Issue> issue = read_jats(input.paths, input.meta_path, diags);
      if (!issue || input.select.empty()) return issue;
      return chosen(std::vector<FoundIssue>{{std::move(*issue), {}}}, input, diags, unselected);
    }
    case IssueInput::Format::crossref:
      if (is_directory_given(path, "a Crossref file", "", diags)) return std::nullopt;
      return with_meta(chosen(read_crossref(path, diags), input, diags, unselected),
                       input.meta_path, diags);
    case IssueInput::Format::ojs:
      if (is_directory_given(path, "an OJS export", "", diags)) return std::nullopt;
      return with_meta(chosen(read_ojs(path, diags), input, diags, unselected), input.meta_path,
                       diags);
  }
  return std::nullopt;
}

// Where the stylesheet the build will use says articles start: its contents part's
// `article-start` option. A stylesheet that cannot be read is the build's to report.
ArticleStart stylesheet_article_start(const IssueInput& input, const Issue& issue) {
  Diagnostics ignored;
  std::optional<Style> style =
      choose_stylesheet(input.style_path, issue, input.allow_any_stylesheet_path, ignored);
  const PartStyle* contents = style ? style->part("contents") : nullptr;
  if (!contents) return ArticleStart::anywhere;
  auto option = contents->options.find("article-start");
  if (option == contents->options.end()) return ArticleStart::anywhere;
  if (option->second == "recto") return ArticleStart::recto;
  if (option->second == "new-page") return ArticleStart::new_page;
  return ArticleStart::anywhere;
}

}  // namespace

std::optional<CheckedIssue> read_checked_issue(const IssueInput& input, Diagnostics& diags,
                                               bool page_errors_as_warnings, bool* unselected) {
  const Activity reading("reading " + input.paths.front());
  std::optional<Issue> issue = read_issue(input, diags, unselected);
  // The chosen issue's own errors (an article without a title) come with it.
  if (!issue || diags.has_errors()) return std::nullopt;
  check_issue_limits(*issue, diags);
  if (diags.has_errors()) return std::nullopt;
  if (input.format != IssueInput::Format::native) check_articles(*issue, diags);
  PageCheckOptions pages = input.pages;
  if (pages.article_start == ArticleStart::anywhere)
    pages.article_start = stylesheet_article_start(input, *issue);
  CheckedIssue checked{std::move(*issue), {}};
  checked.report = check_pages(checked.issue, pages);
  Diagnostics found;
  checked.report.report_to(found);
  diags.add_all(found, page_errors_as_warnings);
  return checked;
}

std::string default_output(const IssueInput& input) {
  std::string path = input.paths.front();
  if (input.format == IssueInput::Format::native && path == kStandardInput) return "-";
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  std::filesystem::path p(path);
  p.replace_extension(".pdf");
  return p.string();
}

}  // namespace folio
