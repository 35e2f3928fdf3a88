// The print-ready file: PDF/X-4 structure read back with qpdf, the self-check's rules, dates,
// boxes, marks and drafts (docs/print.md).

#include "fonts/font_library.h"
#include "pdf/fingerprint.h"
#include "pdf/output_intent.h"
#include "pdf/pdf_date.h"
#include "pdf/pdf_writer.h"
#include "pdf/pdfx_check.h"
#include "pdf/printer_marks.h"
#include "pdf/xmp_packet.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace folio;
using folio::test::run;

namespace {

const Face* find(FontLibrary& lib, const char* family) {
  std::string error;
  const Face* f = lib.find({family, 400, Slant::upright}, &error);
  REQUIRE(f);
  return f;
}

// Two pages of text and a rule, 300 x 200pt with 9pt of bleed; the first page's band reaches the
// trim's left, bottom and right edges.
Document sample(FontLibrary& lib) {
  const Face* face = find(lib, "TeX Gyre Termes");
  Page first{Pt(300), Pt(200), Pt(9), "i", {}};
  first.items.emplace_back(
      pdf::plain_line(*face, "Jönsson’s proof", Pt(12), Pt(20), Pt(150), Color::black()));
  first.items.emplace_back(Rule{Pt(0), Pt(0), Pt(300), Pt(30), Color::cmyk(0, 0.2, 0.1, 0)});
  first.items.emplace_back(Rule{Pt(20), Pt(80), Pt(100), Pt(0.5), Color::gray(1)});
  Page second{Pt(300), Pt(200), Pt(9), "ii", {}};
  second.items.emplace_back(
      pdf::plain_line(*face, "second page", Pt(12), Pt(20), Pt(150), Color::black()));
  return {{"International Organization, Volume 46, Number 3, Summer 1992",
           "International Organization, Volume 46, Number 3, Summer 1992", "", ""},
          {first, second},
          {}};
}

std::string render(const Document& doc, const PdfOptions& options) {
  std::string error;
  std::optional<std::string> bytes = render_pdf(doc, options, &error);
  INFO(error);
  REQUIRE(bytes);
  return *bytes;
}

std::string save(const std::string& bytes) {
  static int n = 0;
  const std::string path = test::temp_dir() + "/doc" + std::to_string(++n) + ".pdf";
  test::write_file(path, bytes);
  return path;
}

PdfOptions dated(std::int64_t date) {
  PdfOptions o;
  o.date = date;
  return o;
}

// Replaces `from` by `to` (of the same length, so every offset stays right) once.
std::string patched(std::string bytes, const std::string& from, const std::string& to) {
  REQUIRE(from.size() == to.size());
  const std::size_t at = bytes.find(from);
  REQUIRE(at != std::string::npos);
  bytes.replace(at, from.size(), to);
  return bytes;
}

std::vector<std::string> rules_broken(const std::string& bytes, pdf::CheckedClaims claims = {}) {
  std::vector<std::string> names;
  for (const pdf::RuleBroken& r : pdf::check_print_rules(bytes, claims)) {
    UNSCOPED_INFO(r.rule << ": " << r.message);
    names.push_back(r.rule);
  }
  return names;
}

bool has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

TEST_CASE("dates are UTC calendar dates in Info's and XMP's forms", "[pdfx]") {
  CHECK(pdf::info_date(pdf::utc_date(0)) == "D:19700101000000+00'00'");
  CHECK(pdf::xmp_date(pdf::utc_date(1700000000)) == "2023-11-14T22:13:20+00:00");
  CHECK(pdf::xmp_date(pdf::utc_date(951782400)) == "2000-02-29T00:00:00+00:00");  // leap day
  CHECK(pdf::xmp_date(pdf::utc_date(pdf::kLatestDate)) == "9999-12-31T23:59:59+00:00");
  CHECK(pdf::iso_day(pdf::utc_date(1700000000)) == "2023-11-14");
}

TEST_CASE("document ids follow from the content, not from the salt alone", "[pdfx]") {
  pdf::Fingerprint a, b;
  a.add("one document");
  b.add("another document");
  const std::string id = pdf::uuid_of(a, "document");
  CHECK(id.size() == 5 + 36);
  CHECK(id.substr(0, 5) == "uuid:");
  CHECK(id[5 + 14] == '3');  // RFC 4122 version 3, name-based (MD5)
  CHECK(id == pdf::uuid_of(a, "document"));
  CHECK(id != pdf::uuid_of(a, "instance"));
  CHECK(id != pdf::uuid_of(b, "document"));
}

TEST_CASE("the XMP packet escapes text and claims PDF/X-4 only when asked", "[pdfx]") {
  pdf::XmpFields f;
  f.title = "Law & <Order>";
  f.date = "2023-11-14T22:13:20+00:00";
  f.pdfx4 = true;
  const std::string x = pdf::xmp_packet(f);
  CHECK_THAT(x, Catch::Contains("Law &amp; &lt;Order&gt;"));
  CHECK_THAT(x, Catch::Contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"));
  CHECK_THAT(x, Catch::Contains("<xmpMM:RenditionClass>default<"));
  f.pdfx4 = false;
  f.draft = true;
  CHECK_THAT(pdf::xmp_packet(f), !Catch::Contains("GTS_PDFXVersion"));
  CHECK_THAT(pdf::xmp_packet(f), Catch::Contains("<xmpMM:RenditionClass>draft<"));
}

TEST_CASE("output profiles: the default, a missing one, and one of the wrong kind", "[pdfx]") {
  std::string error;
  const pdf::OutputIntent standard = pdf::default_output_intent();
  std::optional<pdf::IccProfile> profile = pdf::read_icc_profile(standard, &error);
  INFO(error);
  REQUIRE(profile);
  CHECK(profile->components == 4);
  CHECK(profile->alternate == "DeviceCMYK");

  pdf::OutputIntent missing = standard;
  missing.profile_path = test::temp_dir() + "/none.icc";
  CHECK_FALSE(pdf::read_icc_profile(missing, &error));
  CHECK_THAT(error, Catch::Contains("No such file or directory"));
  CHECK_THAT(error, Catch::Contains("libgs-common"));

  // A monitor profile for RGB, which Ghostscript also ships, is no output profile.
  pdf::OutputIntent monitor = standard;
  monitor.profile_path = "/usr/share/color/icc/ghostscript/srgb.icc";
  CHECK_FALSE(pdf::read_icc_profile(monitor, &error));
  CHECK_THAT(error, Catch::Contains("not an output (prtr) profile"));

  pdf::OutputIntent truncated = standard;
  truncated.profile_path = test::temp_dir() + "/cut.icc";
  test::write_file(truncated.profile_path, profile->bytes.substr(0, 4000));
  CHECK_FALSE(pdf::read_icc_profile(truncated, &error));
  CHECK_THAT(error, Catch::Contains("truncated"));
}

TEST_CASE("a PDF/X-4 file as a preflight reads it", "[pdfx]") {
  FontLibrary lib;
  const std::string path = save(render(sample(lib), dated(1700000000)));
  CHECK(run("qpdf --check " + path).status == 0);
  auto f = test::pdf_facts(path);

  CHECK(f["version"] == "1.6");
  CHECK(f["trailer.ID"] == "2");
  CHECK(f["trailer.Encrypt"] == "False");
  // The output intent and its embedded profile.
  CHECK(f["intents"] == "1");
  CHECK(f["intent./S"] == "/GTS_PDFX");
  CHECK(f["intent./Type"] == "/OutputIntent");
  CHECK(f["intent./OutputConditionIdentifier"] == "Custom");
  CHECK(f["intent./RegistryName"] == "http://www.color.org");
  CHECK_THAT(f["intent./Info"], Catch::Contains("default_cmyk.icc"));
  CHECK(f["profile.N"] == "4");
  CHECK(f["profile.class"] == "prtr");
  CHECK(f["profile.space"] == "CMYK");
  CHECK(f["profile.bytes"] == "187484");
  // Info.
  const std::string title = "International Organization, Volume 46, Number 3, Summer 1992";
  CHECK(f["info./Title"] == title);
  CHECK(f["info./Subject"] == title);
  CHECK(f["info./Creator"] == "folio " FOLIO_VERSION);
  CHECK(f["info./Producer"] == "folio " FOLIO_VERSION);
  CHECK(f["info./GTS_PDFXVersion"] == "PDF/X-4");
  CHECK(f["info./Trapped"] == "/False");
  CHECK(f["info./CreationDate"] == "D:20231114221320+00'00'");
  CHECK(f["info./ModDate"] == "D:20231114221320+00'00'");
  // The XMP, parsed as XML, says the same.
  CHECK(f["metadata.Type"] == "/Metadata");
  CHECK(f["metadata.Subtype"] == "/XML");
  CHECK(f["metadata.Filter"] == "none");
  CHECK(f["xmp.dc:title"] == title);
  CHECK(f["xmp.xmp:CreateDate"] == "2023-11-14T22:13:20+00:00");
  CHECK(f["xmp.xmp:ModifyDate"] == "2023-11-14T22:13:20+00:00");
  CHECK(f["xmp.xmp:CreatorTool"] == "folio " FOLIO_VERSION);
  CHECK(f["xmp.pdf:Producer"] == "folio " FOLIO_VERSION);
  CHECK(f["xmp.pdf:Trapped"] == "False");
  CHECK(f["xmp.pdfxid:GTS_PDFXVersion"] == "PDF/X-4");
  CHECK_THAT(f["xmp.xmpMM:DocumentID"], Catch::StartsWith("uuid:"));
  CHECK(f["xmp.xmpMM:InstanceID"] != f["xmp.xmpMM:DocumentID"]);
  CHECK(f["xmp.xmpMM:VersionID"] == "1");
  CHECK(f["xmp.xmpMM:RenditionClass"] == "default");
  // Pages: trim, bleed and media boxes; colour in gray and CMYK only.
  CHECK(f["page1.TrimBox"] == "9 9 309 209");
  CHECK(f["page1.BleedBox"] == "0 0 318 218");
  CHECK(f["page1.MediaBox"] == "0 0 318 218");
  CHECK(f.count("page1.ArtBox") == 0);
  CHECK(f["content.rgb_operators"] == "0");
  // pdfinfo agrees, and poppler sees the subtype.
  const std::string info = test::squeeze(run("pdfinfo " + path).out);
  CHECK_THAT(info, Catch::Contains("PDF version: 1.6"));
  CHECK_THAT(info, Catch::Contains("PDF subtype: PDF/X-4"));
}

TEST_CASE("a plain PDF: no output intent and no PDF/X claim", "[pdfx]") {
  FontLibrary lib;
  PdfOptions options = dated(0);
  options.standard = PdfStandard::none;
  auto f = test::pdf_facts(save(render(sample(lib), options)));
  CHECK(f["version"] == "1.6");
  CHECK(f["intents"] == "0");
  CHECK(f.count("info./GTS_PDFXVersion") == 0);
  CHECK(f.count("xmp.pdfxid:GTS_PDFXVersion") == 0);
  CHECK(f["info./Trapped"] == "/False");
  CHECK(f["info./CreationDate"] == "D:19700101000000+00'00'");
}

TEST_CASE("the date changes the date strings and nothing else", "[pdfx]") {
  FontLibrary lib;
  const Document doc = sample(lib);
  const std::string early = render(doc, dated(0)), late = render(doc, dated(1700000000));
  CHECK(early == render(doc, dated(0)));
  REQUIRE(early.size() == late.size());
  CHECK(test::redated_to_1700000000(early) == late);
  // Nothing of the machine: no temporary folder, no source tree.
  CHECK(early.find(test::temp_dir().substr(0, 12)) == std::string::npos);
  CHECK(early.find(FOLIO_SOURCE_DIR) == std::string::npos);
}

TEST_CASE("the self-check passes folio's files and names the rule a file breaks", "[pdfx]") {
  FontLibrary lib;
  const std::string good = render(sample(lib), dated(1700000000));
  CHECK(rules_broken(good).empty());
  PdfOptions plain = dated(0);
  plain.standard = PdfStandard::none;
  const std::string none = render(sample(lib), plain);
  CHECK(rules_broken(none, {false, false}).empty());

  CHECK(has(rules_broken(patched(good, "%PDF-1.6", "%PDF-1.7")), "version"));
  CHECK(has(rules_broken(patched(good, "/FontFile3", "/FontFileX")), "fonts-embedded"));
  CHECK(has(rules_broken(patched(good, "/Trapped /False", "/Trapped /Maybe")), "trapped"));
  CHECK(has(rules_broken(patched(good, "/TrimBox", "/TrimBoy")), "page-boxes"));
  CHECK(has(rules_broken(patched(good, "/GTS_PDFX\n", "/GTS_PDFA\n")), "output-intent"));
  CHECK(has(rules_broken(patched(good, "(PDF\\057X-4)", "(PDF\\057X-3)")), "pdfx-version"));
  CHECK(has(rules_broken(patched(good, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Inter",
                                 "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Outer")),
            "info"));
  CHECK(has(rules_broken(patched(good, "/Type /Catalog", "/AA   /Catalog")), "no-actions"));
  // A plain PDF claims nothing; checked as PDF/X it lacks the intent and the claim.
  const auto as_pdfx = rules_broken(none);
  CHECK(has(as_pdfx, "output-intent"));
  CHECK(has(as_pdfx, "pdfx-version"));
  CHECK(rules_broken("not a pdf") == std::vector<std::string>{"readable"});
  // One byte more before the catalogue: every later xref offset is wrong, and qpdf must repair.
  std::string shifted = good;
  shifted.insert(shifted.find("/Type /Catalog"), " ");
  CHECK(has(rules_broken(shifted), "readable"));
}

TEST_CASE("the self-check sees an RGB colour operator in a content stream", "[pdfx]") {
  FontLibrary lib;
  PdfOptions raw = dated(0);
  raw.compress = false;  // so the operators can be edited in place
  const std::string good = render(sample(lib), raw);
  CHECK(rules_broken(good).empty());
  const auto broken = rules_broken(patched(good, "0 0.2 0.1 0 k", "0 0.2 0.1  rg"));
  CHECK(has(broken, "device-colour"));
}

TEST_CASE("the writer checks each page's operators, and the read-back leaves them compressed",
          "[pdfx]") {
  const auto broken = pdf::check_page_content("BT /FT1 10 Tf ET 0 0 1 rg 0 0 5 5 re f", "page 3");
  REQUIRE(broken.size() == 1);
  CHECK(broken[0].rule == "device-colour");
  CHECK(broken[0].message == "page 3 uses the colour operator rg");
  // Operators inside strings, names and comments are not operators.
  CHECK(pdf::check_page_content("BT (0 0 1 rg) Tj ET /rg % 1 0 0 RG\n0 k", "page 1").empty());
  CHECK(pdf::check_page_content("[(\\) 1 rg)(a (nested) sh)] TJ", "page 1").empty());
  // An escaped backslash escapes nothing after it: the string ends, and RG is read.
  CHECK(pdf::check_page_content("[(\\\\) 0 0 1 RG", "page 2").size() == 1);
  FontLibrary lib;
  PdfOptions raw = dated(0);
  raw.compress = false;
  const std::string rgb = patched(render(sample(lib), raw), "0 0.2 0.1 0 k", "0 0.2 0.1  rg");
  pdf::CheckedClaims written;
  written.contents_checked = true;
  CHECK_FALSE(has(rules_broken(rgb, written), "device-colour"));
  CHECK(has(rules_broken(rgb), "device-colour"));
}

TEST_CASE("the self-check reads a file written already as it reads the bytes", "[pdfx]") {
  FontLibrary lib;
  const std::string good = render(sample(lib), dated(0));
  const std::string path = test::temp_dir() + "/pdfx-in-file.pdf";
  auto check_file = [&](const std::string& bytes) {
    {
      std::FILE* f = std::fopen(path.c_str(), "wb");
      REQUIRE(f);
      REQUIRE(std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size());
      std::fclose(f);
    }
    const int fd = ::open(path.c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    std::vector<std::string> names;
    for (const pdf::RuleBroken& r : pdf::check_print_rules_in_file(fd, {})) names.push_back(r.rule);
    ::close(fd);
    return names;
  };
  CHECK(check_file(good).empty());
  CHECK(has(check_file(patched(good, "%PDF-1.6", "%PDF-1.7")), "version"));
  CHECK(check_file("") == std::vector<std::string>{"readable"});
  // Every xref offset wrong: qpdf scans the file for its objects, line by line, to repair it.
  std::string shifted = good;
  shifted.insert(shifted.find("/Type /Catalog"), " ");
  CHECK(has(check_file(shifted), "readable"));
  CHECK(check_file(shifted).size() == 1);
  std::remove(path.c_str());
}

// The walk through every object reads the file on a thread of its own (pdfx_check.cc): what it
// finds comes where one reading would give it, between the file's rules and the pages'.
TEST_CASE("the self-check's two readings report in the order of one", "[pdfx]") {
  FontLibrary lib;
  const std::string good = render(sample(lib), dated(0));
  std::string bad = patched(good, "%PDF-1.6", "%PDF-1.7");
  bad = patched(bad, "/Type /Catalog", "/AA   /Catalog");
  bad = patched(bad, "/TrimBox", "/TrimBoy");
  const std::vector<std::string> names = rules_broken(bad);
  const auto at = [&](const std::string& rule) {
    return std::find(names.begin(), names.end(), rule) - names.begin();
  };
  REQUIRE(has(names, "version"));
  REQUIRE(has(names, "no-actions"));
  REQUIRE(has(names, "page-boxes"));
  CHECK(at("version") < at("no-actions"));
  CHECK(at("no-actions") < at("page-boxes"));
  // Damage both readings meet is said once.
  CHECK(rules_broken(good.substr(0, good.size() / 2)) == std::vector<std::string>{"readable"});
}

TEST_CASE("rules that reach the trim go on into the bleed", "[pdfx]") {
  const Page page{Pt(300), Pt(200), Pt(9), "", {}};
  const Rule band = pdf::extended_into_bleed({Pt(0), Pt(0), Pt(300), Pt(30), {}}, page, Pt(9));
  CHECK(band.x == Pt(-9));
  CHECK(band.y == Pt(-9));
  CHECK(band.width == Pt(318));
  CHECK(band.height == Pt(39));  // the top edge is inside the page: it stays
  const Rule inside = pdf::extended_into_bleed({Pt(20), Pt(80), Pt(100), Pt(1), {}}, page, Pt(9));
  CHECK(inside.x == Pt(20));
  CHECK(inside.width == Pt(100));
  // In the file: the band's rectangle starts at the bleed's corner.
  FontLibrary lib;
  PdfOptions raw = dated(0);
  raw.compress = false;
  CHECK_THAT(render(sample(lib), raw), Catch::Contains("-9 -9 318 39 re f"));
}

TEST_CASE("a bleed given to the writer replaces the masters' in every box", "[pdfx]") {
  FontLibrary lib;
  PdfOptions options = dated(0);
  options.bleed = millimetres(3);
  auto info = run("pdfinfo -box " + save(render(sample(lib), options)));
  const std::string out = test::squeeze(info.out);
  // 3mm = 8.504pt.
  CHECK_THAT(out, Catch::Contains("MediaBox: 0.00 0.00 317.01 217.01"));
  CHECK_THAT(out, Catch::Contains("BleedBox: 0.00 0.00 317.01 217.01"));
  CHECK_THAT(out, Catch::Contains("TrimBox: 8.50 8.50 308.50 208.50"));
}

TEST_CASE("marks: crop marks outside the bleed in registration, a slug line below", "[pdfx]") {
  FontLibrary lib;
  PdfOptions options = dated(1700000000);
  options.marks = true;
  options.mark_face = find(lib, "DejaVu Sans");
  options.job_name = "io-46-3.pdf";
  options.compress = false;
  const std::string bytes = render(sample(lib), options);
  const std::string path = save(bytes);
  CHECK(run("qpdf --check " + path).status == 0);
  CHECK(rules_broken(bytes).empty());

  // Margin beyond the trim: 9pt bleed + 2mm gap + 5mm of mark + 3pt = 31.84pt.
  auto f = test::pdf_facts(path);
  CHECK(f["page1.MediaBox"] == "0 0 363.685 263.685");
  CHECK(f["page1.BleedBox"] == "22.8425 22.8425 340.843 240.843");
  CHECK(f["page1.TrimBox"] == "31.8425 31.8425 331.843 231.843");

  // Eight marks per page in registration colour, each starting beyond the bleed: the lower left
  // corner's vertical mark runs from 9pt + 2mm below the trim 5mm further down.
  CHECK_THAT(bytes, Catch::Contains("1 1 1 1 k"));
  CHECK_THAT(bytes, Catch::Contains("-0.125 -28.843 0.25 14.173 re f"));
  CHECK_THAT(bytes, Catch::Contains("-28.843 -0.125 14.173 0.25 re f"));

  // The slug: file, issue, date and page, below the bleed box (pdftotext's y runs downwards).
  const std::string page1 = test::page_text(path, 1);
  CHECK_THAT(page1, Catch::Contains("io-46-3.pdf · International Organization, Volume 46, "
                                    "Number 3, Summer 1992 · 2023-11-14 · page i (PDF page 1)"));
  CHECK_THAT(test::page_text(path, 2), Catch::Contains("page ii (PDF page 2)"));
  for (const test::WordBox& w : test::word_boxes(path)) {
    if (w.text != "io-46-3.pdf") continue;
    CHECK(w.y_min > 263.685 - 22.8425);
    CHECK(w.y_max < 263.685);
  }
  // Ghostscript renders the sheet without a complaint.
  auto gs =
      run("gs -q -dNOPAUSE -dBATCH -dPDFSTOPONERROR -dPDFSTOPONWARNING -sDEVICE=nullpage " + path);
  INFO(gs.out << gs.err);
  CHECK(gs.status == 0);
}

TEST_CASE("a draft says so on every page and in its metadata, and claims no PDF/X", "[pdfx]") {
  FontLibrary lib;
  PdfOptions options = dated(0);
  options.draft = true;
  options.mark_face = find(lib, "DejaVu Sans");
  const std::string bytes = render(sample(lib), options);
  const std::string path = save(bytes);
  CHECK(rules_broken(bytes, {true, false}).empty());
  for (int page : {1, 2}) {
    CHECK_THAT(test::page_text(path, page), Catch::Contains("DRAFT – not for press"));
  }
  auto f = test::pdf_facts(path);
  CHECK_THAT(f["info./Title"], Catch::StartsWith("DRAFT – not for press: International"));
  CHECK(f["xmp.dc:title"] == f["info./Title"]);
  CHECK(f["xmp.xmpMM:RenditionClass"] == "draft");
  CHECK(f.count("info./GTS_PDFXVersion") == 0);
  CHECK(f.count("xmp.pdfxid:GTS_PDFXVersion") == 0);
  CHECK(f["intents"] == "1");  // it still proofs against the press's condition
  // 9pt of bleed hold the line below the trim: it is outside the TrimBox (9..209 from the
  // bottom, so below y = 218 - 9 from the top).
  for (const test::WordBox& w : test::word_boxes(path)) {
    if (w.text == "DRAFT") CHECK(w.y_min > 209);
  }
  // Without bleed it goes into the foot margin, inside the page.
  options.bleed = Pt(0);
  const std::string flush = save(render(sample(lib), options));
  for (const test::WordBox& w : test::word_boxes(flush)) {
    if (w.text == "DRAFT") CHECK((w.y_max < 200 && w.y_min > 180));
  }
}
