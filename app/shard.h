#pragma once
// Spreading one batch over many machines with no coordinator: each machine builds one shard
// (app/batch_options.h: issue i goes to shard i mod N + 1). `--shard auto` takes K and N from
// the job system that started folio:
// - a Kubernetes Indexed Job: JOB_COMPLETION_INDEX (0-based, set by Kubernetes) and
//   JOB_COMPLETIONS (the Job's spec.completions, which the Job's manifest passes in its env);
// - a Slurm job array: SLURM_ARRAY_TASK_ID less SLURM_ARRAY_TASK_MIN, and
//   SLURM_ARRAY_TASK_COUNT (all three set by Slurm);
// - anything else (a CI matrix): FOLIO_SHARD_INDEX (0-based) and FOLIO_SHARD_COUNT.

#include "app/batch_options.h"
#include "app/manifest.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

// Empty with `error` set when none of the pairs is set, or one is not a valid shard.
std::optional<Shard> shard_from_environment(std::string* error);

// The issues of `shard`, in their order.
std::vector<BatchIssue> in_shard(std::vector<BatchIssue> issues, const Shard& shard);

}  // namespace folio
