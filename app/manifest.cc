#include "app/manifest.h"

#include "app/command_line.h"
#include "app/json_string.h"
#include "xml/source_file.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <system_error>

namespace folio {
namespace {

namespace fs = std::filesystem;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Issues of one manifest file ("-": standard input).
bool read_manifest(const std::string& path, std::vector<BatchIssue>& out, Diagnostics& diags) {
  std::optional<std::string> text =
      read_source_file(path == "-" ? "/dev/stdin" : path, "manifest", diags);
  if (!text) return false;
  const std::string name = path == "-" ? "<stdin>" : path;
  const int errors = diags.error_count();
  std::size_t start = 0;
  for (int line_number = 1; start < text->size() || start == 0; ++line_number) {
    std::size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    const std::string line = text->substr(start, end - start);
    start = end + 1;
    std::vector<std::string> words;
    std::vector<int> columns;
    std::string error;
    if (!split_manifest_line(line, &words, &columns, &error)) {
      diags.error({name, line_number, 1}, error);
    } else if (!words.empty()) {
      words.insert(words.begin(), "build");
      const CommandLine cl = parse_command_line(words);
      if (!cl.error.empty()) {
        diags.error({name, line_number, columns.front()}, cl.error);
      } else if (cl.command != "build") {
        diags.error({name, line_number, columns.front()}, "a manifest line is one issue");
      } else {
        BatchIssue issue;
        // One file may hold several issues, each a line of its own with --select.
        issue.label = cl.build.input.paths.front();
        if (!cl.build.input.select.empty()) issue.label += " --select " + cl.build.input.select;
        issue.pos = {name, line_number, columns.front()};
        issue.options = cl.build;
        out.push_back(std::move(issue));
      }
    }
    if (end >= text->size()) break;
  }
  return diags.error_count() == errors;
}

// The articles of the JATS issue whose issue-meta file is `meta`.
std::optional<std::string> jats_articles(const fs::path& meta) {
  const fs::path dir = meta.parent_path();
  std::error_code ec;
  if (fs::is_directory(dir / "articles", ec)) return (dir / "articles").string();
  for (const fs::directory_entry& e : fs::directory_iterator(dir.empty() ? "." : dir, ec)) {
    if (e.path().extension() == ".xml" && root_element(e.path().string()) == "article")
      return dir.empty() ? std::string(".") : dir.string();
  }
  return std::nullopt;
}

bool find_issues(const std::string& root, std::vector<BatchIssue>& out, Diagnostics& diags) {
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".xml") files.push_back(it->path().lexically_normal());
  }
  if (ec) {
    diags.error({root, 0, 0}, "cannot search the directory: " + ec.message());
    return false;
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    const std::string element = root_element(file.string());
    BatchIssue issue;
    issue.pos = {file.string(), 0, 0};
    if (element == "issue") {
      issue.options.input.paths = {file.string()};
    } else if (element == "issue-meta-file") {
      std::optional<std::string> articles = jats_articles(file);
      if (!articles) continue;  // an issue-meta file for a Crossref deposit: a manifest's job
      issue.options.input.format = IssueInput::Format::jats;
      issue.options.input.paths = {*articles};
      issue.options.input.meta_path = file.string();
    } else {
      continue;
    }
    issue.label = issue.options.input.format == IssueInput::Format::jats
                      ? file.parent_path().string()
                      : file.string();
    out.push_back(std::move(issue));
  }
  return true;
}

// Where --output-dir puts an issue's PDF: its path below the directory searched (or, from a
// manifest, its relative path) with .pdf, so that issues of the same name in different folders
// stay apart.
std::string output_in(const std::string& dir, const BatchIssue& issue, const std::string& root) {
  const fs::path from = issue.options.input.format == IssueInput::Format::jats
                            ? fs::path(issue.label + ".pdf")
                            : fs::path(default_output(issue.options.input));
  fs::path relative = (root.empty() ? from : from.lexically_relative(root)).lexically_normal();
  if (relative.empty() || relative.is_absolute() || *relative.begin() == "..")
    relative = from.filename();
  return (fs::path(dir) / relative).string();
}

}  // namespace

bool split_manifest_line(const std::string& line, std::vector<std::string>* words,
                         std::vector<int>* columns, std::string* error) {
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_space(line[i])) ++i;
    if (i >= line.size() || line[i] == '#') break;
    columns->push_back(static_cast<int>(i) + 1);
    std::string word;
    while (i < line.size() && !is_space(line[i])) {
      const char c = line[i];
      if (c == '\'' || c == '"') {
        const std::size_t close = line.find(c, i + 1);
        if (close == std::string::npos) {
          *error = std::string("unclosed ") + c + " in the manifest line";
          return false;
        }
        word += line.substr(i + 1, close - i - 1);
        i = close + 1;
      } else {
        word += c;
        ++i;
      }
    }
    words->push_back(word);
  }
  return true;
}

std::optional<std::vector<BatchIssue>> batch_issues(const BatchOptions& options,
                                                    Diagnostics& diags) {
  std::vector<BatchIssue> issues;
  for (const std::string& source : options.sources) {
    std::error_code ec;
    const std::size_t first = issues.size();
    if (source != "-" && fs::is_directory(source, ec)) {
      if (!find_issues(source, issues, diags)) return std::nullopt;
    } else if (source == "-" || fs::exists(source, ec)) {
      if (!read_manifest(source, issues, diags)) return std::nullopt;
    } else {
      diags.error({source, 0, 0}, "no such manifest or directory");
      return std::nullopt;
    }
    const bool searched = source != "-" && fs::is_directory(source, ec);
    for (std::size_t i = first; i < issues.size(); ++i) {
      BuildOptions& b = issues[i].options;
      const BuildOptions& d = options.defaults;
      b.quiet = b.quiet || d.quiet;
      b.verbose = b.verbose || d.verbose;
      b.draft = b.draft || d.draft;
      b.diagnostic_format = d.diagnostic_format;
      if (!options.output_dir.empty() && b.output_path.empty())
        b.output_path = output_in(options.output_dir, issues[i], searched ? source : "");
    }
  }
  // Two issues that write one file would each destroy the other's PDF.
  std::map<std::string, const BatchIssue*> by_output;
  for (const BatchIssue& issue : issues) {
    const BuildOptions& b = issue.options;
    const std::string out = b.output_path.empty() ? default_output(b.input) : b.output_path;
    if (out == "-") {
      diags.error(issue.pos, "a batch cannot write a PDF to standard output");
      continue;
    }
    const std::string key = fs::absolute(out).lexically_normal().string();
    auto [it, added] = by_output.emplace(key, &issue);
    if (!added) {
      diags.error(issue.pos, "this issue's PDF '" + out + "' is also the one of " +
                                 where_text(it->second->pos));
    }
  }
  if (diags.has_errors()) return std::nullopt;
  return issues;
}

std::string root_element(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  std::size_t i = 0;
  while ((i = head.find('<', i)) != std::string::npos) {
    if (head.compare(i, 4, "<!--") == 0) {
      i = head.find("-->", i);
      if (i == std::string::npos) return "";
      continue;
    }
    if (i + 1 < head.size() && (head[i + 1] == '?' || head[i + 1] == '!')) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < head.size() && !is_space(head[end]) && head[end] != '\n' && head[end] != '>' &&
           head[end] != '/')
      ++end;
    std::string name = head.substr(i + 1, end - i - 1);
    if (const std::size_t colon = name.find(':'); colon != std::string::npos)
      name = name.substr(colon + 1);
    return name;
  }
  return "";
}

}  // namespace folio
