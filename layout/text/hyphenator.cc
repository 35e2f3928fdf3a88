#include "layout/text/hyphenator.h"

#include "base/files_read.h"
#include "base/utf8.h"
#include "layout/text/string_table.h"

#include <hyphen.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>

namespace folio {
namespace {

namespace fs = std::filesystem;

struct DictionaryDeleter {
  void operator()(HyphenDict* dict) const { hnj_hyphen_free(dict); }
};
using DictionaryPtr = std::unique_ptr<HyphenDict, DictionaryDeleter>;

// Lets maps keyed by std::string be searched with a string_view, without allocating.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

// A word's exceptions: its lowercase letters -> the character indices a hyphen may go before.
using Exceptions = StringMap<std::vector<int>>;

// One character of a word and where it starts in the word as given.
struct Char {
  char32_t c;
  std::size_t offset;
};

// Latin Extended-A pairs capitals and small letters as even/odd code points, except in two
// runs where the capital is odd, and for a few letters that have no pair.
char32_t latin_extended_a_lower(char32_t c) {
  if (c == 0x130) return 'i';   // İ
  if (c == 0x178) return 0xFF;  // Ÿ
  if (c == 0x138) return c;     // ĸ
  bool odd_capitals = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
  bool capital = odd_capitals ? (c & 1) != 0 : (c & 1) == 0;
  return capital ? c + 1 : c;
}

// Lowercase for the letters folio sets: Latin-1, Latin Extended-A, and the basic Greek and
// Cyrillic alphabets. libhyphen's patterns are all lowercase. ß has no single-letter capital
// and stays ß.
char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 0x20;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (c >= 0x100 && c <= 0x17F) return latin_extended_a_lower(c);
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 0x20;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  return c;
}

bool is_capital(char32_t c) { return to_lower(c) != c; }

// Letters of the Latin, Greek and Cyrillic scripts, with their combining accents. Spacing
// punctuation inside those blocks (×, ÷, the Greek question mark and ano teleia) is not.
bool is_letter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c >= 0xC0 && c <= 0x2AF) return c != 0xD7 && c != 0xF7;
  if (c >= 0x300 && c <= 0x52F) return c != 0x37E && c != 0x387 && c != 0x482;
  return c >= 0x1E00 && c <= 0x1FFF;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2BC; }

// Characters that join the parts of a compound: hyphen-minus, hyphen, non-breaking hyphen and
// the en dash (post–Cold War).
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2013; }

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// How a character is looked up, in the dictionary and among the exceptions: lowercase, and any
// apostrophe as the ASCII one, which every dictionary's patterns use (en_US has no other).
char32_t lookup_char(char32_t c) { return is_apostrophe(c) ? U'\'' : to_lower(c); }

// A BCP 47 tag reduced to what dictionary file names hold: "en-us" -> en, US; "sr-Latn-RS" ->
// sr, RS. Both are empty unless made of ASCII letters (and digits for a UN M.49 region), so
// that a tag can never name a file outside the dictionary directory.
struct LangTag {
  std::string language;  // lowercase
  std::string region;    // uppercase; may be empty

  std::string normalised() const { return region.empty() ? language : language + "-" + region; }
};

LangTag parse_tag(std::string_view tag) {
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 0x20 : c); };
  auto upper = [](char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 0x20 : c); };
  LangTag out;
  bool first = true;
  while (!tag.empty()) {
    std::size_t end = std::min(tag.find('-'), tag.find('_'));
    std::string_view subtag = tag.substr(0, end);
    tag.remove_prefix(end == std::string_view::npos ? tag.size() : end + 1);
    if (first) {
      if (subtag.empty() || !std::ranges::all_of(subtag, alpha)) return {};
      std::ranges::transform(subtag, std::back_inserter(out.language), lower);
      first = false;
    } else if (out.region.empty() &&
               ((subtag.size() == 2 && std::ranges::all_of(subtag, alpha)) ||
                (subtag.size() == 3 && std::ranges::all_of(subtag, is_ascii_digit)))) {
      std::ranges::transform(subtag, std::back_inserter(out.region), upper);
    }
  }
  return out;
}

