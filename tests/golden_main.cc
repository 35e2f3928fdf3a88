// folio_golden: rewrites tests/golden/ from the current code. Run it (`cmake --build build
// --target update-golden`) only after looking at the rendered pages of the change and finding
// them right; then review the diff of tests/golden/ like any other change.

#include "tests/golden_support.h"

#include <fstream>
#include <iostream>

int main() {
  const std::string root = FOLIO_SOURCE_DIR;
  int status = 0;
  for (const auto& c : folio::test::kGoldenCases) {
    std::string errors;
    auto dump = folio::test::dump_issue(root, c, &errors);
    if (!dump) {
      std::cerr << c.issue << " with " << c.style << ":\n" << errors;
      status = 1;
      continue;
    }
    std::ofstream(root + "/tests/golden/" + c.expected, std::ios::binary) << *dump;
    std::cout << "wrote tests/golden/" << c.expected << "\n";
  }
  return status;
}
