// End-to-end: the command line as a script author uses it: standard input and output,
// --opt=value, help for each command, suggestions for mistakes, folio fonts, JSON diagnostics,
// the "wrote" line and --timings.

#include "app/diagnostic_format.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <string>

using folio::test::json_fields;
using folio::test::read_file;
using folio::test::run;
using folio::test::temp_dir;
using folio::test::write_file;

namespace {

const std::string kFolio = FOLIO_BINARY;
const std::string kSource = FOLIO_SOURCE_DIR;
const std::string kIssue = kSource + "/samples/io-46-3/issue.xml";

}  // namespace

TEST_CASE("folio build - reads the issue from standard input and -o - writes the PDF out",
          "[e2e][cli]") {
  const std::string dir = temp_dir();
  const auto piped = run("SOURCE_DATE_EPOCH=0 " + kFolio + " build - -o - < " + kIssue);
  INFO(piped.err);
  REQUIRE(piped.status == 0);
  CHECK(piped.err.find("wrote standard output (7 pages, ") != std::string::npos);
  const auto file =
      run("SOURCE_DATE_EPOCH=0 " + kFolio + " build " + kIssue + " -o " + dir + "/file.pdf");
  REQUIRE(file.status == 0);
  CHECK(file.err.find("wrote " + dir + "/file.pdf (7 pages, ") != std::string::npos);
  CHECK(piped.out.starts_with("%PDF-"));
  CHECK(piped.out == read_file(dir + "/file.pdf"));
  // From standard input without -o, the PDF goes to standard output.
  const auto bare = run("SOURCE_DATE_EPOCH=0 " + kFolio + " build - -q < " + kIssue);
  CHECK(bare.status == 0);
  CHECK(bare.out == read_file(dir + "/file.pdf"));
  CHECK(bare.err.empty());
  // A broken issue on standard input is named <stdin> in the message.
  const auto broken = run("echo '<issue>' | " + kFolio + " build - -o " + dir + "/b.pdf");
  CHECK(broken.status == 1);
  CHECK(broken.err.starts_with("<stdin>:"));
  CHECK_FALSE(folio::test::file_exists(dir + "/b.pdf"));
}

TEST_CASE("options take --opt=value as well as --opt value", "[e2e][cli]") {
  const std::string dir = temp_dir();
  const auto spaced = run(kFolio + " pages " + kIssue + " --format json");
  const auto joined = run(kFolio + " pages " + kIssue + " --format=json");
  CHECK(spaced.status == 0);
  CHECK(joined.out == spaced.out);
  const auto style = run(kFolio + " check " + kIssue + " --style=" + kSource +
                         "/stylesheets/contemporary.xml --pdf-standard=none");
  CHECK(style.status == 0);
  CHECK(run(kFolio + " check " + kIssue + " --style=" + dir + "/none.xml").status == 1);
}

TEST_CASE("each command has its own help, and the help lists the exit statuses", "[e2e][cli]") {
  for (const std::string command : {"build", "check", "pages", "batch", "styles", "fonts"}) {
    const auto by_help = run(kFolio + " help " + command);
    const auto by_option = run(kFolio + " " + command + " --help");
    INFO(command);
    CHECK(by_help.status == 0);
    CHECK(by_option.status == 0);
    CHECK(by_help.out.starts_with("usage: folio " + command));
    CHECK(by_option.out == by_help.out);
    CHECK(by_help.out.find("Exit status: 0") != std::string::npos);
  }
  CHECK(run(kFolio + " help build").out.find("4 the contents' page numbers") != std::string::npos);
  const auto all = run(kFolio + " --help");
  CHECK(all.out.find("4 the contents' page numbers did not") != std::string::npos);
  CHECK(all.out.find("batch MANIFEST") != std::string::npos);
  const auto unknown = run(kFolio + " help biuld");
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("(did you mean 'build'?)") != std::string::npos);
}

TEST_CASE("a mistyped command or option gets a suggestion", "[e2e][cli]") {
  const auto command = run(kFolio + " buidl " + kIssue);
  CHECK(command.status == 2);
  CHECK(command.err.starts_with("folio: unknown command 'buidl' (did you mean 'build'?)\n"));
  const auto option = run(kFolio + " build " + kIssue + " --stlye x.xml");
  CHECK(option.status == 2);
  CHECK(option.err.starts_with("folio: unknown option '--stlye' (did you mean '--style'?)\n"));
  const auto batch = run(kFolio + " batch x --sumary s.json");
  CHECK(batch.status == 2);
  CHECK(batch.err.find("(did you mean '--summary'?)") != std::string::npos);
  const auto far = run(kFolio + " build " + kIssue + " --zzzzzzzz");
  CHECK(far.err.starts_with("folio: unknown option '--zzzzzzzz'\n"));
}

