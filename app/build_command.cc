#include "app/build_command.h"

#include "app/input_files.h"
#include "app/output_file.h"
#include "app/pdf_output.h"
#include "app/print_options.h"
#include "app/progress_line.h"
#include "base/activity.h"
#include "base/files_read.h"
#include "base/cleanup_signals.h"
#include "base/stage_times.h"
#include "pdf/pdf_writer.h"

#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <memory>
#include <ostream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace folio {
namespace {

// A regular file open for reading and writing: one the PDF writer can write and check in place.
bool readable_file(int fd) {
  struct stat st {};
  return ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
         (::fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR;
}

// Hands pages on to the PDF and counts them, saying on the progress line which part is being
// set; a restart (the issue laid out again) starts the count anew.
class CountedOutput : public PageOutput {
 public:
  CountedOutput(PageOutput& to, ProgressLine* progress, std::string target)
      : to_(to), progress_(progress), target_(std::move(target)) {}

  void document(const DocumentInfo& info) override { to_.document(info); }
  void page(Page&& page, std::size_t index) override {
    ++pages_;
    if (progress_)
      progress_->update("folio: " + target_ + ": " + std::to_string(pages_) + " pages set, " +
                        page.part);
    to_.page(std::move(page), index);
  }
  void bookmark(const OutlineEntry& entry) override { to_.bookmark(entry); }
  void restart() override {
    to_.restart();
    pages_ = 0;
  }
  std::size_t pages() const { return pages_; }

 private:
  PageOutput& to_;
  ProgressLine* progress_;
  std::string target_;
  std::size_t pages_ = 0;
};

// Writes the dependency file as the PDF is written: whole or not at all.
bool write_deps(const BuildOptions& options, const BuildResult& result, Diagnostics& diags) {
  std::string error;
  std::unique_ptr<OutputFile> out = OutputFile::open(options.deps_path, &error);
  const std::string text = deps_text(result.target, result.dependencies, options.deps_format);
  if (!out) {
    diags.error({}, error);
  } else if (!write_all(out->fd(), text, &error)) {
    diags.error({}, out->failure(error));
  } else if (!out->commit(&error)) {
    diags.error({}, error);
  } else {
    return true;
  }
  return false;
}

}  // namespace

void report(const Diagnostics& diags, const BuildOptions& options, std::ostream& err) {
  print_diagnostics(diags, options.diagnostic_format, options.verbose, !options.quiet, err);
}

void print_stage_times(std::ostream& err) { print_stage_times(err, stage_seconds()); }

void print_stage_times(std::ostream& err,
                       const std::array<double, static_cast<std::size_t>(Stage::count)>& seconds) {
  double total = 0;
  for (std::size_t i = 0; i < seconds.size(); ++i) {
    char line[64];
    std::snprintf(line, sizeof line, "%-12s %8.3f s\n", stage_name(static_cast<Stage>(i)),
                  seconds[i]);
    err << line;
    total += seconds[i];
  }
  char line[64];
  std::snprintf(line, sizeof line, "%-12s %8.3f s\n", "total", total);
  err << line;
}

BuildResult build_issue(const BuildOptions& options, FontLibrary& fonts, Diagnostics& diags,
                        ProgressLine* progress, BuildRecord* record) {
  BuildResult result;
  result.target = options.output_path.empty() ? default_output(options.input) : options.output_path;
  const std::string& target = result.target;
  Ledger ledger;
  auto stop = [&](int status) {
    result.status = status;
    if (record) record->ledger = std::move(ledger);
    return result;
  };
  reset_files_used();  // this build's fonts and dictionaries only
  bool unselected = false;
  std::optional<Prepared> prepared = prepare({options.input, options.draft}, diags, &unselected);
  if (!prepared) return stop(unselected ? kExitSelection : kExitErrors);
  const Style& style = prepared->style;

  std::vector<std::string> inputs = input_files(options.input, style);
  std::string error;
  const std::optional<std::int64_t> date = build_date(inputs, &error);
  if (!date) {
    diags.error({}, error);
    return stop(kExitUsage);
  }
  std::optional<PdfOptions> pdf = print_options(options, style, *date, target, fonts, &error);
  if (!pdf) {
    diags.error({}, error);
    return stop(kExitErrors);
  }
  if (pdf->standard == PdfStandard::x4) inputs.push_back(pdf->intent.profile_path);
  if (!options.deps_path.empty() && std::filesystem::path(options.deps_path).lexically_normal() ==
                                        std::filesystem::path(target).lexically_normal()) {
    diags.error({},
                "refusing to write the dependency file '" + options.deps_path + "': it is the PDF");
    return stop(kExitUsage);
  }
  if (std::string input = input_overwritten_by(target, inputs); !input.empty()) {
    diags.error({}, "refusing to write '" + target + "': it is the input '" + input + "'");
    return stop(kExitUsage);
  }
  if (!options.deps_path.empty()) {
    if (std::string input = input_overwritten_by(options.deps_path, inputs); !input.empty()) {
      diags.error({},
                  "refusing to write '" + options.deps_path + "': it is the input '" + input + "'");
      return stop(kExitUsage);
    }
  }
  // Opened before layout, so that an interrupted build of any length leaves nothing behind.
  std::unique_ptr<OutputFile> out = OutputFile::open(target, &error);
  if (!out) {
    diags.error({}, error);
    return stop(kExitErrors);
  }

  if (record) record->output = target;
  const int threads =
      options.threads > 0 ? options.threads : (std::thread::hardware_concurrency() >= 2 ? 2 : 1);
  // Two threads: the pages are written on one of their own, the paragraphs set on another.
  PdfOutput written(*pdf, threads > 1);
  CountedOutput counted(written, progress, target);
  PageLedger noted(ledger, &counted);
  const int status = lay_out_issue(*prepared, options.draft, fonts, diags, &noted,
                                   threads > 1 ? LayoutThreads::two : LayoutThreads::one);
  if (status != kExitClean) return stop(status);
  // Every page is written: the issue model is let go before the file is made (a
  // 10,000-article issue holds tens of megabytes of it).
  prepared->checked = CheckedIssue{};

  const Activity writing("writing " + target);
  // A file on disk is written as libharu gives it out and checked from there; a pipe, or PNG
  // proofs made from the bytes, need the file in memory.
  std::optional<std::string> bytes;
  bool write_failed = false;
  bool finished = false;
  if (!options.png && readable_file(out->fd())) {
    finished = written.finish_into(out->fd(), &error, &write_failed);
  } else if ((bytes = written.finish(&error))) {
    write_failed = !write_all(out->fd(), *bytes, &error);
    finished = !write_failed;
  }
  if (!finished) {
    diags.error({}, write_failed ? out->failure(error) : "not writing '" + target + "': " + error);
  } else if (!out->commit(&error)) {
    diags.error({}, error);
  } else if (options.png) {
    const Activity rendering("rendering the pages to PNG in " + options.png->dir);
    std::vector<std::string> labels;
    for (const LedgerPage& p : ledger.pages) labels.push_back(p.label);
    std::optional<std::vector<PngProof>> pngs =
        write_png_proofs(*bytes, labels, *options.png, &error);
    if (!pngs) diags.error({}, error);
    if (pngs && record) record->pngs = std::move(*pngs);
  }
  if (diags.has_errors()) return stop(kExitErrors);
  result.pages = counted.pages();
  result.dependencies = build_dependencies(options.input, style, inputs);
  if (!options.deps_path.empty() && !write_deps(options, result, diags)) return stop(kExitErrors);
  return stop(kExitClean);
}

std::string wrote_line(const BuildResult& result, double seconds) {
  char time[32];
  std::snprintf(time, sizeof time, "%.1f", seconds);
  const std::string where =
      result.target == kStandardOutput ? std::string("standard output") : result.target;
  return "wrote " + where + " (" + std::to_string(result.pages) +
         (result.pages == 1 ? " page, " : " pages, ") + time + " s)";
}

int run_build(const BuildOptions& options, std::ostream& err, BuildRecord* record) {
  const auto start = std::chrono::steady_clock::now();
  Diagnostics diags;
  FontLibrary fonts;
  BuildResult result;
  {
    // fontconfig sets itself up while the issue is read: nothing before the first font lookup
    // needs it.
    const std::jthread fontconfig = [] {
      const CleanupSignalsHeld signals_left;  // for the thread started here
      return std::jthread(&FontLibrary::set_up_fontconfig);
    }();
    ProgressLine progress(!options.quiet);
    result = build_issue(options, fonts, diags, &progress, record);
  }
  report(diags, options, err);
  if (record) record->diags = diags;
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  if (result.status == kExitClean && !options.quiet)
    err << wrote_line(result, took.count()) << '\n';
  if (options.timings) print_stage_times(err);
  return result.status;
}

}  // namespace folio
