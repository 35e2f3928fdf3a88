// End-to-end: folio batch over directories and manifests, its summary, its shards, its
// progress line, and the worker protocol.

#include "app/batch_workers.h"
#include "app/command_line.h"
#include "app/manifest.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using folio::test::file_exists;
using folio::test::json_fields;
using folio::test::read_file;
using folio::test::run;
using folio::test::temp_dir;
using folio::test::write_file;

namespace {

namespace fs = std::filesystem;

const std::string kFolio = FOLIO_BINARY;
const std::string kSource = FOLIO_SOURCE_DIR;
const std::string kIssue = kSource + "/samples/io-46-3/issue.xml";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

// A catalogue: three copies of the io-46-3 issue, the JATS sample and one broken issue. The
// first copy is in a language folio has no words and no hyphenation for, so that it warns.
std::string catalogue() {
  const std::string dir = temp_dir() + "/catalogue";
  for (const char* journal : {"a", "b", "c"}) {
    fs::create_directories(dir + "/" + journal);
    fs::copy_file(kIssue, dir + "/" + journal + "/issue.xml");
  }
  std::string first = read_file(dir + "/a/issue.xml");
  const std::size_t lang = first.find("lang=\"en-US\"");
  REQUIRE(lang != std::string::npos);
  write_file(dir + "/a/issue.xml", first.replace(lang, 12, "lang=\"tlh\""));
  fs::copy(kSource + "/samples/fictional-jats", dir + "/jats", fs::copy_options::recursive);
  // An <issue> whose XML breaks off: an error with a line and column.
  write_file(dir + "/b/broken.xml", "<issue volume=\"1\">\n  <title>Unfinished\n");
  write_file(dir + "/notes.xml", "<notes>not an issue</notes>\n");
  return dir;
}

}  // namespace

TEST_CASE("folio batch: one broken issue fails alone, the others are built and summarised",
          "[e2e][batch]") {
  const std::string dir = catalogue();
  const std::string out = temp_dir() + "/pdfs", summary = temp_dir() + "/s.json";
  const auto r = run(kFolio + " batch " + dir + " -j 2 --summary " + summary + " -o " + out);
  INFO(r.err);
  CHECK(r.status == 1);
  for (const char* pdf : {"/a/issue.pdf", "/b/issue.pdf", "/c/issue.pdf", "/jats.pdf"}) {
    CHECK(file_exists(out + pdf));
    CHECK(read_file(out + pdf).starts_with("%PDF-"));
  }
  CHECK_FALSE(file_exists(out + "/b/broken.pdf"));
  CHECK(r.err.find(dir + "/b/broken.xml:2:20: error: ") != std::string::npos);
  CHECK(r.err.find("folio: 4 built, 1 failed, ") != std::string::npos);
  CHECK(r.err.find("wrote " + out + "/a/issue.pdf (7 pages, ") != std::string::npos);

  auto f = json_fields(summary);
  REQUIRE(f["issues.length"] == "5");
  // In sorted order: a/issue.xml, b/broken.xml, b/issue.xml, c/issue.xml, jats.
  CHECK(f["issues.0.input"] == dir + "/a/issue.xml");
  CHECK(f["issues.0.status"] == "ok");
  CHECK(f["issues.0.exit"] == "0");
  CHECK(f["issues.0.output"] == out + "/a/issue.pdf");
  CHECK(f["issues.0.pages"] == "7");
  CHECK(f["issues.0.errors.length"] == "0");
  CHECK(f["issues.0.warnings.0.where"] == dir + "/a/issue.xml");  // the issue's language
  CHECK(f["issues.0.warnings.1.where"].starts_with(dir + "/a/issue.xml:"));
  CHECK_FALSE(f["issues.0.warnings.0.message"].empty());
  CHECK(std::stod(f["issues.0.seconds"]) >= 0);
  CHECK(f["issues.1.input"] == dir + "/b/broken.xml");
  CHECK(f["issues.1.status"] == "failed");
  CHECK(f["issues.1.exit"] == "1");
  CHECK(f["issues.1.output"] == "null");
  CHECK(f["issues.1.pages"] == "0");
  CHECK(f["issues.1.errors.0.where"] == dir + "/b/broken.xml:2:20");
  CHECK(f["issues.4.input"] == dir + "/jats");
  CHECK(f["issues.4.output"] == out + "/jats.pdf");
  CHECK(f["issues.4.pages"] == "6");
  CHECK(f["summary.issues"] == "5");
  CHECK(f["summary.built"] == "4");
  CHECK(f["summary.failed"] == "1");
  CHECK(f["summary.pages"] == "27");
  CHECK(f["summary.exit"] == "1");
  int warnings = 0;
  for (int i = 0; i < 5; ++i)
    warnings += std::stoi(f["issues." + std::to_string(i) + ".warnings.length"]);
  CHECK(f["summary.warnings"] == std::to_string(warnings));
}

