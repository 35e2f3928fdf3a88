#pragma once
// The printing condition a PDF/X file is made for: an ICC output profile embedded in the
// OutputIntent, with the condition's identifier. folio's default is the CMYK profile Debian's
// Ghostscript ships; a stylesheet may name another (docs/print.md).

#include <optional>
#include <string>

namespace folio::pdf {

struct OutputIntent {
  std::string profile_path;          // an ICC output profile: device class prtr, CMYK or gray
  std::string package;               // the Debian package that provides it, for the error message
  std::string condition_identifier;  // a registered condition ("FOGRA39") or "Custom"
  std::string condition;             // what the condition is, for people
  std::string registry;              // where the identifier is registered
  std::string info;                  // the profile, for people
};

// Ghostscript's default_cmyk.icc (libgs-common), described as a custom condition: it is a
// SWOP-like profile, not the characterisation of a registered one.
OutputIntent default_output_intent();

// An ICC profile read and checked for what PDF/X-4 needs of a DestOutputProfile.
struct IccProfile {
  std::string bytes;
  int components = 0;     // 1 gray, 4 CMYK: the stream's /N
  std::string alternate;  // DeviceGray or DeviceCMYK
};

// Reads `intent.profile_path`. A missing file names the package that provides it; a file that
// is no output profile says what it is instead.
std::optional<IccProfile> read_icc_profile(const OutputIntent& intent, std::string* error);

// What is wrong with `bytes` as a PDF/X output profile, or empty. Shared with the self-check,
// which reads the embedded profile back.
std::string icc_profile_problem(const std::string& bytes, int* components);

}  // namespace folio::pdf
