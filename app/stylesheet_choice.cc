#include "app/stylesheet_choice.h"

#include "base/activity.h"
#include "stylesheets/builtin.h"
#include "stylesheets/stylesheet_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace folio {
namespace fs = std::filesystem;
namespace {

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The first sentence of the first XML comment, on one line.
std::string description_of(const std::string& xml) {
  const std::size_t open = xml.find("<!--");
  if (open == std::string::npos) return "";
  const std::size_t close = xml.find("-->", open);
  std::string text = xml.substr(open + 4, close - open - 4);
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  const std::size_t colon = out.find(": ");
  const std::size_t stop = out.find(". ");
  const std::size_t end = std::min(colon, stop);
  return end == std::string::npos ? out : out.substr(0, end);
}

// Why a path an issue names may not be read, if it may not: a document is not trusted to point
// anywhere on the machine (a nightly build may run on files from anyone), only beside itself.
std::string confinement_problem(const std::string& named) {
  const fs::path path(named);
  if (path.is_absolute()) return "is an absolute path";
  const fs::path normal = path.lexically_normal();
  if (!normal.empty() && *normal.begin() == "..") return "climbs out of the issue's directory";
  return "";
}

}  // namespace

std::vector<ShippedStylesheet> shipped_stylesheets() {
  std::vector<ShippedStylesheet> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(FOLIO_STYLESHEET_DIR, ec)) {
    if (entry.path().extension() != ".xml") continue;
    out.push_back({entry.path().stem().string(), entry.path().string(),
                   description_of(read_text(entry.path()))});
  }
  std::sort(out.begin(), out.end(),
            [](const ShippedStylesheet& a, const ShippedStylesheet& b) { return a.name < b.name; });
  return out;
}

std::optional<Style> choose_stylesheet(const std::string& style_option, const Issue& issue,
                                       bool allow_any_path, Diagnostics& diags) {
  const Activity reading("reading the stylesheet");
  if (!style_option.empty()) return read_stylesheet_file(style_option, diags);
  const std::string& named = issue.stylesheet;
  if (named.empty() || named == "io-1992") {
    return read_stylesheet_xml(builtin_stylesheet(), builtin_stylesheet_name(), diags);
  }
  const bool is_path =
      named.find('/') != std::string::npos || fs::path(named).extension() == ".xml";
  if (is_path) {
    if (std::string problem = confinement_problem(named); !problem.empty() && !allow_any_path) {
      diags.error(issue.stylesheet_pos,
                  "stylesheet '" + named + "' " + problem +
                      ": an issue names a shipped stylesheet or a file in its own directory "
                      "(--allow-any-stylesheet-path allows any path)");
      return std::nullopt;
    }
    fs::path path = fs::path(issue.source).parent_path() / named;
    if (!fs::exists(path)) {
      diags.error(issue.stylesheet_pos,
                  "stylesheet '" + named + "' not found (looked for " + path.string() + ")");
      return std::nullopt;
    }
    return read_stylesheet_file(path.string(), diags);
  }
  std::string known;
  for (const ShippedStylesheet& s : shipped_stylesheets()) {
    if (s.name == named) return read_stylesheet_file(s.path, diags);
    known += (known.empty() ? "" : ", ") + s.name;
  }
  diags.error(issue.stylesheet_pos,
              "unknown stylesheet '" + named + "' (folio ships: " + known + ")");
  return std::nullopt;
}

}  // namespace folio