TEST_CASE("folio batch: exit status 0 when every issue of a manifest built", "[e2e][batch]") {
  const std::string dir = temp_dir();
  write_file(dir + "/manifest", "# two looks of one issue\n" + kIssue + " -o " + dir +
                                    "/one.pdf\n\n" + kIssue + " --style=" + kSource +
                                    "/stylesheets/contemporary.xml -o '" + dir +
                                    "/two words.pdf'  # a comment\n");
  const auto r = run(kFolio + " batch " + dir + "/manifest -q");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(read_file(dir + "/one.pdf").starts_with("%PDF-"));
  CHECK(read_file(dir + "/two words.pdf").starts_with("%PDF-"));
  // A manifest from standard input; a source that does not exist is a usage error.
  const auto piped = run("printf '%s\\n' '" + kIssue + " -o " + dir + "/three.pdf' | " + kFolio +
                         " batch - --summary " + dir + "/s.json");
  CHECK(piped.status == 0);
  CHECK(read_file(dir + "/three.pdf").starts_with("%PDF-"));
  CHECK(json_fields(dir + "/s.json")["issues.0.output"] == dir + "/three.pdf");
  const auto missing = run(kFolio + " batch " + dir + "/nothing");
  CHECK(missing.status == 2);
  CHECK(missing.err.find(dir + "/nothing: error: no such manifest or directory") !=
        std::string::npos);
  // --timings sums the stages over the workers.
  const auto timed = run(kFolio + " batch --timings -j 2 " + dir + "/manifest");
  CHECK(timed.status == 0);
  CHECK(timed.err.find("folio: 2 built, 0 failed, ") != std::string::npos);
  for (const char* stage : {"\nread ", "\ncompose ", "\nbreak pages ", "\nwrite ", "\ntotal "})
    CHECK(timed.err.find(stage) != std::string::npos);
}

TEST_CASE("folio batch: a bad manifest line is a usage error with its line, nothing is built",
          "[e2e][batch]") {
  const std::string dir = temp_dir();
  write_file(dir + "/manifest", kIssue + " -o " + dir + "/one.pdf\n  " + kIssue + " --stlye x\n");
  const auto r = run(kFolio + " batch " + dir + "/manifest");
  CHECK(r.status == 2);
  CHECK(r.err.find(dir +
                   "/manifest:2:3: error: unknown option '--stlye' (did you mean '--style'?)") !=
        std::string::npos);
  CHECK_FALSE(file_exists(dir + "/one.pdf"));

  write_file(dir + "/same",
             kIssue + " -o " + dir + "/x.pdf\n" + kIssue + " -o " + dir + "/x.pdf\n");
  const auto same = run(kFolio + " batch " + dir + "/same");
  CHECK(same.status == 2);
  CHECK(same.err.find(dir + "/same:2:1: error: this issue's PDF") != std::string::npos);
}

TEST_CASE("folio batch names an issue picked from a file of several by its selector",
          "[e2e][batch]") {
  const std::string dir = temp_dir();
  const std::string deposit = kSource + "/samples/fictional-crossref/deposit.xml";
  const std::string meta = kSource + "/samples/fictional-jats/issue-meta.xml";
  write_file(dir + "/m", "--crossref " + deposit + " --select volume=12 --issue-meta " + meta +
                             " -o " + dir + "/c.pdf\n");
  const auto r = run(kFolio + " batch --list " + dir + "/m");
  CHECK(r.status == 0);
  CHECK(r.out == deposit + " --select volume=12\n");
}

