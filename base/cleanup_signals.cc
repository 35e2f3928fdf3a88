#include "base/cleanup_signals.h"

#include <pthread.h>

namespace folio {

CleanupSignalsHeld::CleanupSignalsHeld() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : kCleanupSignals) sigaddset(&set, s);
  pthread_sigmask(SIG_BLOCK, &set, &previous_);
}

CleanupSignalsHeld::~CleanupSignalsHeld() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

}  // namespace folio
