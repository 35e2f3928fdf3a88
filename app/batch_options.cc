#include "app/batch_options.h"

#include "app/command_line.h"
#include "base/limits.h"

#include <charconv>

namespace folio {
namespace {

std::optional<int> parse_count(std::string_view text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 1) return std::nullopt;
  return value;
}

std::optional<int> parse_jobs(std::string_view text) {
  std::optional<int> jobs = parse_count(text);
  if (jobs && *jobs > limits::kMaxBatchJobs) return std::nullopt;
  return jobs;
}

const std::string kJobsRange = " (1 to " + std::to_string(limits::kMaxBatchJobs) + ")";

const std::vector<std::string> kBatchOptions = {
    "--jobs",  "--summary", "--output-dir",        "--list", "--shard", "--quiet", "--verbose",
    "--draft", "--timings", "--diagnostic-format", "--help"};

}  // namespace

std::optional<Shard> parse_shard(const std::string& text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos) return std::nullopt;
  std::optional<int> k = parse_count(std::string_view(text).substr(0, slash));
  std::optional<int> n = parse_count(std::string_view(text).substr(slash + 1));
  if (!k || !n || *k > *n) return std::nullopt;
  return Shard{*k, *n};
}

void parse_batch_arguments(const std::vector<std::string>& args, BatchOptions& out,
                           std::string* error) {
  auto fail = [&](const std::string& message) {
    if (error->empty()) *error = message;
  };
  for (std::size_t i = 1; i < args.size() && error->empty(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= args.size()) {
        fail("option " + a + " needs a value");
        return "";
      }
      return args[++i];
    };
    if (a == "-j" || a == "--jobs") {
      const std::string n = value();
      std::optional<int> jobs = parse_jobs(n);
      if (!jobs && error->empty()) fail("bad number of jobs '" + n + "'" + kJobsRange);
      if (jobs) out.jobs = *jobs;
    } else if (a.starts_with("-j") && a.size() > 2) {  // -j4, as make takes it
      std::optional<int> jobs = parse_jobs(std::string_view(a).substr(2));
      if (!jobs) fail("bad number of jobs '" + a.substr(2) + "'" + kJobsRange);
      if (jobs) out.jobs = *jobs;
    } else if (a == "--summary") {
      out.summary_path = value();
    } else if (a == "-o" || a == "--output-dir") {
      out.output_dir = value();
    } else if (a == "--list") {
      out.list = true;
    } else if (a == "--shard") {
      const std::string text = value();
      if (text == "auto") {
        out.shard_auto = true;
      } else if (std::optional<Shard> shard = parse_shard(text)) {
        out.shard = shard;
      } else if (error->empty()) {
        fail("bad shard '" + text + "' (K/N with 1 <= K <= N, or auto)");
      }
    } else if (a == "-q" || a == "--quiet") {
      out.defaults.quiet = true;
    } else if (a == "--verbose") {
      out.defaults.verbose = true;
    } else if (a == "--draft") {
      out.defaults.draft = true;
    } else if (a == "--timings") {
      out.defaults.timings = true;
    } else if (a == "--diagnostic-format") {
      const std::string name = value();
      std::optional<DiagnosticFormat> format = parse_diagnostic_format(name);
      if (!format && error->empty())
        fail("unknown --diagnostic-format '" + name + "' (" + kDiagnosticFormatNames + ")");
      if (format) out.defaults.diagnostic_format = *format;
    } else if (a == "--help" || a == "-h") {
      out.help = true;
      return;
    } else if (a.size() > 1 && a[0] == '-') {
      fail("unknown option '" + a + "'" + did_you_mean(a, kBatchOptions));
    } else {
      out.sources.push_back(a);
    }
  }
  if (error->empty() && out.sources.empty())
    fail("batch needs a manifest or a directory of issues");
}

}  // namespace folio