// The dictionary file for a language: hyph_<lang>_<REGION>.dic, hyph_<lang>.dic, then the
// language's home region (hyph_es_ES.dic for "es", rather than the first of es_AR, es_BO...),
// then any other region, in sorted order so that the choice does not depend on the directory.
std::optional<fs::path> find_dictionary(const fs::path& dir, const LangTag& tag) {
  if (tag.language.empty()) return std::nullopt;
  std::string prefix = "hyph_" + tag.language;
  std::string home = tag.language;
  std::ranges::transform(home, home.begin(), [](char c) { return static_cast<char>(c - 0x20); });
  std::vector<std::string> names;
  if (!tag.region.empty()) names.push_back(prefix + "_" + tag.region + ".dic");
  names.push_back(prefix + ".dic");
  names.push_back(prefix + "_" + home + ".dic");
  std::error_code error;
  for (const std::string& name : names) {
    if (fs::is_regular_file(dir / name, error)) return dir / name;
  }
  std::vector<fs::path> others;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, error)) {
    std::string name = entry.path().filename().string();
    if (name.starts_with(prefix + "_") && name.ends_with(".dic")) others.push_back(entry.path());
  }
  if (others.empty()) return std::nullopt;
  return *std::ranges::min_element(others);
}

// Loads a dictionary for use with points(): only UTF-8 and Latin-1 ones, the encodings that
// encode_for() can write; and with its own hyphen minimums cleared, because hnj_hyphen_hyphenate3
// keeps the larger of the dictionary's and the caller's, and the settings must win either way.
DictionaryPtr load_dictionary(const fs::path& file) {
  DictionaryPtr dict(hnj_hyphen_load(file.c_str()));
  if (!dict) return nullptr;
  if (!dict->utf8 && std::strcmp(dict->cset, "ISO8859-1") != 0) return nullptr;
  dict->lhmin = 0;
  dict->rhmin = 0;
  return dict;
}

// A word in the dictionary's encoding, with the byte offset of each character and of the end.
struct EncodedWord {
  std::string bytes;
  std::vector<int> starts;
};

// The non-standard hyphenation arrays hnj_hyphen_hyphenate3 may allocate, freed as it expects.
struct NonStandard {
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  int size = 0;  // entries in each array: the word's length in bytes

  explicit NonStandard(int word_bytes) : size(word_bytes) {}
  ~NonStandard() {
    if (rep) {
      for (int i = 0; i < size; ++i) std::free(rep[i]);
    }
    std::free(rep);
    std::free(pos);
    std::free(cut);
  }
  NonStandard(const NonStandard&) = delete;
  NonStandard& operator=(const NonStandard&) = delete;
};

