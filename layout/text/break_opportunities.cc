#include "layout/text/break_opportunities.h"

#include <linebreak.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <mutex>
#include <string>

namespace folio {

std::vector<BreakOpportunity> break_opportunities(std::string_view text, std::string_view lang) {
  static std::once_flag initialised;
  std::call_once(initialised, init_linebreak);
  std::vector<char> raw(text.size());
  // libunibreak tailors a few rules by language ("fr" keeps « » with their words).
  const std::string language(lang);
  set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(text.data()), text.size(),
                      language.empty() ? nullptr : language.c_str(), raw.data());
  std::vector<BreakOpportunity> out(text.size(), BreakOpportunity::none);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == LINEBREAK_ALLOWBREAK) out[i] = BreakOpportunity::allowed;
    if (raw[i] == LINEBREAK_MUSTBREAK) out[i] = BreakOpportunity::mandatory;
  }
  return out;
}

std::vector<std::size_t> grapheme_boundaries(std::string_view word) {
  std::vector<std::size_t> out;
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, word.data(), static_cast<int64_t>(word.size()), &status);
  UBreakIterator* it = ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status);
  if (U_SUCCESS(status)) {
    ubrk_setUText(it, text, &status);
    // On UTF-8 text, ICU's indexes are byte offsets.
    for (int32_t b = ubrk_next(it); U_SUCCESS(status) && b != UBRK_DONE; b = ubrk_next(it)) {
      if (b > 0 && static_cast<std::size_t>(b) < word.size())
        out.push_back(static_cast<std::size_t>(b));
    }
  }
  ubrk_close(it);
  utext_close(text);
  return out;
}

}  // namespace folio
