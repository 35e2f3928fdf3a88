#include "app/watch_command.h"

#include "app/input_files.h"
#include "app/proof_command.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <ostream>
#include <poll.h>
#include <set>
#include <sys/inotify.h>
#include <unistd.h>

namespace folio {
namespace {

namespace fs = std::filesystem;

// IN_MODIFY too: setting a file's modification time alone (touch -m) is reported as a write.
constexpr std::uint32_t kChanges =
    IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_ATTRIB;

// An inotify instance watching the directories of a set of files: editors often save by writing
// a new file and renaming it over the old, which a watch on the file itself would lose.
class DirectoryWatch {
 public:
  DirectoryWatch() : fd_(inotify_init1(IN_CLOEXEC | IN_NONBLOCK)) {}
  ~DirectoryWatch() {
    if (fd_ >= 0) close(fd_);
  }
  DirectoryWatch(const DirectoryWatch&) = delete;
  DirectoryWatch& operator=(const DirectoryWatch&) = delete;

  bool ok() const { return fd_ >= 0; }

  // Watches exactly the directories of `files` (and a listed directory itself: JATS articles).
  void watch(const std::vector<std::string>& files) {
    for (const auto& [wd, dir] : dirs_) inotify_rm_watch(fd_, wd);
    dirs_.clear();
    files_.clear();
    whole_dirs_.clear();
    std::set<std::string> dirs;
    for (const std::string& f : files) {
      std::error_code ec;
      const fs::path path = fs::absolute(f, ec).lexically_normal();
      if (fs::is_directory(path, ec)) {
        dirs.insert(path.string());
        whole_dirs_.insert(path.string());
      } else {
        dirs.insert(path.parent_path().string());
        files_.insert(path.string());
      }
    }
    for (const std::string& d : dirs) {
      const int wd = inotify_add_watch(fd_, d.c_str(), kChanges);
      if (wd >= 0) dirs_[wd] = d;
    }
  }

  // Waits up to `timeout_ms` (-1: for ever) for events; true when one concerns a watched file.
  bool wait(int timeout_ms) {
    pollfd p{fd_, POLLIN, 0};
    const int n = poll(&p, 1, timeout_ms);
    if (n <= 0) return false;
    bool relevant = false;
    alignas(inotify_event) char buffer[4096];
    for (;;) {
      const ssize_t got = read(fd_, buffer, sizeof buffer);
      if (got <= 0) break;
      for (ssize_t at = 0; at < got;) {
        inotify_event event;
        std::memcpy(&event, buffer + at, sizeof event);
        const std::string name =
            event.len ? std::string(buffer + at + sizeof event) : std::string();
        relevant = relevant || concerns(event.wd, name);
        at += static_cast<ssize_t>(sizeof event + event.len);
      }
    }
    return relevant;
  }

 private:
  bool concerns(int wd, const std::string& name) const {
    auto dir = dirs_.find(wd);
    if (dir == dirs_.end() || name.empty()) return false;
    if (whole_dirs_.count(dir->second)) return name.ends_with(".xml") || name.ends_with(".nxml");
    return files_.count((fs::path(dir->second) / name).string()) > 0;
  }

  int fd_;
  std::map<int, std::string> dirs_;   // watch descriptor -> directory
  std::set<std::string> files_;       // absolute paths of the watched files
  std::set<std::string> whole_dirs_;  // directories whose every article counts
};

}  // namespace

std::vector<std::string> watched_files(const IssueInput& input) {
  Diagnostics ignored;
  if (std::optional<Prepared> prepared = prepare({input, true}, ignored))
    return input_files(input, prepared->style);
  std::vector<std::string> files = input.paths;
  if (!input.meta_path.empty()) files.push_back(input.meta_path);
  if (!input.style_path.empty()) files.push_back(input.style_path);
  return files;
}

int run_watch(const WatchOptions& options, std::ostream& out, std::ostream& err) {
  DirectoryWatch watch;
  if (!watch.ok()) {
    err << "folio: error: cannot watch files: " << std::strerror(errno) << "\n";
    return kExitErrors;
  }
  const std::string& target = options.build.output_path;
  for (int build = 1;; ++build) {
    // Watched before the build, so that a change made while it runs starts the next one.
    watch.watch(watched_files(options.build.input));
    int status = kExitClean;
    if (options.proof_dir.empty()) {
      status = run_build(options.build, err);
    } else {
      ProofOptions proof{options.build, options.thumbnail_dpi, build, target};
      proof.build.output_path = options.proof_dir;
      status = run_proof(proof, out, err);
    }
    if (status == kExitClean) {
      out << "folio watch: build " << build << " ok: " << target << std::endl;
    } else {
      out << "folio watch: build " << build << " failed (exit status " << status
          << "), keeping the last good " << target << std::endl;
    }
    // Wait for a change, then for kDebounceMs of quiet.
    while (!watch.wait(-1)) {
    }
    while (watch.wait(kDebounceMs)) {
    }
  }
}

}  // namespace folio
