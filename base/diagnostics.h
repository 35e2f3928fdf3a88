#pragma once
// Diagnostics: what went wrong in the user's input, and where. Every stage reports through a
// Diagnostics sink instead of throwing, so one run can report all errors of a file, and the app
// decides what an error means for the exit status.

#include <iosfwd>
#include <string>
#include <vector>

namespace folio {

struct SourcePos {
  std::string file;  // empty when the problem has no file (a built-in style, the command line)
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based, in bytes; 0 when unknown
};

enum class Severity { warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string message;

  // "file:line:col: error: message", or "folio: error: message" when there is no file.
  std::string format() const;
};

class Diagnostics {
 public:
  void error(SourcePos pos, std::string message);
  void warning(SourcePos pos, std::string message);
  void add(Diagnostic d);

  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  int warning_count() const { return static_cast<int>(all_.size()) - errors_; }
  const std::vector<Diagnostic>& all() const { return all_; }

  // Writes every diagnostic, one per line, in the order they were reported.
  void print(std::ostream& out) const;

 private:
  std::vector<Diagnostic> all_;
  int errors_ = 0;
};

}  // namespace folio
