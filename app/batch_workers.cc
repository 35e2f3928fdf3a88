#include "app/batch_workers.h"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace folio {
namespace {

// A record is a sequence of fields, each "<length>:<bytes>"; a message is "<length>\n<record>".
void put(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

std::string number_text(double value) {
  char text[40];
  std::snprintf(text, sizeof text, "%.9g", value);
  return text;
}

class Fields {
 public:
  explicit Fields(const std::string& record) : record_(record) {}
  std::optional<std::string> next() {
    const std::size_t colon = record_.find(':', at_);
    if (colon == std::string::npos) return std::nullopt;
    std::size_t length = 0;
    auto [end, ec] = std::from_chars(record_.data() + at_, record_.data() + colon, length);
    if (ec != std::errc() || end != record_.data() + colon || length > record_.size() - colon - 1)
      return std::nullopt;
    std::string field = record_.substr(colon + 1, length);
    at_ = colon + 1 + length;
    return field;
  }
  template <typename T>
  bool next_number(T* value) {
    std::optional<std::string> text = next();
    if (!text) return false;
    if constexpr (std::is_floating_point_v<T>) {
      char* end = nullptr;
      *value = std::strtod(text->c_str(), &end);
      return end && *end == '\0' && !text->empty();
    } else {
      auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), *value);
      return ec == std::errc() && end == text->data() + text->size();
    }
  }
  bool done() const { return at_ == record_.size(); }

 private:
  const std::string& record_;
  std::size_t at_ = 0;
};

bool write_all_fd(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

struct Worker {
  pid_t pid = -1;
  int tasks = -1;    // the batch writes issue indexes here, one a line
  int results = -1;  // the worker writes messages here
  std::optional<std::size_t> building;
  std::string received;
};

// The worker's side: reads indexes until the batch closes the pipe.
[[noreturn]] void serve(int tasks, int results, const BuildIssue& build) {
  std::string pending;
  char chunk[256];
  for (;;) {
    std::size_t newline;
    while ((newline = pending.find('\n')) == std::string::npos) {
      const ssize_t n = ::read(tasks, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) ::_exit(0);
      pending.append(chunk, static_cast<std::size_t>(n));
    }
    std::size_t index = 0;
    std::from_chars(pending.data(), pending.data() + newline, index);
    pending.erase(0, newline + 1);
    const std::string record = encode_outcome(build(index));
    if (!write_all_fd(results, std::to_string(record.size()) + "\n" + record)) ::_exit(1);
  }
}

Worker start_worker(const BuildIssue& build, const std::vector<Worker>& others) {
  int tasks[2], results[2];
  if (::pipe(tasks) != 0) return {};
  if (::pipe(results) != 0) {
    ::close(tasks[0]);
    ::close(tasks[1]);
    return {};
  }
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);  // nothing buffered is written twice
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(tasks[1]);
    ::close(results[0]);
    // The other workers' pipes are theirs: holding them open would keep them from ending.
    for (const Worker& w : others) {
      if (w.tasks >= 0) ::close(w.tasks);
      if (w.results >= 0) ::close(w.results);
    }
    serve(tasks[0], results[1], build);
  }
  ::close(tasks[0]);
  ::close(results[1]);
  if (pid < 0) {
    ::close(tasks[1]);
    ::close(results[0]);
    return {};
  }
  return {pid, tasks[1], results[0], std::nullopt, {}};
}

// A whole message at the front of `received`, taken off it.
std::optional<std::string> take_message(std::string& received) {
  const std::size_t newline = received.find('\n');
  if (newline == std::string::npos) return std::nullopt;
  std::size_t length = 0;
  std::from_chars(received.data(), received.data() + newline, length);
  if (received.size() - newline - 1 < length) return std::nullopt;
  std::string record = received.substr(newline + 1, length);
  received.erase(0, newline + 1 + length);
  return record;
}

std::string how_it_died(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status))
    return std::string("its worker was killed by signal ") + std::to_string(WTERMSIG(status)) +
           " (" + strsignal(WTERMSIG(status)) + ")";
  return "its worker ended with status " + std::to_string(WEXITSTATUS(status));
}

}  // namespace

std::string encode_outcome(const IssueOutcome& o) {
  std::string out;
  put(out, std::to_string(o.status));
  put(out, o.output);
  put(out, std::to_string(o.pages));
  put(out, number_text(o.seconds));
  put(out, o.printed);
  put(out, std::to_string(o.diagnostics.size()));
  for (const Diagnostic& d : o.diagnostics) {
    put(out, d.severity == Severity::error ? "e" : "w");
    put(out, d.pos.file);
    put(out, std::to_string(d.pos.line));
    put(out, std::to_string(d.pos.column));
    put(out, d.message);
    put(out, d.kind);
  }
  for (double s : o.stage_seconds) put(out, number_text(s));
  return out;
}

