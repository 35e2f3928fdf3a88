#pragma once
// Turns byte offsets into line and column numbers. XML parsers report offsets; people read
// "file:line:col", so every reader of a text format keeps one of these beside its buffer.

#include "base/diagnostics.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

class LineMap {
 public:
  LineMap(std::string file, std::string_view text);

  SourcePos at(std::ptrdiff_t offset) const;
  const std::string& file() const { return file_.str(); }

 private:
  FileName file_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace folio
