#include "layout/text/space_factor.h"

#include "base/utf8.h"

#include <unicode/uchar.h>

namespace folio {
namespace {

bool transparent(char32_t c) {
  switch (c) {
    case U')': case U']': case U'}': case U'"': case U'\'': case U'\u2019': case U'\u201D':
    case U'\u00BB': case U'\u203A':
      return true;
    default:
      return false;
  }
}

int factor_of(char32_t c) {
  switch (c) {
    case U'.': case U'?': case U'!': case U'\u2026':
      return 3000;
    case U':':
      return 2000;
    case U';':
      return 1500;
    case U',':
      return 1250;
    default:
      return 1000;
  }
}

// The character before byte `end` of `s`, and where it starts.
char32_t previous(std::string_view s, std::size_t& end) {
  std::size_t start = end;
  while (start > 0 && (static_cast<unsigned char>(s[start - 1]) & 0xC0) == 0x80) --start;
  if (start > 0) --start;
  std::size_t i = start;
  const char32_t c = utf8::next(s, i);
  end = start;
  return c;
}

}  // namespace

int space_factor(std::string_view before) {
  std::size_t end = before.size();
  char32_t c = 0;
  while (end > 0) {
    c = previous(before, end);
    if (!transparent(c)) break;
  }
  const int f = factor_of(c);
  if (f <= 1000 || end == 0) return f;
  // A capital before the punctuation: an abbreviation or an initial, not a sentence's end.
  std::size_t at = end;
  const char32_t letter = previous(before, at);
  return u_isupper(static_cast<UChar32>(letter)) ? 1000 : f;
}

}  // namespace folio
