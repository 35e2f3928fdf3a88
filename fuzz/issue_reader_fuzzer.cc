// Fuzzes folio's own issue format: XmlSource's checks, every element reader, the references
// between people, sections and articles, and the page check.

#include "fuzz/xml_mutator.h"
#include "input/issue_reader.h"
#include "input/page_check.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  folio::Diagnostics diags;
  std::optional<folio::Issue> issue = folio::read_issue_xml(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.xml", diags);
  if (issue) folio::check_pages(*issue, {});
  return 0;
}

FOLIO_FUZZ_XML_MUTATOR
