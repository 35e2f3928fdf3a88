#include "stylesheets/part_kinds.h"

namespace folio {

const PartOption* PartVocabulary::option(std::string_view name) const {
  for (const PartOption& o : options) {
    if (o.name == name) return &o;
  }
  return nullptr;
}

std::vector<std::string> PartVocabulary::option_names() const {
  std::vector<std::string> names;
  for (const PartOption& o : options) names.push_back(o.name);
  return names;
}

const PartVocabulary* part_vocabulary(std::string_view kind) {
  const PartOption balance{"balance-columns", OptionType::boolean, {}};
  static const PartVocabulary kParts[] = {
      {"cover",
       {"abbreviation", "journal-title", "feature-authors", "feature-title", "imprint"},
       {balance},
       {}},
      {"masthead",
       {"board-heading", "board-officer", "board-member", "editor", "editor-role", "notice",
        "notice-title"},
       {{"board-columns", OptionType::count, {}}, {"run-in-suffix", OptionType::text, {}}, balance},
       {"notice-"}},
      {"contents",
       {"journal-title", "designation", "section-heading", "entry", "entry-author", "entry-page",
        "parts-heading"},
       {{"page-number", OptionType::choice, {"first-line", "title-last-line", "last-line"}},
        {"authors", OptionType::choice, {"run-in", "own-line"}},
        {"number-column", OptionType::length, {"auto"}},
        {"leader", OptionType::text, {}},
        {"list-parts", OptionType::words, {}},
        balance},
       {}},
      {"contributors", {"heading", "bio", "name"}, {balance}, {}},
      {"abstracts", {"heading", "title", "byline", "body-first", "body"}, {balance}, {}},
  };
  for (const PartVocabulary& p : kParts) {
    if (p.kind == kind) return &p;
  }
  return nullptr;
}

}  // namespace folio
