#pragma once
// The JATS and Crossref readers take file names, not bytes: their targets write each input to a
// file in memory (/dev/shm) and read it back. So does the pipeline target with the PDF, until a
// writer to memory exists.

#include <cstddef>
#include <cstdint>
#include <string>

namespace folio::fuzz {

// A path under /dev/shm (the temporary directory when there is none) private to this process,
// ending in `suffix`.
std::string scratch_path(const std::string& suffix);

// Writes the bytes to scratch_path(suffix) and returns the path.
std::string write_scratch(const std::uint8_t* data, std::size_t size, const std::string& suffix);

}  // namespace folio::fuzz
