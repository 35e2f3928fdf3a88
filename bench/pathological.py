#!/usr/bin/env python3
"""Pathological but legal issues (issue 15, deliverable 7), each built by a whole `folio build`
process, its wall time and peak memory printed. Not a test: run it by hand (docs/performance.md).

  bench/pathological.py [FOLIO_BINARY] [--keep DIR]

  paragraph  one abstract of 200,000 words
  authors    an article with 500 authors, each with a bio
  contents   a contents of 5,000 entries
  title      an article title of 1,000 words

The words are made of random syllables (seeded), so that the shape and hyphenation caches do
not hit on every word, as they would not on real text of that length.
"""
import os
import random
import subprocess
import sys
import tempfile
import time

SYLLABLES = "ka lo mi ne ta ri su ve po da li ge ro ma ni te sa bu fo".split()


def make(kind, rng):
    def word():
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4)))

    def text(n):
        return " ".join(word() for _ in range(n)) + "."

    people = ['<person id="p0"><name><given>Ann</given><family>Fay</family></name>'
              '<bio>Ann Fay teaches.</bio></person>']
    articles = []
    if kind == "paragraph":
        articles.append('<article id="a0" first-page="1" last-page="9"><title>Long</title>'
                        f'<author ref="p0"/><abstract><p>{text(200000)}</p></abstract></article>')
    elif kind == "authors":
        for i in range(1, 500):
            people.append(f'<person id="p{i}"><name><given>{word().title()}</given>'
                          f'<family>{word().title()}</family></name><bio>{text(10)}</bio></person>')
        authors = "".join(f'<author ref="p{i}"/>' for i in range(500))
        articles.append(f'<article id="a0" first-page="1" last-page="9"><title>Many</title>{authors}'
                        f'<abstract><p>{text(150)}</p></abstract></article>')
    elif kind == "contents":
        for i in range(5000):
            articles.append(f'<article id="a{i}" first-page="{i + 1}" last-page="{i + 1}">'
                            f'<title>{text(10)}</title><author ref="p0"/></article>')
    elif kind == "title":
        articles.append(f'<article id="a0" first-page="1" last-page="9"><title>{text(1000)}</title>'
                        f'<author ref="p0"/><abstract><p>{text(100)}</p></abstract></article>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<issue version="1"><journal><title>J</title>'
            '</journal><issue-meta volume="1" number="2" year="2024"/>'
            f'<people>{"".join(people)}</people><contents><section id="s"><title>S</title>'
            f'{"".join(articles)}</section></contents></issue>\n')


def main():
    args = sys.argv[1:]
    keep = None
    if "--keep" in args:
        keep = args[args.index("--keep") + 1]
        del args[args.index("--keep"):args.index("--keep") + 2]
    here = os.path.dirname(os.path.abspath(__file__))
    folio = args[0] if args else os.path.join(here, "..", "build", "app", "folio")
    work = keep or tempfile.mkdtemp(prefix="folio-pathological-")
    os.makedirs(work, exist_ok=True)
    print(f"{'input':<10} {'exit':>4} {'wall s':>7} {'peak MiB':>9}  warnings")
    for kind in ["paragraph", "authors", "contents", "title"]:
        path = os.path.join(work, kind + ".xml")
        with open(path, "w") as f:
            f.write(make(kind, random.Random(7)))
        log = os.path.join(work, kind + ".log")
        start = time.monotonic()
        with open(log, "w") as err:
            child = subprocess.Popen([folio, "build", path, "-o", os.path.join(work, kind + ".pdf")],
                                     stderr=err)
            _, status, usage = os.wait4(child.pid, 0)  # this child's own peak, not the largest
        wall = time.monotonic() - start
        with open(log) as f:
            warnings = f.read().count("warning:")
        print(f"{kind:<10} {os.waitstatus_to_exitcode(status):>4} {wall:>7.2f} "
              f"{usage.ru_maxrss / 1024:>9.0f}  {warnings}")


if __name__ == "__main__":
    main()
