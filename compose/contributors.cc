#include "compose/contributors.h"

#include "input/person_index.h"

#include <unicode/ucol.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>

namespace folio {
namespace {

std::string sort_key(const PersonName& name) {
  // Family first, then given names: "Stein, Janice" before "Stein, Jon". The separator sorts
  // before any letter, so "Stein" comes before "Steiner".
  return name.sort_key.empty() ? name.family + "\x01" + name.given : name.sort_key;
}

struct CollatorCloser {
  void operator()(UCollator* c) const { ucol_close(c); }
};

// The issue language's collation (ICU's CLDR data): "Jönsson" sorts with J in English and
// after Z in Swedish, as readers of each expect; case and accents only break ties.
std::unique_ptr<UCollator, CollatorCloser> collator_for(const std::string& lang) {
  std::string locale = lang;
  std::replace(locale.begin(), locale.end(), '-', '_');
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCollator, CollatorCloser> c(ucol_open(locale.c_str(), &status));
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    c.reset(ucol_open("", &status));  // the root collation, right for most Latin text
  }
  return c;
}

}  // namespace

std::vector<const Person*> contributors_of(const Issue& issue) {
  std::vector<const Person*> out;
  std::set<std::string> seen;
  const PersonIndex people(issue);
  for (const Section& s : issue.sections) {
    for (const Article& a : s.articles) {
      for (const std::string& id : a.author_ids) {
        const Person* p = people.find(id);
        if (p && seen.insert(id).second) out.push_back(p);
      }
    }
  }
  auto collator = collator_for(issue.lang);
  std::stable_sort(out.begin(), out.end(), [&](const Person* a, const Person* b) {
    const std::string ka = sort_key(a->name), kb = sort_key(b->name);
    UErrorCode status = U_ZERO_ERROR;
    return ucol_strcollUTF8(collator.get(), ka.data(), static_cast<int32_t>(ka.size()), kb.data(),
                            static_cast<int32_t>(kb.size()), &status) == UCOL_LESS;
  });
  return out;
}

}  // namespace folio
