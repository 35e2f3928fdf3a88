#pragma once
// Where a build's PDF goes, written so that a nightly build running as root can neither lose a
// file nor leave a broken one behind:
// - a regular file (or a name not yet taken) is written to a new temporary file in the same
//   directory, created with O_CREAT|O_EXCL|O_NOFOLLOW under a short unpredictable name, and
//   renamed over the target only once every byte is on disk; on any error, and on SIGINT,
//   SIGTERM or SIGHUP, the temporary file is removed;
// - anything else that exists (a device such as /dev/null, a FIFO) is written directly, never
//   replaced; "-" is standard output;
// - a target that is one of the build's inputs (the same file, by device and inode) is refused.

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace folio {

// The name that means standard output.
constexpr const char* kStandardOutput = "-";

// The input `target` would overwrite (the same device and inode, through any link), or empty.
std::string input_overwritten_by(const std::string& target, const std::vector<std::string>& inputs);

class OutputFile {
 public:
  // Opens `target` for writing; null with `error` set ("cannot write 'out/x.pdf': Permission
  // denied") when it cannot be.
  static std::unique_ptr<OutputFile> open(const std::string& target, std::string* error);
  // Without commit(): the temporary file is removed and the target left as it was.
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  int fd() const { return fd_; }
  const std::string& target() const { return target_; }

  // Writes everything out: syncs and renames the temporary file into place, or closes the
  // device. False with the error, naming the target, when any of it fails.
  bool commit(std::string* error);

  // The error message for a failed write of the target: "cannot write 'x.pdf': <reason>".
  std::string failure(const std::string& reason) const;

 private:
  OutputFile() = default;

  std::string target_;
  std::string temp_;  // empty when writing directly
  int fd_ = -1;
  bool owns_fd_ = true;  // false for standard output
};

}  // namespace folio