// A non-standard point replaces letters around the break (Schiffahrt -> Schiff-fahrt). folio only
// inserts hyphens, so such a point is kept only when its replacement is the same letters with a
// break among them; the result is the character index the break goes before.
std::optional<int> plain_break(const HyphenDict& dict, const EncodedWord& word,
                               const NonStandard& ns, int k) {
  int characters = static_cast<int>(word.starts.size()) - 1;
  int begin = k + 1 - ns.pos[k];
  int end = begin + ns.cut[k];
  if (begin < 0 || end > characters) return std::nullopt;
  std::string_view replacement = ns.rep[k];
  std::size_t equals = replacement.find('=');
  if (equals == std::string_view::npos) return std::nullopt;
  std::string letters(replacement.substr(0, equals));
  letters += replacement.substr(equals + 1);
  auto b = static_cast<std::size_t>(word.starts[static_cast<std::size_t>(begin)]);
  auto e = static_cast<std::size_t>(word.starts[static_cast<std::size_t>(end)]);
  if (letters != std::string_view(word.bytes).substr(b, e - b)) return std::nullopt;
  auto counts = [&](char c) {
    return !dict.utf8 || (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  };
  return begin + static_cast<int>(std::ranges::count_if(replacement.substr(0, equals), counts));
}

// What a word's lookup in the dictionary writes, kept from word to word: a cache miss would
// otherwise allocate half a dozen buffers.
struct DictionaryScratch {
  EncodedWord encoded;
  std::vector<char> hyphens;
};

bool encode_for(const HyphenDict& dict, std::u32string_view word, EncodedWord& out) {
  out.bytes.clear();
  out.starts.clear();
  for (char32_t c : word) {
    out.starts.push_back(static_cast<int>(out.bytes.size()));
    if (dict.utf8) {
      utf8::append(out.bytes, c);
    } else if (c <= 0xFF) {
      out.bytes += static_cast<char>(c);
    } else {
      return false;  // a letter Latin-1 lacks: this dictionary cannot know the word
    }
  }
  out.starts.push_back(static_cast<int>(out.bytes.size()));
  return true;
}

// The dictionary's points for a lowercase word, as character indices a hyphen may go before,
// into `points` (emptied first). The hyphen minimums are left at 1 here and applied by the
// caller, to exceptions too.
void dictionary_points(HyphenDict& dict, std::u32string_view word, DictionaryScratch& scratch,
                       std::vector<int>& points) {
  points.clear();
  if (!encode_for(dict, word, scratch.encoded)) return;
  const EncodedWord& encoded = scratch.encoded;
  int bytes = static_cast<int>(encoded.bytes.size());
  scratch.hyphens.assign(encoded.bytes.size() + 5, 0);  // the size hyphen.h asks for
  NonStandard ns(bytes);
  hnj_hyphen_hyphenate3(&dict, encoded.bytes.c_str(), bytes, scratch.hyphens.data(), nullptr,
                        &ns.rep, &ns.pos, &ns.cut, 1, 1, 0, 0);
  // hyphens[k] is odd for a break after character k (UTF-8 dictionaries renumber by character).
  for (std::size_t k = 0; k + 1 < word.size(); ++k) {
    if ((scratch.hyphens[k] & 1) == 0) continue;
    if (!ns.rep || !ns.rep[k]) {
      points.push_back(static_cast<int>(k) + 1);
    } else if (std::optional<int> p = plain_break(dict, encoded, ns, static_cast<int>(k))) {
      points.push_back(*p);
    }
  }
  std::ranges::sort(points);
  points.erase(std::unique(points.begin(), points.end()), points.end());
}

// What, besides the word, a points() call depends on: its results are cached per context.
void make_context_key(std::string& key, std::string_view lang,
                      const HyphenationSettings& settings) {
  const int numbers[] = {settings.min_word, settings.min_left, settings.min_right};
  char flags = static_cast<char>((settings.capitalised ? 1 : 0) |
                                 (settings.hyphenated_words ? 2 : 0) | (settings.patterns ? 4 : 0));
  key.assign(reinterpret_cast<const char*>(numbers), sizeof numbers);
  key += flags;
  key += lang;
}

void decode_chars(std::string_view word, std::vector<Char>& chars) {
  chars.clear();
  for (std::size_t i = 0; i < word.size();) {
    std::size_t offset = i;
    chars.push_back({utf8::next(word, i), offset});
  }
}

// The word without its leading and trailing punctuation: from its first letter to its last.
std::span<const Char> trim_to_letters(std::span<const Char> chars) {
  auto letter = [](const Char& ch) { return is_letter(ch.c); };
  auto first = std::ranges::find_if(chars, letter);
  if (first == chars.end()) return {};
  auto last = std::ranges::find_if(chars.rbegin(), chars.rend(), letter).base();
  return {first, last};
}

// The parts of a compound between its hyphens, into `parts`; one part for a word without any.
void split_at_hyphens(std::span<const Char> word, std::vector<std::span<const Char>>& parts) {
  parts.clear();
  auto start = word.begin();
  for (auto it = word.begin(); it != word.end(); ++it) {
    if (!is_hyphen(it->c)) continue;
    if (it != start) parts.emplace_back(start, it);
    start = it + 1;
  }
  if (start != word.end()) parts.emplace_back(start, word.end());
}

// Dictionaries loaded in this process, by file, so that aliases load one once and every
// Hyphenator of a run shares it: a batch worker (app/batch_workers.h) sets issue after issue,
// each with a Hyphenator of its own. Patterns are only read once loaded; the mutex guards the map.
std::mutex g_dictionaries_mutex;
std::map<fs::path, DictionaryPtr>& loaded_dictionaries() {
  static std::map<fs::path, DictionaryPtr> dictionaries;
  return dictionaries;
}

}  // namespace

