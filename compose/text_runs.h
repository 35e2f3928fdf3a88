#pragma once
// Turns the rich text into styled runs: each span's inline markup (italic, bold, small
// caps, superscript, subscript) is applied through the character styles the stylesheet maps it
// to, on top of the format of the paragraph the text is set in.

#include "compose/blocks.h"
#include "input/issue.h"
#include "stylesheets/style.h"

#include <set>
#include <string>
#include <vector>

namespace folio {

class TextRuns {
 public:
  // Markup the stylesheet maps to no character style is set plain, with one warning per kind
  // of markup in `diags`.
  TextRuns(const Style& style, std::string default_lang, Diagnostics& diags);

  // `lang` is the paragraph's language; empty means the issue's. A span's own language wins.
  std::vector<StyledRun> of(const RichText& text, const TextFormat& base,
                            const std::string& lang) const;
  StyledRun plain(std::string text, const TextFormat& format, const std::string& lang) const;
  StyledRun line_break(const TextFormat& format) const;

 private:
  TextFormat apply_markup(std::uint8_t flags, const TextFormat& base, const SourcePos& pos) const;
  const std::string& language(const std::string& lang) const;

  const Style& style_;
  std::string default_lang_;
  Diagnostics& diags_;
  mutable std::set<std::string> unmapped_warned_;
};

}  // namespace folio
