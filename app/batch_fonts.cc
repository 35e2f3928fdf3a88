#include "app/batch_fonts.h"

#include "stylesheets/builtin.h"
#include "stylesheets/stylesheet_reader.h"

#include <set>

namespace folio {

void preload_faces(const std::vector<BatchIssue>& issues, FontLibrary& fonts) {
  std::set<std::string> paths;
  for (const BatchIssue& issue : issues) paths.insert(issue.options.input.style_path);
  for (const std::string& path : paths) {
    Diagnostics ignored;  // a stylesheet that cannot be read is its issue's error to report
    std::optional<Style> style =
        path.empty() ? read_stylesheet_xml(builtin_stylesheet(), builtin_stylesheet_name(), ignored)
                     : read_stylesheet_file(path, ignored);
    if (!style) continue;
    for (const auto& [name, paragraph] : style->paragraphs) {
      std::string error;  // a missing face is reported where the issue uses it
      fonts.find(paragraph.text.font, &error);
      for (const auto& [character_name, character] : style->characters)
        fonts.find(character.apply(paragraph.text).font, &error);
    }
  }
}

}  // namespace folio
