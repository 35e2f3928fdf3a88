#pragma once
// SIGINT, SIGTERM and SIGHUP: the signals on which the main thread's handler removes the output's
// temporary file (app/output_file.cc) before folio dies of them. The main thread holds them back
// while the file and the handler's record of it change together; and every thread folio starts
// beside it (the PDF writer, the paragraphs set ahead, fontconfig's set-up, the self-check's
// second reading) is started while they are held, so that it keeps them blocked for good and
// leaves them to the main thread: a signal the kernel gave a helper while the main thread held
// them back would end folio with the file left behind.

#include <array>
#include <csignal>

namespace folio {

inline constexpr std::array<int, 3> kCleanupSignals = {SIGINT, SIGTERM, SIGHUP};

// While one is in scope, the calling thread blocks the cleanup signals; a thread started meanwhile
// inherits that mask from its first instruction, and keeps it.
class CleanupSignalsHeld {
 public:
  CleanupSignalsHeld();
  ~CleanupSignalsHeld();
  CleanupSignalsHeld(const CleanupSignalsHeld&) = delete;
  CleanupSignalsHeld& operator=(const CleanupSignalsHeld&) = delete;

 private:
  sigset_t previous_;
};

}  // namespace folio
