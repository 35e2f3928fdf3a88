#pragma once
// Hyphenation: where a word may take a hyphen, from the Liang patterns of the hyphen library
// (libhyphen, the dictionaries LibreOffice uses), with the document's own exceptions on top, as
// TeX's \hyphenation. The line breaker asks once per word occurrence, so results are cached;
// a Hyphenator is therefore not for sharing between threads.

#include "layout/text/shared_string_table.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

struct HyphenationSettings {
  int min_word = 5;               // words shorter than this (in characters) are not hyphenated
  int min_left = 2;               // characters before the first possible hyphen
  int min_right = 3;              // characters after the last
  bool capitalised = false;       // hyphenate words that start with a capital letter
  bool hyphenated_words = false;  // hyphenate words that already contain a hyphen/en dash
  // Off: only an exception's points, none of the patterns' (a person's name: patterns made for
  // common words break names where their bearers would not, "Keo-hane", "Goure-vitch").
  bool patterns = true;

  bool operator==(const HyphenationSettings&) const = default;
};

// The Debian package that installs the dictionary for `lang`, a BCP 47 tag ("hyphen-pt-br" for
// "pt-BR", "hyphen-de" for "de-AT"); empty when Debian has none for the language.
std::string hyphenation_package(std::string_view lang);

// What dictionaries' patterns give words, for the hyphenators of the threads that set one
// build's paragraphs to share: a word both meet is looked up in the patterns once. Keyed by the
// dictionary and the word's lowercase letters; exceptions and settings apply after, in each
// hyphenator.
using PatternPoints = SharedStringTable<std::vector<int>>;

class Hyphenator {
 public:
  static constexpr const char* kDebianDictionaries = "/usr/share/hyphen";
  // `dictionary_dir` holds hyph_<lang>[_<REGION>].dic files, as Debian's hyphen-* packages
  // install them. With `shared`, patterns are looked up through that table (another
  // hyphenator's), else through one of this hyphenator's own.
  explicit Hyphenator(std::string dictionary_dir = kDebianDictionaries,
                      PatternPoints* shared = nullptr);
  // The table this hyphenator looks patterns up in, for another to share.
  PatternPoints& patterns();
  // The dictionaries stay loaded for the process's next Hyphenator (a batch's next issue).
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  // Where `word` may take a hyphen: byte offsets into `word` (UTF-8) before which a hyphen can
  // be inserted, ascending. `word` is a word as it appears in text and may carry leading and
  // trailing punctuation (“demand.”, (multilateral), policymakers’): the punctuation is ignored,
  // and offsets are into the original string. Letters are those of the Latin, Greek and Cyrillic
  // scripts (Jönsson, Übersetzung, años). A word with a digit or with other characters inside
  // (and/or, www.mitpress.org) is not hyphenated. Returns empty when the language has no
  // dictionary and no exception for the word.
  // The result stays valid until the next add_exception().
  const std::vector<std::size_t>& points(std::string_view word, std::string_view lang,
                                         const HyphenationSettings& settings);

  // Whether a dictionary exists for `lang`, a BCP 47 tag ("en-US", "en-GB", "de", "de-DE", "fr",
  // "es"). Loads it, as points() would.
  bool has_language(std::string_view lang);

  // A document exception, as TeX's \hyphenation: "ta-ble", "multi-lat-er-al-ism" give the only
  // allowed points for that word in that language (matched case-insensitively on the letters);
  // a word with no hyphen in its exception is never hyphenated. Exceptions for a language
  // without a region ("en") also apply to its regional variants ("en-GB"), where an exception
  // given for the variant itself wins. The settings still decide whether the word is hyphenated
  // at all (capitalised, min_word) and drop points too near its ends.
  void add_exception(std::string_view lang, std::string_view hyphenated_word);
  // An exception folio gives for words one dictionary's patterns get wrong
  // (stylesheets/default_hyphenation.h): as add_exception's, but for `lang` exactly, not its
  // regional variants, and any exception add_exception gives for the word, in the language or
  // in the language without its region, wins over it, in whatever order they come.
  void add_default_exception(std::string_view lang, std::string_view hyphenated_word);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace folio
