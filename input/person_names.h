#pragma once
// When two bylines name the same person: sources spell one contributor differently from one
// article to the next ("deVries", "DeVries"; "Jose", "José"), and the contributors page must
// list them once.

#include "input/issue.h"

#include <string>
#include <string_view>

namespace folio {

// The text without accents and case: "DeVries" and "deVries" give "devries", "José" "jose".
std::string folded(std::string_view text);

// The same given and family names, compared folded.
bool same_person_name(const PersonName& a, const PersonName& b);

// "0000-0002-1825-0097" from "https://orcid.org/0000-0002-1825-0097", "orcid.org/..." or the
// bare id; empty when the text holds no ORCID iD.
std::string orcid_id(std::string_view text);

}  // namespace folio