TEST_CASE("folio batch: exit status 4 when an issue's folios do not settle, 1 when one fails",
          "[e2e][batch]") {
  const std::string dir = temp_dir();
  write_file(dir + "/moving.xml", folio::test::issue_with_titles_of(48));
  write_file(dir + "/m", kIssue + " -o " + dir + "/good.pdf\n" + dir + "/moving.xml\n");
  const auto unsettled = run(kFolio + " batch " + dir + "/m --summary " + dir + "/s.json");
  INFO(unsettled.err);
  CHECK(unsettled.status == 4);
  CHECK(read_file(dir + "/good.pdf").starts_with("%PDF-"));
  CHECK_FALSE(file_exists(dir + "/moving.pdf"));
  auto f = json_fields(dir + "/s.json");
  CHECK(f["issues.1.status"] == "failed");
  CHECK(f["issues.1.exit"] == "4");
  CHECK(f["summary.exit"] == "4");
  // A failure outweighs folios that did not settle.
  write_file(dir + "/broken.xml", "<issue>\n");
  write_file(dir + "/m2", dir + "/moving.xml\n" + dir + "/broken.xml\n");
  CHECK(run(kFolio + " batch " + dir + "/m2").status == 1);
}

TEST_CASE("folio batch --list prints the issues and builds nothing", "[e2e][batch]") {
  const std::string dir = catalogue();
  const auto r = run(kFolio + " batch --list " + dir);
  CHECK(r.status == 0);
  CHECK(lines_of(r.out) == std::vector<std::string>{dir + "/a/issue.xml", dir + "/b/broken.xml",
                                                    dir + "/b/issue.xml", dir + "/c/issue.xml",
                                                    dir + "/jats"});
  CHECK_FALSE(file_exists(dir + "/a/issue.pdf"));
}

TEST_CASE("folio batch --shard: K/N for K = 1..N partition a manifest, and appending moves none",
          "[e2e][batch]") {
  const std::string dir = temp_dir();
  std::string manifest = "# a catalogue\n";
  auto issue = [&](int i) {
    const std::string path = dir + "/" + std::to_string(i) + ".xml";
    fs::copy_file(kIssue, path);
    return path + "\n";
  };
  for (int i = 0; i < 10; ++i) manifest += issue(i);
  write_file(dir + "/m", manifest);
  const auto all = lines_of(run(kFolio + " batch --list " + dir + "/m").out);
  REQUIRE(all.size() == 10);
  std::vector<std::vector<std::string>> shards;
  std::multiset<std::string> seen;
  for (int k = 1; k <= 3; ++k) {
    const auto r = run(kFolio + " batch --list --shard " + std::to_string(k) + "/3 " + dir + "/m");
    REQUIRE(r.status == 0);
    shards.push_back(lines_of(r.out));
    seen.insert(shards.back().begin(), shards.back().end());
  }
  // Every line of the manifest is in exactly one shard; sizes differ by one at most.
  CHECK(seen.size() == 10);
  CHECK(std::set<std::string>(seen.begin(), seen.end()).size() == 10);
  CHECK(shards[0].size() == 4);
  CHECK(shards[1].size() == 3);
  CHECK(shards[2].size() == 3);
  // Lines appended at the end leave every earlier line in its shard.
  write_file(dir + "/m", manifest + issue(10) + "\n# more\n" + issue(11));
  for (int k = 1; k <= 3; ++k) {
    auto grown = lines_of(
        run(kFolio + " batch --list --shard=" + std::to_string(k) + "/3 " + dir + "/m").out);
    CHECK(std::equal(shards[k - 1].begin(), shards[k - 1].end(), grown.begin()));
  }
  // --shard auto: a Kubernetes Indexed Job's index, a Slurm array's task id.
  CHECK(lines_of(run("JOB_COMPLETION_INDEX=1 JOB_COMPLETIONS=3 " + kFolio +
                     " batch --list --shard auto " + dir + "/m")
                     .out)
            .front() == shards[1].front());
  CHECK(lines_of(run("SLURM_ARRAY_TASK_ID=7 SLURM_ARRAY_TASK_MIN=5 SLURM_ARRAY_TASK_COUNT=3 " +
                     kFolio + " batch --list --shard auto " + dir + "/m")
                     .out)
            .front() == shards[2].front());
  const auto unset =
      run("env -u JOB_COMPLETION_INDEX -u SLURM_ARRAY_TASK_ID -u FOLIO_SHARD_INDEX " + kFolio +
          " batch --list --shard auto " + dir + "/m");
  CHECK(unset.status == 2);
  CHECK(lines_of(run("FOLIO_SHARD_INDEX=0 FOLIO_SHARD_COUNT=3 " + kFolio +
                     " batch --list --shard auto " + dir + "/m")
                     .out)
            .front() == shards[0].front());
  CHECK(run(kFolio + " batch --list --shard 4/3 " + dir + "/m").status == 2);
  // The number of workers is bounded (base/limits.h).
  const auto many = run(kFolio + " batch -j 10000 " + dir + "/m");
  CHECK(many.status == 2);
  CHECK(many.err.starts_with("folio: bad number of jobs '10000' (1 to 256)\n"));
}

