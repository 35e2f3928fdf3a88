#!/usr/bin/env python3
"""Evaluates the hyphenation patterns Debian ships, for the languages folio has words for.

For each language of compose/labels.cc, every pattern file found is run on:

- a hand-checked list of words with their correct hyphenation (below: American English after
  Merriam-Webster, German after Duden in the reformed orthography; words whose division the
  references leave open are left out), which gives points found, correct and wrong points,
  precision and recall;
- the benchmark's vocabulary (bench/synthetic_issue.cc): its common English words are in the
  hand list; its pseudo-words and its names have no correct answer, so only the points found on
  them are counted;
- the language's built-in words (compose/labels.cc), points found only.

Pattern files:

- LibreOffice's hyph_*.dic in /usr/share/hyphen (Debian's hyphen-* packages), read through
  libhyphen (ctypes on libhyphen.so.0), as folio reads them (layout/text/hyphenator.cc);
- TeX's patterns, when installed: hyph-utf8's hyph-*.pat.txt with their hyph-*.hyp.txt
  exceptions (texlive-lang-english, texlive-lang-german), Knuth's hyphen.tex with TUGboat's
  ushyphex.tex exceptions (texlive-base), and German's experimental dehyph-exptl patterns
  (texlive-lang-german), read by a small implementation of Liang's algorithm below.

The same minimums as folio's defaults apply to every file and to the hand list: words of 5
letters or more, 2 letters before a hyphen and 3 after. With --defaults, the en-US exceptions
every stylesheet starts from (stylesheets/default_hyphenation.cc) are applied on top of each
English file, as folio applies them; with --verbose every word a file gets wrong is listed.

    python3 bench/hyphenation_patterns.py [--defaults] [--verbose]

Not a test: run by hand; docs/typography.md records the figures and the choice.
"""

import argparse
import ctypes
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HYPHEN_DIR = "/usr/share/hyphen"
TEX = "/usr/share/texlive/texmf-dist/tex/generic"
MIN_WORD, MIN_LEFT, MIN_RIGHT = 5, 2, 3

# Merriam-Webster's end-of-line divisions (the American reference TeX's US patterns follow).
ENGLISH = """
sov-er-eign-ty of-fice dif-fi-cult ef-fi-cient af-fir-ma-tive mul-ti-lat-er-al-ism
in-ter-na-tion-al or-ga-ni-za-tion co-op-er-a-tion ne-go-ti-a-tion he-gem-o-ny re-gime
in-sti-tu-tion-al in-sti-tu-tions in-sti-tu-tion pol-i-tics po-lit-i-cal ec-o-nom-ic
se-cu-ri-ty the-o-ry ev-i-dence anal-y-sis ar-ti-cle pol-i-cy gov-ern-ment gov-er-nance
dem-o-crat-ic de-moc-ra-cy con-fer-ence di-plo-ma-cy dip-lo-mat-ic agree-ment
en-vi-ron-men-tal de-vel-op-ment re-gion-al strat-e-gy stra-te-gic au-thor-i-ty
le-git-i-ma-cy in-ter-de-pen-dence com-pli-ance en-force-ment rec-i-proc-i-ty mon-e-tary
fi-nan-cial in-dus-tri-al tech-nol-o-gy knowl-edge pro-fes-sor uni-ver-si-ty de-part-ment
as-so-ci-ate re-search ed-i-tor ed-i-to-ri-al jour-nal pub-li-ca-tion sub-scrip-tion
ad-ver-tis-ing per-mis-sion con-trib-u-tors ab-stract vol-ume num-ber sum-mer nec-es-sary
hy-poth-e-sis em-pir-i-cal quan-ti-ta-tive com-par-a-tive ex-pla-na-tion dis-tri-bu-tion
pref-er-ence ca-pa-bil-i-ties hi-er-ar-chy an-ar-chy ter-ri-to-ri-al prop-er-ty tran-si-tion
coun-tries im-pli-ca-tions ob-li-ga-tion ex-change sanc-tions al-li-ance wel-fare
es-tab-lish-ment pro-tec-tion-ism lib-er-al-iza-tion glob-al-iza-tion pri-va-ti-za-tion
com-mu-ni-ty phi-los-o-phy his-to-ry char-ac-ter-is-tic suc-cess-ful be-tween un-der their
which these states pow-er mod-el change or-der ar-gue sug-gest ex-am-ine ex-plain ef-fects
sov-er-eign heg-e-mon-ic neo-lib-er-al-ism geo-pol-i-tics trans-na-tion-al non-gov-ern-men-tal
in-sti-tu-tion-al-ism pro-lif-er-a-tion dis-ar-ma-ment bar-gain-ing peace-keep-ing
"""

