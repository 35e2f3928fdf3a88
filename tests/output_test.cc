// End-to-end: where `folio build` writes, and what it never does to the target (docs/print.md,
// "Writing the file safely"): devices and FIFOs written in place, inputs refused, full disks and
// signals leaving nothing behind. The device and full-disk cases run in a private mount
// namespace (unshare -m), which needs root: CI runs as root, and these tests fail elsewhere.

#include "app/output_file.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

using folio::test::run;
namespace fs = std::filesystem;

namespace {

const std::string kFolio = FOLIO_BINARY;
const std::string kSample = std::string(FOLIO_SOURCE_DIR) + "/samples/io-46-3/issue.xml";

std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string file_type(const std::string& path) { return run("stat -c %F " + path).out; }

void require_root() {
  INFO("this test mounts file systems in a private namespace: run it as root (CI does)");
  REQUIRE(getuid() == 0);
}

// Runs `script` with sh in a private mount namespace: its mounts vanish with it.
folio::test::CommandResult in_namespace(const std::string& script) {
  return run("unshare -m sh -c '" + script + "'");
}

// The sample issue with its last article repeated, for a build that takes a while.
std::string large_issue(const std::string& dir, int copies) {
  std::string issue = folio::test::read_file(kSample);
  const std::string open = "<article id=\"mansfield-1992\" first-page=\"731\">";
  const std::size_t begin = issue.find(open);
  const std::size_t end = issue.find("</article>", begin) + std::string("</article>").size();
  REQUIRE(begin != std::string::npos);
  const std::string article = issue.substr(begin, end - begin);
  std::string all;
  for (int i = 0; i < copies; ++i) {
    std::string copy = article;
    const int first = 731 + 10 * i;
    const std::string id = i == 0 ? "1992" : std::to_string(i);  // the first keeps its id
    copy.replace(0, open.size(),
                 "<article id=\"mansfield-" + id + "\" first-page=\"" + std::to_string(first) +
                     "\" last-page=\"" + std::to_string(first + 9) + "\">");
    all += copy + "\n";
  }
  issue.replace(begin, end - begin, all);
  const std::string path = dir + "/large.xml";
  folio::test::write_file(path, issue);
  return path;
}

}  // namespace

TEST_CASE("output '-' is standard output", "[e2e][output]") {
  const std::string dir = folio::test::temp_dir();
  auto r = run("cd " + dir + " && " + kFolio + " build " + kSample + " -o -");
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(entries(dir).empty());  // no file called "-"
  folio::test::write_file(dir + "/out.pdf", r.out);
  CHECK(run("qpdf --check " + dir + "/out.pdf").status == 0);
}

TEST_CASE("a file, standard output and a build without a temporary directory get the same bytes",
          "[e2e][output]") {
  // A file is written as libharu gives it out and checked in place; standard output gets the
  // file from memory; without a usable $TMPDIR page contents stay in memory, not in the spool.
  const std::string dir = folio::test::temp_dir();
  auto file = run(kFolio + " build " + kSample + " -o " + dir + "/file.pdf");
  auto piped = run(kFolio + " build " + kSample + " -o -");
  auto unspooled =
      run("TMPDIR=" + dir + "/missing " + kFolio + " build " + kSample + " -o " + dir + "/m.pdf");
  INFO(file.err << piped.err << unspooled.err);
  REQUIRE(file.status == 0);
  REQUIRE(piped.status == 0);
  REQUIRE(unspooled.status == 0);
  const std::string bytes = folio::test::read_file(dir + "/file.pdf");
  CHECK(bytes.size() > 10000);
  CHECK(bytes == piped.out);
  CHECK(bytes == folio::test::read_file(dir + "/m.pdf"));
  CHECK(entries(dir) == std::vector<std::string>{"file.pdf", "m.pdf"});
}