TEST_CASE("folio batch: no progress line when standard error is a pipe, one on a terminal",
          "[e2e][batch]") {
  const std::string dir = temp_dir();
  write_file(dir + "/m", kIssue + " -o " + dir + "/a.pdf\n" + kIssue + " -o " + dir + "/b.pdf\n");
  const auto piped = run(kFolio + " batch -j 1 " + dir + "/m 2>&1 | cat");
  CHECK(piped.status == 0);
  CHECK(piped.out.find("folio: 2 built, 0 failed") != std::string::npos);
  CHECK(piped.out.find('\r') == std::string::npos);
  CHECK(piped.out.find("issues done") == std::string::npos);
  // util-linux's script(1) gives folio a terminal; what it wrote there is in the typescript.
  const std::string typescript = dir + "/typescript";
  const auto tty = run("script -qec '" + kFolio + " batch -j 1 " + dir + "/m' " + typescript);
  CHECK(tty.status == 0);
  const std::string seen = read_file(typescript);
  CHECK(seen.find("\rfolio: 0 of 2 issues done, building " + kIssue) != std::string::npos);
  CHECK(seen.find("\rfolio: 2 of 2 issues done") != std::string::npos);
  const auto quiet = run("script -qec '" + kFolio + " batch -q -j 1 " + dir + "/m' " + typescript);
  CHECK(quiet.status == 0);
  CHECK(read_file(typescript).find("issues done") == std::string::npos);
}

TEST_CASE("a worker's record of an issue reads back as it was sent", "[batch]") {
  folio::IssueOutcome o;
  o.status = 4;
  o.output = "out/a b.pdf";
  o.pages = 12;
  o.seconds = 1.25;
  o.printed = "x.xml:1:2: warning: w\n";
  o.diagnostics.push_back({folio::Severity::warning, {"x.xml", 1, 2}, "w: with 12:34", "kind"});
  o.diagnostics.push_back({folio::Severity::error, {}, "", ""});
  o.stage_seconds[2] = 0.5;
  folio::IssueOutcome back;
  REQUIRE(folio::decode_outcome(folio::encode_outcome(o), &back));
  CHECK(back.status == 4);
  CHECK(back.output == o.output);
  CHECK(back.pages == 12);
  CHECK(back.seconds == 1.25);
  CHECK(back.printed == o.printed);
  REQUIRE(back.diagnostics.size() == 2);
  CHECK(back.diagnostics[0].format() == "x.xml:1:2: warning: w: with 12:34");
  CHECK(back.diagnostics[0].kind == "kind");
  CHECK(back.diagnostics[1].severity == folio::Severity::error);
  CHECK(back.stage_seconds[2] == 0.5);
  folio::IssueOutcome broken;
  CHECK_FALSE(folio::decode_outcome(folio::encode_outcome(o).substr(0, 20), &broken));
}

