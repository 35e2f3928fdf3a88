// Tests of the hyphenator (layout/hyphenator.h) against the Debian hyphen-* dictionaries. Every
// expected hyphenation below was read off the dictionary's output and checked against the
// language's syllables; where the patterns allow fewer points than a dictionary of the language
// shows (in-ter-na-tion-al), that is the minimum of characters at the end at work.

#include "layout/text/hyphenator.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio {
namespace {

// Loading the German patterns takes libhyphen about two seconds, so the tests that only read
// share one hyphenator. Tests that add exceptions make their own.
Hyphenator& shared() {
  static Hyphenator hyphenator;
  return hyphenator;
}

// `word` with a '-' at every point, which reads better in a failure than a list of offsets.
std::string marked(std::string_view word, const std::vector<std::size_t>& points) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t at : points) {
    out.append(word.substr(from, at - from)).append("-");
    from = at;
  }
  return out.append(word.substr(from));
}

std::string hyphenated(Hyphenator& h, std::string_view word, std::string_view lang,
                       const HyphenationSettings& settings = {}) {
  return marked(word, h.points(word, lang, settings));
}

std::string hyphenated(std::string_view word, std::string_view lang,
                       const HyphenationSettings& settings = {}) {
  return hyphenated(shared(), word, lang, settings);
}

}  // namespace

TEST_CASE("words hyphenate as their language's dictionary says", "[hyphenation]") {
  SECTION("American English") {
    CHECK(hyphenated("hyphenation", "en-US") == "hy-phen-ation");
    CHECK(hyphenated("multilateralism", "en-US") == "mul-ti-lat-er-al-ism");
    CHECK(hyphenated("international", "en-US") == "in-ter-na-tional");
    CHECK(hyphenated("institutionalized", "en-US") == "in-sti-tu-tion-al-ized");
    CHECK(hyphenated("organization", "en-US") == "or-ga-ni-za-tion");
    CHECK(hyphenated("policymakers", "en-US") == "pol-i-cy-mak-ers");
  }
  SECTION("British English has its own patterns") {
    CHECK(hyphenated("hyphenation", "en-GB") == "hy-phen-a-tion");
    CHECK(hyphenated("organisation", "en-GB") == "or-gan-isa-tion");
  }
  SECTION("German, whose dictionary is Latin-1") {
    HyphenationSettings nouns;  // German capitalises every noun
    nouns.capitalised = true;
    CHECK(hyphenated("Silbentrennung", "de", nouns) == "Sil-ben-tren-nung");
    CHECK(hyphenated("Übersetzung", "de-DE", nouns) == "Über-set-zung");
    CHECK(hyphenated("Donaudampfschifffahrt", "de", nouns) == "Do-nau-dampf-schiff-fahrt");
  }
  SECTION("French and Spanish") {
    CHECK(hyphenated("organisation", "fr") == "or-ga-ni-sa-tion");
    CHECK(hyphenated("l’organisation", "fr") == "l’or-ga-ni-sa-tion");
    CHECK(hyphenated("organización", "es") == "or-ga-ni-za-ción");
  }
  SECTION("a tag names its language in any case, with '-' or '_'") {
    CHECK(hyphenated("organization", "EN_us") == "or-ga-ni-za-tion");
    CHECK(hyphenated("organization", "en") == "or-ga-ni-za-tion");
  }
}

TEST_CASE("points are byte offsets into the word as given", "[hyphenation]") {
  HyphenationSettings short_words;
  short_words.min_word = 1;
  short_words.min_left = 1;
  short_words.min_right = 2;  // the Spanish patterns' own minimum: with 1, a-ño-s
  // ñ takes two bytes: ma|ña|na breaks before bytes 2 and 5.
  CHECK(shared().points("mañana", "es", short_words) == std::vector<std::size_t>{2, 5});
  CHECK(hyphenated("años", "es", short_words) == "a-ños");
}

TEST_CASE("punctuation around a word is ignored", "[hyphenation]") {
  CHECK(hyphenated("“demand.”", "en-US") == "“de-mand.”");
  CHECK(hyphenated("(multilateral)", "en-US") == "(mul-ti-lat-eral)");
  CHECK(hyphenated("policymakers’", "en-US") == "pol-i-cy-mak-ers’");
  CHECK(hyphenated("international,", "en-US") == "in-ter-na-tional,");
  CHECK(shared().points("“demand.”", "en-US", {}) == std::vector<std::size_t>{5});
}

TEST_CASE("what is not a plain word is not hyphenated", "[hyphenation]") {
  CHECK(hyphenated("1990s", "en-US") == "1990s");
  CHECK(hyphenated("organization2", "en-US") == "organization2");
  CHECK(hyphenated("and/or", "en-US") == "and/or");
  CHECK(hyphenated("mitpress.org", "en-US") == "mitpress.org");
  CHECK(hyphenated("“.”", "en-US") == "“.”");
  CHECK(hyphenated("", "en-US").empty());
}

