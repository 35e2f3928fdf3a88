#pragma once
// Deflate for every stream folio compresses (page content, font programs, CMaps, the output
// profile), with libdeflate: written into the file already compressed, with /Filter
// /FlateDecode, instead of through libharu's zlib when the file is saved, which took a build's
// last moments.

#include <string>
#include <string_view>

struct libdeflate_compressor;

namespace folio::pdf {

class Deflater {
 public:
  Deflater();
  ~Deflater();
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  // `bytes` in the zlib format (what /FlateDecode reads).
  std::string zlib(std::string_view bytes);

 private:
  libdeflate_compressor* compressor_;
};

}  // namespace folio::pdf
