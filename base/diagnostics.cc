#include "base/diagnostics.h"

#include <map>
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

void Diagnostics::warning(SourcePos pos, std::string message, std::string kind) {
  add({Severity::warning, std::move(pos), std::move(message), std::move(kind)});
}

void Diagnostics::add(Diagnostic d) {
  if (d.severity == Severity::error) ++errors_;
  all_.push_back(std::move(d));
}

void Diagnostics::add_all(const Diagnostics& other, bool as_warnings) {
  for (Diagnostic d : other.all()) {
    if (as_warnings) d.severity = Severity::warning;
    add(std::move(d));
  }
}

void Diagnostics::print(std::ostream& out, bool verbose, bool warnings) const {
  std::map<std::string, int> count;
  if (!verbose) {
    for (const Diagnostic& d : all_) {
      if (d.severity == Severity::warning && !d.kind.empty()) ++count[d.kind];
    }
  }
  for (const Diagnostic& d : all_) {
    if (d.severity == Severity::warning && !warnings) continue;
    auto summarised = count.find(d.kind);
    if (d.severity == Severity::error || d.kind.empty() || summarised == count.end() ||
        summarised->second == 1) {
      out << d.format() << '\n';
    } else if (summarised->second > 0) {
      // One line for the kind, where its first message stood; the others are left out.
      out << "folio: warning: " << summarised->second << ' ' << d.kind
          << " (--verbose lists each)\n";
      summarised->second = 0;
    }
  }
}

}  // namespace folio