TEST_CASE("folio fonts lists the families folio can use, and the faces of one", "[e2e][cli]") {
  const auto all = run(kFolio + " fonts");
  CHECK(all.status == 0);
  CHECK(all.out.find("\nTeX Gyre Termes: ") != std::string::npos);
  const auto termes = run(kFolio + " fonts 'tex gyre termes'");
  CHECK(termes.status == 0);
  const auto file = run("fc-match -f '%{file}' 'TeX Gyre Termes:weight=bold:slant=roman'");
  CHECK(termes.out.find("TeX Gyre Termes\tweight 700\tupright\tBold\t" + file.out + "\n") !=
        std::string::npos);
  const auto missing = run(kFolio + " fonts 'TeX Gyre Termez'");
  CHECK(missing.status == 1);
  CHECK(missing.err.find("(did you mean 'TeX Gyre Termes'?)") != std::string::npos);
}

TEST_CASE("diagnostics as JSON: one object a message, with position, severity and hint",
          "[e2e][cli]") {
  const std::string dir = temp_dir();
  write_file(dir + "/bad.xml", "<issue version=\"1\">\n  <jornal>IO</jornal>\n</issue>\n");
  const auto r = run(kFolio + " check " + dir + "/bad.xml --diagnostic-format=json");
  CHECK(r.status == 1);
  write_file(dir + "/err.jsonl", r.err);
  auto f = json_fields(dir + "/err.jsonl", true);
  INFO(r.err);
  // Every line is an object; the misspelt element's says where, what and what to do.
  std::string jornal;
  int objects = 0;
  for (; f.count(std::to_string(objects) + ".severity"); ++objects) {
    const std::string at = std::to_string(objects);
    CHECK(f[at + ".file"] == dir + "/bad.xml");
    CHECK(f[at + ".severity"] == "error");
    if (f[at + ".line"] == "2") jornal = at;
  }
  CHECK(objects > 1);
  REQUIRE_FALSE(jornal.empty());
  CHECK(f[jornal + ".column"] == "3");
  CHECK(f[jornal + ".message"] == "unknown element <jornal> in <issue>");
  CHECK(f[jornal + ".hint"] == "did you mean <journal>?");
  CHECK(f["0.hint"] == "null");

  const auto short_form = run(kFolio + " check " + dir + "/bad.xml --diagnostic-format short");
  CHECK(short_form.err.find("\n" + dir +
                            "/bad.xml:2:3: error: unknown element <jornal> in <issue>\n") !=
        std::string::npos);
  CHECK(run(kFolio + " check " + dir + "/bad.xml --diagnostic-format xml").status == 2);
  // pages too: an issue it cannot read.
  const auto pages = run(kFolio + " pages " + dir + "/bad.xml --diagnostic-format json");
  CHECK(pages.status == 1);
  write_file(dir + "/pages.jsonl", pages.err);
  CHECK(json_fields(dir + "/pages.jsonl", true)["0.file"] == dir + "/bad.xml");
}

TEST_CASE("a message's hint is its last parenthesis", "[cli]") {
  auto split = folio::split_hint("unknown element 'jornal' (did you mean 'journal'?)");
  CHECK(split.message == "unknown element 'jornal'");
  CHECK(split.hint == "did you mean 'journal'?");
  split = folio::split_hint("cannot read it (it comes with Debian's x package (y))");
  CHECK(split.message == "cannot read it");
  CHECK(split.hint == "it comes with Debian's x package (y)");
  split = folio::split_hint("unknown element <jornal> in <issue>; did you mean <journal>?");
  CHECK(split.message == "unknown element <jornal> in <issue>");
  CHECK(split.hint == "did you mean <journal>?");
  CHECK(folio::split_hint("no hint here").hint.empty());
  CHECK(folio::split_hint("f(x)").hint.empty());
  folio::Diagnostic d{folio::Severity::warning, {"a \"b\".xml", 3, 4}, "w (h)"};
  CHECK(folio::diagnostic_json(d) ==
        "{\"file\": \"a \\\"b\\\".xml\", \"line\": 3, \"column\": 4, \"severity\": \"warning\", "
        "\"message\": \"w\", \"hint\": \"h\"}");
}

TEST_CASE("folio build --timings prints each stage's time, --quiet drops the wrote line",
          "[e2e][cli]") {
  const std::string dir = temp_dir();
  const auto timed = run(kFolio + " build " + kIssue + " -o " + dir + "/t.pdf --timings");
  CHECK(timed.status == 0);
  for (const char* stage : {"\nread ", "\ncompose ", "\nbreak lines ", "\nwrite ", "\ntotal "})
    CHECK(timed.err.find(stage) != std::string::npos);
  const auto quiet = run(kFolio + " build " + kIssue + " -o " + dir + "/q.pdf -q");
  CHECK(quiet.status == 0);
  CHECK(quiet.err.empty());
}
