#pragma once
// The PDF writer as the pipeline's output: each page that passes the preflight is written and
// let go; a restart (the issue laid out again) begins a new document. With `background`, pages
// are deflated and filed on a thread of their own while layout sets the next ones; the writer
// gets the same calls in the same order either way, so the file is the same byte for byte.

#include "app/pipeline.h"
#include "base/ordered_worker.h"
#include "pdf/pdf_writer.h"

#include <memory>
#include <optional>
#include <string>

namespace folio {

class PdfOutput : public PageOutput {
 public:
  PdfOutput(PdfOptions options, bool background);

  void document(const DocumentInfo& info) override;
  void page(Page&& page, std::size_t index) override;
  void bookmark(const OutlineEntry& entry) override;
  void restart() override;

  // The file's bytes, or empty with `error` set.
  std::optional<std::string> finish(std::string* error);
  // Straight into a seekable file (PdfWriter::finish_into).
  bool finish_into(int fd, std::string* error, bool* write_failed);

 private:
  PdfOptions options_;
  std::unique_ptr<PdfWriter> writer_;  // touched by the worker's tasks only, until drained
  OrderedWorker worker_;               // last: its thread ends before the writer goes
};

}  // namespace folio