struct Hyphenator::State {
  fs::path dictionary_dir;
  StringMap<HyphenDict*> languages;  // by tag as asked; null: no dictionary
  // The language asked for last, asked again for word after word of a paragraph.
  std::string last_language;
  HyphenDict* last_dictionary = nullptr;
  bool has_last = false;
  std::map<std::string, Exceptions> exceptions;  // by normalised tag
  std::map<std::string, Exceptions> defaults;    // below them; for their tag exactly
  // Results by context (make_context_key), then by word, looked up without building a key;
  // paragraphs ask in one context word after word, so the last context is kept at hand.
  StringMap<StringTable<std::vector<std::size_t>>> results;
  std::string key;
  StringTable<std::vector<std::size_t>>* context = nullptr;
  std::string context_language;  // what `context` is for
  HyphenationSettings context_settings;
  bool same_context(std::string_view lang, const HyphenationSettings& settings) const {
    return settings == context_settings && lang == context_language;
  }

  // The exception lists that apply to a language, in the order they are searched: the issue's
  // and the house's for the tag, theirs for the language without its region, folio's defaults
  // for the tag. Found once per language; add() forgets them.
  struct ExceptionLists {
    const Exceptions* lists[3] = {};
  };
  StringMap<ExceptionLists> exception_lists;
  // What a cache miss works in, kept from word to word.
  std::vector<Char> chars;
  std::vector<std::span<const Char>> parts;
  std::u32string lowered;
  std::string lowered_bytes;
  std::vector<int> candidates;
  DictionaryScratch scratch;
  std::string pattern_key;
  std::unique_ptr<PatternPoints> own_patterns;  // null when shared
  PatternPoints* patterns = nullptr;

  HyphenDict* dictionary(std::string_view lang);
  // Adds "multi-lat-er-al-ism" to `lists` (exceptions or defaults) for `lang`.
  void add(std::map<std::string, Exceptions>& lists, std::string_view lang,
           std::string_view hyphenated_word);
  const ExceptionLists& lists_for(std::string_view lang);
  // Into `candidates`.
  void part_points(std::span<const Char> part, const ExceptionLists& lists, HyphenDict* dict,
                   const HyphenationSettings& settings);
  std::vector<std::size_t> word_points(std::string_view word, std::string_view lang,
                                       const HyphenationSettings& settings);
};

HyphenDict* Hyphenator::State::dictionary(std::string_view lang) {
  if (has_last && lang == last_language) return last_dictionary;
  if (auto known = languages.find(lang); known != languages.end()) {
    last_language = lang;
    last_dictionary = known->second;
    has_last = true;
    return known->second;
  }
  HyphenDict* dict = nullptr;
  if (std::optional<fs::path> file = find_dictionary(dictionary_dir, parse_tag(lang))) {
    std::error_code error;
    fs::path canonical = fs::canonical(*file, error);
    const std::lock_guard<std::mutex> lock(g_dictionaries_mutex);
    auto [it, inserted] = loaded_dictionaries().try_emplace(error ? *file : canonical);
    if (inserted) it->second = load_dictionary(*file);
    dict = it->second.get();
    if (dict) note_file_used(it->first.string());
  }
  languages.emplace(lang, dict);
  return dict;
}

