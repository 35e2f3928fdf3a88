#include "layout/text/once_reports.h"

namespace folio {
namespace {

bool record(OnceReports& reports, const ReportCause& cause) {
  if (const auto* language = std::get_if<std::string>(&cause)) {
    return reports.languages.insert(*language).second;
  }
  if (const auto* character = std::get_if<char32_t>(&cause)) {
    return reports.characters.insert(*character).second;
  }
  return reports.fonts.insert(std::get<FontFailure>(cause)).second;
}

}  // namespace

bool OnceReports::due(const ReportCause& cause, const Diagnostics& into) {
  if (!record(*this, cause)) return false;
  if (noting) noting->push_back({into.all().size(), cause});
  return true;
}

void add_sifted(const Diagnostics& from, const std::vector<NotedReport>& noted,
                OnceReports& reports, Diagnostics& into) {
  auto next = noted.begin();
  for (std::size_t i = 0; i < from.all().size(); ++i) {
    if (next != noted.end() && next->index == i) {
      if (!record(reports, (next++)->cause)) continue;
    }
    into.add(from.all()[i]);
  }
}

}  // namespace folio
