#include "compose/translations.h"

#include <sstream>

namespace folio {
namespace {

std::string primary(const std::string& tag) {
  std::string out = tag.substr(0, tag.find_first_of("-_"));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

bool same_language(const std::string& a, const std::string& b) {
  return !a.empty() && primary(a) == primary(b);
}

const TranslatedTitle* contents_translation(const Article& article, const std::string& option,
                                            const std::string& issue_lang) {
  if (option.empty() || option == "none") return nullptr;
  std::istringstream wanted(option == "issue-language" ? issue_lang : option);
  for (std::string lang; wanted >> lang;) {
    if (same_language(lang, article.lang)) continue;
    for (const TranslatedTitle& t : article.translated_titles) {
      if (same_language(t.lang, lang)) return &t;
    }
  }
  return nullptr;
}

PrintedAbstract printed_abstract(const Article& article, const std::string& option,
                                 const std::string& issue_lang) {
  PrintedAbstract out{&article.abstract, &article.title, &article.subtitle, ""};
  if (option == "issue" && !same_language(article.lang, issue_lang)) {
    for (const Abstract& a : article.translated_abstracts) {
      if (!same_language(a.lang, issue_lang)) continue;
      out.abstract = &a;
      out.lang = a.lang;
      for (const TranslatedTitle& t : article.translated_titles) {
        if (!same_language(t.lang, issue_lang)) continue;
        out.title = &t.title;
        out.subtitle = &t.subtitle;
      }
      break;
    }
  }
  if (out.abstract->empty()) out.abstract = nullptr;
  return out;
}

}  // namespace folio
