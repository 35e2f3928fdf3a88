#pragma once
// What a batch reports when it is done: the one line a person reads ("folio: 19 built, 1 failed,
// 4 warnings, 212 pages, 38.1 s") and the JSON a program reads (--summary, docs/batch-json.md).

#include "app/batch_workers.h"
#include "app/manifest.h"

#include <string>
#include <vector>

namespace folio {

struct BatchTotals {
  std::size_t built = 0, failed = 0, warnings = 0, pages = 0;
  double seconds = 0;  // the batch's own time, from start to end, not the sum of its issues'
  int exit = 0;        // 0 all built, 1 any failed, 4 none failed but some did not settle
};

BatchTotals batch_totals(const std::vector<IssueOutcome>& outcomes, double seconds);

std::string summary_line(const BatchTotals& totals);

std::string summary_json(const std::vector<BatchIssue>& issues,
                         const std::vector<IssueOutcome>& outcomes, const BatchTotals& totals);

}  // namespace folio
