#include "input/derived_ids.h"

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

std::string AuthorList::add(const PersonName& name, const std::string& affiliation, SourcePos pos) {
  auto [it, inserted] = by_name_.emplace(std::pair(name.given, name.family), "");
  if (!inserted) return it->second;
  it->second = ids_.make(name.family);
  people_.push_back({it->second, name, affiliation, {}, std::move(pos)});
  return it->second;
}

}  // namespace folio