# Duden's divisions in the reformed orthography.
GERMAN = """
Zu-sam-men-ar-beit Ver-ei-nig-te Re-gie-rung Wis-sen-schaft Po-li-tik po-li-ti-schen
Ge-sell-schaft Be-zie-hun-gen Ent-wick-lung Sou-ve-rä-ni-tät Ver-hand-lun-gen Zeit-schrift
Aus-ga-be In-halt Bei-trä-ge Uni-ver-si-tät Pro-fes-sor Wirt-schaft aus-wär-ti-ge
Si-cher-heit Frie-den Ab-rüs-tung Ver-trag Staa-ten Ge-mein-schaft Mit-glie-der
Ab-hän-gig-keit Glo-ba-li-sie-rung Ver-ant-wor-tung Zu-sam-men-fas-sung Ver-wal-tung
Ent-schei-dung Welt-han-del Ord-nung Ar-beit Un-ter-neh-men Län-der Macht-po-li-tik
Stra-te-gie Ver-ein-ba-rung Zu-stän-dig-keit Ei-gen-schaf-ten Mög-lich-keit Ur-sa-che
Sprach-wis-sen-schaft Nach-bar-schaft Zu-sam-men-fas-sun-gen Re-dak-ti-ons-bei-rat
Jahr-gang Au-to-rin-nen
"""

HAND = {"en": ENGLISH, "de": GERMAN}


def truth_of(hyphenated):
    """'sov-er-eign-ty' -> ('sovereignty', {3, 5, 9}): the points, as letters before them."""
    word, points = "", set()
    for part in hyphenated.split("-"):
        if word:
            points.add(len(word))
        word += part
    return word, points


def allowed(word, points):
    if len(word) < MIN_WORD:
        return set()
    return {p for p in points if MIN_LEFT <= p <= len(word) - MIN_RIGHT}


# ---- Pattern files ---------------------------------------------------------------------------


class Liang:
    """Liang's algorithm on TeX patterns, with exceptions as TeX's \\hyphenation."""

    def __init__(self, patterns, exceptions=()):
        self.table = {}
        for p in patterns:
            letters = re.sub(r"\d", "", p)
            values = [0] * (len(letters) + 1)
            i = 0
            for ch in p:
                if ch.isdigit():
                    values[i] = int(ch)
                else:
                    i += 1
            self.table[letters] = values
        self.longest = max((len(k) for k in self.table), default=0)
        self.exceptions = dict(truth_of(e.lower()) for e in exceptions)

    def points(self, word):
        word = word.lower()
        if word in self.exceptions:
            return set(self.exceptions[word])
        dotted = "." + word + "."
        values = [0] * (len(dotted) + 1)
        for i in range(len(dotted)):
            for j in range(i + 1, min(len(dotted), i + self.longest) + 1):
                found = self.table.get(dotted[i:j])
                if found:
                    for k, v in enumerate(found):
                        values[i + k] = max(values[i + k], v)
        # values[k + 1] is between letters k - 1 and k of the word (dotted has a leading '.').
        return {k for k in range(1, len(word)) if values[k + 1] % 2 == 1}


def tex_groups(path, command):
    """The tokens of every \\command{...} group of a TeX file (comments dropped)."""
    text = open(path, encoding="utf-8").read()
    text = "\n".join(line.split("%", 1)[0] for line in text.splitlines())
    tokens = []
    for m in re.finditer(r"\\" + command + r"\s*\{", text):
        end = text.find("}", m.end())
        tokens += text[m.end() : end if end >= 0 else len(text)].split()
    return tokens


def plain_lines(path):
    if not os.path.exists(path):
        return []
    return [l.strip() for l in open(path, encoding="utf-8") if l.strip() and l[0] != "%"]