TEST_CASE("pages written on a thread of their own give the bytes one thread gives",
          "[e2e][output]") {
  // The sample sets its contents after the parts that follow it (inserted pages); the other
  // issue is laid out twice, its first writer dropped (app/pdf_output.h: the same calls, in the
  // same order, on either thread).
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/moving.xml", folio::test::issue_with_titles_of(52));
  for (const std::string& issue : {kSample, dir + "/moving.xml"}) {
    auto one = run(kFolio + " build " + issue + " --threads 1 -o " + dir + "/one.pdf");
    auto two = run(kFolio + " build " + issue + " --threads=2 -o " + dir + "/two.pdf");
    INFO(issue << one.err << two.err);
    REQUIRE(one.status == 0);
    REQUIRE(two.status == 0);
    const std::string bytes = folio::test::read_file(dir + "/one.pdf");
    CHECK(bytes.size() > 5000);
    CHECK(bytes == folio::test::read_file(dir + "/two.pdf"));
  }
  auto bad = run(kFolio + " build " + kSample + " --threads 3 -o " + dir + "/three.pdf");
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains("--threads takes 1 or 2, not '3'"));
  CHECK_FALSE(folio::test::file_exists(dir + "/three.pdf"));
}

TEST_CASE("a FIFO is written in place, not replaced", "[e2e][output]") {
  const std::string dir = folio::test::temp_dir();
  REQUIRE(mkfifo((dir + "/pipe").c_str(), 0600) == 0);
  auto r = run("cat " + dir + "/pipe > " + dir + "/copy.pdf & " + kFolio + " build " + kSample +
               " -o " + dir + "/pipe; status=$?; wait; exit $status");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK_THAT(file_type(dir + "/pipe"), Catch::Contains("fifo"));
  CHECK(run("qpdf --check " + dir + "/copy.pdf").status == 0);
}

TEST_CASE("devices are written, never replaced, and a full one is an error", "[e2e][output]") {
  require_root();
  const std::string dir = folio::test::temp_dir();
  // A private /dev-like folder: if folio ever replaced a device, it would be this one.
  auto r = in_namespace("mount -t tmpfs tmpfs " + dir + " && mknod " + dir + "/null c 1 3 && " +
                        "mknod " + dir + "/full c 1 7 && " + kFolio + " build " + kSample + " -o " +
                        dir + "/null && echo null=$? && stat -c %F " + dir + "/null; " + kFolio +
                        " build " + kSample + " -o " + dir + "/full; echo full=$?; " +
                        "stat -c %F " + dir + "/full; ls -A " + dir);
  INFO(r.out << r.err);
  CHECK_THAT(r.out, Catch::Contains("null=0\ncharacter special file\n"));
  CHECK_THAT(r.out, Catch::Contains("full=1\ncharacter special file\nfull\nnull\n"));
  CHECK_THAT(r.err, Catch::Contains("folio: error: cannot write '" + dir +
                                    "/full': No space left on device"));
}

TEST_CASE("a full file system leaves neither the PDF nor a temporary file", "[e2e][output]") {
  require_root();
  const std::string dir = folio::test::temp_dir();
  // 16 KiB cannot hold the sample's PDF (its output profile alone is larger).
  auto r = in_namespace("mount -t tmpfs -o size=16k tmpfs " + dir + " && " + kFolio + " build " +
                        kSample + " -o " + dir + "/out.pdf; echo status=$?; ls -A " + dir);
  INFO(r.out << r.err);
  CHECK(r.out == "status=1\n");  // and nothing listed
  CHECK_THAT(r.err, Catch::Contains("cannot write '" + dir + "/out.pdf': No space left on device"));
  CHECK(r.err.find(".folio-") == std::string::npos);  // the message names the target only
}

TEST_CASE("an output name of 250 bytes is written", "[e2e][output]") {
  const std::string dir = folio::test::temp_dir();
  const std::string name = std::string(246, 'n') + ".pdf";
  auto r = run(kFolio + " build " + kSample + " -o " + dir + "/" + name);
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(entries(dir) == std::vector<std::string>{name});
}

