#pragma once
// An issue's people by id, found in constant time: compose looks up every author of every
// article, which Issue::person's walk through all people makes quadratic in the issue's size.
// Built from an issue whose people no longer change; it points into that issue.

#include "input/issue.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace folio {

class PersonIndex {
 public:
  explicit PersonIndex(const Issue& issue);
  // The person with `id`, or null. Of two with one id, the first, as Issue::person.
  const Person* find(std::string_view id) const;

 private:
  std::unordered_map<std::string_view, const Person*> by_id_;
};

}  // namespace folio
