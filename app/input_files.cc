#include "app/input_files.h"

#include "input/jats_reader.h"
#include "pdf/pdf_date.h"

#include <cstdlib>
#include <sys/stat.h>

namespace folio {

std::vector<std::string> input_files(const IssueInput& input, const Style& style) {
  std::vector<std::string> files;
  if (input.format == IssueInput::Format::jats) {
    Diagnostics ignored;  // reading the issue has reported a directory without articles
    files = article_files(input.paths, ignored);
  } else {
    files = input.paths;
  }
  if (!input.meta_path.empty()) files.push_back(input.meta_path);
  struct stat st;
  if (::stat(style.source.c_str(), &st) == 0 && S_ISREG(st.st_mode)) files.push_back(style.source);
  return files;
}

std::int64_t newest_modification(const std::vector<std::string>& files) {
  std::int64_t newest = 0;
  for (const std::string& file : files) {
    struct stat st;
    if (::stat(file.c_str(), &st) == 0 && st.st_mtime > newest) newest = st.st_mtime;
  }
  return newest;
}

std::optional<std::int64_t> build_date(const std::vector<std::string>& inputs, std::string* error) {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch) return newest_modification(inputs);
  // The specification asks for an error, not a guess, when the value is malformed.
  const std::string text = epoch;
  std::int64_t seconds = 0;
  bool valid = !text.empty() && text.size() <= 12;
  for (char c : text) {
    valid = valid && c >= '0' && c <= '9';
    if (valid) seconds = seconds * 10 + (c - '0');
  }
  if (!valid || seconds > pdf::kLatestDate) {
    *error = "SOURCE_DATE_EPOCH '" + text +
             "' is not a number of seconds since 1970 up to the year 9999";
    return std::nullopt;
  }
  return seconds;
}

}  // namespace folio
