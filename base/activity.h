#pragma once
// What the run is doing ("reading issue.xml", "laying out the pages"), kept so that the one
// message folio can still give when memory runs out says where: main() catches std::bad_alloc
// and prints "out of memory while <activity>". Stages mark themselves with a scoped Activity.

namespace folio {

class Activity {
 public:
  // `what` is copied into a fixed buffer, so reading it back needs no memory.
  explicit Activity(const char* what);
  template <typename S>
  explicit Activity(const S& what) : Activity(what.c_str()) {}
  // Restores the enclosing activity, except while an exception unwinds the stack: then the
  // activity that failed stays for main() to report.
  ~Activity();
  Activity(const Activity&) = delete;
  Activity& operator=(const Activity&) = delete;

  // The innermost activity, or "starting" before any.
  static const char* current();

 private:
  static constexpr int kSize = 256;
  char previous_[kSize];
  int exceptions_;
};

}  // namespace folio
