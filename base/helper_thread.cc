#include "base/helper_thread.h"

#include <initializer_list>
#include <pthread.h>

namespace folio {

HelperThreadStart::HelperThreadStart() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set, s);
  pthread_sigmask(SIG_BLOCK, &set, &previous_);
}

HelperThreadStart::~HelperThreadStart() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

}  // namespace folio
