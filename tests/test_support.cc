#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace folio::test {
namespace fs = std::filesystem;

namespace {

struct TempRoot {
  fs::path path;
  TempRoot() {
    std::string pattern = (fs::temp_directory_path() / "folio-test-XXXXXX").string();
    path = mkdtemp(pattern.data());
  }
  ~TempRoot() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

}  // namespace

std::string temp_dir() {
  static TempRoot root;
  static int counter = 0;
  fs::path dir = root.path / std::to_string(++counter);
  fs::create_directories(dir);
  return dir.string();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

bool file_exists(const std::string& path) { return fs::exists(path); }

CommandResult run(const std::string& command) {
  const std::string dir = temp_dir();
  const std::string out = dir + "/stdout", err = dir + "/stderr";
  int raw = std::system((command + " >" + out + " 2>" + err).c_str());
  CommandResult r;
  r.status = raw == -1 ? -1 : (WIFEXITED(raw) ? WEXITSTATUS(raw) : -1);
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

std::string squeeze(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::vector<WordBox> word_boxes(const std::string& pdf) {
  std::vector<WordBox> out;
  std::istringstream in(run("pdftotext -bbox " + pdf + " -").out);
  int page = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.find("<page ") != std::string::npos) ++page;
    if (line.find("<word") == std::string::npos) continue;
    auto attr = [&](const std::string& name) {
      const std::size_t at = line.find(name + "=\"");
      return std::stod(line.substr(at + name.size() + 2));
    };
    const std::size_t open = line.find('>'), close = line.find("</word>");
    out.push_back({line.substr(open + 1, close - open - 1), attr("xMin"), attr("yMin"),
                   attr("xMax"), attr("yMax"), page});
  }
  return out;
}

namespace {

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Each page's TrimBox (else its MediaBox) in pdftotext's coordinates: y down from the top.
std::map<int, Box> trim_boxes(const std::string& pdf) {
  std::map<int, Box> media, trim;
  std::istringstream in(run("pdfinfo -box -f 1 -l 100000 " + pdf).out);
  for (std::string line; std::getline(in, line);) {
    int page = 0;
    char kind[16] = {};
    Box b;
    if (std::sscanf(line.c_str(), "Page %d %15[A-Za-z]: %lf %lf %lf %lf", &page, kind, &b.x0, &b.y0,
                    &b.x1, &b.y1) != 6) {
      continue;
    }
    if (std::string(kind) == "MediaBox") media[page] = b;
    if (std::string(kind) == "TrimBox") trim[page] = b;
  }
  std::map<int, Box> out;
  for (const auto& [page, m] : media) {
    const Box t = trim.count(page) ? trim[page] : m;
    out[page] = {t.x0, m.y1 - t.y1, t.x1, m.y1 - t.y0};
  }
  return out;
}

}  // namespace

std::vector<std::string> geometry_faults(const std::string& pdf) {
  std::vector<std::string> faults;
  const std::vector<WordBox> words = word_boxes(pdf);
  const std::map<int, Box> trims = trim_boxes(pdf);
  auto name = [](const WordBox& w) {
    return "page " + std::to_string(w.page) + " '" + w.text + "'";
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const WordBox& a = words[i];
    auto trim = trims.find(a.page);
    if (trim != trims.end() &&
        (a.x_min < trim->second.x0 - 0.5 || a.x_max > trim->second.x1 + 0.5 ||
         a.y_min < trim->second.y0 - 0.5 || a.y_max > trim->second.y1 + 0.5)) {
      faults.push_back(name(a) + " leaves the trim box");
    }
    for (std::size_t k = i + 1; k < words.size() && words[k].page == a.page; ++k) {
      const WordBox& b = words[k];
      const double dx = std::min(a.x_max, b.x_max) - std::max(a.x_min, b.x_min);
      // Boxes span the font's whole ascent and descent, which big type lends to the next line:
      // compare their middles.
      auto core = [](const WordBox& w) {
        const double h = w.y_max - w.y_min;
        return std::pair{w.y_min + 0.3 * h, w.y_max - 0.3 * h};
      };
      const auto [a0, a1] = core(a);
      const auto [b0, b1] = core(b);
      const double dy = std::min(a1, b1) - std::max(a0, b0);
      if (dx > 0.8 && dy > 0.3 * std::min(a1 - a0, b1 - b0)) {
        faults.push_back(name(a) + " overprints '" + b.text + "'");
      }
    }
  }
  return faults;
}

std::string page_text(const std::string& pdf, int page) {
  const std::string n = std::to_string(page);
  return squeeze(run("pdftotext -f " + n + " -l " + n + " " + pdf + " -").out);
}

bool is_roman_folio(const std::string& word) {
  return !word.empty() && word.find_first_not_of("ivxlc") == std::string::npos;
}

std::string redated_to_1700000000(std::string pdf) {
  const std::pair<std::string, std::string> dates[] = {
      {"D:19700101000000", "D:20231114221320"}, {"1970-01-01T00:00:00", "2023-11-14T22:13:20"}};
  for (const auto& [from, to] : dates) {
    for (std::size_t at = pdf.find(from); at != std::string::npos; at = pdf.find(from, at)) {
      pdf.replace(at, from.size(), to);
    }
  }
  return pdf;
}

std::map<std::string, std::string> pdf_facts(const std::string& pdf) {
  CommandResult r =
      run("python3 " + std::string(FOLIO_SOURCE_DIR) + "/tests/tools/pdf_facts.py " + pdf);
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::map<std::string, std::string> facts;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    const std::size_t eq = line.find('=');
    if (eq != std::string::npos) facts.emplace(line.substr(0, eq), line.substr(eq + 1));
  }
  return facts;
}

std::map<std::string, std::string> json_fields(const std::string& file, bool lines) {
  CommandResult r = run("python3 " + std::string(FOLIO_SOURCE_DIR) +
                        "/tests/tools/json_fields.py " + (lines ? "--lines " : "") + file);
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::map<std::string, std::string> fields;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    const std::size_t eq = line.find('=');
    if (eq != std::string::npos) fields.emplace(line.substr(0, eq), line.substr(eq + 1));
  }
  return fields;
}

std::string issue_with_titles_of(int words) {
  static const char* const kWords[] = {"alpha", "beta",    "gamma",   "delta", "epsilon", "zeta",
                                       "eta",   "theta",   "iota",    "kappa", "lambda",  "mu",
                                       "nu",    "xi",      "omicron", "pi",    "rho",     "sigma",
                                       "tau",   "upsilon", "phi",     "chi",   "psi",     "omega"};
  std::string articles;
  for (int i = 0; i < 8; ++i) {
    std::string title;
    for (int j = 0; j < words; ++j) title += std::string(j ? " " : "") + kWords[(i + j) % 24];
    const std::string page = std::to_string(i + 1);
    articles += "<article id=\"a" + page + "\" first-page=\"" + page + "\" last-page=\"" + page +
                "\"><title>" + title + "</title><author ref=\"p\"/></article>\n";
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<issue version=\"1\">\n"
         "<journal><title>J</title></journal>\n"
         "<issue-meta volume=\"1\" number=\"2\" year=\"2024\"/>\n"
         "<people><person id=\"p\"><name><given>Ann</given><family>Fay</family></name>"
         "<bio>Ann Fay teaches.</bio></person></people>\n"
         "<contents><section id=\"s\"><title>S</title>\n" +
         articles + "</section></contents>\n</issue>\n";
}

}  // namespace folio::test
