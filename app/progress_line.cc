#include "app/progress_line.h"

#include <unistd.h>

namespace folio {
namespace {

// Straight to the file descriptor: the line must not wait in a buffer behind messages.
void write_err(const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(STDERR_FILENO, text.data() + done, text.size() - done);
    if (n <= 0) return;  // a progress line is worth no error of its own
    done += static_cast<std::size_t>(n);
  }
}

// A line wider than the terminal would wrap and no longer be overwritten by '\r'.
constexpr std::size_t kMaxWidth = 79;

}  // namespace

ProgressLine::ProgressLine(bool wanted)
    : shown_(wanted && ::isatty(STDERR_FILENO) == 1), created_(std::chrono::steady_clock::now()) {}

ProgressLine::~ProgressLine() { clear(); }

void ProgressLine::update(const std::string& text, bool now) {
  if (!shown_) return;
  const auto time = std::chrono::steady_clock::now();
  // A build that is over in half a second needs no line: it would only flicker.
  if (!now && !visible_ && time - created_ < std::chrono::milliseconds(500)) return;
  if (!now && visible_ && time - last_ < std::chrono::milliseconds(100)) return;
  last_ = time;
  std::string line = text;
  if (line.size() > kMaxWidth) {
    std::size_t cut = kMaxWidth - 3;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
    line = line.substr(0, cut) + "...";
  }
  write_err("\r" + line + "\033[K");  // \033[K: erase what a longer line left to the right
  visible_ = true;
}

void ProgressLine::clear() {
  if (!shown_ || !visible_) return;
  write_err("\r\033[K");
  visible_ = false;
}

}  // namespace folio
