#pragma once
// Writing an output file so that a failed run leaves nothing behind: write to a temporary name
// in the same directory, then rename over the target, which replaces it in one step.

#include <functional>
#include <string>

namespace folio {

// Calls `write(temp_path, error)`; on success renames the temporary file to `path`. On failure
// the temporary file is removed and `error` says why.
bool write_atomically(const std::string& path,
                      const std::function<bool(const std::string&, std::string*)>& write,
                      std::string* error);

}  // namespace folio
