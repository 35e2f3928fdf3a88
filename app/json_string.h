#pragma once
// JSON text for the summaries folio writes for programs (batch --summary, --deps-format json,
// --diagnostic-format json): strings quoted and escaped, a source position as "file:line:col".

#include "base/diagnostics.h"

#include <string>

namespace folio {

// `s` as a JSON string; UTF-8 passes through unchanged, control characters are escaped.
std::string json_string(const std::string& s);

// "file:line:col", as far as it is known; empty when there is no file.
std::string where_text(const SourcePos& pos);

}  // namespace folio
