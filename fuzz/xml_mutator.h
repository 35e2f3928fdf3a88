#pragma once
// A structure-aware mutation for libFuzzer's custom mutator hook: byte-level mutation seldom
// builds the deep nesting, repeated elements and long chains that broke folio's readers, so
// some mutations copy an element's tags many times over. Element names come from the input
// itself, which keeps the mutator the same for every format.

#include <cstddef>
#include <cstdint>

namespace folio::fuzz {

// Mutates `data` (of `size` bytes, room for `max_size`) in place and returns the new size.
// Most calls fall through to LLVMFuzzerMutate; the rest nest, repeat or wrap elements.
std::size_t mutate_xml(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned seed);

}  // namespace folio::fuzz

// Every target defines libFuzzer's hook through this, so each reaches deep nesting.
#define FOLIO_FUZZ_XML_MUTATOR                                                          \
  extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,  \
                                                 std::size_t max_size, unsigned seed) { \
    return folio::fuzz::mutate_xml(data, size, max_size, seed);                         \
  }
