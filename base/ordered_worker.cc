#include "base/ordered_worker.h"

#include "base/cleanup_signals.h"

#include <utility>

namespace folio {

OrderedWorker::OrderedWorker(bool background, std::size_t capacity)
    : capacity_(capacity < 1 ? 1 : capacity) {
  if (background) {
    const CleanupSignalsHeld signals_left;  // for the thread started here
    thread_ = std::thread([this] { loop(); });
  }
}

OrderedWorker::~OrderedWorker() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    tasks_.clear();
  }
  changed_.notify_all();
  thread_.join();
}

void OrderedWorker::run(std::function<void()> task) {
  if (!thread_.joinable()) {
    task();
    return;
  }
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return tasks_.size() < capacity_ || failure_; });
  rethrow();
  tasks_.push_back(std::move(task));
  lock.unlock();
  changed_.notify_all();
}

void OrderedWorker::drain() {
  if (!thread_.joinable()) return;
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return (tasks_.empty() && !busy_) || failure_; });
  rethrow();
}

void OrderedWorker::rethrow() {
  if (!failure_) return;
  std::exception_ptr failure = std::exchange(failure_, nullptr);
  tasks_.clear();
  std::rethrow_exception(failure);
}

void OrderedWorker::loop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return stopping_ || (!tasks_.empty() && !failure_); });
    if (stopping_) return;
    std::function<void()> task = std::move(tasks_.front());
    tasks_.pop_front();
    busy_ = true;
    lock.unlock();
    changed_.notify_all();  // room for the caller's next task
    std::exception_ptr failure;
    try {
      task();
    } catch (...) {
      failure = std::current_exception();
    }
    task = nullptr;  // what it held goes now, not when the next one comes
    lock.lock();
    busy_ = false;
    if (failure) failure_ = failure;
    changed_.notify_all();
  }
}

}  // namespace folio
