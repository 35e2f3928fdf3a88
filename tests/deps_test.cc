// End-to-end: folio build --deps, and samples/Makefile rebuilding exactly the PDFs a changed
// file feeds.

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

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

// The prerequisites of a make-format dependency file's first rule.
std::vector<std::string> prerequisites(const std::string& deps) {
  std::vector<std::string> out;
  std::istringstream in(deps);
  std::string line;
  std::getline(in, line);  // "target: \"
  while (std::getline(in, line) && !line.empty()) {
    if (line.ends_with(" \\")) line.resize(line.size() - 2);
    out.push_back(line.substr(line.find_first_not_of(' ')));
  }
  return out;
}

bool lists(const std::vector<std::string>& files, const std::string& file) {
  return std::find(files.begin(), files.end(), file) != files.end();
}

// The PDFs a make run built, from the commands it echoed ("... -o OUT/x.pdf ...").
std::set<std::string> built(const std::string& make_output) {
  std::set<std::string> out;
  std::istringstream in(make_output);
  for (std::string word; in >> word;) {
    if (word.ends_with(".pdf") && word.find("/pdfs/") != std::string::npos)
      out.insert(fs::path(word).filename().string());
  }
  return out;
}

}  // namespace

TEST_CASE("folio build --deps lists the issue, the fonts fontconfig chose and folio itself",
          "[e2e][deps]") {
  const std::string dir = temp_dir();
  const auto r =
      run(kFolio + " build " + kIssue + " -o " + dir + "/io.pdf --deps " + dir + "/io.d -q");
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::string deps = read_file(dir + "/io.d");
  CHECK(deps.starts_with(dir + "/io.pdf: \\\n"));
  const std::vector<std::string> files = prerequisites(deps);
  CHECK(lists(files, kIssue));
  CHECK(lists(files, fs::canonical(kFolio).string()));  // the built-in stylesheet
  CHECK(lists(files, "/usr/share/color/icc/ghostscript/default_cmyk.icc"));
  CHECK(lists(files, "/usr/share/hyphen/hyph_en_US.dic"));
  // io-1992 sets the issue in TeX Gyre Termes: the files fontconfig names for its faces.
  for (const char* face :
       {"TeX Gyre Termes:weight=regular:slant=roman", "TeX Gyre Termes:weight=bold:slant=roman",
        "TeX Gyre Termes:weight=regular:slant=italic"}) {
    const auto match = run(std::string("fc-match -f '%{file}' '") + face + "'");
    REQUIRE(match.status == 0);
    INFO(face << " -> " << match.out);
    CHECK(lists(files, match.out));
  }
  // Each prerequisite also has an empty rule of its own, so that make survives its removal.
  CHECK(deps.find("\n" + kIssue + ":\n") != std::string::npos);

  const auto json = run(kFolio + " build " + kIssue + " -o " + dir + "/io.pdf --deps=" + dir +
                        "/io.json --deps-format json -q");
  REQUIRE(json.status == 0);
  auto f = json_fields(dir + "/io.json");
  CHECK(f["output"] == dir + "/io.pdf");
  CHECK(f["inputs.length"] == std::to_string(files.size()));
  CHECK(f["inputs.0"] == files.front());
}

TEST_CASE("folio build --deps lists a JATS issue's articles and their directory", "[e2e][deps]") {
  const std::string dir = temp_dir();
  const std::string jats = kSource + "/samples/fictional-jats";
  const auto r = run(kFolio + " build --jats " + jats + "/articles --issue-meta " + jats +
                     "/issue-meta.xml -o " + dir + "/j.pdf --deps " + dir + "/j.d -q");
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::vector<std::string> files = prerequisites(read_file(dir + "/j.d"));
  CHECK(lists(files, jats + "/articles"));  // an article added to it changes the issue
  CHECK(lists(files, jats + "/articles/01-lindqvist.xml"));
  CHECK(lists(files, jats + "/issue-meta.xml"));
  CHECK(lists(files, "/usr/share/hyphen/hyph_en_GB.dic"));
}

TEST_CASE("folio build --deps writes nothing when the build fails", "[e2e][deps]") {
  const std::string dir = temp_dir();
  write_file(dir + "/bad.xml", "<issue>\n");
  const auto r = run(kFolio + " build " + dir + "/bad.xml --deps " + dir + "/bad.d");
  CHECK(r.status == 1);
  CHECK_FALSE(fs::exists(dir + "/bad.d"));
}

TEST_CASE("samples/Makefile rebuilds exactly the PDFs whose font file was touched",
          "[e2e][deps][make]") {
  // A fontconfig of its own, over copies of the fonts, so that touching one changes no file of
  // the system's.
  const std::string dir = temp_dir();
  const std::string fonts = dir + "/fonts";
  fs::create_directories(fonts);
  for (const auto& e : fs::directory_iterator("/usr/share/texmf/fonts/opentype/public/tex-gyre"))
    fs::copy_file(e.path(), fonts / e.path().filename());
  fs::copy_file("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
                fonts + "/Symbola_hint.ttf");
  write_file(dir + "/fonts.conf", "<?xml version=\"1.0\"?>\n<fontconfig>\n  <dir>" + fonts +
                                      "</dir>\n  <cachedir>" + dir +
                                      "/cache</cachedir>\n</fontconfig>\n");
  const std::string make = "FONTCONFIG_FILE=" + dir + "/fonts.conf make -C " + kSource +
                           "/samples FOLIO=" + kFolio + " OUT=" + dir + "/pdfs";
  const auto first = run(make);
  INFO(first.out << first.err);
  REQUIRE(first.status == 0);
  CHECK(built(first.out) == std::set<std::string>{"io-46-3.pdf", "io-46-3-contemporary.pdf",
                                                  "fictional-jats.pdf", "fictional-crossref.pdf"});
  const auto again = run(make);
  CHECK(again.status == 0);
  CHECK(built(again.out).empty());

  // Pagella is the contemporary stylesheet's alone; bold italic Termes is set only in the
  // JATS and Crossref issues (their abstracts), never in io-46-3.
  auto touch = [&](const std::string& file) {
    fs::last_write_time(fonts + "/" + file, fs::file_time_type::clock::now());
  };
  touch("texgyrepagella-regular.otf");
  const auto pagella = run(make);
  CHECK(pagella.status == 0);
  CHECK(built(pagella.out) == std::set<std::string>{"io-46-3-contemporary.pdf"});
  touch("texgyretermes-bolditalic.otf");
  const auto bold_italic = run(make);
  CHECK(bold_italic.status == 0);
  CHECK(built(bold_italic.out) ==
        std::set<std::string>{"fictional-jats.pdf", "fictional-crossref.pdf"});
  CHECK(built(run(make).out).empty());
}
