#include "input/person_index.h"

namespace folio {

PersonIndex::PersonIndex(const Issue& issue) {
  by_id_.reserve(issue.people.size());
  for (const Person& p : issue.people) by_id_.try_emplace(p.id, &p);
}

const Person* PersonIndex::find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

}  // namespace folio
