#pragma once
// The PDF writer as the pipeline's output: each page that passes the preflight is written at
// once and let go; a restart (the issue laid out again) begins a new document.

#include "app/pipeline.h"
#include "pdf/pdf_writer.h"

#include <memory>
#include <optional>
#include <string>

namespace folio {

class PdfOutput : public PageOutput {
 public:
  explicit PdfOutput(PdfOptions options)
      : options_(std::move(options)), writer_(std::make_unique<PdfWriter>(options_)) {}

  void document(const DocumentInfo& info) override { writer_->set_info(info); }
  void page(const Page& page, std::size_t index) override { writer_->add_page(page, index); }
  void bookmark(const OutlineEntry& entry) override { writer_->add_bookmark(entry); }
  void restart() override { writer_ = std::make_unique<PdfWriter>(options_); }

  // The file's bytes, or empty with `error` set.
  std::optional<std::string> finish(std::string* error) { return writer_->finish(error); }
  // Straight into a seekable file (PdfWriter::finish_into).
  bool finish_into(int fd, std::string* error, bool* write_failed) {
    return writer_->finish_into(fd, error, write_failed);
  }

 private:
  PdfOptions options_;
  std::unique_ptr<PdfWriter> writer_;
};

}  // namespace folio
