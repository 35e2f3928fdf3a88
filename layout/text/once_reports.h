#pragma once
// Reports said once however often their cause comes back: a language with no hyphenation
// dictionary, a character no font has, a font that is not found (once per layout: app/typeset.cc
// forgets them between layouts and around a layout it throws away). Which occurrence is the first
// depends on the order paragraphs are set in. A paragraph set ahead on a thread of its own
// (layout/pages/paragraphs_ahead.h) therefore reports into diagnostics of its own and notes which
// of them are once-only reports; when the paragraph joins its part, in paragraph order, they are
// sifted through the part's record, so that what is said, and where, is what one thread says.

#include "base/diagnostics.h"

#include <cstddef>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace folio {

// What a failed font lookup said. A family that is not there is said once, not once for each of
// the weights and slants the stylesheet asks of it: the message names the family alone.
struct FontFailure {
  std::string message;
  auto operator<=>(const FontFailure&) const = default;
};

// What a once-only report is about: a language, a character, a font.
using ReportCause = std::variant<std::string, char32_t, FontFailure>;

// A once-only report given into a paragraph's own diagnostics: the index of its diagnostic there.
struct NotedReport {
  std::size_t index = 0;
  ReportCause cause;
};

struct OnceReports {
  // Whether the report of `cause` is due (the first time it comes), to be given next into
  // `into`; when `noting`, it is noted there with that index.
  bool due(const ReportCause& cause, const Diagnostics& into);

  std::set<std::string> languages;  // with no dictionary
  std::set<char32_t> characters;    // that no font has
  std::set<FontFailure> fonts;      // lookups that failed
  std::vector<NotedReport>* noting = nullptr;
};

// Adds `from`, a paragraph's own diagnostics, to `into`, leaving out each of its `noted` reports
// that `reports` has said already (and recording those it had not).
void add_sifted(const Diagnostics& from, const std::vector<NotedReport>& noted,
                OnceReports& reports, Diagnostics& into);

}  // namespace folio
