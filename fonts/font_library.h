#pragma once
// Finds faces by family, weight and slant through fontconfig, and owns every face loaded in a
// run, so each font file is opened once however many styles use it. Lookups may come from more
// than one thread (each setting paragraphs in a layout context of its own): they take turns,
// since fontconfig and the maps are not for sharing; a face found is only read after.

#include "fonts/face.h"
#include "fonts/font_spec.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace folio {

class FontLibrary {
 public:
  FontLibrary();
  ~FontLibrary();
  // Reads fontconfig's configuration and caches (some milliseconds), as the first lookup would:
  // a build has a thread do it while the issue is read (app/build_command.cc).
  static void set_up_fontconfig();
  FontLibrary(const FontLibrary&) = delete;
  FontLibrary& operator=(const FontLibrary&) = delete;

  // The face for `spec`, or null with `error` set: fontconfig always offers some font, so a
  // match whose family differs from the one asked for is refused, and the message names the
  // family and what fontconfig would have substituted.
  const Face* find(const FontSpec& spec, std::string* error);

  // A face from an explicit file, for tests and for fonts shipped beside a stylesheet.
  const Face* load_file(const std::string& path, int index, std::string* error);

  // Families fontconfig knows whose name contains `fragment` (case-insensitive), sorted.
  std::vector<std::string> families_like(const std::string& fragment) const;

 private:
  const Face* load_file_locked(const std::string& path, int index, std::string* error);

  mutable std::mutex mutex_;  // one lookup at a time
  std::map<FontSpec, const Face*> by_spec_;
  std::map<std::pair<std::string, int>, std::unique_ptr<Face>> by_file_;
};

}  // namespace folio
