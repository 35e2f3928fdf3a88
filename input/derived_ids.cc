#include "input/derived_ids.h"

#include "input/person_names.h"

#include <optional>

namespace folio {

std::string IdMaker::make(std::string_view base) {
  std::string id;
  for (char c : base) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      id += c;
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z')) id = "x-" + id;
  if (id.back() == '-') id.pop_back();
  std::string unique = id;
  for (int n = 2; taken_.contains(unique); ++n) unique = id + "-" + std::to_string(n);
  taken_.insert(unique);
  return unique;
}

std::string AuthorList::add(const PersonName& name, const std::string& affiliation,
                            const std::string& orcid, SourcePos pos) {
  const std::string key = folded(name.given) + '\x1f' + folded(name.family);
  std::optional<std::size_t> found;
  if (auto it = by_orcid_.find(orcid); !orcid.empty() && it != by_orcid_.end()) {
    found = it->second;
  } else if (auto named = by_name_.find(key); named != by_name_.end()) {
    // Two iDs that differ are two people, whatever their names.
    const std::string& theirs = people_[named->second].orcid;
    if (orcid.empty() || theirs.empty()) found = named->second;
  }
  if (!found) {
    by_name_.emplace(key, people_.size());
    if (!orcid.empty()) by_orcid_.emplace(orcid, people_.size());
    people_.push_back({ids_.make(name.family), name, affiliation, {}, std::move(pos), orcid});
    return people_.back().id;
  }
  Person& same = people_[*found];
  if (same.name.given != name.given || same.name.family != name.family) {
    const bool by_orcid = !orcid.empty() && orcid == same.orcid;
    diags_.warning(pos, "'" + name.display() + "' is taken to be '" + same.name.display() + "' (" +
                            same.pos.file + ":" + std::to_string(same.pos.line) + ")" +
                            (by_orcid ? ", who has the same ORCID iD " + orcid
                                      : ", the same name but for case and accents") +
                            ", and is listed once, as '" + same.name.display() + "'");
  }
  if (same.orcid.empty() && !orcid.empty()) {
    same.orcid = orcid;
    by_orcid_.emplace(orcid, *found);
  }
  if (same.affiliation.empty()) same.affiliation = affiliation;
  return same.id;
}

}  // namespace folio
