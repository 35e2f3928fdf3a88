#pragma once
// The help of one command (`folio help build`, `folio build --help`): its usage, its options
// and its exit statuses, shorter than the whole of `folio --help`.

#include <string>

namespace folio {

// Empty for a name that is no command.
std::string command_help(const std::string& command);

}  // namespace folio
