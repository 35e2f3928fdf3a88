#include "app/deps_file.h"

#include "app/json_string.h"
#include "base/files_read.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace folio {

namespace fs = std::filesystem;

std::optional<DepsFormat> parse_deps_format(const std::string& name) {
  if (name == "make") return DepsFormat::make;
  if (name == "json") return DepsFormat::json;
  return std::nullopt;
}

std::vector<std::string> build_dependencies(const IssueInput& input, const Style& style,
                                            const std::vector<std::string>& inputs) {
  std::set<std::string> files;
  for (const std::string& f : inputs) {
    std::error_code ec;
    if (!f.empty() && fs::is_regular_file(f, ec)) files.insert(f);
  }
  // A JATS directory: an article added to it changes the issue.
  if (input.format == IssueInput::Format::jats) {
    for (const std::string& p : input.paths) {
      std::error_code ec;
      if (fs::is_directory(p, ec)) files.insert(p);
    }
  }
  for (const std::string& f : files_used()) files.insert(f);
  // The compiled-in stylesheet is part of folio itself: a new folio may set the issue anew.
  std::error_code ec;
  if (!fs::is_regular_file(style.source, ec)) {
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) files.insert(self.string());
  }
  return {files.begin(), files.end()};
}

std::string make_escaped(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == '$') {
      out += "$$";
    } else {
      if (c == ' ' || c == '#' || c == ':') out += '\\';
      out += c;
    }
  }
  return out;
}

std::string deps_text(const std::string& target, const std::vector<std::string>& files,
                      DepsFormat format) {
  if (format == DepsFormat::json) {
    std::string out = "{\"output\": " + json_string(target) + ", \"inputs\": [";
    for (std::size_t i = 0; i < files.size(); ++i) out += (i ? ", " : "") + json_string(files[i]);
    return out + "]}\n";
  }
  std::string out = make_escaped(target) + ":";
  for (const std::string& f : files) out += " \\\n  " + make_escaped(f);
  out += "\n";
  for (const std::string& f : files) out += "\n" + make_escaped(f) + ":\n";
  return out;
}

}  // namespace folio
