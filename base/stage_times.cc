#include "base/stage_times.h"

#include <atomic>
#include <chrono>

namespace folio {
namespace {

using Clock = std::chrono::steady_clock;

std::array<std::atomic<long long>, static_cast<std::size_t>(Stage::count)> g_nanoseconds{};

// The stage this thread is in, and since when it has been charged.
thread_local bool t_in_stage = false;
thread_local Stage t_stage = Stage::read;
thread_local Clock::time_point t_since;

void charge(Clock::time_point now) {
  if (!t_in_stage) return;
  g_nanoseconds[static_cast<std::size_t>(t_stage)] +=
      std::chrono::duration_cast<std::chrono::nanoseconds>(now - t_since).count();
}

}  // namespace

const char* stage_name(Stage stage) {
  switch (stage) {
    case Stage::read:
      return "read";
    case Stage::compose:
      return "compose";
    case Stage::shape:
      return "shape";
    case Stage::break_lines:
      return "break lines";
    case Stage::break_pages:
      return "break pages";
    case Stage::write:
      return "write";
    case Stage::count:
      break;
  }
  return "";
}

std::array<double, static_cast<std::size_t>(Stage::count)> stage_seconds() {
  std::array<double, static_cast<std::size_t>(Stage::count)> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = g_nanoseconds[i].load() * 1e-9;
  return out;
}

void reset_stage_times() {
  for (auto& n : g_nanoseconds) n = 0;
}

ScopedStage::ScopedStage(Stage stage) : outer_(t_stage), had_outer_(t_in_stage) {
  const Clock::time_point now = Clock::now();
  charge(now);
  t_in_stage = true;
  t_stage = stage;
  t_since = now;
}

ScopedStage::~ScopedStage() {
  const Clock::time_point now = Clock::now();
  charge(now);
  t_in_stage = had_outer_;
  t_stage = outer_;
  t_since = now;
}

}  // namespace folio
