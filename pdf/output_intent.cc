#include "pdf/output_intent.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace folio::pdf {
namespace {

// ICC.1 header fields (ICC.1:2010, 7.2): offsets into the 128-byte header.
constexpr std::size_t kHeaderSize = 128;
constexpr std::size_t kSizeOffset = 0;
constexpr std::size_t kVersionOffset = 8;
constexpr std::size_t kClassOffset = 12;
constexpr std::size_t kSpaceOffset = 16;
constexpr std::size_t kSignatureOffset = 36;

std::string field(const std::string& bytes, std::size_t offset) { return bytes.substr(offset, 4); }

}  // namespace

OutputIntent default_output_intent() {
  return {"/usr/share/color/icc/ghostscript/default_cmyk.icc",
          "libgs-common",
          "Custom",
          "Offset printing, SWOP-like CMYK (Artifex CMYK SWOP Profile)",
          "http://www.color.org",
          "Artifex CMYK SWOP Profile (Ghostscript default_cmyk.icc)"};
}

std::string icc_profile_problem(const std::string& bytes, int* components) {
  if (bytes.size() < kHeaderSize || field(bytes, kSignatureOffset) != "acsp") {
    return "not an ICC profile";
  }
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const std::size_t declared = (std::size_t{byte(kSizeOffset)} << 24) |
                               (std::size_t{byte(kSizeOffset + 1)} << 16) |
                               (std::size_t{byte(kSizeOffset + 2)} << 8) | byte(kSizeOffset + 3);
  if (declared != bytes.size()) return "a truncated ICC profile";
  const int major = byte(kVersionOffset);
  if (major != 2 && major != 4) {
    return "an ICC profile of version " + std::to_string(major) + " (PDF/X-4 takes 2 or 4)";
  }
  const std::string device_class = field(bytes, kClassOffset);
  if (device_class != "prtr") {
    return "an ICC profile of class '" + device_class + "', not an output (prtr) profile";
  }
  const std::string space = field(bytes, kSpaceOffset);
  if (space == "CMYK") {
    *components = 4;
  } else if (space == "GRAY") {
    *components = 1;
  } else {
    return "an output profile for '" + space + "'; folio prints CMYK and gray only";
  }
  return "";
}

std::optional<IccProfile> read_icc_profile(const OutputIntent& intent, std::string* error) {
  const std::string& path = intent.profile_path;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read the output profile '" + path + "': " + std::strerror(errno);
    if (!intent.package.empty()) {
      *error += " (it comes with Debian's " + intent.package + " package: apt-get install " +
                intent.package + ")";
    }
    return std::nullopt;
  }
  std::stringstream s;
  s << in.rdbuf();
  IccProfile profile;
  profile.bytes = s.str();
  if (std::string problem = icc_profile_problem(profile.bytes, &profile.components);
      !problem.empty()) {
    *error = "the output profile '" + path + "' is " + problem;
    return std::nullopt;
  }
  profile.alternate = profile.components == 4 ? "DeviceCMYK" : "DeviceGray";
  return profile;
}

}  // namespace folio::pdf
