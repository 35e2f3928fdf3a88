#pragma once
// Which of an article's translations the stylesheet prints. Sources carry titles and abstracts
// in several languages (JATS trans-title-group, trans-abstract and translation sub-articles;
// Crossref abstracts with xml:lang; OJS locales). By default only the original is printed; the
// contents' `translated-title` option adds a translated title under the original, the
// abstracts' `abstract-language` option prints the abstract in the issue's language where the
// article has one.

#include "input/issue.h"

#include <string>

namespace folio {

// Whether two BCP 47 tags name the same language, whatever their regions: "en-US" and "en".
bool same_language(const std::string& a, const std::string& b);

// The translated title the contents prints under `article`'s own, or null. `option` is the
// contents' `translated-title`: "none" (or empty), "issue-language" (a title in the issue's
// language, for articles in another), or languages in order of preference ("en es").
const TranslatedTitle* contents_translation(const Article& article, const std::string& option,
                                            const std::string& issue_lang);

// What the abstracts part prints for an article: its abstract, title and subtitle, and their
// language (empty: the article's).
struct PrintedAbstract {
  const Abstract* abstract = nullptr;  // null: nothing to print
  const RichText* title = nullptr;
  const RichText* subtitle = nullptr;
  std::string lang;
};

// `option` is the abstracts' `abstract-language`: "original" (or empty) or "issue".
PrintedAbstract printed_abstract(const Article& article, const std::string& option,
                                 const std::string& issue_lang);

}  // namespace folio