class LibHyphen:
    """A LibreOffice .dic file, through libhyphen: what folio uses at run time."""

    lib = None

    def __init__(self, path):
        if LibHyphen.lib is None:
            LibHyphen.lib = ctypes.CDLL("libhyphen.so.0")
            LibHyphen.lib.hnj_hyphen_load.restype = ctypes.c_void_p
            LibHyphen.lib.hnj_hyphen_load.argtypes = [ctypes.c_char_p]
            LibHyphen.lib.hnj_hyphen_hyphenate2.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                                            ctypes.c_int, ctypes.c_char_p,
                                                            ctypes.c_char_p] + [ctypes.c_void_p] * 3
        self.dict = LibHyphen.lib.hnj_hyphen_load(path.encode())
        with open(path, "rb") as f:
            self.encoding = "utf-8" if f.readline().strip().upper() == b"UTF-8" else "latin-1"

    def points(self, word):
        try:
            data = word.lower().encode(self.encoding)
        except UnicodeEncodeError:
            return set()
        hyphens = ctypes.create_string_buffer(len(data) + 5)
        rep, pos, cut = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
        LibHyphen.lib.hnj_hyphen_hyphenate2(self.dict, data, len(data), hyphens, None,
                                            ctypes.byref(rep), ctypes.byref(pos), ctypes.byref(cut))
        # Non-standard points (rep) change letters; folio keeps only those that do not, which
        # none of these files' words need: they are counted as plain points.
        return {k + 1 for k in range(len(word) - 1) if hyphens.raw[k] & 1}


class WithExceptions:
    """A file with exceptions on top, as folio applies them."""

    def __init__(self, base, words):
        self.base, self.words = base, dict(truth_of(w.lower()) for w in words)

    def points(self, word):
        w = word.lower()
        return set(self.words[w]) if w in self.words else self.base.points(word)


def pattern_files(lang):
    """(name, hyphenator) for every file of `lang` installed; aliases (symlinks) once."""
    out, seen = [], set()
    for path in sorted(glob.glob(f"{HYPHEN_DIR}/hyph_{lang}*.dic")):
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            out.append((os.path.basename(real), LibHyphen(real)))
    txt = f"{TEX}/hyph-utf8/patterns/txt"
    for path in sorted(glob.glob(f"{txt}/hyph-{lang}*.pat.txt")):
        name = os.path.basename(path)
        exceptions = plain_lines(path.replace(".pat.txt", ".hyp.txt"))
        out.append((f"{name} (+ .hyp.txt)", Liang(plain_lines(path), exceptions)))
    if lang == "en" and os.path.exists(f"{TEX}/hyphen/hyphen.tex"):
        knuth = tex_groups(f"{TEX}/hyphen/hyphen.tex", "patterns")
        out.append(("hyphen.tex (Knuth)", Liang(knuth, tex_groups(f"{TEX}/hyphen/hyphen.tex",
                                                                   "hyphenation"))))
        ushyphex = f"{TEX}/hyphenex/ushyphex.tex"
        if os.path.exists(ushyphex):
            out.append(("hyphen.tex + ushyphex.tex",
                        Liang(knuth, tex_groups(ushyphex, "hyphenation"))))
    if lang == "de":
        for path in sorted(glob.glob(f"{TEX}/dehyph-exptl/dehyphn-x-*.pat")):
            out.append((os.path.basename(path), Liang(tex_groups(path, "patterns"),
                                                      tex_groups(path, "hyphenation"))))
    return out


# ---- Word lists ------------------------------------------------------------------------------


def cc_strings(text, name):
    """The string literals of `const std::vector<std::string> name = {...};` in C++ source."""
    m = re.search(name + r"\s*=\s*\{(.*?)\};", text, re.S)
    return re.findall(r'"([^"]*)"', m.group(1)) if m else []


class XorShift:
    """bench/synthetic_issue.cc's Random, to draw the same pseudo-words."""

    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.state = (seed * 2654435761 + 1) & self.MASK

    def next(self):
        s = self.state
        s ^= s >> 12
        s ^= (s << 25) & self.MASK
        s ^= s >> 27
        self.state = s
        return (s * 2685821657736338717) & self.MASK

    def between(self, low, high):
        return low + self.next() % (high - low + 1)


def bench_vocabulary(seed=46):
    text = open(f"{ROOT}/bench/synthetic_issue.cc", encoding="utf-8").read()
    syllables = cc_strings(text, "kSyllables")
    random = XorShift(seed)
    pseudo = []
    for _ in range(12000):
        n = random.between(1, 4)
        pseudo.append("".join(syllables[random.next() % len(syllables)] for _ in range(n)))
    names = cc_strings(text, "kGiven") + cc_strings(text, "kFamily")
    return cc_strings(text, "kCommon"), pseudo, names


def label_words():
    """Each language's built-in words, from compose/labels.cc."""
    text = open(f"{ROOT}/compose/labels.cc", encoding="utf-8").read()
    out = {}
    for block in re.findall(r'\{"([a-z]{2})",(.*?)\}\}', text, re.S):
        words = set()
        for s in re.findall(r'"([^"]*)"', block[1]):
            words.update(w for w in s.split() if len(w) >= MIN_WORD)
        out[block[0]] = sorted(words)
    return out


