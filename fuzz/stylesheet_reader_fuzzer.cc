// Fuzzes the stylesheet reader: values and units, based-on chains and cycles, references between
// styles, masters and parts.

#include "fuzz/xml_mutator.h"
#include "stylesheets/stylesheet_reader.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  folio::Diagnostics diags;
  folio::read_stylesheet_xml(std::string_view(reinterpret_cast<const char*>(data), size),
                             "fuzz.xml", diags);
  return 0;
}

FOLIO_FUZZ_XML_MUTATOR
