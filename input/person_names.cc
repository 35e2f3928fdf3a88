#include "input/person_names.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cctype>

namespace folio {

std::string folded(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(status)) decomposed = nfd->normalize(decomposed, status);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    bare.append(c);
  }
  bare.foldCase();
  std::string out;
  bare.toUTF8String(out);
  return out;
}

bool same_person_name(const PersonName& a, const PersonName& b) {
  return folded(a.family) == folded(b.family) && folded(a.given) == folded(b.given);
}

std::string orcid_id(std::string_view text) {
  // The iD is the last 19 characters: four groups of four, the last character a digit or X.
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  if (text.size() < 19) return {};
  std::string id(text.substr(text.size() - 19));
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    const bool ok = i % 5 == 4 ? c == '-'
                               : (std::isdigit(static_cast<unsigned char>(c)) ||
                                  (i == 18 && (c == 'X' || c == 'x')));
    if (!ok) return {};
  }
  if (id[18] == 'x') id[18] = 'X';
  return id;
}

}  // namespace folio
