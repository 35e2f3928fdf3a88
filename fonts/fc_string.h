#pragma once
// A string property of a fontconfig pattern (FC_FAMILY, FC_FILE, FC_STYLE), copied out.

#include <fontconfig/fontconfig.h>

#include <string>

namespace folio {

// The `n`-th value of `object`; empty when the pattern has none.
inline std::string fc_string(FcPattern* p, const char* object, int n = 0) {
  FcChar8* value = nullptr;
  if (FcPatternGetString(p, object, n, &value) != FcResultMatch || !value) return "";
  return reinterpret_cast<const char*>(value);
}

}  // namespace folio
