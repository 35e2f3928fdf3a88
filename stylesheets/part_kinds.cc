#include "stylesheets/part_kinds.h"

namespace folio {

const PartVocabulary* part_vocabulary(std::string_view kind) {
  static const PartVocabulary kParts[] = {
      {"cover",
       {"abbreviation", "journal-title", "feature-authors", "feature-title", "imprint"},
       {"balance-columns"},
       {}},
      {"masthead",
       {"board-heading", "board-officer", "board-member", "editor", "editor-role", "notice",
        "notice-title"},
       {"board-columns", "run-in-suffix", "balance-columns"},
       {"notice-"}},
      {"contents",
       {"journal-title", "designation", "section-heading", "entry", "entry-author", "entry-page",
        "parts-heading"},
       {"page-number", "leader", "list-parts", "balance-columns"},
       {}},
      {"contributors", {"heading", "bio", "name"}, {"balance-columns"}, {}},
      {"abstracts", {"heading", "title", "byline", "body-first", "body"}, {"balance-columns"}, {}},
  };
  for (const PartVocabulary& p : kParts) {
    if (p.kind == kind) return &p;
  }
  return nullptr;
}

}  // namespace folio