bool decode_outcome(const std::string& record, IssueOutcome* o) {
  Fields f(record);
  std::optional<std::string> output, printed;
  std::size_t diagnostics = 0;
  if (!f.next_number(&o->status) || !(output = f.next()) || !f.next_number(&o->pages) ||
      !f.next_number(&o->seconds) || !(printed = f.next()) || !f.next_number(&diagnostics))
    return false;
  o->output = *output;
  o->printed = *printed;
  if (diagnostics > record.size()) return false;
  for (std::size_t i = 0; i < diagnostics; ++i) {
    Diagnostic d;
    std::optional<std::string> severity = f.next(), file;
    if (!severity || !(file = f.next()) || !f.next_number(&d.pos.line) ||
        !f.next_number(&d.pos.column))
      return false;
    std::optional<std::string> message = f.next(), kind;
    if (!message || !(kind = f.next())) return false;
    d.severity = *severity == "e" ? Severity::error : Severity::warning;
    d.pos.file = *file;
    d.message = *message;
    d.kind = *kind;
    o->diagnostics.push_back(std::move(d));
  }
  for (double& s : o->stage_seconds) {
    if (!f.next_number(&s)) return false;
  }
  return f.done();
}

std::vector<IssueOutcome> run_workers(std::size_t count, int jobs, const BuildIssue& build,
                                      const IssueStarted& started, const IssueDone& done) {
  std::vector<IssueOutcome> outcomes(count);
  std::size_t next = 0, finished = 0;
  std::vector<Worker> workers;
  // A worker that the batch writes to after it died must not kill the batch.
  struct sigaction ignore {
  }, previous{};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &previous);

  auto finish = [&](std::size_t index, IssueOutcome outcome) {
    outcomes[index] = std::move(outcome);
    ++finished;
    done(index, outcomes[index]);
  };
  auto give = [&](Worker& w) {
    if (next >= count) {
      ::close(w.tasks);
      w.tasks = -1;
      return;
    }
    w.building = next++;
    started(*w.building);
    if (!write_all_fd(w.tasks, std::to_string(*w.building) + "\n")) {
      ::close(w.tasks);
      w.tasks = -1;  // it has died: its pipe's end is seen below
    }
  };
  auto fail_to_start = [&](std::size_t index) {
    IssueOutcome failed;
    failed.diagnostics.push_back(
        {Severity::error, {}, std::string("cannot start a worker: ") + std::strerror(errno)});
    failed.printed = failed.diagnostics.back().format() + "\n";
    finish(index, std::move(failed));
  };

  const std::size_t wanted =
      std::min<std::size_t>(static_cast<std::size_t>(std::max(jobs, 1)), count);
  for (std::size_t i = 0; i < wanted; ++i) {
    Worker w = start_worker(build, workers);
    if (w.pid < 0) break;
    workers.push_back(std::move(w));
    give(workers.back());
  }
  if (workers.empty()) {
    while (next < count) fail_to_start(next++);
  }

  while (!workers.empty()) {
    std::vector<pollfd> fds;
    for (const Worker& w : workers) fds.push_back({w.results, POLLIN, 0});
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (std::size_t i = workers.size(); i-- > 0;) {
      if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      Worker& w = workers[i];
      char chunk[1 << 16];
      const ssize_t n = ::read(w.results, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n > 0) {
        w.received.append(chunk, static_cast<std::size_t>(n));
        while (std::optional<std::string> record = take_message(w.received)) {
          IssueOutcome outcome;
          const std::size_t index = w.building.value_or(0);
          if (!decode_outcome(*record, &outcome)) {
            outcome = {};
            outcome.diagnostics.push_back({Severity::error, {}, "a worker sent a broken record"});
          }
          w.building.reset();
          finish(index, std::move(outcome));
          give(w);
        }
        continue;
      }
      // The worker has ended: after its last issue, or in the middle of one.
      ::close(w.results);
      if (w.tasks >= 0) ::close(w.tasks);
      const std::string death = how_it_died(w.pid);
      const std::optional<std::size_t> lost = w.building;
      workers.erase(workers.begin() + static_cast<std::ptrdiff_t>(i));
      if (lost) {
        IssueOutcome failed;
        failed.diagnostics.push_back(
            {Severity::error, {}, "the build stopped before it ended: " + death});
        failed.printed = failed.diagnostics.back().format() + "\n";
        finish(*lost, std::move(failed));
        if (next < count) {
          Worker replacement = start_worker(build, workers);
          if (replacement.pid >= 0) {
            workers.push_back(std::move(replacement));
            give(workers.back());
          }
        }
      }
      break;  // `fds` no longer matches `workers`
    }
    if (workers.empty()) {
      while (next < count) fail_to_start(next++);
    }
  }
  ::sigaction(SIGPIPE, &previous, nullptr);
  (void)finished;
  return outcomes;
}

}  // namespace folio
