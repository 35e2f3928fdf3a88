#pragma once
// The files a build reads: the issue file (or the JATS articles, or the Crossref deposit), the
// issue-meta file and the stylesheet. One list, for the PDF's date (the newest of them), for the
// check that the output overwrites none of them, and for a dependency listing.

#include "app/issue_input.h"
#include "stylesheets/style.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace folio {

// In reading order; JATS directories stand for their *.xml files. The built-in stylesheet is
// no file and is not listed.
std::vector<std::string> input_files(const IssueInput& input, const Style& style);

// The newest modification time of `files`, in whole seconds since the epoch; 0 for none.
std::int64_t newest_modification(const std::vector<std::string>& files);

// The date of the build's PDF: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the
// newest input's modification time, so that the same inputs always give the same bytes. Empty
// with `error` set when SOURCE_DATE_EPOCH is not a number of seconds folio can write.
std::optional<std::int64_t> build_date(const std::vector<std::string>& inputs, std::string* error);

}  // namespace folio
