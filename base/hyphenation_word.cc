#include "base/hyphenation_word.h"

#include "base/utf8.h"

namespace folio {
namespace {

// The letters of the scripts folio sets (Latin, Greek, Cyrillic) with their combining accents,
// without the punctuation in those blocks (×, ÷, the Greek question mark and ano teleia). The
// schema's hyphenation-word pattern lists the same ranges.
bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c >= 0xC0 && c <= 0x2AF) return c != 0xD7 && c != 0xF7;
  if (c >= 0x300 && c <= 0x52F) return c != 0x37E && c != 0x387 && c != 0x482;
  return c >= 0x1E00 && c <= 0x1FFF;
}

}  // namespace

std::optional<std::string> hyphenation_word_problem(std::string_view word) {
  if (word.starts_with('-')) return "it starts with a hyphen";
  if (word.ends_with('-')) return "it ends with a hyphen";
  if (word.find("--") != std::string_view::npos) return "it has two hyphens in a row";
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = utf8::next(word, i);
    if (c == ' ') return "it has a space (one word per <word>)";
    if (c != '-' && !is_letter(c)) {
      std::string shown;
      utf8::append(shown, c);
      return "'" + shown + "' (" + utf8::codepoint_name(c) + ") is neither a letter nor a hyphen";
    }
  }
  return std::nullopt;
}

}  // namespace folio
