#include "app/typeset.h"

#include "base/activity.h"
#include "base/limits.h"
#include "compose/compose.h"
#include "layout/layout.h"

namespace folio {

TypesetResult typeset(const Issue& issue, const Style& style, FontLibrary& fonts,
                      Diagnostics& diags) {
  TypesetResult result;
  PartFolios assumed;  // nothing known before the first layout
  LayoutContext context(fonts);
  const Activity laying_out("laying out the pages");
  for (int pass = 1; pass <= limits::kMaxPageNumberPasses; ++pass) {
    Diagnostics found;
    std::optional<ComposedIssue> composed = compose(issue, style, assumed, found);
    if (!composed) {
      for (const Diagnostic& d : found.all()) diags.add(d);
      return result;
    }
    LaidOutIssue laid = lay_out(*composed, context, found);
    const bool settled = laid.folios == assumed;
    if (settled || found.has_errors()) {
      for (const Diagnostic& d : found.all()) diags.add(d);
      if (!found.has_errors()) result.document = std::move(laid.document);
      return result;
    }
    if (pass == limits::kMaxPageNumberPasses) {
      for (const auto& [kind, folio] : laid.folios) {
        auto before = assumed.find(kind);
        if (before == assumed.end() || before->second != folio) result.moving.push_back(kind);
      }
      std::string names;
      for (const std::string& kind : result.moving) names += (names.empty() ? "" : ", ") + kind;
      diags.error({}, "the folios of the contents' entries did not settle after " +
                          std::to_string(limits::kMaxPageNumberPasses) +
                          " layouts; still moving: " + names);
      return result;
    }
    assumed = std::move(laid.folios);
  }
  return result;
}

}  // namespace folio
