#pragma once
// The words the front matter prints in the issue's language: part headings (Contents,
// Contributors, Abstracts, Editorial Board), "by" and "and" in bylines, the words of the issue's
// designation (Volume, Number), month names. The issue's own labels (its <labels>, or an
// issue-meta file's) win; the rest come from built-in tables for English, German, French,
// Spanish, Portuguese, Italian and Dutch, chosen by the issue's language, else English.

#include "input/issue.h"

#include <string>

namespace folio {

class Labels {
 public:
  explicit Labels(const Issue& issue);

  // The label for `key` ("contents", "contributors", "abstracts", "board", "by", "and",
  // "volume", "number", "is-at"); empty for a key without a default that the issue does not
  // give ("front-matter", "designation").
  std::string operator()(const std::string& key) const;

  // "April", "abril", "avril" for 4; empty for anything not a month.
  std::string month(int month) const;

  // Whether a list of three names or more takes a comma before "and" ("A, B, and C"): in
  // English; the other languages write "A, B e C".
  bool serial_comma() const;

  // Whether the built-in tables know the issue's language; when not, they speak English.
  bool knows_language() const { return known_; }
  const std::string& language() const { return language_; }  // the primary subtag: "pt"

 private:
  const Issue& issue_;
  std::string language_;
  bool known_ = false;
};

}  // namespace folio
