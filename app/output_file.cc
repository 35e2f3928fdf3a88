#include "app/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unistd.h>

namespace folio {

bool write_atomically(const std::string& path,
                      const std::function<bool(const std::string&, std::string*)>& write,
                      std::string* error) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  // Same directory as the target, so the rename never crosses file systems.
  const fs::path temp =
      target.parent_path() / ("." + target.filename().string() + ".tmp" + std::to_string(getpid()));
  bool written = false;
  try {
    written = write(temp.string(), error);
  } catch (...) {
    // Out of memory half-way (caught in main): the half-written file goes all the same.
    std::error_code ignored;
    fs::remove(temp, ignored);
    throw;
  }
  if (!written) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    return false;
  }
  if (std::rename(temp.c_str(), target.c_str()) != 0) {
    *error = "cannot write '" + path + "': " + std::strerror(errno);
    std::error_code ignored;
    fs::remove(temp, ignored);
    return false;
  }
  return true;
}

}  // namespace folio