TEST_CASE("an output that is one of the inputs is refused with exit status 2", "[e2e][output]") {
  const std::string dir = folio::test::temp_dir();
  const std::string issue = dir + "/issue.xml";
  const std::string text = folio::test::read_file(kSample);
  folio::test::write_file(issue, text);
  auto r = run(kFolio + " build " + issue + " -o " + issue);
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::Contains("refusing to write '" + issue + "': it is the input"));
  CHECK(folio::test::read_file(issue) == text);

  // The same file under another name.
  REQUIRE(symlink(issue.c_str(), (dir + "/link.pdf").c_str()) == 0);
  CHECK(run(kFolio + " build " + issue + " -o " + dir + "/link.pdf").status == 2);
  // The stylesheet is an input too.
  const std::string style = dir + "/style.xml";
  folio::test::write_file(
      style, folio::test::read_file(std::string(FOLIO_SOURCE_DIR) + "/stylesheets/io-1992.xml"));
  CHECK(run(kFolio + " build " + issue + " --style " + style + " -o " + style).status == 2);

  // An issue called issue.pdf, built without -o, would be its own default output.
  const std::string pdf_named = dir + "/issue.pdf";
  folio::test::write_file(pdf_named, text);
  r = run(kFolio + " build " + pdf_named);
  CHECK(r.status == 2);
  CHECK(folio::test::read_file(pdf_named) == text);
  CHECK(folio::test::read_file(issue) == text);
}

TEST_CASE("a link planted at the output name is replaced, its target left alone", "[e2e][output]") {
  const std::string dir = folio::test::temp_dir();
  folio::test::write_file(dir + "/victim", "precious");
  REQUIRE(symlink((dir + "/victim").c_str(), (dir + "/out.pdf").c_str()) == 0);
  auto r = run(kFolio + " build " + kSample + " -o " + dir + "/out.pdf");
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(folio::test::read_file(dir + "/victim") == "precious");
  CHECK_THAT(file_type(dir + "/out.pdf"), Catch::Contains("regular file"));
  CHECK(entries(dir) == std::vector<std::string>{"out.pdf", "victim"});
}

TEST_CASE("temporary files: short, unpredictable, never through a link, removed unless kept",
          "[output]") {
  const std::string dir = folio::test::temp_dir();
  const std::string target = dir + "/" + std::string(250, 't');
  std::string error;
  auto first = folio::OutputFile::open(target, &error);
  auto second = folio::OutputFile::open(target, &error);
  REQUIRE(first);
  REQUIRE(second);
  const auto temps = entries(dir);
  REQUIRE(temps.size() == 2);
  CHECK(temps[0] != temps[1]);
  for (const std::string& t : temps) {
    CHECK(t.size() == 17);  // ".folio-" and ten random characters
    CHECK_THAT(t, Catch::StartsWith(".folio-"));
    struct stat st;
    REQUIRE(lstat((dir + "/" + t).c_str(), &st) == 0);
    CHECK(S_ISREG(st.st_mode));
  }
  second.reset();  // not committed: removed
  CHECK(entries(dir).size() == 1);
  REQUIRE(write(first->fd(), "%PDF", 4) == 4);
  REQUIRE(first->commit(&error));
  CHECK(entries(dir) == std::vector<std::string>{std::string(250, 't')});
  CHECK(folio::test::read_file(target) == "%PDF");

  // A folder that is not there: the target and the system's message.
  CHECK_FALSE(folio::OutputFile::open(dir + "/no/such.pdf", &error));
  CHECK(error == "cannot write '" + dir + "/no/such.pdf': No such file or directory");
  CHECK_FALSE(folio::OutputFile::open(dir, &error));
  CHECK(error == "cannot write '" + dir + "': Is a directory");
}

TEST_CASE("SIGTERM during the build of a large issue leaves no file behind", "[e2e][output]") {
  const std::string dir = folio::test::temp_dir();
  const std::string issue = large_issue(folio::test::temp_dir(), 40);
  const std::string out = dir + "/large.pdf";
  // Watch the output folder, start folio, and stop it as soon as it creates its file.
  const int watch = inotify_init1(IN_CLOEXEC);
  REQUIRE(watch >= 0);
  REQUIRE(inotify_add_watch(watch, dir.c_str(), IN_CREATE) >= 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    execl(kFolio.c_str(), "folio", "build", issue.c_str(), "-q", "-o", out.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // Waits for the file, or for folio to end without one (a failure, not a hang).
  const int exited = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  REQUIRE(exited >= 0);
  pollfd waiting[2] = {{watch, POLLIN, 0}, {exited, POLLIN, 0}};
  REQUIRE(poll(waiting, 2, -1) > 0);
  const bool created = waiting[0].revents & POLLIN;
  kill(pid, SIGTERM);
  close(watch);
  close(exited);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  INFO("folio ended before it created its file, with status " << status);
  REQUIRE(created);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(entries(dir).empty());
}
