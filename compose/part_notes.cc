#include "compose/part_notes.h"

#include "compose/contributors.h"
#include "compose/translations.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace folio {

std::string nothing_to_print(const Issue& issue, const PartStyle& part) {
  auto articles = [&](auto&& has) {
    for (const Section& s : issue.sections) {
      for (const Article& a : s.articles) {
        if (has(a)) return true;
      }
    }
    return false;
  };
  if (part.kind == "masthead" && issue.board.members.empty() && issue.editors.empty() &&
      issue.notices.empty())
    return "the issue has no board, editors or notices";
  if (part.kind == "contents" && !articles([](const Article&) { return true; }))
    return "the issue has no articles";
  if (part.kind == "contributors" && contributors_of(issue).empty())
    return "the articles have no authors";
  if (part.kind == "abstracts") {
    auto found = part.options.find("abstract-language");
    const std::string language = found == part.options.end() ? "original" : found->second;
    if (!articles([&](const Article& a) {
          return printed_abstract(a, language, issue.lang).abstract != nullptr;
        }))
      return "the articles have no abstracts";
  }
  return {};
}

// Translations the stylesheet chose not to print are named once, so that nobody is surprised
// that the issue's English titles are missing from a Portuguese contents page.
void note_unprinted_translations(const Issue& issue, int titles_printed, int abstracts_printed,
                                 Diagnostics& diags) {
  int titles = 0, abstracts = 0;
  std::set<std::string> languages;
  for (const Section& s : issue.sections) {
    for (const Article& a : s.articles) {
      titles += static_cast<int>(a.translated_titles.size());
      abstracts += static_cast<int>(a.translated_abstracts.size());
      for (const TranslatedTitle& t : a.translated_titles) languages.insert(t.lang);
      for (const Abstract& x : a.translated_abstracts) languages.insert(x.lang);
    }
  }
  titles -= titles_printed;
  abstracts -= abstracts_printed;
  if (titles <= 0 && abstracts <= 0) return;
  std::string langs;
  for (const std::string& l : languages) langs += (langs.empty() ? "" : ", ") + l;
  std::string what;
  if (titles > 0)
    what = std::to_string(titles) + (titles == 1 ? " translated title" : " translated titles");
  if (abstracts > 0)
    what += (what.empty() ? "" : " and ") + std::to_string(abstracts) +
            (abstracts == 1 ? " translated abstract" : " translated abstracts");
  diags.warning({issue.source, 0, 0},
                what + " (" + langs + (titles + abstracts == 1 ? ") is" : ") are") +
                    " not printed: the stylesheet prints the originals (the contents' "
                    "translated-title and the abstracts' abstract-language options print "
                    "them)");
}

}  // namespace folio
