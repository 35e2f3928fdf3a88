#include "stylesheets/default_hyphenation.h"

namespace folio {

const std::vector<HyphenationWord>& default_hyphenation() {
  // American English, after Merriam-Webster. hyph_en_US.dic (Debian's hyphen-en-us) gives
  // "sovereignty" and "regime" no point at all, and breaks "hege-mony", "ne-olib-eral",
  // "geopol-i-tics", "transna-tional" and "non-govern-men-tal" where a reader stumbles.
  static const char* const kAmerican[] = {
      "sov-er-eign-ty", "sov-er-eign-ties",  "he-gem-o-ny",      "he-gem-o-nies",
      "heg-e-mon-ic",   "heg-e-mon",         "re-gime",          "re-gimes",
      "neo-lib-er-al",  "neo-lib-er-al-ism", "neo-re-al-ism",    "neo-re-al-ist",
      "geo-pol-i-tics", "geo-po-lit-i-cal",  "trans-na-tion-al", "non-gov-ern-men-tal",
  };
  static const std::vector<HyphenationWord> kWords = [] {
    std::vector<HyphenationWord> words;
    // For en too: folio sets it with the same patterns (hyph_en.dic is Debian's link to
    // hyph_en_US.dic); en-GB has patterns of its own, which these words were not measured on.
    for (const char* lang : {"en-US", "en"}) {
      for (const char* word : kAmerican) words.push_back({lang, word, {}});
    }
    return words;
  }();
  return kWords;
}

}  // namespace folio
