#include "app/shard.h"

#include <charconv>
#include <cstdlib>

namespace folio {
namespace {

// The variable's value, or -1 when it is not set or not a number of 0 or more.
long number(const char* name) {
  const char* text = std::getenv(name);
  if (!text || !*text) return -1;
  long value = 0;
  const char* end = text + std::char_traits<char>::length(text);
  auto [stop, ec] = std::from_chars(text, end, value);
  if (ec != std::errc() || stop != end || value < 0) return -1;
  return value;
}

// A 0-based index and a count, checked.
std::optional<Shard> shard_of(const char* index_name, long index, const char* count_name,
                              long count, std::string* error) {
  if (count < 1 || index < 0 || index >= count || count > 1000000) {
    *error = std::string("--shard auto: ") + index_name + " and " + count_name +
             " do not give a shard (an index from 0 to the count less 1)";
    return std::nullopt;
  }
  return Shard{static_cast<int>(index) + 1, static_cast<int>(count)};
}

}  // namespace

std::optional<Shard> shard_from_environment(std::string* error) {
  if (std::getenv("JOB_COMPLETION_INDEX")) {
    return shard_of("JOB_COMPLETION_INDEX", number("JOB_COMPLETION_INDEX"), "JOB_COMPLETIONS",
                    number("JOB_COMPLETIONS"), error);
  }
  if (std::getenv("SLURM_ARRAY_TASK_ID")) {
    const long id = number("SLURM_ARRAY_TASK_ID"), min = number("SLURM_ARRAY_TASK_MIN");
    const long index = id >= 0 && min >= 0 ? id - min : -1;
    return shard_of("SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN", index, "SLURM_ARRAY_TASK_COUNT",
                    number("SLURM_ARRAY_TASK_COUNT"), error);
  }
  if (std::getenv("FOLIO_SHARD_INDEX")) {
    return shard_of("FOLIO_SHARD_INDEX", number("FOLIO_SHARD_INDEX"), "FOLIO_SHARD_COUNT",
                    number("FOLIO_SHARD_COUNT"), error);
  }
  *error =
      "--shard auto: none of JOB_COMPLETION_INDEX (Kubernetes), SLURM_ARRAY_TASK_ID (Slurm) or "
      "FOLIO_SHARD_INDEX is set";
  return std::nullopt;
}

std::vector<BatchIssue> in_shard(std::vector<BatchIssue> issues, const Shard& shard) {
  std::vector<BatchIssue> out;
  for (std::size_t i = 0; i < issues.size(); ++i) {
    if (static_cast<int>(i % static_cast<std::size_t>(shard.count)) == shard.index - 1)
      out.push_back(std::move(issues[i]));
  }
  return out;
}

}  // namespace folio
