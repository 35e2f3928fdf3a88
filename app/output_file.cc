#include "app/output_file.h"

#include "base/cleanup_signals.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

namespace folio {
namespace {

// The temporary file being written, for the signal handler. A fixed buffer: a handler may call
// nothing that allocates. A build writes one file at a time; with several open, the handler
// guards the one opened last, until it is closed.
char g_temp_path[PATH_MAX];
volatile sig_atomic_t g_temp_exists = 0;
int g_temps_open = 0;  // the handler is installed while this is above 0

struct sigaction g_previous[kCleanupSignals.size()];

// Removes the temporary file, then dies of the signal as if folio had not caught it (the
// handler is installed with SA_RESETHAND).
extern "C" void remove_temp_and_die(int signal) {
  if (g_temp_exists) unlink(g_temp_path);
  raise(signal);
}

void install_cleanup() {
  if (g_temps_open++ > 0) return;
  struct sigaction action {};
  action.sa_handler = remove_temp_and_die;
  action.sa_flags = SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  for (std::size_t i = 0; i < kCleanupSignals.size(); ++i) {
    sigaction(kCleanupSignals[i], &action, &g_previous[i]);
  }
}

void remove_cleanup() {
  if (--g_temps_open > 0) return;
  for (std::size_t i = 0; i < kCleanupSignals.size(); ++i) {
    sigaction(kCleanupSignals[i], &g_previous[i], nullptr);
  }
}

// The temporary file's name: short whatever the target's length (a 250-byte name must still
// leave room), and unpredictable, so nobody can plant a link there beforehand.
std::string temp_name() {
  constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  constexpr std::size_t kRandom = 10;  // 36^10: about 52 bits
  unsigned char bytes[kRandom];
  if (getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes)) {
    // getrandom cannot fail for so few bytes once the kernel's pool is ready; if it ever does,
    // O_EXCL|O_NOFOLLOW still refuse whatever is planted at a guessed name.
    for (std::size_t i = 0; i < kRandom; ++i)
      bytes[i] = static_cast<unsigned char>(i * 7 + getpid());
  }
  std::string name = ".folio-";
  for (unsigned char b : bytes) name += kAlphabet[b % (sizeof kAlphabet - 1)];
  return name;
}

std::string directory_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

std::string input_overwritten_by(const std::string& target,
                                 const std::vector<std::string>& inputs) {
  struct stat out;
  if (target == kStandardOutput || ::stat(target.c_str(), &out) != 0) return "";
  for (const std::string& input : inputs) {
    struct stat in;
    if (::stat(input.c_str(), &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
      return input;
    }
  }
  return "";
}

std::string OutputFile::failure(const std::string& reason) const {
  if (target_ == kStandardOutput) return "cannot write to standard output: " + reason;
  return "cannot write '" + target_ + "': " + reason;
}

std::unique_ptr<OutputFile> OutputFile::open(const std::string& target, std::string* error) {
  std::unique_ptr<OutputFile> out(new OutputFile);
  out->target_ = target;
  if (target == kStandardOutput) {
    out->fd_ = STDOUT_FILENO;
    out->owns_fd_ = false;
    return out;
  }
  struct stat st;
  const bool exists = ::stat(target.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) {
    *error = out->failure(std::strerror(EISDIR));
    return nullptr;
  }
  if (exists && !S_ISREG(st.st_mode)) {
    // A device or a FIFO: written in place; replacing it would break whoever relies on it.
    out->fd_ = ::open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (out->fd_ < 0) {
      *error = out->failure(std::strerror(errno));
      return nullptr;
    }
    return out;
  }
  const std::string dir = directory_of(target);
  // Tries a few names: a clash with an existing file is (astronomically) unlikely, but not an
  // error.
  constexpr int kAttempts = 8;
  for (int attempt = 0; attempt < kAttempts && out->fd_ < 0; ++attempt) {
    const std::string temp = dir + "/" + temp_name();
    if (temp.size() >= sizeof g_temp_path) {
      *error = out->failure(std::strerror(ENAMETOOLONG));
      return nullptr;
    }
    const CleanupSignalsHeld held;  // the file and its record change together
    // Readable too: the PDF writer checks the file it wrote from here (pdf_writer.h).
    const int fd = ::open(temp.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0 && errno == EEXIST) continue;
    if (fd < 0) {
      *error = out->failure(std::strerror(errno));
      return nullptr;
    }
    out->fd_ = fd;
    out->temp_ = temp;
    std::memcpy(g_temp_path, temp.c_str(), temp.size() + 1);
    g_temp_exists = 1;
    install_cleanup();
  }
  if (out->fd_ < 0) {
    *error = out->failure(std::strerror(EEXIST));
    return nullptr;
  }
  // A replaced file keeps its permissions (a PDF shared with the printer stays readable).
  if (exists) fchmod(out->fd_, st.st_mode & 07777);
  return out;
}

bool OutputFile::commit(std::string* error) {
  if (!owns_fd_) return true;
  // Write errors of network and full file systems may surface only here.
  const bool synced = temp_.empty() || ::fsync(fd_) == 0;
  int failed = synced ? 0 : errno;
  if (::close(fd_) != 0 && !failed) failed = errno;
  fd_ = -1;
  if (!failed && !temp_.empty()) {
    const CleanupSignalsHeld held;  // the file and its record change together
    if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
      failed = errno;
    } else {
      g_temp_exists = 0;
      temp_.clear();
      remove_cleanup();
    }
  }
  if (failed) {
    *error = failure(std::strerror(failed));
    return false;
  }
  return true;
}

OutputFile::~OutputFile() {
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) {
    const CleanupSignalsHeld held;  // the file and its record change together
    ::unlink(temp_.c_str());
    g_temp_exists = 0;
    remove_cleanup();
  }
}

}  // namespace folio
