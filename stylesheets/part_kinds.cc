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
       {"abbreviation", "journal-title", "designation", "feature-authors", "feature-title",
        "imprint"},
       {balance, {"designation", OptionType::text, {}}},
       {}},
      {"masthead",
       {"board-heading", "board-officer", "board-member", "editor", "editor-role", "notice",
        "notice-title"},
       {{"board-columns", OptionType::count, {}}, {"run-in-suffix", OptionType::text, {}}, balance},
       {"notice-"}},
      {"contents",
       {"journal-title", "designation", "section-heading", "entry", "entry-author", "entry-page",
        "entry-translation", "parts-heading"},
       {{"page-number", OptionType::choice, {"first-line", "title-last-line", "last-line"}},
        {"authors", OptionType::choice, {"run-in", "own-line"}},
        {"number-column", OptionType::length, {"auto"}},
        {"leader", OptionType::text, {}},
        {"list-parts", OptionType::words, {}},
        {"designation", OptionType::text, {}},
        {"translated-title", OptionType::words, {}},
        {"article-start", OptionType::choice, {"anywhere", "new-page", "recto"}},
        balance},
       {}},
      {"contributors",
       {"heading", "bio", "name", "affiliation"},
       {balance, {"affiliation", OptionType::choice, {"sentence", "line", "none"}}},
       {}},
      {"abstracts",
       {"heading", "title", "byline", "body-first", "body", "abstract-section"},
       {balance,
        {"run-in-suffix", OptionType::text, {}},
        {"abstract-language", OptionType::choice, {"original", "issue"}}},
       {}},
  };
  for (const PartVocabulary& p : kParts) {
    if (p.kind == kind) return &p;
  }
  return nullptr;
}

}  // namespace folio
