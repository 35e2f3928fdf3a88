// The failures that issue #15 found, each run end to end through the folio command: inputs that
// overflowed the stack, filled memory or read files they named. Each must end with its message,
// exit status 1 and no file, in bounded time.

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <sys/stat.h>

using namespace folio::test;

namespace {

const std::string kFolio = FOLIO_BINARY;
const std::string kSource = FOLIO_SOURCE_DIR;
const std::string kMinimal = kSource + "/tests/bad-inputs/issue/minimal.xml";

std::string repeated(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// The minimal issue with its only `from` replaced by `to`.
std::string minimal_with(const std::string& from, const std::string& to) {
  std::string xml = read_file(kMinimal);
  const std::size_t at = xml.find(from);
  REQUIRE(at != std::string::npos);
  return xml.replace(at, from.size(), to);
}

CommandResult run_folio(const std::string& args) {
  return run("timeout -k 5 120 " + kFolio + " " + args);
}

}  // namespace

TEST_CASE("50,000 nested inline elements are an error, not a stack overflow", "[hardening]") {
  const std::string dir = temp_dir();
  const std::string file = dir + "/deep.xml";
  write_file(file, minimal_with("<title>T</title>", "<title>" + repeated("<i>", 50000) + "T" +
                                                        repeated("</i>", 50000) + "</title>"));
  for (const std::string& args : {"check " + file, "build " + file + " -o " + dir + "/out.pdf"}) {
    INFO(args);
    CommandResult r = run_folio(args);
    CHECK(r.status == 1);
    // <issue> to <title> are five levels: the 252nd <i>, 16 + 3 * 251 columns in, is the 257th.
    CHECK_THAT(r.err, Catch::Contains(file + ":12:769: error: elements nested more than 256 deep "
                                             "(here <i>)"));
    CHECK_FALSE(file_exists(dir + "/out.pdf"));
  }
}

TEST_CASE("50,000 nested JATS sections are an error, not a stack overflow", "[hardening]") {
  const std::string dir = temp_dir();
  const std::string file = dir + "/article.xml";
  write_file(file,
             "<article><front><article-meta><title-group><article-title>T</article-title>"
             "</title-group><abstract>" +
                 repeated("<sec>", 50000) + "<p>x</p>" + repeated("</sec>", 50000) +
                 "</abstract></article-meta></front></article>");
  CommandResult r = run_folio("check --jats " + file);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("error: elements nested more than 256 deep (here <sec>)"));
}

TEST_CASE("a based-on chain of 20,000 styles is an error, not a stack overflow", "[hardening]") {
  const std::string dir = temp_dir();
  std::string sheet = "<stylesheet>\n";
  for (int i = 0; i < 20000; ++i) {
    sheet += "<paragraph-style name=\"s" + std::to_string(i) + "\" based-on=\"s" +
             std::to_string(i + 1) + "\"/>\n";
  }
  write_file(dir + "/style.xml", sheet + "</stylesheet>\n");
  CommandResult r =
      run_folio("build " + kMinimal + " --style " + dir + "/style.xml -o " + dir + "/out.pdf");
  CHECK(r.status == 1);
  CHECK(r.err == dir +
                     "/style.xml:1002:1: error: more than 1000 styles in the stylesheet, the "
                     "limit; the rest are not read\n");
  CHECK_FALSE(file_exists(dir + "/out.pdf"));
}

TEST_CASE("counts and paragraphs past their limits are errors at the first one past",
          "[hardening]") {
  const std::string dir = temp_dir();
  std::string articles;
  for (int i = 0; i <= 10000; ++i) {
    articles += "<article id=\"a" + std::to_string(i) + "\"><title>T</title><author ref=\"p\"/>" +
                "</article>\n";
  }
  write_file(dir + "/many.xml",
             minimal_with("      <article id=\"a\" first-page=\"1\" last-page=\"9\">\n"
                          "        <title>T</title>\n        <author ref=\"p\"/>\n"
                          "      </article>\n",
                          articles));
  CommandResult r = run_folio("check " + dir + "/many.xml");
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains(dir + "/many.xml:10011:1: error: more than 10000 articles in "
                                          "the issue, the limit"));

  write_file(dir + "/long.xml",
             minimal_with("<title>T</title>", "<title>" + repeated("word ", 900000) + "</title>"));
  r = run_folio("check " + dir + "/long.xml");
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains(dir + "/long.xml:12:16: error: a title of 4.3 MiB, longer "
                                          "than the limit of 4 MiB for one paragraph"));
}

TEST_CASE("the largest page number is accepted, a larger one named as too large", "[hardening]") {
  const std::string dir = temp_dir();
  write_file(dir + "/top.xml", minimal_with("first-page=\"1\" last-page=\"9\"",
                                            "first-page=\"99999990\" last-page=\"99999999\""));
  CHECK(run_folio("check " + dir + "/top.xml").status == 0);
  write_file(dir + "/over.xml",
             minimal_with("first-page=\"1\" last-page=\"9\"", "first-page=\"100000000\""));
  CommandResult r = run_folio("check " + dir + "/over.xml");
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("error: page number 100000000 in attribute 'first-page' of "
                                    "<article> is larger than 99999999, the largest folio takes"));
}

