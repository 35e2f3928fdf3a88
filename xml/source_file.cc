#include "xml/source_file.h"

#include "base/limits.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace folio {
namespace {

std::uint64_t g_max_input_bytes = limits::kDefaultMaxInputBytes;

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

std::uint64_t max_input_bytes() { return g_max_input_bytes; }
void set_max_input_bytes(std::uint64_t bytes) { g_max_input_bytes = bytes; }

std::string describe_size(std::uint64_t bytes) {
  static constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  double value = static_cast<double>(bytes);
  int unit = -1;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    ++unit;
  }
  char text[32];
  std::snprintf(
      text, sizeof text,
      value == static_cast<double>(static_cast<std::uint64_t>(value)) ? "%.0f %s" : "%.1f %s",
      value, kUnits[unit]);
  return text;
}

std::optional<std::string> read_source_file(const std::string& path, const char* what,
                                            Diagnostics& diags) {
  namespace fs = std::filesystem;
  auto fail = [&](const std::string& why) {
    diags.error({path, 0, 0}, std::string("cannot read the ") + what + ": " + why);
    return std::nullopt;
  };
  const std::uint64_t limit = max_input_bytes();
  auto too_large = [&] {
    diags.error({path, 0, 0}, std::string("the ") + what + " is larger than " +
                                  describe_size(limit) +
                                  ", the limit on input files (--max-input-size raises it)");
    return std::nullopt;
  };
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (fs::is_directory(status)) return fail("it is a directory");
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) return fail(std::strerror(errno));
  std::string text;
  // A regular file says its size; a device or pipe (/dev/zero, a FIFO) is read up to the limit.
  if (fs::is_regular_file(status)) {
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > limit) return too_large();
    if (!ec) text.reserve(static_cast<std::size_t>(size));
  }
  char chunk[1 << 16];
  for (;;) {
    const std::size_t n = std::fread(chunk, 1, sizeof chunk, file.get());
    if (text.size() + n > limit) return too_large();
    text.append(chunk, n);
    if (n < sizeof chunk) break;
  }
  if (std::ferror(file.get())) return fail(std::strerror(errno));
  return text;
}

}  // namespace folio
