#pragma once
// ids for what JATS and Crossref do not name the way folio's format does: people and articles.
// The model links articles to their authors by id, so readers of those formats derive one.

#include "base/diagnostics.h"
#include "input/issue.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace folio {

// Unique ids in folio's id syntax (ASCII letters, digits, '-'), made from any text: "Dvořák" gives
// "dvo-k", a second "smith" gives "smith-2".
class IdMaker {
 public:
  std::string make(std::string_view base);

 private:
  std::set<std::string> taken_;
};

// The authors of an issue: the same given and family name in two articles is one person, with
// the affiliation they were first given.
class AuthorList {
 public:
  explicit AuthorList(IdMaker& ids) : ids_(ids) {}
  std::string add(const PersonName& name, const std::string& affiliation, SourcePos pos);
  std::vector<Person> take() { return std::move(people_); }

 private:
  IdMaker& ids_;
  std::map<std::pair<std::string, std::string>, std::string> by_name_;
  std::vector<Person> people_;
};

}  // namespace folio
