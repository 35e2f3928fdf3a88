#include "stylesheets/geometry.h"

#include "stylesheets/units.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace folio {
namespace {

Pt text_width(const PageMaster& m) { return m.width - m.margin_inside - m.margin_outside; }
Pt text_height(const PageMaster& m) { return m.height - m.margin_top - m.margin_bottom; }

Pt column_width(Pt measure, int columns, Pt gap) {
  columns = std::max(1, columns);
  return (measure - gap * (columns - 1)) / columns;
}

class GeometryCheck {
 public:
  GeometryCheck(const Style& style, Diagnostics& diags) : style_(style), diags_(diags) {}

  void run() {
    for (const auto& [name, master] : style_.masters) check_master(master);
    for (const PartStyle& part : style_.parts) check_part(part);
  }

 private:
  void error(const SourcePos& pos, const std::string& message) {
    // A style used by several roles is told once per master, not once per role.
    if (said_.insert(message).second) diags_.error(pos, message);
  }

  void check_master(const PageMaster& m) {
    const std::string what = "page-master '" + m.name + "'";
    if (m.bleed > m.width || m.bleed > m.height) {
      error(m.pos, what + ": its bleed of " + format_points(m.bleed) +
                       " is larger than the page (" + format_points(m.width) + " by " +
                       format_points(m.height) + ")");
    }
    // Margins that meet are reported by the reader; the columns are this check's business.
    if (text_width(m) <= Pt(0)) return;
    const Pt column = column_width(text_width(m), m.columns, m.column_gap);
    if (column <= Pt(0)) {
      error(m.pos, what + ": " + std::to_string(m.columns) + " columns " +
                       format_points(m.column_gap) + " apart leave each column " +
                       format_points(column) + " wide in a text block of " +
                       format_points(text_width(m)));
    }
  }

  // Every paragraph style a part sets text in must have room for a line on each of its masters.
  void check_part(const PartStyle& part) {
    std::vector<const PageMaster*> masters;
    for (const std::string* name : {&part.master, &part.first_master, &part.verso_master}) {
      auto m = style_.masters.find(*name);
      if (m != style_.masters.end()) masters.push_back(&m->second);
    }
    for (const auto& [role, style_name] : part.roles) {
      auto p = style_.paragraphs.find(style_name);
      if (p == style_.paragraphs.end()) continue;  // a character style, or reported elsewhere
      for (const PageMaster* m : masters) {
        if (text_width(*m) <= Pt(0) || text_height(*m) <= Pt(0)) continue;
        check_lines(part, role, p->second, *m);
      }
    }
  }

  void check_lines(const PartStyle& part, const std::string& role, const ParagraphStyle& p,
                   const PageMaster& m) {
    const Pt size = p.text.size;
    const std::string where = "paragraph style '" + p.name + "' (role '" + role + "' of part '" +
                              part.kind + "' on page-master '" + m.name + "')";
    const Pt leading = p.leading.resolve(size);
    if (leading > text_height(m)) {
      error(p.pos, where + ": its leading of " + format_points(leading) +
                       " is more than the text block's height of " + format_points(text_height(m)) +
                       ": not one line fits");
    }
    Pt measure = column_width(text_width(m), m.columns, m.column_gap);
    if (measure <= Pt(0)) return;  // the master's own error
    if (part.kind == "masthead" && role == "board-member") {
      auto columns = part.options.find("board-columns");
      if (columns != part.options.end()) {
        const Pt board = column_width(measure, std::atoi(columns->second.c_str()), m.column_gap);
        if (board <= Pt(0)) {
          error(part.pos, "part 'masthead': board-columns=\"" + columns->second + "\" " +
                              format_points(m.column_gap) + " apart leave each column " +
                              format_points(board) + " wide in the " + format_points(measure) +
                              " column of page-master '" + m.name + "'");
          return;
        }
        measure = board;
      }
    }
    Pt reserved;  // a contents entry's page-number column of fixed width
    if (auto option = part.options.find("number-column");
        part.kind == "contents" && role == "entry" && option != part.options.end()) {
      std::string ignored;
      if (auto length = parse_length(option->second, &ignored)) reserved = length->resolve(size);
    }
    const Pt left = p.left_indent.resolve(size);
    const Pt right = p.right_indent.resolve(size);
    const Pt first = p.first_indent.resolve(size);
    const Pt width = measure - left - right - reserved;
    const Pt first_width = width - first;
    const std::string indents =
        "left indent " + format_points(left) + ", right indent " + format_points(right) +
        (reserved > Pt(0) ? ", number column " + format_points(reserved) : std::string());
    if (width <= Pt(0) || first_width <= Pt(0)) {
      error(p.pos, where + ": " + indents +
                       (first != Pt(0) ? ", first indent " + format_points(first) : "") +
                       " leave its lines " + format_points(min(width, first_width)) + " of the " +
                       format_points(measure) + " measure");
    } else if (left + first < Pt(0) || left < Pt(0)) {
      error(p.pos, where + ": its " + (left < Pt(0) ? "lines start " : "first line starts ") +
                       format_points(-min(left, left + first)) +
                       " left of the column, outside the text block");
    }
  }

  const Style& style_;
  Diagnostics& diags_;
  std::set<std::string> said_;
};

}  // namespace

void check_geometry(const Style& style, Diagnostics& diags) { GeometryCheck(style, diags).run(); }

}  // namespace folio
