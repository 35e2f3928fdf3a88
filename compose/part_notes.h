#pragma once
// What compose tells the production editor about the parts beyond what it prints: a part left
// out because the issue has nothing for it, and translations the stylesheet chose not to print.

#include "base/diagnostics.h"
#include "input/issue.h"
#include "stylesheets/style.h"

#include <string>

namespace folio {

// Why the part has nothing to print for this issue ("the articles have no abstracts"); empty
// when it has something. Such a part is left out, and out of the contents.
std::string nothing_to_print(const Issue& issue, const PartStyle& part);

// One warning counting the translated titles and abstracts of the issue that were not
// printed, and their languages; none when every one was.
void note_unprinted_translations(const Issue& issue, int titles_printed, int abstracts_printed,
                                 Diagnostics& diags);

}  // namespace folio
