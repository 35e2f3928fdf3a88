#pragma once
// The compose stage: an issue and a style become the front-matter parts as blocks of styled
// text, in the order and with the styles the stylesheet's parts name.

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "input/issue.h"
#include "stylesheets/style.h"

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

}  // namespace folio
