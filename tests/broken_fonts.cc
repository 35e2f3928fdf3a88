#include "tests/broken_fonts.h"

#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>

namespace folio::test {
namespace {

constexpr const char* kSource = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

std::uint32_t be32(const std::string& b, std::size_t at) {
  auto u = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(b[i]));
  };
  return u(at) << 24 | u(at + 1) << 16 | u(at + 2) << 8 | u(at + 3);
}

// Where a table's bytes are: [offset, offset + length).
std::pair<std::size_t, std::size_t> table(const std::string& font, const char* tag) {
  const std::size_t count =
      static_cast<unsigned char>(font[4]) << 8 | static_cast<unsigned char>(font[5]);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t record = 12 + 16 * i;
    if (font.compare(record, 4, tag) == 0) return {be32(font, record + 8), be32(font, record + 12)};
  }
  FAIL("no table " << tag);
  return {0, 0};
}

// Every "DejaVu Sans" in the name table, in ASCII and in UTF-16BE, becomes `family`.
std::string renamed(std::string font, const std::string& family) {
  REQUIRE(family.size() == 11);
  const std::string old = "DejaVu Sans";
  auto wide = [](const std::string& s) {
    std::string out;
    for (char c : s) out += std::string(1, '\0') + c;
    return out;
  };
  auto [start, length] = table(font, "name");
  for (const auto& [from, to] : {std::pair(old, family), std::pair(wide(old), wide(family))}) {
    for (std::size_t at = font.find(from, start); at != std::string::npos && at < start + length;
         at = font.find(from, at + to.size())) {
      font.replace(at, to.size(), to);
    }
  }
  return font;
}

// The table's bytes overwritten with a fixed pseudo-random sequence.
std::string garbled(std::string font, const char* tag) {
  auto [start, length] = table(font, tag);
  std::uint32_t x = 12345;
  for (std::size_t i = start; i < start + length; ++i) {
    x = x * 1103515245 + 12345;
    font[i] = static_cast<char>(x >> 16);
  }
  return font;
}

BrokenFonts make() {
  REQUIRE(file_exists(kSource));
  const std::string font = read_file(kSource);
  BrokenFonts f;
  const std::string root = temp_dir();
  f.dir = root + "/fonts";
  std::filesystem::create_directories(f.dir);
  f.bad_outlines = f.dir + "/broken-sans.ttf";
  f.bad_cmap = f.dir + "/garbled-map.ttf";
  f.truncated = f.dir + "/trimmed-ttf.ttf";
  write_file(f.bad_outlines, garbled(renamed(font, "Broken Sans"), "glyf"));
  write_file(f.bad_cmap, garbled(renamed(font, "Garbled Map"), "cmap"));
  // The name table is near the end; the cut keeps it and loses the tables after it.
  const std::string trimmed = renamed(font, "Trimmed Ttf");
  auto [name_start, name_length] = table(trimmed, "name");
  write_file(f.truncated, trimmed.substr(0, name_start + name_length + 100));
  // Our cache directory first, so that fontconfig writes its cache of these fonts there.
  f.config = root + "/fonts.conf";
  write_file(f.config,
             "<?xml version=\"1.0\"?>\n<fontconfig>\n  <cachedir>" + root +
                 "/cache</cachedir>\n  <dir>" + f.dir +
                 "</dir>\n  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n"
                 "</fontconfig>\n");
  return f;
}

}  // namespace

const BrokenFonts& broken_fonts() {
  static const BrokenFonts fonts = make();
  return fonts;
}

}  // namespace folio::test
