// folio watch: builds, rebuilds when an input changes, keeps the last good PDF when a build
// fails, and remakes the proof sheet. The test waits on the watcher's output (each build prints a
// line), with a bound, never on the clock.

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

const std::string kFolio = FOLIO_BINARY;
const std::string kSource = FOLIO_SOURCE_DIR;

// A generous bound for one build under the sanitizers on a shared machine; a build takes well
// under a second without them.
constexpr int kBuildBoundSeconds = 120;

// `folio watch` running in the background, its standard output on a pipe, its standard error
// in a file; stopped with SIGTERM when the test ends.
class Watcher {
 public:
  Watcher(const std::vector<std::string>& args, const std::string& err_path) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      dup2(fds[1], STDOUT_FILENO);
      const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(err, STDERR_FILENO);
      close(fds[0]);
      std::vector<char*> argv;
      for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    close(fds[1]);
    out_ = fds[0];
  }
  ~Watcher() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    close(out_);
  }
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  // Reads the watcher's output until `text` has appeared in it, for at most `seconds`; false
  // when it has not by then, or the watcher has ended.
  bool wait_for(const std::string& text, int seconds = kBuildBoundSeconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (seen_.find(text) == std::string::npos) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                            deadline - std::chrono::steady_clock::now())
                            .count();
      if (left <= 0) return false;
      pollfd p{out_, POLLIN, 0};
      if (poll(&p, 1, static_cast<int>(left)) <= 0) continue;
      char buffer[4096];
      const ssize_t got = read(out_, buffer, sizeof buffer);
      if (got <= 0) return false;
      seen_.append(buffer, static_cast<std::size_t>(got));
    }
    return true;
  }
  const std::string& seen() const { return seen_; }

 private:
  pid_t pid_ = -1;
  int out_ = -1;
  std::string seen_;
};

// Replaces `path` as editors do: the new text is written beside it and renamed over it, so the
// watcher never sees a half-written file.
void save(const std::string& path, const std::string& text) {
  folio::test::write_file(path + ".new", text);
  std::filesystem::rename(path + ".new", path);
}

}  // namespace

TEST_CASE("folio watch rebuilds on a change and keeps the last good PDF", "[e2e][watch]") {
  const std::string dir = folio::test::temp_dir();
  const std::string issue = dir + "/issue.xml";
  const std::string source = folio::test::read_file(kSource + "/samples/io-46-3/issue.xml");
  folio::test::write_file(issue, source);
  const std::string pdf = dir + "/out.pdf";
  Watcher watch({kFolio, "watch", issue, "-o", pdf, "--proof", dir + "/proof", "--dpi", "20"},
                dir + "/err.txt");
  REQUIRE(watch.wait_for("folio watch: build 1 ok: " + pdf));
  CHECK(folio::test::file_exists(pdf));
  CHECK(folio::test::read_file(dir + "/proof/build.js") == "folioBuild(1);\n");
  CHECK_THAT(folio::test::read_file(dir + "/proof/index.html"),
             Catch::Contains("var currentBuild = 1;") && Catch::Contains("out.pdf"));

  // Touched: a new modification time, a new build (and a PDF dated by it).
  std::filesystem::last_write_time(
      issue, std::filesystem::file_time_type::clock::now() + std::chrono::hours(1));
  INFO(watch.seen());
  REQUIRE(watch.wait_for("folio watch: build 2 ok"));
  const std::string good = folio::test::read_file(pdf);
  CHECK(folio::test::read_file(dir + "/proof/build.js") == "folioBuild(2);\n");

  // Broken: the error is printed, the PDF of build 2 stays as it was.
  save(issue, "<issue");
  REQUIRE(
      watch.wait_for("folio watch: build 3 failed (exit status 1), keeping the last good " + pdf));
  CHECK(folio::test::read_file(pdf) == good);
  CHECK_THAT(folio::test::read_file(dir + "/err.txt"),
             Catch::Contains("issue.xml:1:6: error: malformed XML"));
  CHECK_THAT(folio::test::read_file(dir + "/proof/index.html"),
             Catch::Contains("The build failed") && Catch::Contains("The last good PDF"));

  // Mended, with a new title: built again, the new title in the PDF.
  std::string edited = source;
  const std::string title = "Multilateralism: the anatomy of an institution";
  REQUIRE(edited.find(title) != std::string::npos);
  edited.replace(edited.find(title), title.size(), "Watched multilateralism");
  save(issue, edited);
  REQUIRE(watch.wait_for("folio watch: build 4 ok"));
  CHECK_THAT(folio::test::page_text(pdf, 3), Catch::Contains("Watched multilateralism"));
  CHECK(watch.seen().find("build 5") == std::string::npos);
}

TEST_CASE("folio watch needs -o OUT.pdf, a file", "[watch]") {
  const std::string issue = kSource + "/samples/io-46-3/issue.xml";
  CHECK(folio::test::run(kFolio + " watch " + issue).status == 2);
  CHECK(folio::test::run(kFolio + " watch " + issue + " -o -").status == 2);
}
