#pragma once
// Faces by FontSpec for layout, each looked up once; a lookup that fails is reported once a
// layout (once for a family that is missing, whatever weights are asked of it), at the position
// of the first text that needed it, and later text in that font is skipped.

#include "base/diagnostics.h"
#include "fonts/font_library.h"
#include "layout/text/once_reports.h"

#include <map>
#include <string>

namespace folio {

class FontCache {
 public:
  // Failures are reported once as `reported` keeps count.
  FontCache(FontLibrary& library, OnceReports& reported) : library_(library), reported_(reported) {}

  // The face for `spec`, or null after reporting an error at `pos`.
  const Face* face(const FontSpec& spec, const SourcePos& pos, Diagnostics& diags);
  // The same without a report, for lookups that have a second choice.
  const Face* try_face(const FontSpec& spec);

 private:
  FontLibrary& library_;
  OnceReports& reported_;
  // A lookup, made once per spec whether it succeeded or not.
  struct Lookup {
    const Face* face = nullptr;
    std::string error;  // why it failed
  };
  Lookup& lookup(const FontSpec& spec);

  std::map<FontSpec, Lookup> faces_;
};

}  // namespace folio
