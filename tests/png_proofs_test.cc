// PNG proofs (folio build --png): one file per page, named by its label, the page's size at the
// DPI, ink where the text is and nowhere else; marks outside the trim with --marks.

#include "app/png_proofs.h"

#include "app/page_selection.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <vector>

using folio::test::run;

namespace {

const std::string kFolio = FOLIO_BINARY;
const std::string kSource = FOLIO_SOURCE_DIR;
const std::string kSample = kSource + "/samples/io-46-3/issue.xml";

// What tests/tools/png_ink.py reads in a PNG: "size" W H, "ink" X0 Y0 X1 Y1, and with a box,
// "inside" and "outside" (dark pixels in and out of it).
std::map<std::string, std::vector<int>> png_ink(const std::string& png,
                                                const std::string& box = "") {
  auto r =
      run("python3 " + kSource + "/tests/tools/png_ink.py " + png + (box.empty() ? "" : " " + box));
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::map<std::string, std::vector<int>> facts;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line);
    std::string key;
    words >> key;
    for (int v; words >> v;) facts[key].push_back(v);
  }
  return facts;
}

// A box of four numbers from pdf_facts ("9 9 309 209").
std::vector<double> box(const std::string& text) {
  std::istringstream in(text);
  std::vector<double> out;
  for (double v; in >> v;) out.push_back(v);
  REQUIRE(out.size() == 4);
  return out;
}

std::set<std::string> files_in(const std::string& dir) {
  std::set<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    out.insert(entry.path().filename().string());
  return out;
}

}  // namespace

TEST_CASE("PNG proofs are named by page label, and unlabelled pages by their place", "[png]") {
  CHECK(folio::png_proof_name("iii", 2) == "page-iii.png");
  CHECK(folio::png_proof_name("", 0) == "page-pdf1.png");
  CHECK(folio::png_proof_name("A/1 b", 4) == "page-A_1_b.png");
}

TEST_CASE("page selections name labels, ranges of labels and PDF pages", "[png]") {
  std::string error;
  const std::vector<std::string> labels = {"", "ii", "iii", "iv", "1", "2"};
  auto pick = [&](const std::string& text) {
    auto selection = folio::parse_page_selection(text, &error);
    REQUIRE(selection);
    return folio::select_pages(*selection, labels, &error);
  };
  CHECK(*pick("ii-iv") == std::vector<std::size_t>{1, 2, 3});
  CHECK(*pick("1,iii") == std::vector<std::size_t>{2, 4});  // the label 1 before PDF page 1
  CHECK(*pick("6,iv,ii-iii") == std::vector<std::size_t>{1, 2, 3, 5});
  CHECK_FALSE(pick("iv-ii"));
  CHECK_THAT(error, Catch::Contains("ends before it starts"));
  CHECK_FALSE(pick("x"));
  CHECK_FALSE(folio::parse_page_selection("1,,3", &error));
  CHECK_FALSE(folio::parse_page_selection("1-2-3", &error));
}

