#include "input/article_checks.h"

#include <algorithm>
#include <string>

namespace folio {

bool is_authorless_type(std::string_view type) {
  static constexpr std::string_view kAuthorless[] = {
      "editorial", "correction", "corrigendum",          "erratum",
      "errata",    "retraction", "expression-of-concern"};
  std::string lower(type);
  std::ranges::transform(lower, lower.begin(), [](char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return std::ranges::find(kAuthorless, lower) != std::end(kAuthorless);
}

void check_articles(const Issue& issue, Diagnostics& diags) {
  if (std::ranges::all_of(issue.sections, [](const Section& s) { return s.articles.empty(); })) {
    diags.error({issue.source, 0, 0}, "the issue has no articles");
    return;
  }
  for (const Section& s : issue.sections) {
    for (const Article& a : s.articles) {
      if (!a.author_ids.empty() || is_authorless_type(a.type)) continue;
      diags.warning(a.pos, "'" + a.title.plain() +
                               "' has no authors: its contents entry and abstract are printed "
                               "without a byline" +
                               (a.type.empty() ? "" : " (its type is '" + a.type + "')"));
    }
  }
}

}  // namespace folio
