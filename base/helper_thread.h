#pragma once
// Threads folio starts beside the main one (the PDF writer, the paragraphs set ahead,
// fontconfig's set-up, the self-check's second reading) leave SIGINT, SIGTERM and SIGHUP to the
// main thread. Its handler removes the output's temporary file (app/output_file.cc), and it
// holds those signals back while the file and its record of it change together: a signal the
// kernel gave another thread meanwhile would end folio with the file left behind.

#include <csignal>

namespace folio {

// While one is in scope, the calling thread blocks SIGINT, SIGTERM and SIGHUP; a thread started
// meanwhile inherits that mask from its first instruction, and keeps it.
class HelperThreadStart {
 public:
  HelperThreadStart();
  ~HelperThreadStart();
  HelperThreadStart(const HelperThreadStart&) = delete;
  HelperThreadStart& operator=(const HelperThreadStart&) = delete;

 private:
  sigset_t previous_;
};

}  // namespace folio
