#include "base/line_map.h"

#include <algorithm>

namespace folio {

LineMap::LineMap(std::string file, std::string_view text) : file_(std::move(file)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

SourcePos LineMap::at(std::ptrdiff_t offset) const {
  if (offset < 0) return {file_, 0, 0};
  auto o = static_cast<std::size_t>(offset);
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), o);
  auto line = static_cast<int>(it - line_starts_.begin());
  auto column = static_cast<int>(o - line_starts_[line - 1]) + 1;
  return {file_, line, column};
}

}  // namespace folio