TEST_CASE("no reader opens a DTD or an external entity", "[hardening]") {
  // Every path a document names is a FIFO with no writer: opening one for reading would block,
  // and the run would end by the timeout instead of by itself.
  const std::string dir = temp_dir();
  for (const char* name : {"/dtd", "/entity"}) REQUIRE(mkfifo((dir + name).c_str(), 0600) == 0);
  const std::string doctype = "<!DOCTYPE x SYSTEM \"" + dir + "/dtd\" [\n<!ENTITY e SYSTEM \"" +
                              dir + "/entity\">\n<!ENTITY % p SYSTEM \"" + dir +
                              "/dtd\"> %p;\n]>\n";
  auto with_doctype = [&](const std::string& file) {
    std::string xml = read_file(kSource + "/" + file);
    const std::size_t root = xml.find('<', xml.starts_with("<?xml") ? xml.find("?>") : 0);
    return xml.insert(root, doctype);
  };
  write_file(dir + "/issue.xml", with_doctype("tests/bad-inputs/issue/minimal.xml"));
  write_file(dir + "/style.xml", with_doctype("stylesheets/contemporary.xml"));
  write_file(dir + "/article.xml", with_doctype("tests/bad-inputs/jats/network-dtd.xml"));
  write_file(dir + "/meta.xml", with_doctype("samples/fictional-jats/issue-meta.xml"));
  write_file(dir + "/deposit.xml", with_doctype("samples/fictional-crossref/deposit.xml"));
  struct Run {
    std::string args;
    int status;
  };
  for (const Run& c :
       {Run{"check " + dir + "/issue.xml", 0},
        Run{"build " + kMinimal + " --style " + dir + "/style.xml -o " + dir + "/out.pdf", 0},
        // The meta file's issue starts on page 89, after the article's page 1: an error, but
        // one that comes after both files were read.
        Run{"check --jats " + dir + "/article.xml --issue-meta " + dir + "/meta.xml", 1},
        Run{"check --crossref " + dir + "/deposit.xml", 0}}) {
    INFO(c.args);
    CommandResult r = run_folio(c.args);
    INFO(r.err);
    CHECK(r.status == c.status);
  }
}

// ASan reserves far more address space than any such limit: the sanitizer build runs without it.
#ifndef FOLIO_SANITIZE
TEST_CASE("running out of memory is one error saying where, exit status 1 and no file",
          "[hardening]") {
  // 80 MB of title: the file, then the parser's two copies of it, pass the 250 MB allowed.
  const std::string dir = temp_dir();
  const std::string file = dir + "/big.xml";
  write_file(file,
             minimal_with("<title>T</title>", "<title>" + std::string(80 << 20, 'x') + "</title>"));
  CommandResult r = run("ulimit -v 250000; " + kFolio + " build --max-input-size 1G " + file +
                        " -o " + dir + "/out.pdf");
  CHECK(r.status == 1);
  CHECK(r.err == "folio: error: out of memory while reading " + file + "\n");
  CHECK_FALSE(file_exists(dir + "/out.pdf"));
}
#endif

TEST_CASE("an issue names a stylesheet outside its directory only with --allow-any-stylesheet-path",
          "[hardening]") {
  const std::string dir = temp_dir();
  std::filesystem::create_directories(dir + "/issue/styles");
  const std::string sheet = read_file(kSource + "/stylesheets/contemporary.xml");
  write_file(dir + "/shared.xml", sheet);
  write_file(dir + "/issue/styles/own.xml", sheet);
  auto issue_naming = [&](const std::string& path) {
    write_file(
        dir + "/issue/issue.xml",
        minimal_with("<issue version=\"1\">", "<issue version=\"1\" stylesheet=\"" + path + "\">"));
    return dir + "/issue/issue.xml -o " + dir + "/out.pdf";
  };
  CommandResult r = run_folio("build " + issue_naming("../shared.xml"));
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("stylesheet '../shared.xml' climbs out of the issue's "
                                    "directory"));
  CHECK_FALSE(file_exists(dir + "/out.pdf"));
  CHECK(run_folio("build --allow-any-stylesheet-path " + issue_naming("../shared.xml")).status ==
        0);
  CHECK(
      run_folio("build --allow-any-stylesheet-path " + issue_naming(dir + "/shared.xml")).status ==
      0);
  // A path that goes down and up again but stays inside is no escape.
  CHECK(run_folio("build " + issue_naming("styles/../styles/own.xml")).status == 0);
}

TEST_CASE("the input size limit is set in bytes, K, M or G (--max-input-size)", "[hardening]") {
  const std::string sample = kSource + "/samples/io-46-3/issue.xml";
  CommandResult r = run_folio("check --max-input-size 1K " + sample);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("error: the issue file is larger than 1 KiB, the limit on "
                                    "input files (--max-input-size raises it)"));
  CHECK(run_folio("check --max-input-size 2MiB " + sample).status == 0);
  CHECK(run_folio("pages --max-input-size 1G " + sample).status == 0);
  CHECK(run_folio("check --max-input-size 2T " + sample).status == 2);
}
