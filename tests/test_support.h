#pragma once
// Helpers shared by the tests: running commands, temporary files, the fonts the tests rely on.

#include <string>

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

}  // namespace folio::test