TEST_CASE("the settings' minimums count characters", "[hyphenation]") {
  SECTION("defaults: words of five characters or more, two before and three after") {
    CHECK(hyphenated("table", "en-US") == "ta-ble");
    CHECK(hyphenated("about", "en-US") == "about");
    CHECK(hyphenated("años", "es") == "años");  // five bytes, but four characters
  }
  SECTION("a longer minimum word") {
    HyphenationSettings s;
    s.min_word = 7;
    CHECK(hyphenated("demand", "en-US", s) == "demand");
    CHECK(hyphenated("demands", "en-US", s) == "de-mands");
  }
  SECTION("smaller minimums than the dictionary's own allow more points") {
    HyphenationSettings s;
    s.min_right = 2;
    CHECK(hyphenated("international", "en-US", s) == "in-ter-na-tion-al");
  }
  SECTION("larger minimums drop points near the ends") {
    HyphenationSettings s;
    s.min_left = 3;
    s.min_right = 4;
    CHECK(hyphenated("organization", "en-US", s) == "orga-ni-za-tion");
  }
}

TEST_CASE("capitalised words hyphenate only when the settings say so", "[hyphenation]") {
  HyphenationSettings capitalised;
  capitalised.capitalised = true;
  CHECK(hyphenated("Organization", "en-US") == "Organization");
  CHECK(hyphenated("Organization", "en-US", capitalised) == "Or-ga-ni-za-tion");
  // É is a capital too; French rather than German keeps the test quick (see shared()).
  CHECK(hyphenated("Économie", "fr") == "Économie");
  CHECK(hyphenated("Économie", "fr", capitalised) == "Éco-no-mie");
}

TEST_CASE("hyphenated words hyphenate only when the settings say so", "[hyphenation]") {
  HyphenationSettings s;
  s.hyphenated_words = true;
  CHECK(hyphenated("non-governmental", "en-US") == "non-governmental");
  CHECK(hyphenated("non-governmental", "en-US", s) == "non-gov-ern-men-tal");
  // An en dash (U+2013) and a hyphen (U+2010) join compounds too; each part counts alone.
  CHECK(hyphenated("post–international", "en-US") == "post–international");
  CHECK(hyphenated("post–international", "en-US", s) == "post–in-ter-na-tional");
  CHECK(hyphenated("multilateral‐organization", "en-US", s) == "mul-ti-lat-eral‐or-ga-ni-za-tion");
}

TEST_CASE("languages without a dictionary", "[hyphenation]") {
  for (const char* lang : {"en-US", "en-GB", "en", "de", "de-DE", "fr", "es", "es-MX"}) {
    INFO(lang);
    CHECK(shared().has_language(lang));
  }
  for (const char* lang : {"xx", "zu", "", "../hyphen/hyph_en_US"}) {
    INFO(lang);
    CHECK_FALSE(shared().has_language(lang));
    CHECK(shared().points("hyphenation", lang, {}).empty());
  }
}

TEST_CASE("exceptions override the dictionary", "[hyphenation]") {
  Hyphenator h;
  HyphenationSettings capitalised;
  capitalised.capitalised = true;
  h.add_exception("en-US", "multi-lat-er-al-ism");
  h.add_exception("en-US", "Hon-du-ras");
  h.add_exception("en-US", "demand");

  CHECK(hyphenated(h, "multilateralism", "en-US") == "multi-lat-er-al-ism");
  CHECK(hyphenated(h, "(multilateralism),", "en-US") == "(multi-lat-er-al-ism),");
  CHECK(hyphenated(h, "Multilateralism", "en-US", capitalised) == "Multi-lat-er-al-ism");
  CHECK(hyphenated(h, "Honduras", "en-US", capitalised) == "Hon-du-ras");
  CHECK(hyphenated(h, "demand", "en-US") == "demand");
  SECTION("the settings still apply") {
    CHECK(hyphenated(h, "Honduras", "en-US") == "Honduras");
    HyphenationSettings wide;
    wide.min_left = 6;
    CHECK(hyphenated(h, "multilateralism", "en-US", wide) == "multilat-er-al-ism");
  }
  SECTION("only in their language, and in its regions when given without one") {
    CHECK(hyphenated(h, "multilateralism", "en-GB") == "mul-ti-lat-er-al-ism");
    HyphenationSettings two_after;
    two_after.min_right = 2;
    h.add_exception("en", "ta-b-le");
    CHECK(hyphenated(h, "table", "en-GB") == "ta-ble");  // "le" is too short to end on
    CHECK(hyphenated(h, "table", "en-US", two_after) == "ta-b-le");
    h.add_exception("en-GB", "tab-le");
    CHECK(hyphenated(h, "table", "en-GB", two_after) == "tab-le");
    CHECK(hyphenated(h, "table", "en-US", two_after) == "ta-b-le");
  }
  SECTION("an exception added later replaces cached results") {
    CHECK(hyphenated(h, "organization", "en-US") == "or-ga-ni-za-tion");
    h.add_exception("en-US", "organ-iza-tion");
    CHECK(hyphenated(h, "organization", "en-US") == "organ-iza-tion");
  }
}

