#include "base/ordered_worker.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <csignal>
#include <pthread.h>
#include <stdexcept>
#include <thread>
#include <vector>

using folio::OrderedWorker;

TEST_CASE("an ordered worker runs its tasks in the order handed, on its own thread or inline",
          "[worker]") {
  for (bool background : {false, true}) {
    INFO("background " << background);
    std::vector<int> done;
    std::thread::id ran_on;
    {
      OrderedWorker worker(background, 2);
      for (int i = 0; i < 100; ++i) {
        worker.run([&, i] {
          done.push_back(i);  // one task at a time: no lock needed
          ran_on = std::this_thread::get_id();
        });
      }
      worker.drain();
      REQUIRE(done.size() == 100);
      for (int i = 0; i < 100; ++i) CHECK(done[i] == i);
      CHECK((ran_on == std::this_thread::get_id()) == !background);
    }
  }
}

TEST_CASE("an ordered worker never lets more tasks wait than its capacity", "[worker]") {
  OrderedWorker worker(true, 3);
  std::atomic<int> handed = 0, started = 0;
  std::atomic<bool> release = false;
  std::thread caller([&] {
    for (int i = 0; i < 10; ++i) {
      worker.run([&] {
        ++started;
        while (!release) std::this_thread::yield();
      });
      ++handed;
    }
  });
  // The first task blocks the worker: three more wait, and the caller waits to hand a fifth.
  while (handed < 4) std::this_thread::yield();
  for (int spin = 0; spin < 100000; ++spin) std::this_thread::yield();
  CHECK(handed == 4);
  CHECK(started == 1);
  release = true;
  caller.join();
  worker.drain();
  CHECK(started == 10);
}

TEST_CASE("a task's exception comes back to the caller, and the tasks after it are dropped",
          "[worker]") {
  for (bool background : {false, true}) {
    INFO("background " << background);
    OrderedWorker worker(background);
    int ran = 0;
    worker.run([&] { ++ran; });
    REQUIRE_THROWS_WITH(
        [&] {
          worker.run([] { throw std::runtime_error("disk full"); });
          worker.drain();
        }(),
        "disk full");
    // Handed after the failure was reported: it runs.
    worker.run([&] { ++ran; });
    worker.drain();
    CHECK(ran == 2);
  }
}

namespace {

bool blocks_sigterm() {
  sigset_t now;
  pthread_sigmask(SIG_BLOCK, nullptr, &now);
  return sigismember(&now, SIGTERM) == 1;
}

}  // namespace

// The main thread's handler removes the output's temporary file (app/output_file.cc): a helper
// thread that took SIGTERM while the main thread held it back would end folio with the file left.
TEST_CASE("a worker's thread leaves SIGTERM to the thread that started it", "[worker]") {
  REQUIRE_FALSE(blocks_sigterm());
  std::atomic<bool> blocked_there = false;
  {
    OrderedWorker worker(true, 2);
    worker.run([&] { blocked_there = blocks_sigterm(); });
    worker.drain();
  }
  CHECK(blocked_there);
  CHECK_FALSE(blocks_sigterm());  // the caller's own mask is as it was
}
