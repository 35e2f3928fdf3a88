#pragma once
// The faces a batch loads once, before its workers are forked, so that every worker shares them
// (the fork copies nothing until it is written): the faces of each stylesheet the batch's
// issues are given with --style (or the built-in one, for issues without), in every paragraph
// style and with every character style on top. A face an issue needs beyond these (a
// stylesheet the issue names, a fallback family) is loaded by its worker, once, and kept for
// the worker's next issues.

#include "app/manifest.h"
#include "fonts/font_library.h"

#include <vector>

namespace folio {

void preload_faces(const std::vector<BatchIssue>& issues, FontLibrary& fonts);

}  // namespace folio
