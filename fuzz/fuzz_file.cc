#include "fuzz/fuzz_file.h"

#include <cstdio>
#include <filesystem>
#include <unistd.h>

namespace folio::fuzz {

std::string scratch_path(const std::string& suffix) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path dir =
      fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
  return (dir / ("folio-fuzz-" + std::to_string(getpid()) + suffix)).string();
}

std::string write_scratch(const std::uint8_t* data, std::size_t size, const std::string& suffix) {
  const std::string path = scratch_path(suffix);
  if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data, 1, size, f);
    std::fclose(f);
  }
  return path;
}

}  // namespace folio::fuzz