def dic_patterns(path):
    """The patterns of a one-level .dic file without non-standard ones, for Liang."""
    with open(path, "rb") as f:
        encoding = "utf-8" if f.readline().strip().upper() == b"UTF-8" else "latin-1"
        lines = f.read().decode(encoding).splitlines()
    keywords = ("LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUND", "NOHYPHEN", "NEXTLEVEL")
    return [l.strip() for l in lines if l.strip() and l[0] not in "%#" and "/" not in l
            and not l.startswith(keywords)]


def cross_check(words):
    """Whether the Liang implementation here agrees with libhyphen on the en-US file."""
    path = f"{HYPHEN_DIR}/hyph_en_US.dic"
    if not os.path.exists(path):
        return
    ours, theirs = Liang(dic_patterns(path)), LibHyphen(path)
    # Within folio's minimums: libhyphen applies the file's own (LEFTHYPHENMIN 2, RIGHTHYPHENMIN 3).
    same = sum(allowed(w, ours.points(w)) == allowed(w, theirs.points(w)) for w in words)
    print(f"\nLiang's algorithm as implemented here and libhyphen agree on {same} of {len(words)} "
          "words with hyph_en_US.dic's patterns.")


def default_words():
    path = f"{ROOT}/stylesheets/default_hyphenation.cc"
    if not os.path.exists(path):
        return []
    text = open(path, encoding="utf-8").read()
    m = re.search(r"kAmerican\[\]\s*=\s*\{(.*?)\};", text, re.S)
    return re.findall(r'"([^"]+)"', m.group(1)) if m else []


def shown(word, points):
    out = ""
    for i, ch in enumerate(word):
        out += ("-" if i in points else "") + ch
    return out


def evaluate(name, h, hand, extra, verbose):
    found = correct = expected = 0
    wrong_words, missed_words = [], []
    for word, truth in hand:
        got = allowed(word, h.points(word))
        want = allowed(word, truth)
        found += len(got)
        correct += len(got & want)
        expected += len(want)
        if got - want:
            wrong_words.append(shown(word, got) + " (" + shown(word, want) + ")")
        elif want - got:
            missed_words.append(shown(word, got) + " (" + shown(word, want) + ")")
    wrong = found - correct
    counts = [sum(len(allowed(w, h.points(w))) for w in words) for words in extra.values()]
    scores = ["–"] * 5
    if hand:
        scores = [found, correct, wrong, f"{correct / found if found else 0:.3f}",
                  f"{correct / expected:.3f}"]
    print(f"| {name} | " + " | ".join(str(c) for c in scores + counts) + " |")
    if verbose:
        for w in wrong_words:
            print("    wrong: " + w)
        for w in missed_words:
            print("    missed: " + w)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--defaults", action="store_true",
                        help="add the en-US exceptions every stylesheet starts from")
    parser.add_argument("--verbose", action="store_true", help="list the words got wrong")
    args = parser.parse_args()
    common, pseudo, names = bench_vocabulary()
    labels = label_words()
    defaults = default_words() if args.defaults else []
    for lang in labels:
        files = pattern_files(lang)
        if not files:
            print(f"\n{lang}: no pattern file installed\n")
            continue
        hand = [truth_of(w) for w in HAND.get(lang, "").split()]
        extra = {"labels": labels[lang]}
        if lang == "en":
            extra = {"pseudo-words": pseudo, "names": names, **extra}
        print(f"\n{lang}: {len(hand)} hand-checked words, "
              f"{sum(len(allowed(w, t)) for w, t in hand)} points;"
              + (f" {len(pseudo)} pseudo-words, {len(names)} names;" if lang == "en" else "")
              + f" {len(labels[lang])} label words\n")
        print("| file | found | correct | wrong | precision | recall | points on "
              + " | ".join(extra) + " |")
        print("|---|---:|---:|---:|---:|---:|" + "---:|" * len(extra))
        for name, h in files:
            evaluate(name, h, hand, extra, args.verbose)
            if name == "hyph_en_US.dic" and defaults:  # the file folio reads for en-US
                evaluate(name + " + default_hyphenation.cc", WithExceptions(h, defaults), hand, extra,
                         args.verbose)
    cross_check([w for w, _ in (truth_of(h) for h in ENGLISH.split())] + common + pseudo + names)
    missing = [w for w in common if len(w) >= MIN_WORD and w not in
               {truth_of(h)[0] for h in ENGLISH.split()}]
    if missing:
        print("\nbenchmark words missing from the English hand list: " + " ".join(missing),
              file=sys.stderr)


if __name__ == "__main__":
    main()
