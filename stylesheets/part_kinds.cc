#include "stylesheets/part_kinds.h"

namespace folio {

const PartVocabulary* part_vocabulary(std::string_view kind) {
  static const PartVocabulary kParts[] = {
      {"cover",
       {"abbreviation", "journal-title", "designation", "feature-authors", "feature-title",
        "imprint"},
       {"balance-columns", "designation"},
       {}},
      {"masthead",
       {"board-heading", "board-officer", "board-member", "editor", "editor-role", "notice",
        "notice-title"},
       {"board-columns", "run-in-suffix", "balance-columns"},
       {"notice-"}},
      {"contents",
       {"journal-title", "designation", "section-heading", "entry", "entry-author", "entry-page",
        "entry-translation", "parts-heading"},
       {"page-number", "leader", "list-parts", "balance-columns", "designation", "translated-title",
        "article-start"},
       {}},
      {"contributors",
       {"heading", "bio", "name", "affiliation"},
       {"balance-columns", "affiliation"},
       {}},
      {"abstracts",
       {"heading", "title", "byline", "body-first", "body", "abstract-section"},
       {"balance-columns", "run-in-suffix", "abstract-language"},
       {}},
  };
  for (const PartVocabulary& p : kParts) {
    if (p.kind == kind) return &p;
  }
  return nullptr;
}

}  // namespace folio
