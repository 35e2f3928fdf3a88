#include "app/batch_command.h"

#include "app/batch_fonts.h"
#include "app/batch_summary.h"
#include "app/batch_workers.h"
#include "app/build_command.h"
#include "app/manifest.h"
#include "app/output_file.h"
#include "app/progress_line.h"
#include "app/shard.h"
#include "base/limits.h"
#include "base/stage_times.h"
#include "pdf/pdf_writer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <new>
#include <ostream>
#include <sstream>
#include <system_error>
#include <unistd.h>

namespace folio {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int cores() {
  const long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? static_cast<int>(std::min<long>(n, limits::kMaxBatchJobs)) : 1;
}

// One issue, in its worker. `fonts` is the worker's, kept for its next issue.
IssueOutcome build_in_worker(const BatchIssue& issue, FontLibrary& fonts) {
  const Clock::time_point start = Clock::now();
  reset_stage_times();
  IssueOutcome outcome;
  Diagnostics diags;
  std::ostringstream printed;
  try {
    const BuildResult result = build_issue(issue.options, fonts, diags, nullptr);
    outcome.status = result.status;
    outcome.output = result.target;
    outcome.pages = result.pages;
  } catch (const std::bad_alloc&) {
    diags.error(issue.pos, "out of memory while building this issue");
    outcome.status = 1;
  } catch (const std::exception& e) {
    diags.error(issue.pos, std::string("internal error while building this issue: ") + e.what());
    outcome.status = 1;
  }
  outcome.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  report(diags, issue.options, printed);
  if (outcome.status == 0 && !issue.options.quiet) {
    BuildResult wrote;
    wrote.target = outcome.output;
    wrote.pages = outcome.pages;
    printed << wrote_line(wrote, outcome.seconds) << '\n';
  }
  outcome.printed = printed.str();
  outcome.diagnostics = diags.all();
  outcome.stage_seconds = stage_seconds();
  return outcome;
}

// The folders the PDFs go to, made before any worker starts.
bool make_output_dirs(const std::vector<BatchIssue>& issues, Diagnostics& diags) {
  for (const BatchIssue& issue : issues) {
    const BuildOptions& b = issue.options;
    const fs::path out = b.output_path.empty() ? default_output(b.input) : b.output_path;
    if (out.parent_path().empty()) continue;
    std::error_code ec;
    fs::create_directories(out.parent_path(), ec);
    if (ec) {
      diags.error({},
                  "cannot make the folder '" + out.parent_path().string() + "': " + ec.message());
      return false;
    }
  }
  return true;
}

bool write_summary(const std::string& path, const std::string& text, Diagnostics& diags) {
  std::string error;
  std::unique_ptr<OutputFile> out = OutputFile::open(path, &error);
  if (out && write_all(out->fd(), text, &error) && out->commit(&error)) return true;
  diags.error({}, out ? out->failure(error) : error);
  return false;
}

}  // namespace

int run_batch(const BatchOptions& options, std::ostream& out, std::ostream& err) {
  const Clock::time_point start = Clock::now();
  Diagnostics diags;
  auto usage = [&] {
    print_diagnostics(diags, options.defaults.diagnostic_format, true, true, err);
    return kExitUsage;
  };
  std::optional<std::vector<BatchIssue>> found = batch_issues(options, diags);
  if (!found) return usage();
  std::vector<BatchIssue> issues = std::move(*found);
  std::optional<Shard> shard = options.shard;
  if (options.shard_auto) {
    std::string error;
    shard = shard_from_environment(&error);
    if (!shard) {
      diags.error({}, error);
      return usage();
    }
  }
  if (shard) issues = in_shard(std::move(issues), *shard);
  if (options.list) {
    for (const BatchIssue& issue : issues) out << issue.label << '\n';
    return kExitClean;
  }
  if (!make_output_dirs(issues, diags)) {
    print_diagnostics(diags, options.defaults.diagnostic_format, true, true, err);
    return kExitErrors;
  }

  ProgressLine progress(!options.defaults.quiet);
  std::size_t done = 0;
  std::string current;
  auto show = [&] {
    progress.update("folio: " + std::to_string(done) + " of " + std::to_string(issues.size()) +
                        " issues done" + (current.empty() ? "" : ", building " + current),
                    true);
  };
  // Set up before the workers are forked, and shared by them: fontconfig and the faces the
  // batch's stylesheets name. Each worker adds what else its issues need to its copy.
  FontLibrary fonts;
  preload_faces(issues, fonts);
  const int workers = options.jobs > 0 ? options.jobs : cores();
  // Workers beside each other keep the cores busy already: a build's own writer thread would
  // only contend with them.
  if (workers > 1) {
    for (BatchIssue& issue : issues) issue.options.threads = 1;
  }
  const std::vector<IssueOutcome> outcomes = run_workers(
      issues.size(), workers,
      [&](std::size_t index) { return build_in_worker(issues[index], fonts); },
      [&](std::size_t index) {
        current = issues[index].label;
        show();
      },
      [&](std::size_t, const IssueOutcome& outcome) {
        ++done;
        if (!outcome.printed.empty()) {
          progress.clear();
          err << outcome.printed << std::flush;
        }
        show();
      });
  progress.clear();

  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  const BatchTotals totals = batch_totals(outcomes, seconds);
  if (!options.defaults.quiet) err << summary_line(totals) << '\n';
  if (options.defaults.timings) {
    std::array<double, static_cast<std::size_t>(Stage::count)> sum{};
    for (const IssueOutcome& o : outcomes)
      for (std::size_t i = 0; i < sum.size(); ++i) sum[i] += o.stage_seconds[i];
    print_stage_times(err, sum);
  }
  if (!options.summary_path.empty()) {
    Diagnostics written;
    if (!write_summary(options.summary_path, summary_json(issues, outcomes, totals), written)) {
      print_diagnostics(written, options.defaults.diagnostic_format, true, true, err);
      return kExitErrors;
    }
  }
  return totals.exit;
}

}  // namespace folio
