#pragma once
// Reading a file the user named (an issue, an article, a deposit, a stylesheet) into memory, with
// the size limit every input has, so that /dev/zero, a FIFO that never ends or a disk image
// given by mistake is refused instead of filling memory.

#include "base/diagnostics.h"

#include <cstdint>
#include <optional>
#include <string>

namespace folio {

// The whole of the file, or nothing with "cannot read the WHAT: reason" (or the size limit)
// reported at the file.
std::optional<std::string> read_source_file(const std::string& path, const char* what,
                                            Diagnostics& diags);

// The largest file read_source_file accepts, limits::kDefaultMaxInputBytes unless changed. It is
// one setting for the whole run (`--max-input-size`), held here rather than passed through every
// reader, since every input of a run is read through this one function.
std::uint64_t max_input_bytes();
void set_max_input_bytes(std::uint64_t bytes);

// "64 MiB", "1.5 KiB", "100 bytes", for messages about sizes.
std::string describe_size(std::uint64_t bytes);

}  // namespace folio
