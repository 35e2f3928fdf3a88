// The nightly builds of docs/nightly.md, tried as far as this machine allows: the make build
// and the Slurm array script run for real, the Kubernetes Indexed Job parsed and checked.

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>

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
const std::string kNightly = kSource + "/docs/nightly";

// A catalogue of issues, copies of the io-46-3 sample: DIR/catalogue/<name>/issue.xml.
std::string catalogue(const std::vector<std::string>& names) {
  const std::string dir = temp_dir();
  for (const std::string& name : names) {
    fs::create_directories(dir + "/catalogue/" + name);
    fs::copy_file(kIssue, dir + "/catalogue/" + name + "/issue.xml");
  }
  return dir;
}

// The PDFs a make run built, from the commands it echoed.
std::set<std::string> built(const std::string& make_output) {
  std::set<std::string> out;
  std::istringstream in(make_output);
  for (std::string word; in >> word;)
    if (word.starts_with("pdfs/") && word.ends_with(".pdf")) out.insert(word);
  return out;
}

}  // namespace

TEST_CASE("docs/nightly.md shows its three files as they are", "[nightly]") {
  const std::string doc = read_file(kSource + "/docs/nightly.md");
  for (const char* file : {"Makefile", "folio-nightly-job.yaml", "folio-nightly.sbatch"}) {
    INFO(file);
    const std::string text = read_file(kNightly + "/" + file);
    REQUIRE_FALSE(text.empty());
    CHECK(doc.find(text) != std::string::npos);
  }
}

TEST_CASE("the nightly Makefile builds a catalogue, then only what changed", "[e2e][nightly]") {
  const std::string dir = catalogue({"io/46-3", "io/46-4", "jh/12-1"});
  const std::string make = "cd " + dir + " && PATH=" + fs::path(kFolio).parent_path().string() +
                           ":$PATH make -f " + kNightly + "/Makefile";
  const auto first = run(make + " -k -j2");
  INFO(first.out << first.err);
  REQUIRE(first.status == 0);
  CHECK(built(first.out) ==
        std::set<std::string>{"pdfs/io/46-3.pdf", "pdfs/io/46-4.pdf", "pdfs/jh/12-1.pdf"});
  CHECK(read_file(dir + "/pdfs/io/46-4.pdf").starts_with("%PDF-"));
  CHECK(built(run(make).out).empty());
  fs::last_write_time(dir + "/catalogue/io/46-4/issue.xml", fs::file_time_type::clock::now());
  CHECK(built(run(make).out) == std::set<std::string>{"pdfs/io/46-4.pdf"});
  // A broken issue fails its rule alone; -k builds the rest.
  write_file(dir + "/catalogue/jh/12-1/issue.xml", "<issue version=\"1\">\n");
  fs::last_write_time(dir + "/catalogue/io/46-3/issue.xml", fs::file_time_type::clock::now());
  const auto broken = run(make + " -k");
  CHECK(broken.status == 2);
  CHECK(built(broken.out) == std::set<std::string>{"pdfs/io/46-3.pdf", "pdfs/jh/12-1.pdf"});
  CHECK(broken.err.find("catalogue/jh/12-1/issue.xml:1:20: error: ") != std::string::npos);
}

TEST_CASE("the Kubernetes Indexed Job has what an Indexed Job needs and runs folio's shards",
          "[nightly]") {
  const std::string dir = temp_dir();
  const auto converted =
      run("python3 -c 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), "
          "sys.stdout)' " +
          kNightly + "/folio-nightly-job.yaml");
  INFO(converted.err);
  REQUIRE(converted.status == 0);
  write_file(dir + "/job.json", converted.out);
  auto f = json_fields(dir + "/job.json");
  CHECK(f["apiVersion"] == "batch/v1");
  CHECK(f["kind"] == "Job");
  CHECK_FALSE(f["metadata.name"].empty());
  CHECK(f["spec.completionMode"] == "Indexed");
  const int completions = std::stoi(f["spec.completions"]);
  CHECK(completions > 1);
  CHECK(std::stoi(f["spec.parallelism"]) <= completions);
  const std::string restart = f["spec.template.spec.restartPolicy"];
  CHECK((restart == "Never" || restart == "OnFailure"));
  const std::string container = "spec.template.spec.containers.0.";
  CHECK_FALSE(f[container + "image"].empty());
  CHECK(f[container + "env.0.name"] == "JOB_COMPLETIONS");
  CHECK(f[container + "env.0.value"] == std::to_string(completions));
  // The command is folio batch --shard auto, with arguments folio takes.
  // Kubernetes expands $(JOB_COMPLETION_INDEX) in the arguments, as it does here for index 0.
  std::string command;
  for (int i = 0; f.count(container + "command." + std::to_string(i)); ++i) {
    std::string word = f[container + "command." + std::to_string(i)];
    const std::string variable = "$(JOB_COMPLETION_INDEX)";
    if (const std::size_t at = word.find(variable); at != std::string::npos)
      word.replace(at, variable.size(), "0");
    command += (i ? " " : "") + word;
  }
  CHECK(command.find("--summary /out/summary-0.json") != std::string::npos);
  CHECK(command.starts_with("folio batch --shard auto "));
  write_file(dir + "/manifest", kIssue + "\n");
  const std::string args = command.substr(std::string("folio ").size());
  const std::string listed =
      "JOB_COMPLETION_INDEX=0 JOB_COMPLETIONS=" + std::to_string(completions) + " " + kFolio + " " +
      args.substr(0, args.rfind(' ')) + " --list " + dir + "/manifest";
  const auto r = run(listed);
  INFO(listed << "\n" << r.err);
  CHECK(r.status == 0);
  CHECK(r.out == kIssue + "\n");
}

TEST_CASE("the Slurm array script passes bash -n and its tasks build every issue once",
          "[e2e][nightly]") {
  CHECK(run("bash -n " + kNightly + "/folio-nightly.sbatch").status == 0);
  const std::string dir = catalogue({"a", "b", "c", "d", "e"});
  std::string manifest;
  for (const char* name : {"a", "b", "c", "d", "e"})
    manifest += std::string("catalogue/") + name + "/issue.xml\n";
  write_file(dir + "/catalogue/manifest", manifest);
  std::multiset<std::string> inputs;
  for (int task = 4; task <= 6; ++task) {  // an array of 4-6, as `--array=4-6` would run it
    const auto r = run("cd " + dir + " && SLURM_ARRAY_TASK_ID=" + std::to_string(task) +
                       " SLURM_ARRAY_TASK_MIN=4 SLURM_ARRAY_TASK_MAX=6 SLURM_ARRAY_TASK_COUNT=3 "
                       "SLURM_CPUS_PER_TASK=1 FOLIO=" +
                       kFolio + " bash " + kNightly + "/folio-nightly.sbatch");
    INFO(r.err);
    REQUIRE(r.status == 0);
    auto f = json_fields(dir + "/summaries/" + std::to_string(task) + ".json");
    for (int i = 0; f.count("issues." + std::to_string(i) + ".input"); ++i) {
      CHECK(f["issues." + std::to_string(i) + ".status"] == "ok");
      inputs.insert(f["issues." + std::to_string(i) + ".input"]);
    }
  }
  CHECK(inputs == std::multiset<std::string>{"catalogue/a/issue.xml", "catalogue/b/issue.xml",
                                             "catalogue/c/issue.xml", "catalogue/d/issue.xml",
                                             "catalogue/e/issue.xml"});
  CHECK(read_file(dir + "/pdfs/catalogue/c/issue.pdf").starts_with("%PDF-"));
}
