#pragma once
// Running heads and folios: each page's label (its folio, whether printed or not), and the
// page master's header and footer lines set with the page's fields filled in. Blank versos and,
// unless the part asks otherwise, a part's opening page carry none.

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "layout/text/layout_context.h"
#include "layout/pages/page.h"
#include "layout/pages/page_builder.h"

#include <vector>

namespace folio {

void add_running_lines(Document& doc, const std::vector<PagePlan>& plans,
                       const ComposedIssue& issue, LayoutContext& context, Diagnostics& diags);

// {journal}, {issue}, {part} and {folio} replaced by their values; other text kept as it is.
std::string fill_fields(const std::string& text, const std::string& journal,
                        const std::string& issue, const std::string& part,
                        const std::string& folio);

}  // namespace folio
