#include "app/fonts_command.h"

#include "app/command_line.h"
#include "fonts/font_list.h"

#include <ostream>

namespace folio {

int run_fonts(const std::string& family, std::ostream& out, std::ostream& err) {
  const std::vector<ListedFace> faces = usable_faces(family);
  if (!family.empty() && faces.empty()) {
    std::vector<std::string> families;
    for (const ListedFace& f : usable_faces("")) {
      if (families.empty() || families.back() != f.family) families.push_back(f.family);
    }
    err << "folio: error: no font family '" << family << "' that folio can use"
        << did_you_mean(family, families) << "\n";
    return 1;
  }
  if (family.empty()) {
    // One line a family: its name, then its faces.
    for (std::size_t i = 0; i < faces.size();) {
      const std::string& name = faces[i].family;
      out << name << ":";
      std::string last;
      for (; i < faces.size() && faces[i].family == name; ++i) {
        if (faces[i].style == last) continue;
        out << (last.empty() ? " " : ", ") << faces[i].style;
        last = faces[i].style;
      }
      out << "\n";
    }
    return 0;
  }
  for (const ListedFace& f : faces) {
    out << f.family << "\tweight " << f.weight << "\t"
        << (f.slant == Slant::italic ? "italic" : "upright") << "\t" << f.style << "\t" << f.file;
    if (f.index != 0) out << " (face " << f.index << ")";
    out << "\n";
  }
  return 0;
}

}  // namespace folio
