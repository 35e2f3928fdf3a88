#include "layout/pages/folio.h"

#include <cctype>

namespace folio {

std::string format_folio(int number, FolioStyle style) {
  if (style == FolioStyle::arabic || number < 1 || number > 3999) return std::to_string(number);
  static constexpr std::pair<int, const char*> kNumerals[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, letters] : kNumerals) {
    for (; number >= value; number -= value) out += letters;
  }
  if (style == FolioStyle::upper_roman) {
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace folio
