// Fuzzes the Crossref reader on one deposit, then the page check of the issue it makes.

#include "fuzz/fuzz_file.h"
#include "fuzz/xml_mutator.h"
#include "input/crossref_reader.h"
#include "input/page_check.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = folio::fuzz::write_scratch(data, size, "-deposit.xml");
  folio::Diagnostics diags;
  std::optional<folio::Issue> issue = folio::read_crossref(path, diags);
  if (issue) folio::check_pages(*issue, {});
  std::remove(path.c_str());
  return 0;
}

FOLIO_FUZZ_XML_MUTATOR
