#include "layout/break_opportunities.h"

#include <linebreak.h>

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

}  // namespace folio