const Hyphenator::State::ExceptionLists& Hyphenator::State::lists_for(std::string_view lang) {
  if (auto known = exception_lists.find(lang); known != exception_lists.end()) return known->second;
  const LangTag tag = parse_tag(lang);
  auto list = [](const std::map<std::string, Exceptions>& by_tag,
                 const std::string& owner) -> const Exceptions* {
    auto found = by_tag.find(owner);
    return found == by_tag.end() ? nullptr : &found->second;
  };
  ExceptionLists lists;
  lists.lists[0] = list(exceptions, tag.normalised());
  lists.lists[1] = list(exceptions, tag.language);
  lists.lists[2] = list(defaults, tag.normalised());
  return exception_lists.emplace(lang, lists).first->second;
}

// Points of one hyphen-free part of a word, as character indices into the part.
void Hyphenator::State::part_points(std::span<const Char> part, const ExceptionLists& lists,
                                    HyphenDict* dict, const HyphenationSettings& settings) {
  candidates.clear();
  int length = static_cast<int>(part.size());
  if (length < settings.min_word) return;
  if (is_capital(part.front().c) && !settings.capitalised) return;
  // A word in capitals is an acronym or a heading set in capitals: the patterns, made for
  // lower-case words, are not used on it; only an exception the issue or the house gives. Nor
  // on a name, when the settings say the word is one.
  const bool all_capitals =
      std::ranges::all_of(part, [](const Char& ch) { return is_capital(ch.c); });
  const bool use_patterns = settings.patterns && !all_capitals;
  lowered.clear();
  for (const Char& ch : part) lowered += lookup_char(ch.c);
  lowered_bytes.clear();
  for (char32_t c : lowered) utf8::append(lowered_bytes, c);
  const std::vector<int>* listed = nullptr;
  for (const Exceptions* list : lists.lists) {
    if (!list) continue;
    if (auto found = list->find(lowered_bytes); found != list->end()) {
      listed = &found->second;
      break;
    }
  }
  if (listed) {
    candidates = *listed;
  } else if (dict && use_patterns) {
    pattern_key.assign(reinterpret_cast<const char*>(&dict), sizeof dict);
    pattern_key += lowered_bytes;
    candidates = patterns->find_or_make(pattern_key, [&] {
      std::vector<int> points;
      dictionary_points(*dict, lowered, scratch, points);
      return points;
    });
  }
  int first = std::max(settings.min_left, 1);
  int last = length - std::max(settings.min_right, 1);
  std::erase_if(candidates, [&](int k) { return k < first || k > last; });
}

std::vector<std::size_t> Hyphenator::State::word_points(std::string_view word,
                                                        std::string_view lang,
                                                        const HyphenationSettings& settings) {
  if (std::ranges::any_of(word, is_ascii_digit)) return {};  // 1990s, G7, 46(3)
  decode_chars(word, chars);
  std::span<const Char> core = trim_to_letters(chars);
  // Other characters inside (and/or, U.S., mitpress.org) make something that is not a word.
  bool plain = std::ranges::all_of(core, [](const Char& ch) {
    return is_letter(ch.c) || is_apostrophe(ch.c) || is_hyphen(ch.c);
  });
  if (core.empty() || !plain) return {};
  split_at_hyphens(core, parts);
  if (parts.size() > 1 && !settings.hyphenated_words) return {};
  const ExceptionLists& lists = lists_for(lang);
  HyphenDict* dict = dictionary(lang);
  std::vector<std::size_t> points;
  for (std::span<const Char> part : parts) {
    part_points(part, lists, dict, settings);
    for (int k : candidates) points.push_back(part[static_cast<std::size_t>(k)].offset);
  }
  return points;
}

