#include "app/batch_summary.h"

#include "app/json_string.h"
#include "app/pipeline.h"

#include <cstdio>

namespace folio {
namespace {

std::string seconds_text(double s) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", s);
  return text;
}

std::string tenths(double s) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", s);
  return text;
}

std::string messages_json(const std::vector<Diagnostic>& all, Severity severity) {
  std::string out = "[";
  for (const Diagnostic& d : all) {
    if (d.severity != severity) continue;
    out += (out.size() > 1 ? ", " : "") + std::string("{\"where\": ") +
           json_string(where_text(d.pos)) + ", \"message\": " + json_string(d.message) + "}";
  }
  return out + "]";
}

std::size_t warnings_of(const IssueOutcome& o) {
  std::size_t n = 0;
  for (const Diagnostic& d : o.diagnostics) n += d.severity == Severity::warning;
  return n;
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

BatchTotals batch_totals(const std::vector<IssueOutcome>& outcomes, double seconds) {
  BatchTotals t;
  t.seconds = seconds;
  bool unsettled = false;
  for (const IssueOutcome& o : outcomes) {
    if (o.status == kExitClean) {
      ++t.built;
      t.pages += o.pages;
    } else {
      ++t.failed;
      if (o.status == kExitUnsettled) {
        unsettled = true;
      } else {
        t.exit = kExitErrors;
      }
    }
    t.warnings += warnings_of(o);
  }
  if (t.exit == 0 && unsettled) t.exit = kExitUnsettled;
  return t;
}

std::string summary_line(const BatchTotals& t) {
  return "folio: " + std::to_string(t.built) + " built, " + std::to_string(t.failed) + " failed, " +
         plural(t.warnings, "warning", "warnings") + ", " + plural(t.pages, "page", "pages") +
         ", " + tenths(t.seconds) + " s";
}

std::string summary_json(const std::vector<BatchIssue>& issues,
                         const std::vector<IssueOutcome>& outcomes, const BatchTotals& t) {
  std::string out = "{\n  \"issues\": [";
  for (std::size_t i = 0; i < issues.size(); ++i) {
    const IssueOutcome& o = outcomes[i];
    const bool ok = o.status == kExitClean;
    out += std::string(i ? "," : "") + "\n    {\"input\": " + json_string(issues[i].label) +
           ", \"status\": \"" + (ok ? "ok" : "failed") +
           "\", \"exit\": " + std::to_string(o.status) +
           ", \"output\": " + (ok ? json_string(o.output) : "null") +
           ", \"pages\": " + std::to_string(ok ? o.pages : 0) +
           ", \"warnings\": " + messages_json(o.diagnostics, Severity::warning) +
           ", \"errors\": " + messages_json(o.diagnostics, Severity::error) +
           ", \"seconds\": " + seconds_text(o.seconds) + "}";
  }
  out += issues.empty() ? "],\n" : "\n  ],\n";
  out += "  \"summary\": {\"issues\": " + std::to_string(issues.size()) +
         ", \"built\": " + std::to_string(t.built) + ", \"failed\": " + std::to_string(t.failed) +
         ", \"warnings\": " + std::to_string(t.warnings) +
         ", \"pages\": " + std::to_string(t.pages) + ", \"seconds\": " + seconds_text(t.seconds) +
         ", \"exit\": " + std::to_string(t.exit) + "}\n}\n";
  return out;
}

}  // namespace folio
