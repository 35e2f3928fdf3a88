#pragma once
// One line on the terminal that says how far a long run has come ("folio: 7 of 20 issues done,
// building io-46-3/issue.xml"), rewritten in place. Only a person at a terminal sees it: when
// standard error is not a terminal (a log, a pipe, a CI job) or with --quiet, nothing of it is
// written, so logs hold messages only.

#include <chrono>
#include <string>

namespace folio {

class ProgressLine {
 public:
  // Shown when `wanted` and standard error is a terminal.
  explicit ProgressLine(bool wanted);
  ~ProgressLine();  // clears the line
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  bool shown() const { return shown_; }

  // Replaces the line; updates come at most ten times a second and not in the first half
  // second (a short build shows none), unless `now`.
  void update(const std::string& text, bool now = false);
  // Removes the line, so that a message can be printed on a clean line; the next update
  // writes it again.
  void clear();

 private:
  bool shown_;
  bool visible_ = false;
  std::chrono::steady_clock::time_point created_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace folio
