#pragma once
// Where a build's time goes, by stage: process-wide totals that `folio build --timings` and the
// benchmark print. A ScopedStage charges the time until it ends to its stage; one begun inside
// another pauses the outer one, so the totals never count a second twice.

#include <array>
#include <cstddef>

namespace folio {

enum class Stage { read, compose, shape, break_lines, break_pages, write, count };

// "read", "compose", "shape", "break lines", "break pages", "write".
const char* stage_name(Stage stage);

// Seconds charged to each stage so far in this process, by every thread.
std::array<double, static_cast<std::size_t>(Stage::count)> stage_seconds();
void reset_stage_times();

class ScopedStage {
 public:
  explicit ScopedStage(Stage stage);
  ~ScopedStage();
  ScopedStage(const ScopedStage&) = delete;
  ScopedStage& operator=(const ScopedStage&) = delete;

 private:
  Stage outer_;
  bool had_outer_;
};

}  // namespace folio