Hyphenator::Hyphenator(std::string dictionary_dir, PatternPoints* shared)
    : state_(std::make_unique<State>()) {
  state_->dictionary_dir = std::move(dictionary_dir);
  if (!shared) state_->own_patterns = std::make_unique<PatternPoints>();
  state_->patterns = shared ? shared : state_->own_patterns.get();
}

PatternPoints& Hyphenator::patterns() { return *state_->patterns; }

Hyphenator::~Hyphenator() = default;

const std::vector<std::size_t>& Hyphenator::points(std::string_view word, std::string_view lang,
                                                   const HyphenationSettings& settings) {
  State& s = *state_;
  // Word after word comes in the context of the one before: that is known without a key.
  if (!s.context || !s.same_context(lang, settings)) {
    make_context_key(s.key, lang, settings);
    s.context = &s.results[s.key];
    s.context_language = lang;
    s.context_settings = settings;
  }
  if (const std::vector<std::size_t>* hit = s.context->find(word)) return *hit;
  return s.context->insert(word, s.word_points(word, lang, settings));
}

std::string hyphenation_package(std::string_view lang) {
  // Debian 12's hyphen-* packages; the languages with regional packages first.
  static constexpr std::string_view kOneDictionary[] = {
      "af", "as", "be", "bg", "bn", "ca", "cs", "da", "de", "el", "es", "fr", "gl", "gu",
      "hi", "hr", "hu", "id", "is", "it", "kn", "lt", "lv", "ml", "mn", "mr", "nl", "no",
      "or", "pa", "pl", "ro", "ru", "sk", "sl", "sr", "sv", "ta", "te", "th", "uk", "zu"};
  const LangTag tag = parse_tag(lang);
  if (tag.language == "en") return tag.region == "GB" ? "hyphen-en-gb" : "hyphen-en-us";
  if (tag.language == "pt") return tag.region == "BR" ? "hyphen-pt-br" : "hyphen-pt-pt";
  if (tag.language == "nb" || tag.language == "nn") return "hyphen-no";
  if (std::ranges::find(kOneDictionary, tag.language) != std::end(kOneDictionary))
    return "hyphen-" + tag.language;
  return {};
}

bool Hyphenator::has_language(std::string_view lang) { return state_->dictionary(lang) != nullptr; }

namespace {

// "multi-lat-er-al-ism" as its lowercase letters and the character indices of its points.
std::pair<std::string, std::vector<int>> parse_exception(std::string_view hyphenated_word) {
  std::u32string letters;
  std::vector<int> points;
  for (std::size_t i = 0; i < hyphenated_word.size();) {
    char32_t c = utf8::next(hyphenated_word, i);
    int count = static_cast<int>(letters.size());
    if (!is_hyphen(c)) {
      letters += lookup_char(c);
    } else if (count > 0 && (points.empty() || points.back() != count)) {
      points.push_back(count);
    }
  }
  if (!points.empty() && points.back() == static_cast<int>(letters.size())) points.pop_back();
  return {utf8::encode(letters), std::move(points)};
}

}  // namespace

void Hyphenator::State::add(std::map<std::string, Exceptions>& lists, std::string_view lang,
                            std::string_view hyphenated_word) {
  auto [letters, points] = parse_exception(hyphenated_word);
  lists[parse_tag(lang).normalised()].insert_or_assign(letters, std::move(points));
  results.clear();  // results cached before may contradict the new exception
  context = nullptr;
  exception_lists.clear();  // a language's lists may be new
}

void Hyphenator::add_exception(std::string_view lang, std::string_view hyphenated_word) {
  state_->add(state_->exceptions, lang, hyphenated_word);
}

void Hyphenator::add_default_exception(std::string_view lang, std::string_view hyphenated_word) {
  state_->add(state_->defaults, lang, hyphenated_word);
}

}  // namespace folio
