#include "layout/text/text_transform.h"

#include "base/utf8.h"

namespace folio {
namespace {

char32_t upper(char32_t c) {
  if (c >= U'a' && c <= U'z') return c - 32;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;  // à..þ, not ÷
  if (c == 0xFF) return 0x178;                             // ÿ
  // Latin Extended-A pairs capital and small letters on even/odd code points, except in the
  // two ranges where the capital comes first on an odd code point.
  if (c >= 0x100 && c <= 0x17F && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
    bool odd_capital = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    bool is_small = odd_capital ? (c % 2 == 0) : (c % 2 == 1);
    return is_small ? c - 1 : c;
  }
  return c;
}

}  // namespace

std::string to_uppercase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) utf8::append(out, upper(utf8::next(text, i)));
  return out;
}

}  // namespace folio
