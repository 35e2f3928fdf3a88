#include "app/diagnostic_format.h"

#include "app/json_string.h"

#include <ostream>

namespace folio {

std::optional<DiagnosticFormat> parse_diagnostic_format(const std::string& name) {
  if (name == "human") return DiagnosticFormat::human;
  if (name == "short") return DiagnosticFormat::short_lines;
  if (name == "json") return DiagnosticFormat::json;
  return std::nullopt;
}

SplitMessage split_hint(const std::string& message) {
  // The readers' own form: "unknown element <jornal> in <issue>; did you mean <journal>?"
  if (const std::size_t semicolon = message.rfind("; did you mean ");
      semicolon != std::string::npos)
    return {message.substr(0, semicolon), message.substr(semicolon + 2)};
  if (message.empty() || message.back() != ')') return {message, ""};
  // The parenthesis that closes at the end, matched backwards so that one inside the hint
  // ("(it comes with Debian's libgs-common package: apt-get install libgs-common)") is kept.
  int depth = 0;
  for (std::size_t i = message.size(); i-- > 0;) {
    if (message[i] == ')') ++depth;
    if (message[i] == '(' && --depth == 0) {
      // Only a parenthesis after the message proper: "(did you mean ...)", not "f(x)".
      if (i == 0 || message[i - 1] != ' ') return {message, ""};
      return {message.substr(0, i - 1), message.substr(i + 1, message.size() - i - 2)};
    }
  }
  return {message, ""};
}

std::string diagnostic_json(const Diagnostic& d) {
  const SplitMessage split = split_hint(d.message);
  std::string out = "{\"file\": ";
  out += d.pos.file.empty() ? "null" : json_string(d.pos.file);
  out += ", \"line\": " + std::to_string(d.pos.line);
  out += ", \"column\": " + std::to_string(d.pos.column);
  out += std::string(", \"severity\": \"") + (d.severity == Severity::error ? "error" : "warning") +
         "\"";
  out += ", \"message\": " + json_string(split.message);
  out += ", \"hint\": " + (split.hint.empty() ? std::string("null") : json_string(split.hint));
  return out + "}";
}

void print_diagnostics(const Diagnostics& diags, DiagnosticFormat format, bool verbose,
                       bool warnings, std::ostream& out) {
  if (format == DiagnosticFormat::human) return diags.print(out, verbose, warnings);
  for (const Diagnostic& d : diags.all()) {
    if (d.severity == Severity::warning && !warnings) continue;
    if (format == DiagnosticFormat::json) {
      out << diagnostic_json(d) << '\n';
    } else {
      Diagnostic shortened = d;
      shortened.message = split_hint(d.message).message;
      out << shortened.format() << '\n';
    }
  }
}

}  // namespace folio
