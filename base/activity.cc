#include "base/activity.h"

#include <algorithm>
#include <cstring>
#include <exception>

namespace folio {
namespace {

char g_current[256] = "starting";

// Copies as much of `from` as fits, always terminated.
void copy(char* to, const char* from, std::size_t size) {
  const std::size_t n = std::min(std::strlen(from), size - 1);
  std::memcpy(to, from, n);
  to[n] = '\0';
}

}  // namespace

Activity::Activity(const char* what) : exceptions_(std::uncaught_exceptions()) {
  copy(previous_, g_current, kSize);
  copy(g_current, what, sizeof g_current);
}

Activity::~Activity() {
  if (std::uncaught_exceptions() == exceptions_) copy(g_current, previous_, sizeof g_current);
}

const char* Activity::current() { return g_current; }

}  // namespace folio
