// Fuzzes the OJS native export reader on one export, then the page check of each issue in it.

#include "fuzz/fuzz_file.h"
#include "fuzz/xml_mutator.h"
#include "input/ojs_reader.h"
#include "input/page_check.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = folio::fuzz::write_scratch(data, size, "-ojs.xml");
  folio::Diagnostics diags;
  if (auto found = folio::read_ojs(path, diags)) {
    for (folio::FoundIssue& f : *found) folio::check_pages(f.issue, {});
  }
  std::remove(path.c_str());
  return 0;
}

FOLIO_FUZZ_XML_MUTATOR
