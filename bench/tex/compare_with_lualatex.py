#!/usr/bin/env python3
"""Sets the IO 46(3) abstracts with folio and with LuaLaTeX at the same font, size and measure,
and compares the two line by line: spread of inter-word spaces, loose lines, hyphenated line
ends, overfull lines. A tool for people, not a test: it needs LuaLaTeX (Debian's texlive-luatex
and texlive-latex-recommended), which folio's setup does not install.

    bench/tex/compare_with_lualatex.py build/app/folio

Both set 10pt TeX Gyre Termes on 12pt, justified, 384pt wide (the io-1992 page), US English
hyphenation, TeX's default parameters; folio with its io-1992 abstract style, LuaLaTeX with
plain LaTeX defaults. Words are read back with pdftotext -bbox-layout.

Read the "loose lines" row with care: TeX's default \nonfrenchspacing widens the space after a
sentence's full stop, which this count takes for looseness; folio sets one kind of space.
"""
import re
import statistics
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples/io-46-3/issue.xml"
MEASURE = 384.0  # pt: 7in less the io-1992 page's 5.5pc and 4.5pc margins
SIZE = 10.0


def abstracts():
    tree = ET.parse(SAMPLE)
    out = []
    for abstract in tree.iter("abstract"):
        for p in abstract.iter("p"):
            out.append(re.sub(r"\s+", " ", "".join(p.itertext())).strip())
    return out


def latex_source(paragraphs):
    body = "\n\n".join(p.replace("$", r"\$").replace("%", r"\%").replace("&", r"\&")
                       for p in paragraphs)
    return r"""\documentclass[10pt]{article}
\usepackage{fontspec}
\setmainfont{TeX Gyre Termes}
\usepackage[paperwidth=7in,paperheight=10in,textwidth=%.1fpt,textheight=8in]{geometry}
\pagestyle{empty}
\setlength{\parindent}{10pt}
\begin{document}
\fontsize{10}{12}\selectfont
%s
\end{document}
""" % (MEASURE, body)


def folio_issue(paragraphs, folio):
    """The abstracts as one article of a minimal issue, set with folio's io-1992 style."""
    ps = "".join("<p>%s</p>" % p.replace("&", "&amp;").replace("<", "&lt;") for p in paragraphs)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<issue version="1" lang="en-US">
  <journal><title>T</title></journal>
  <issue-meta volume="1" number="1" year="2000"/>
  <people><person id="a"><name><given>A</given><family>B</family></name></person></people>
  <contents><section id="s"><title>S</title>
    <article id="x" first-page="1" last-page="9"><title>T</title><author ref="a"/>
      <abstract>{ps}</abstract></article>
  </section></contents>
</issue>
"""


def lines_of(pdf, first_page=1):
    """Lines of words as (x_min, x_max, text) tuples, from pdftotext -bbox-layout, with x
    measured from each page's left text edge (facing pages have different margins)."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", "-f", str(first_page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml)
    xml = re.sub(r'xmlns="[^"]*"', "", xml)
    root = ET.fromstring(xml)
    out = []
    for page in root.iter("page"):
        lines = []
        for line in page.iter("line"):
            words = [(float(w.get("xMin")), float(w.get("xMax")), w.text or "")
                     for w in line.iter("word")]
            if len(words) > 3:  # body text, not headings, bylines or folios
                lines.append(words)
        if not lines:
            continue
        # The text edge is where most lines start: a few hang punctuation out (margin kerning)
        # and first lines are indented.
        starts = [round(l[0][0], 1) for l in lines]
        left = max(set(starts), key=starts.count)
        out += [[(a - left, b - left, t) for a, b, t in l] for l in lines]
    return out


def stats(lines, left, right, natural_space):
    """Spacing statistics of the full lines (those that reach the right edge)."""
    spaces, loose, hyphens, overfull, full = [], 0, 0, 0, 0
    for words in lines:
        if words[-1][1] < right - 2:  # a paragraph's last line, set ragged
            continue
        full += 1
        gaps = [b[0] - a[1] for a, b in zip(words, words[1:])]
        spaces += gaps
        if gaps and max(gaps) > 1.5 * natural_space:
            loose += 1
        if words[-1][2].endswith("-"):
            hyphens += 1
        if words[-1][1] > right + 2.6:  # beyond what margin kerning hangs out (70% of a hyphen)
            overfull += 1
    return {
        "full lines": full,
        "space mean": statistics.mean(spaces),
        "space stdev": statistics.pstdev(spaces),
        "space max": max(spaces),
        "loose lines (a space > 1.5x natural)": loose,
        "hyphenated line ends": hyphens,
        "overfull lines": overfull,
    }


def main():
    folio = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build/app/folio").resolve()
    paragraphs = abstracts()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "a.tex").write_text(latex_source(paragraphs))
        subprocess.run(["lualatex", "-interaction=batchmode", "a.tex"], cwd=tmp,
                       capture_output=True, check=False)
        (tmp / "issue.xml").write_text(folio_issue(paragraphs, folio))
        subprocess.run([str(folio), "build", str(tmp / "issue.xml"), "-q", "-o",
                        str(tmp / "folio.pdf")], check=True)
        tex_lines = lines_of(tmp / "a.pdf")
        folio_lines = lines_of(tmp / "folio.pdf")
        natural = 2.5  # a Termes space at 10pt
        tex = stats(tex_lines, 0, MEASURE, natural)
        ours = stats(folio_lines, 0, MEASURE, natural)
        print(f"{'':40} {'folio':>10} {'LuaLaTeX':>10}")
        for key in tex:
            print(f"{key:40} {ours[key]:>10.3g} {tex[key]:>10.3g}")


if __name__ == "__main__":
    main()