TEST_CASE("folio build --png writes a PNG per page, the page's size at the DPI", "[e2e][png]") {
  const std::string dir = folio::test::temp_dir();
  auto r =
      run(kFolio + " build " + kSample + " -o " + dir + "/io.pdf --png " + dir + "/png --dpi 30");
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto facts = folio::test::pdf_facts(dir + "/io.pdf");
  const int pages = std::stoi(facts["pages"]);
  const std::set<std::string> files = files_in(dir + "/png");
  CHECK(files.size() == static_cast<std::size_t>(pages));
  // Named by the page's label (the cover's is i, though it prints none).
  CHECK(files.count("page-i.png") == 1);
  CHECK(files.count("page-iii.png") == 1);
  for (const std::string& name : files) {
    INFO(name);
    CHECK(name.ends_with(".png"));
    CHECK(name.find(".png.") == std::string::npos);  // no temporary file is left
  }
  // As readable as the PDF: not the private mode of a temporary file.
  CHECK(std::filesystem::status(dir + "/png/page-i.png").permissions() ==
        std::filesystem::status(dir + "/io.pdf").permissions());
  const std::vector<double> media = box(facts["page1.MediaBox"]);
  auto ink = png_ink(dir + "/png/page-i.png");
  REQUIRE(ink["size"].size() == 2);
  CHECK(std::abs(ink["size"][0] - (media[2] - media[0]) * 30 / 72) < 1);
  CHECK(std::abs(ink["size"][1] - (media[3] - media[1]) * 30 / 72) < 1);

  // --pages picks pages by label, ranges of labels, or PDF page numbers.
  const std::string some = dir + "/some";
  r = run(kFolio + " build " + kSample + " -o " + dir + "/io.pdf --png " + some +
          " --dpi 20 --pages 1,iii-iv");
  INFO(r.err);
  REQUIRE(r.status == 0);
  // "1" is no page's label: the first page of the PDF.
  CHECK(files_in(some) == std::set<std::string>{"page-i.png", "page-iii.png", "page-iv.png"});
  auto bad =
      run(kFolio + " build " + kSample + " -o " + dir + "/io.pdf --png " + some + " --pages xlii");
  CHECK(bad.status == 1);
  CHECK_THAT(bad.err, Catch::Contains("no page is labelled 'xlii'"));
  CHECK(run(kFolio + " build " + kSample + " --dpi 30").status == 2);
  CHECK(run(kFolio + " build " + kSample + " --png " + some + " --dpi 5").status == 2);
  CHECK(run(kFolio + " build " + kSample + " --png " + some + " --pages 1--3").status == 2);
}

TEST_CASE("a PNG proof has ink in the text block and none outside it", "[e2e][png]") {
  const std::string dir = folio::test::temp_dir();
  auto r = run(kFolio + " build " + kSample + " -o " + dir + "/io.pdf --png " + dir +
               "/png --dpi 36 --pages 1");
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto facts = folio::test::pdf_facts(dir + "/io.pdf");
  const std::vector<double> media = box(facts["page1.MediaBox"]);
  const std::vector<double> trim = box(facts["page1.TrimBox"]);
  // The cover's page master (stylesheets/io-1992.xml): margins of 7pc at the top, 5pc at the
  // foot and the sides. In pixels from the PNG's top-left corner, at 36 dpi (half a point).
  const double scale = 36.0 / 72;
  const double left = trim[0] - media[0] + 60, right = trim[2] - media[0] - 60;
  const double top = media[3] - trim[3] + 84, bottom = media[3] - trim[1] - 60;
  const std::string block = std::to_string(static_cast<int>(left * scale) - 1) + "," +
                            std::to_string(static_cast<int>(top * scale) - 1) + "," +
                            std::to_string(static_cast<int>(right * scale) + 2) + "," +
                            std::to_string(static_cast<int>(bottom * scale) + 2);
  INFO("text block in pixels: " << block);
  auto ink = png_ink(dir + "/png/page-i.png", block);
  REQUIRE(ink["inside"].size() == 1);
  CHECK(ink["inside"][0] > 200);  // the journal's title, the contents
  CHECK(ink["outside"][0] == 0);

  // With --marks the media box holds crop marks and the slug outside the trim.
  r = run(kFolio + " build " + kSample + " --marks -o " + dir + "/marked.pdf --png " + dir +
          "/marked --dpi 36 --pages 1");
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto marked_facts = folio::test::pdf_facts(dir + "/marked.pdf");
  const std::vector<double> m = box(marked_facts["page1.MediaBox"]);
  const std::vector<double> t = box(marked_facts["page1.TrimBox"]);
  const std::string trimmed = std::to_string(static_cast<int>((t[0] - m[0]) * scale)) + "," +
                              std::to_string(static_cast<int>((m[3] - t[3]) * scale)) + "," +
                              std::to_string(static_cast<int>((t[2] - m[0]) * scale) + 1) + "," +
                              std::to_string(static_cast<int>((m[3] - t[1]) * scale) + 1);
  auto marked = png_ink(dir + "/marked/page-i.png", trimmed);
  REQUIRE(marked["outside"].size() == 1);
  CHECK(marked["outside"][0] > 20);  // the marks and the slug line
  CHECK(marked["size"][0] > ink["size"][0]);
}
