// The catalogue of bad inputs (tests/bad-inputs/catalogue.tsv): each line runs folio on a file
// made to break it and names the exit status and the exact line folio must print. Each run has
// a time and a memory limit and must leave no file behind.

#include "tests/broken_fonts.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {
namespace fs = std::filesystem;
using namespace folio::test;

const std::string kCatalogue = FOLIO_SOURCE_DIR "/tests/bad-inputs";

struct Entry {
  int line = 0;
  std::string args;  // after "folio", run in tests/bad-inputs
  int status = 0;
  std::string expected;  // one whole line of folio's output
};

std::vector<Entry> read_catalogue() {
  std::vector<Entry> entries;
  std::istringstream in(read_file(kCatalogue + "/catalogue.tsv"));
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
    INFO("catalogue.tsv:" << number << ": " << line);
    REQUIRE(tab2 != std::string::npos);
    entries.push_back({number, line.substr(0, tab1),
                       std::stoi(line.substr(tab1 + 1, tab2 - tab1 - 1)), line.substr(tab2 + 1)});
  }
  return entries;
}

std::string substituted(std::string text, const std::string& key, const std::string& value) {
  for (std::size_t at = text.find(key); at != std::string::npos;
       at = text.find(key, at + value.size()))
    text.replace(at, key.size(), value);
  return text;
}

// The sanitizer build is several times slower, and ASan reserves more address space than any
// sensible ulimit -v, so it limits memory by its own RSS watchdog instead.
#ifdef FOLIO_SANITIZE
constexpr int kSeconds = 60;
const std::string kMemoryLimit = "ASAN_OPTIONS=\"${ASAN_OPTIONS}:hard_rss_limit_mb=2048\" ";
#else
constexpr int kSeconds = 10;
const std::string kMemoryLimit = "ulimit -v 1048576; ";
#endif

}  // namespace

TEST_CASE("every input in the catalogue gives its message and status, in bounded time, and no file",
          "[bad-inputs]") {
  const std::vector<Entry> entries = read_catalogue();
  CHECK(entries.size() >= 60);
  const BrokenFonts& fonts = broken_fonts();
  std::set<std::string> named;
  for (const Entry& e : entries) {
    std::istringstream words(e.args);
    for (std::string w; words >> w;) named.insert(w);
    const std::string out_dir = temp_dir();
    const std::string args = substituted(e.args, "{out}", out_dir + "/out.pdf");
    const std::string expected = substituted(e.expected, "{fonts}", fonts.dir);
    INFO("catalogue.tsv:" << e.line << ": folio " << args);
    const CommandResult r =
        run("cd " + kCatalogue + " && (" + kMemoryLimit + "FONTCONFIG_FILE=" + fonts.config +
            " exec timeout -k 5 " + std::to_string(kSeconds) + " " FOLIO_BINARY " " + args + ")");
    INFO("stdout:\n" << r.out << "stderr:\n" << r.err);
    CHECK(r.status == e.status);
    std::set<std::string> lines;
    std::istringstream output(r.out + r.err);
    for (std::string line; std::getline(output, line);) lines.insert(line);
    CHECK(lines.count(expected) == 1);
    CHECK(fs::is_empty(out_dir));
  }
  // Every file of the catalogue is used by some line of it.
  for (const auto& entry : fs::recursive_directory_iterator(kCatalogue)) {
    if (!entry.is_regular_file() || entry.path().filename() == "catalogue.tsv") continue;
    const std::string relative = fs::relative(entry.path(), kCatalogue).string();
    const std::string dir = fs::path(relative).parent_path().string();
    INFO(relative << " is in no line of catalogue.tsv");
    CHECK((named.count(relative) == 1 || named.count(dir) == 1));
  }
}