TEST_CASE("repeated words give the same points from the cache", "[hyphenation]") {
  Hyphenator h;
  std::vector<std::size_t> first = h.points("institutionalized", "en-US", {});
  CHECK(h.points("institutionalized", "en-US", {}) == first);
  HyphenationSettings s;
  s.min_left = 5;
  CHECK(hyphenated(h, "institutionalized", "en-US", s) == "insti-tu-tion-al-ized");
  CHECK(h.points("institutionalized", "en-US", {}) == first);
}

TEST_CASE("non-standard points are kept only where they just insert a hyphen", "[hyphenation]") {
  // A dictionary with two non-standard patterns: ff -> ff-f (old German Schiffahrt) changes the
  // letters and is dropped; ck -> c-k does not and is a plain break.
  std::string dir = test::temp_dir();
  test::write_file(dir + "/hyph_xx.dic",
                   "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nf1f/ff=f,1,2\nc1k/c=k,1,2\n1ba\n");
  Hyphenator h(dir);
  HyphenationSettings any;
  any.min_word = 1;
  any.min_left = 1;
  any.min_right = 1;
  CHECK(h.has_language("xx"));
  CHECK(hyphenated(h, "schiffahrt", "xx", any) == "schiffahrt");
  CHECK(hyphenated(h, "backen", "xx", any) == "bac-ken");
  CHECK(hyphenated(h, "übab", "xx", any) == "ü-bab");
}

TEST_CASE("every language with built-in labels has a dictionary", "[hyphenation]") {
  // The languages compose/labels.cc has words for; scripts/setup.sh installs their packages.
  CHECK(hyphenated("tratamento", "pt") == "tra-ta-mento");
  CHECK(hyphenated("hipertensão", "pt-BR") == "hi-per-ten-são");
  CHECK(hyphenated("adherencia", "es") == "adhe-ren-cia");
  CHECK(hyphenated("trattamento", "it") == "trat-ta-mento");
  CHECK(hyphenated("behandeling", "nl") == "be-han-de-ling");
  for (const char* lang : {"en", "de", "fr", "es", "pt", "it", "nl"}) {
    INFO(lang);
    CHECK(shared().has_language(lang));
  }
}

TEST_CASE("a language without a dictionary is named with the Debian package that has one",
          "[hyphenation]") {
  CHECK(hyphenation_package("pt-BR") == "hyphen-pt-br");
  CHECK(hyphenation_package("pt") == "hyphen-pt-pt");
  CHECK(hyphenation_package("en-GB") == "hyphen-en-gb");
  CHECK(hyphenation_package("en") == "hyphen-en-us");
  CHECK(hyphenation_package("de-AT") == "hyphen-de");
  CHECK(hyphenation_package("nb") == "hyphen-no");
  CHECK(hyphenation_package("sv") == "hyphen-sv");
  CHECK(hyphenation_package("ja").empty());
  Hyphenator none(test::temp_dir());
  CHECK_FALSE(none.has_language("it"));
}

// The two threads that set a build's paragraphs share what the patterns gave (layout_context.h);
// each keeps its own exceptions and settings, applied after.
TEST_CASE("hyphenators sharing pattern points hyphenate as each would alone", "[hyphenation]") {
  Hyphenator first;
  Hyphenator second(Hyphenator::kDebianDictionaries, &first.patterns());
  Hyphenator alone;
  second.add_exception("en-US", "in-ter-na-tional");
  HyphenationSettings names;
  names.capitalised = true;
  for (std::string_view word : {"multilateral", "organization", "international", "Keohane"}) {
    INFO(word);
    CHECK(hyphenated(first, word, "en-US") == hyphenated(alone, word, "en-US"));
    CHECK(hyphenated(first, word, "en-US", names) == hyphenated(alone, word, "en-US", names));
  }
  CHECK(hyphenated(first, "multilateral", "en-US") == "mul-ti-lat-eral");
  CHECK(hyphenated(second, "multilateral", "en-US") == "mul-ti-lat-eral");
  // The second's exception is its own: the patterns' points stay the first's.
  CHECK(hyphenated(second, "international", "en-US") == "in-ter-na-tional");
  CHECK(hyphenated(first, "international", "en-US") == hyphenated(alone, "international", "en-US"));
  // Each word the patterns were asked about is held once, whichever asked.
  const std::size_t held = first.patterns().size();
  CHECK(held > 0);
  CHECK(hyphenated(second, "organization", "en-US") == hyphenated(alone, "organization", "en-US"));
  CHECK(first.patterns().size() == held);
  CHECK(&second.patterns() == &first.patterns());
}

}  // namespace folio
