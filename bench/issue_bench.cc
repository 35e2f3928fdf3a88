// Benchmark of whole builds: deterministic synthetic issues (bench/synthetic_issue.h) of 10, 100,
// 1,000 and 10,000 articles, set with bench/bench-style.xml, each built in-process (with the time
// of each stage) and as a whole `folio build` process, and, with --xelatex, the same content set
// by XeLaTeX in the same run, interleaved. Prints pages, wall time, pages/s, words/s and peak
// memory. Not a test: run it by hand (docs/performance.md).
//
//   build/bench/folio_bench_issue [--articles 10,100,1000,10000] [--runs 3] [--xelatex]
//                                 [--keep DIR]

#include "app/pdf_output.h"
#include "app/pipeline.h"
#include "app/print_options.h"
#include "base/stage_times.h"
#include "bench/synthetic_issue.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace folio;
namespace fs = std::filesystem;

namespace {

struct Measure {
  double seconds = 0;
  long peak_kib = 0;
  int pages = 0;
  bool ok = false;
  std::array<double, static_cast<std::size_t>(Stage::count)> stages{};
};

int pdf_pages(const std::string& pdf) {
  FILE* p = popen(("pdfinfo '" + pdf + "' 2>/dev/null").c_str(), "r");
  if (!p) return 0;
  char line[512];
  int pages = 0;
  while (std::fgets(line, sizeof line, p)) {
    if (std::strncmp(line, "Pages:", 6) == 0) pages = std::atoi(line + 6);
  }
  pclose(p);
  return pages;
}

double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Runs `argv` in `dir` as a child process: its wall time and peak resident memory.
Measure run_process(const std::vector<std::string>& argv, const std::string& dir) {
  Measure m;
  const double start = now();
  const pid_t pid = fork();
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(127);
    const int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(devnull, 2);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  m.seconds = now() - start;
  m.peak_kib = usage.ru_maxrss;
  m.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return m;
}

// Builds in a forked child, so that its peak memory is its own; the stage times come back
// through a pipe.
Measure run_in_process(const std::string& issue, const std::string& style, const std::string& out) {
  Measure m;
  int fds[2];
  if (pipe(fds) != 0) return m;
  const double start = now();
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    reset_stage_times();
    Diagnostics diags;
    BuildOptions options;
    options.input.paths = {issue};
    options.input.style_path = style;
    FontLibrary fonts;
    std::string error;
    bool ok = false;
    if (std::optional<Prepared> prepared = prepare({options.input, false}, diags)) {
      if (auto pdf = print_options(options, prepared->style, 0, out, fonts, &error)) {
        // In one thread, so that the stages' times add up to the build's (the folio rows
        // measure the command as it runs, its writer thread included).
        PdfOutput output(*pdf, false);
        if (lay_out_issue(*prepared, false, fonts, diags, &output) == kExitClean) {
          std::optional<std::string> bytes = output.finish(&error);
          ok = bytes && std::ofstream(out, std::ios::binary)
                            .write(bytes->data(), static_cast<long>(bytes->size()));
        }
      }
    }
    const auto seconds = stage_seconds();
    std::string report = ok ? "ok" : "failed";
    for (double s : seconds) report += " " + std::to_string(s);
    if (write(fds[1], report.data(), report.size()) < 0) _exit(1);
    _exit(ok ? 0 : 1);
  }
  close(fds[1]);
  std::string report;
  char buf[512];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
    report.append(buf, static_cast<std::size_t>(n));
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  m.seconds = now() - start;
  m.peak_kib = usage.ru_maxrss;
  std::istringstream in(report);
  std::string word;
  in >> word;
  m.ok = word == "ok";
  for (double& s : m.stages) in >> s;
  return m;
}

Measure median(std::vector<Measure> runs) {
  std::sort(runs.begin(), runs.end(),
            [](const Measure& a, const Measure& b) { return a.seconds < b.seconds; });
  return runs[runs.size() / 2];
}

void print_row(const char* what, int articles, long words, const Measure& m) {
  std::printf("%-10s %7d %7d %9.3f %9.0f %11.0f %9.1f  %s\n", what, articles, m.pages, m.seconds,
              m.pages / m.seconds, words / m.seconds, m.peak_kib / 1024.0, m.ok ? "" : "FAILED");
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> sizes = {10, 100, 1000, 10000};
  int runs = 3;
  bool xelatex = false;
  std::string keep;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--articles" && i + 1 < argc) {
      sizes.clear();
      std::istringstream list(argv[++i]);
      for (std::string n; std::getline(list, n, ',');) sizes.push_back(std::atoi(n.c_str()));
    } else if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--xelatex") {
      xelatex = true;
    } else if (a == "--keep" && i + 1 < argc) {
      keep = argv[++i];
    } else {
      std::fprintf(stderr,
                   "usage: folio_bench_issue [--articles 10,100,1000,10000] [--runs N] "
                   "[--xelatex] [--keep DIR]\n");
      return 2;
    }
  }
  const std::string style = std::string(FOLIO_SOURCE_DIR) + "/bench/bench-style.xml";
  const std::string folio = FOLIO_BINARY;
  std::printf("%-10s %7s %7s %9s %9s %11s %9s\n", "system", "articles", "pages", "wall s",
              "pages/s", "words/s", "peak MiB");
  for (int articles : sizes) {
    const std::string dir =
        keep.empty()
            ? (fs::temp_directory_path() / ("folio-bench-" + std::to_string(getpid()))).string() +
                  "-" + std::to_string(articles)
            : keep + "/" + std::to_string(articles);
    fs::create_directories(dir);
    const bench::SyntheticIssue issue = bench::make_synthetic_issue(articles);
    std::ofstream(dir + "/issue.xml") << issue.issue_xml;
    std::ofstream(dir + "/issue.tex") << issue.latex;

    std::vector<Measure> in_process, process, tex;
    for (int r = 0; r < runs; ++r) {
      // Interleaved, so that a change in the machine's load falls on every system alike.
      in_process.push_back(run_in_process(dir + "/issue.xml", style, dir + "/in-process.pdf"));
      process.push_back(run_process(
          {folio, "build", "issue.xml", "--style", style, "-o", "folio.pdf", "-q"}, dir));
      if (xelatex) {
        tex.push_back(
            run_process({"xelatex", "-interaction=batchmode", "-halt-on-error", "issue.tex"}, dir));
      }
    }
    Measure a = median(in_process), b = median(process);
    a.pages = pdf_pages(dir + "/in-process.pdf");
    b.pages = pdf_pages(dir + "/folio.pdf");
    print_row("in-process", articles, issue.words, a);
    print_row("folio", articles, issue.words, b);
    if (xelatex) {
      Measure t = median(tex);
      t.pages = pdf_pages(dir + "/issue.pdf");
      print_row("xelatex", articles, issue.words, t);
      std::printf("%-10s %7d  folio / xelatex = %.3f\n", "ratio", articles, b.seconds / t.seconds);
    }
    std::printf("  stages:");
    for (std::size_t s = 0; s < a.stages.size(); ++s) {
      std::printf(" %s %.3f", stage_name(static_cast<Stage>(s)), a.stages[s]);
    }
    std::printf(" (s, in-process)\n");
    std::fflush(stdout);
    if (keep.empty()) fs::remove_all(dir);
  }
  return 0;
}
