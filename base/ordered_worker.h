#pragma once
// Work handed to one background thread and done there in the order it was handed, so that what
// it makes is the same whether it ran beside the caller or in the caller's own thread: the PDF
// writer deflates and files each page while layout sets the next (app/pdf_output.h).

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace folio {

class OrderedWorker {
 public:
  // `background`: the tasks run on a thread of their own; else each runs at once, in the
  // caller's thread. At most `capacity` tasks wait: beyond that the caller waits too, so what
  // the tasks hold stays bounded however far ahead the caller is.
  explicit OrderedWorker(bool background, std::size_t capacity = 4);
  // Lets the task under way finish and drops those still waiting (a build that failed).
  ~OrderedWorker();
  OrderedWorker(const OrderedWorker&) = delete;
  OrderedWorker& operator=(const OrderedWorker&) = delete;

  // Rethrows, in the caller's thread, what an earlier task threw; the tasks after it were
  // dropped.
  void run(std::function<void()> task);
  // Waits until every task handed so far is done; rethrows as run() does.
  void drain();

 private:
  void loop();
  void rethrow();  // with the lock held

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::function<void()>> tasks_;
  std::exception_ptr failure_;
  std::size_t capacity_;
  bool busy_ = false;
  bool stopping_ = false;
  std::thread thread_;  // last: started once the rest is ready
};

}  // namespace folio
