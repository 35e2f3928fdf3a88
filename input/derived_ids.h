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

// The authors of an issue. One person in several articles is one contributor: matched by
// ORCID iD, else by given and family name compared without case and accents (person_names.h).
// The first spelling, affiliation and position met are kept; merging two spellings is a warning,
// since it may as well be two people.
class AuthorList {
 public:
  AuthorList(IdMaker& ids, Diagnostics& diags) : ids_(ids), diags_(diags) {}
  // The id of the person; `orcid` may be empty.
  std::string add(const PersonName& name, const std::string& affiliation, const std::string& orcid,
                  SourcePos pos);
  std::vector<Person> take() { return std::move(people_); }

 private:
  IdMaker& ids_;
  Diagnostics& diags_;
  std::vector<Person> people_;
  std::map<std::string, std::size_t> by_orcid_;  // iD -> index into people_
  std::map<std::string, std::size_t> by_name_;   // folded given and family name -> index
};

}  // namespace folio
