#pragma once
// What the readers of other formats (JATS, Crossref, OJS) cannot refuse but a production editor
// must hear about: articles that lost their authors on the way.

#include "base/diagnostics.h"
#include "input/issue.h"

#include <string_view>

namespace folio {

// Whether an article of this type is expected to have no byline: an editorial, a correction,
// an erratum, a retraction.
bool is_authorless_type(std::string_view type);

// An issue without articles is an error (an OJS export may list an issue that has none yet);
// an article without authors whose type does not explain it is a warning.
void check_articles(const Issue& issue, Diagnostics& diags);

}  // namespace folio
