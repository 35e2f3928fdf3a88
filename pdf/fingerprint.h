#pragma once
// A digest of what makes a document what it is (its fonts, pages, metadata and printing
// condition, but not its date), from which the trailer /ID and the XMP document ids are made,
// so that equal input gives equal bytes and SOURCE_DATE_EPOCH changes the dates alone.

#include <hpdf.h>
#include <hpdf_encrypt.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace folio::pdf {

class Fingerprint {
 public:
  Fingerprint();
  void add(std::string_view bytes);
  // The MD5 digest of everything added (PDF's own choice for /ID); the fingerprint stays usable.
  std::array<std::uint8_t, 16> digest() const;

 private:
  HPDF_MD5_CTX md5_;  // libharu's MD5, which it uses for encryption
};

// "uuid:..." in the 8-4-4-4-12 form, from a digest with a salt, so that one document's
// DocumentID and InstanceID differ and both follow from its content.
std::string uuid_of(const Fingerprint& fingerprint, std::string_view salt);

}  // namespace folio::pdf