TEST_CASE("manifest lines split into words as a shell would, comments dropped", "[batch]") {
  std::vector<std::string> words;
  std::vector<int> columns;
  std::string error;
  REQUIRE(folio::split_manifest_line("  a.xml --style 'my style.xml' -o \"x y\".pdf # c", &words,
                                     &columns, &error));
  CHECK(words == std::vector<std::string>{"a.xml", "--style", "my style.xml", "-o", "x y.pdf"});
  CHECK(columns == std::vector<int>{3, 9, 17, 32, 35});
  words.clear();
  CHECK_FALSE(folio::split_manifest_line("a.xml -o 'open", &words, &columns, &error));
  CHECK(error == "unclosed ' in the manifest line");
}

TEST_CASE("a worker that dies fails its issue alone, and a new worker builds the rest", "[batch]") {
  std::vector<std::size_t> started, done;
  const std::vector<folio::IssueOutcome> outcomes = folio::run_workers(
      6, 2,
      [](std::size_t index) {
        if (index == 2) std::raise(SIGKILL);  // in the worker, not in the test
        folio::IssueOutcome o;
        o.status = 0;
        o.pages = index * 10;
        o.output = std::to_string(index) + ".pdf";
        return o;
      },
      [&](std::size_t index) { started.push_back(index); },
      [&](std::size_t index, const folio::IssueOutcome&) { done.push_back(index); });
  REQUIRE(outcomes.size() == 6);
  for (std::size_t i = 0; i < 6; ++i) {
    INFO(i);
    if (i == 2) {
      CHECK(outcomes[i].status == 1);
      REQUIRE(outcomes[i].diagnostics.size() == 1);
      CHECK(outcomes[i].diagnostics[0].message.find("killed by signal 9") != std::string::npos);
    } else {
      CHECK(outcomes[i].status == 0);
      CHECK(outcomes[i].pages == i * 10);
      CHECK(outcomes[i].output == std::to_string(i) + ".pdf");
    }
  }
  std::sort(started.begin(), started.end());
  std::sort(done.begin(), done.end());
  CHECK(started == std::vector<std::size_t>{0, 1, 2, 3, 4, 5});
  CHECK(done == started);
  // More workers than issues, and no issue at all.
  CHECK(folio::run_workers(
            1, 8, [](std::size_t) { return folio::IssueOutcome{}; }, [](std::size_t) {},
            [](std::size_t, const folio::IssueOutcome&) {})
            .size() == 1);
  CHECK(folio::run_workers(
            0, 2, [](std::size_t) { return folio::IssueOutcome{}; }, [](std::size_t) {},
            [](std::size_t, const folio::IssueOutcome&) {})
            .empty());
}

TEST_CASE("any manifest line splits without harm, and parses to an issue or a usage error",
          "[batch]") {
  // Lines built from the characters that matter to the splitter and the option parser, with a
  // fixed seed: the same lines on every run.
  const std::string alphabet = " \t'\"#=-ox.ml/\\\r";
  std::uint32_t state = 12345;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int n = 0; n < 2000; ++n) {
    std::string line;
    const std::uint32_t length = next() % 40;
    for (std::uint32_t i = 0; i < length; ++i) line += alphabet[next() % alphabet.size()];
    std::vector<std::string> words;
    std::vector<int> columns;
    std::string error;
    INFO(line);
    if (!folio::split_manifest_line(line, &words, &columns, &error)) {
      CHECK(error.starts_with("unclosed "));
      continue;
    }
    REQUIRE(words.size() == columns.size());
    for (int column : columns) CHECK((column >= 1 && column <= static_cast<int>(line.size())));
    if (words.empty()) continue;
    words.insert(words.begin(), "build");
    const folio::CommandLine cl = folio::parse_command_line(words);
    CHECK((!cl.error.empty() || cl.command == "build" || cl.command == "help"));
    if (cl.error.empty() && cl.command == "build") CHECK_FALSE(cl.build.input.paths.empty());
  }
}
