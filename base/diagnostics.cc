#include "base/diagnostics.h"

#include <ostream>

namespace folio {

std::string Diagnostic::format() const {
  std::string out;
  if (pos.file.empty()) {
    out = "folio";
  } else {
    out = pos.file;
    if (pos.line > 0) {
      out += ':' + std::to_string(pos.line);
      if (pos.column > 0) out += ':' + std::to_string(pos.column);
    }
  }
  out += severity == Severity::error ? ": error: " : ": warning: ";
  out += message;
  return out;
}

void Diagnostics::error(SourcePos pos, std::string message) {
  add({Severity::error, std::move(pos), std::move(message)});
}

void Diagnostics::warning(SourcePos pos, std::string message) {
  add({Severity::warning, std::move(pos), std::move(message)});
}

void Diagnostics::add(Diagnostic d) {
  if (d.severity == Severity::error) ++errors_;
  all_.push_back(std::move(d));
}

void Diagnostics::print(std::ostream& out) const {
  for (const Diagnostic& d : all_) out << d.format() << '\n';
}

}  // namespace folio
