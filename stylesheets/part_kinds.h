#pragma once
// The vocabulary of each front-matter part: the roles its text is set in and the options it
// reads, with the values each option takes. The stylesheet reader checks parts against it, so a
// misspelt role, option or value is an error with a suggestion instead of a setting that
// silently does nothing; compose uses the same names.

#include <string>
#include <string_view>
#include <vector>

namespace folio {

// What an option's value must be.
enum class OptionType {
  boolean,  // true or false
  count,    // a whole number from 1 to 12
  length,   // a length (units.h), or "auto" where the option says so
  choice,   // one of `choices`
  text,     // anything, as written
  words,    // names separated by spaces
};

struct PartOption {
  std::string name;
  OptionType type = OptionType::text;
  std::vector<std::string> choices;  // OptionType::choice; for a length, "auto" if allowed
};

struct PartVocabulary {
  std::string_view kind;
  std::vector<std::string> roles;
  std::vector<PartOption> options;
  // Roles that may be followed by a notice's kind ("notice-copyright"), checked by prefix.
  std::vector<std::string> role_prefixes;

  const PartOption* option(std::string_view name) const;
  std::vector<std::string> option_names() const;
};

// The vocabulary of `kind`, or null for a kind folio does not know.
const PartVocabulary* part_vocabulary(std::string_view kind);

}  // namespace folio
