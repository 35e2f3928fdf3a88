#include "app/pdf_output.h"

#include <utility>

namespace folio {

PdfOutput::PdfOutput(PdfOptions options, bool background)
    : options_(std::move(options)),
      // Pages settle in bursts (the page breaker lets a run of them go once its paths meet): room
      // for a burst keeps layout from waiting on the writer. 32 pages of dense text are about
      // 4 MB: with 16, layout waited on the writer over a hundred times per 1,000 articles while
      // the contents and contributors were set (both cores then a third idle), and 32 took
      // 1.5 % off the build at no cost in peak memory (144 MB at 10,000 articles, 92 MiB for a
      // 200,000-word paragraph); with 64 the writer's backlog at the end ate the gain.
      worker_(background, 32) {
  // The writer is made by its own thread too: reading, digesting and deflating the output
  // profile (3 ms) go on while layout begins.
  worker_.run([this] { writer_ = std::make_unique<PdfWriter>(options_); });
}

void PdfOutput::document(const DocumentInfo& info) {
  worker_.run([this, info] { writer_->set_info(info); });
}

void PdfOutput::page(Page&& page, std::size_t index) {
  // Held by a shared pointer only because std::function must be copyable; nothing copies it.
  auto held = std::make_shared<Page>(std::move(page));
  worker_.run([this, held = std::move(held), index] { writer_->add_page(*held, index); });
}

void PdfOutput::bookmark(const OutlineEntry& entry) {
  worker_.run([this, entry] { writer_->add_bookmark(entry); });
}

void PdfOutput::restart() {
  worker_.run([this] { writer_ = std::make_unique<PdfWriter>(options_); });
}

std::optional<std::string> PdfOutput::finish(std::string* error) {
  worker_.drain();
  return writer_->finish(error);
}

bool PdfOutput::finish_into(int fd, std::string* error, bool* write_failed) {
  worker_.drain();
  return writer_->finish_into(fd, error, write_failed);
}

}  // namespace folio
