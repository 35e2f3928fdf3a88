#pragma once
// Helpers shared by the tests: running commands, temporary files, the fonts the tests rely on.

#include <map>
#include <string>
#include <vector>

namespace folio::test {

struct CommandResult {
  int status = -1;  // exit status, or -1 when the command could not run
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `command` through the shell and captures its output and exit status.
CommandResult run(const std::string& command);

// A fresh, empty directory under the system's temporary directory, removed at exit.
std::string temp_dir();

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);
bool file_exists(const std::string& path);

// Whitespace runs collapsed to single spaces, for comparing extracted text.
std::string squeeze(const std::string& text);

// The words of a PDF with their boxes, as pdftotext -bbox gives them (y from the page's top).
struct WordBox {
  std::string text;
  double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
  int page = 0;  // 1-based
};
std::vector<WordBox> word_boxes(const std::string& pdf);

// What a printer would refuse, read back from the PDF itself: pairs of words of one page whose
// boxes overprint (their middles, from the x-height's foot to near the cap height, meet), and
// words whose box leaves the page's TrimBox. One line per fault; empty when there is none.
std::vector<std::string> geometry_faults(const std::string& pdf);

// The text of one page (1-based), whitespace squeezed.
std::string page_text(const std::string& pdf, int page);

// Whether a word is a lower-roman folio ("vi"): running lines, not text-block words.
bool is_roman_folio(const std::string& word);

// The bytes of a PDF dated 0 (SOURCE_DATE_EPOCH=0) with both forms of its date, Info's and
// XMP's, changed to 1700000000 (2023-11-14T22:13:20Z): what the same document dated 1700000000
// must be, byte for byte.
std::string redated_to_1700000000(std::string pdf);

// What a preflight reads in a PDF, from qpdf --json through tests/tools/pdf_facts.py: "version",
// "info./Title", "intent./S", "profile.class", "xmp.pdfxid:GTS_PDFXVersion", "page1.TrimBox",
// "content.rgb_operators", ... A key that occurs more than once keeps its first value. Fails
// the test when the script cannot read the file.
std::map<std::string, std::string> pdf_facts(const std::string& pdf);

// A JSON file read by Python's parser (tests/tools/json_fields.py), one entry per leaf:
// "issues.1.status" -> "failed", "issues.length" -> "3", null as "null". With `lines`, each line
// of the file is a document and the keys begin with its index ("0.severity"). Fails the test
// when the file does not parse.
std::map<std::string, std::string> json_fields(const std::string& file, bool lines = false);

// An issue of eight one-page articles (pages 1 to 8) in one section, each with a title of `words`
// words: with 48, its contents' folios never settle (exit status 4); with 52 they settle after
// one more layout (tests/renumbering_test.cc says why).
std::string issue_with_titles_of(int words);

}  // namespace folio::test
