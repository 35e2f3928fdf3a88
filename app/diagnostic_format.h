#pragma once
// How messages are printed (--diagnostic-format): for a person (human: as Diagnostics::print,
// common warnings counted per kind), for an editor's error list (short: every message on one
// line, its hint left off) or for a program (json: one JSON object per line and message, with
// file, line, column, severity, message and hint).

#include "base/diagnostics.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace folio {

enum class DiagnosticFormat { human, short_lines, json };

constexpr const char* kDiagnosticFormatNames = "human, short or json";

std::optional<DiagnosticFormat> parse_diagnostic_format(const std::string& name);

// A message's hint: the advice folio appends in a last parenthesis ("(did you mean 'x'?)",
// "(Debian's fonts-texgyre package)") or after "; did you mean", split from what went wrong. `hint`
// is empty when the message has none.
struct SplitMessage {
  std::string message;
  std::string hint;
};
SplitMessage split_hint(const std::string& message);

// One JSON object, without a line break: {"file": ..., "line": ..., "column": ..., "severity":
// ..., "message": ..., "hint": ...}; file and hint are null when there is none, line and
// column 0 when unknown.
std::string diagnostic_json(const Diagnostic& d);

// Writes the diagnostics in `format`; `verbose` and `warnings` as in Diagnostics::print (short
// and json list every message: a program counts for itself).
void print_diagnostics(const Diagnostics& diags, DiagnosticFormat format, bool verbose,
                       bool warnings, std::ostream& out);

}  // namespace folio
