#include "base/file_name.h"

#include <mutex>
#include <unordered_set>

namespace folio {
namespace {

// Never shrinks: positions hold pointers into it until the process ends. A `folio batch`
// worker thread may read issues while another does, so it is guarded.
struct Names {
  std::mutex mutex;
  std::unordered_set<std::string> set;
};

Names& names() {
  static Names* n = new Names;  // never destroyed: positions may outlive static destructors
  return *n;
}

const std::string& no_name() {
  static const std::string empty;
  return empty;
}

}  // namespace

FileName::FileName(std::string_view name) {
  if (name.empty()) return;
  Names& n = names();
  std::lock_guard<std::mutex> lock(n.mutex);
  name_ = &*n.set.emplace(name).first;
}

const std::string& FileName::str() const { return name_ ? *name_ : no_name(); }

}  // namespace folio
