#include "compose/contributors.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

namespace folio {
namespace {

std::string sort_key(const PersonName& name) {
  std::string key = name.sort_key.empty() ? name.family + " " + name.given : name.sort_key;
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return key;
}

}  // namespace

std::vector<const Person*> contributors_of(const Issue& issue) {
  std::vector<const Person*> out;
  std::set<std::string> seen;
  for (const Section& s : issue.sections) {
    for (const Article& a : s.articles) {
      for (const std::string& id : a.author_ids) {
        const Person* p = issue.person(id);
        if (p && seen.insert(id).second) out.push_back(p);
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Person* a, const Person* b) {
    return sort_key(a->name) < sort_key(b->name);
  });
  return out;
}

}  // namespace folio
