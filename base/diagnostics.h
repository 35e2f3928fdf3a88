#pragma once
// Diagnostics: what went wrong in the user's input, and where. Every stage reports through a
// Diagnostics sink instead of throwing, so one run can report all errors of a file, and the app
// decides what an error means for the exit status.

#include "base/file_name.h"

#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

namespace folio {

struct SourcePos {
  FileName file;  // empty when the problem has no file (a built-in style, the command line)
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based, in bytes; 0 when unknown
};

enum class Severity { warning, error };

struct Diagnostic {
  Diagnostic() = default;
  Diagnostic(Severity s, SourcePos p, std::string m, std::string k = {})
      : severity(s), pos(std::move(p)), message(std::move(m)), kind(std::move(k)) {}

  Severity severity = Severity::error;
  SourcePos pos;
  std::string message;
  // Warnings that are no fault of the page but come by the dozen (underfull lines, a keep rule
  // that gave way) name what they are, in the plural ("underfull lines"): they are printed as one
  // line per kind with their count, unless every message is asked for.
  std::string kind;

  // "file:line:col: error: message", or "folio: error: message" when there is no file.
  std::string format() const;
};

class Diagnostics {
 public:
  void error(SourcePos pos, std::string message);
  void warning(SourcePos pos, std::string message);
  // A warning of a kind that is summarised when printed (see Diagnostic::kind).
  void warning(SourcePos pos, std::string message, std::string kind);
  void add(Diagnostic d);
  // Adds every diagnostic of `other`, in order; with `as_warnings`, errors become warnings (a
  // draft goes to press with nothing, so what would stop a build is only said).
  void add_all(const Diagnostics& other, bool as_warnings = false);

  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  int warning_count() const { return static_cast<int>(all_.size()) - errors_; }
  const std::vector<Diagnostic>& all() const { return all_; }

  // Writes every diagnostic, one per line, in the order they were reported. Unless `verbose`,
  // warnings of a kind come as one line with their count, where the first of them stood; without
  // `warnings`, only errors are written.
  void print(std::ostream& out, bool verbose = true, bool warnings = true) const;

 private:
  std::vector<Diagnostic> all_;
  int errors_ = 0;
};

}  // namespace folio
