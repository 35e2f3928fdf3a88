#include "base/files_read.h"

#include <mutex>
#include <set>

namespace folio {
namespace {

// One list per process: a batch builds each issue in a worker process of its own (app/batch).
// The mutex keeps a tool that lays out on several threads safe.
std::mutex g_mutex;
std::set<std::string>& used() {
  static std::set<std::string> files;
  return files;
}

}  // namespace

void note_file_used(const std::string& path) {
  const std::lock_guard<std::mutex> lock(g_mutex);
  used().insert(path);
}

std::vector<std::string> files_used() {
  const std::lock_guard<std::mutex> lock(g_mutex);
  return {used().begin(), used().end()};
}

void reset_files_used() {
  const std::lock_guard<std::mutex> lock(g_mutex);
  used().clear();
}

}  // namespace folio
