#pragma once
// The vocabulary of each front-matter part: the roles its text is set in and the options it
// reads. The stylesheet reader checks parts against it, so a misspelt role or option is an error
// with a suggestion instead of a setting that silently does nothing; compose uses the same names.

#include <string>
#include <string_view>
#include <vector>

namespace folio {

struct PartVocabulary {
  std::string_view kind;
  std::vector<std::string> roles;
  std::vector<std::string> options;
  // Roles that may be followed by a notice's kind ("notice-copyright"), checked by prefix.
  std::vector<std::string> role_prefixes;
};

// The vocabulary of `kind`, or null for a kind folio does not know.
const PartVocabulary* part_vocabulary(std::string_view kind);

}  // namespace folio
