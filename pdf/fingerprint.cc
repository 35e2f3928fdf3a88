#include "pdf/fingerprint.h"

#include <cstdio>

namespace folio::pdf {

Fingerprint::Fingerprint() { HPDF_MD5Init(&md5_); }

void Fingerprint::add(std::string_view bytes) {
  // In pieces: libharu's length is 32 bits.
  constexpr std::size_t kPiece = std::size_t{1} << 30;
  for (std::size_t at = 0; at < bytes.size(); at += kPiece) {
    const std::string_view piece = bytes.substr(at, kPiece);
    HPDF_MD5Update(&md5_, reinterpret_cast<const HPDF_BYTE*>(piece.data()),
                   static_cast<HPDF_UINT32>(piece.size()));
  }
}

std::array<std::uint8_t, 16> Fingerprint::digest() const {
  HPDF_MD5_CTX copy = md5_;
  std::array<std::uint8_t, 16> out{};
  HPDF_MD5Final(out.data(), &copy);
  return out;
}

std::string uuid_of(const Fingerprint& fingerprint, std::string_view salt) {
  Fingerprint salted = fingerprint;
  salted.add(salt);
  std::array<std::uint8_t, 16> d = salted.digest();
  // RFC 4122's name-based layout: version 3 (MD5), variant 10.
  d[6] = static_cast<std::uint8_t>((d[6] & 0x0F) | 0x30);
  d[8] = static_cast<std::uint8_t>((d[8] & 0x3F) | 0x80);
  std::string out = "uuid:";
  char hex[3];
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    std::snprintf(hex, sizeof hex, "%02x", d[i]);
    out += hex;
  }
  return out;
}

}  // namespace folio::pdf
