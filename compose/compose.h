#pragma once
// The compose stage: an issue and a style become the front-matter parts as blocks of styled
// text, in the order and with the styles the stylesheet's parts name.

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "input/issue.h"
#include "stylesheets/style.h"

#include <memory>
#include <optional>

namespace folio {

// Reports a part whose role has no style, or whose master does not exist, as errors at the
// part's position in the stylesheet; the result is empty when there was any.
// `folios` are the parts' folios from a previous layout, for a contents page that lists the
// front-matter parts themselves (its `list-parts` option); unknown ones are set as "?".
std::optional<ComposedIssue> compose(const Issue& issue, const Style& style,
                                     const PartFolios& folios, Diagnostics& diags);

// Part `index` of the stylesheet's parts alone, for a part laid out again when the folios it
// shows have moved.
std::optional<ComposedPart> compose_part(const Issue& issue, const Style& style, std::size_t index,
                                         const PartFolios& folios, Diagnostics& diags);

// compose(), a part at a time, so that a long issue's parts are never all held at once: the
// layout takes each part as it comes and lets it go. The diagnostics are the same, in the same
// order.
class IssueComposer {
 public:
  IssueComposer(const Issue& issue, const Style& style, const PartFolios& folios,
                Diagnostics& diags);
  ~IssueComposer();
  IssueComposer(const IssueComposer&) = delete;
  IssueComposer& operator=(const IssueComposer&) = delete;

  // The issue's title, subject and hyphenation words; its parts stay empty.
  const ComposedIssue& header() const { return header_; }
  // The next part in the stylesheet's order; false when there are no more. After an error
  // (reported) `part` stays empty, and the remaining parts are still composed for what they
  // would report.
  bool next(std::optional<ComposedPart>& part);
  // After the last part: false if anything was an error; otherwise the notes on the whole.
  bool finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
  Diagnostics& diags_;
  int errors_before_;
  ComposedIssue header_;
};

}  // namespace folio
