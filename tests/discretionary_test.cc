#include "layout/text/discretionary.h"

#include "fonts/font_library.h"
#include "layout/lines/margin_kerning.h"
#include "layout/lines/paragraph_layout.h"
#include "layout/text/itemizer.h"
#include "layout/text/layout_context.h"
#include "pdf/pdf_writer.h"
#include "tests/termes_text.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>
#include <hb.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

using namespace folio;
using folio::test::one_run_paragraph;
using folio::test::termes;
using folio::test::termes_body;

namespace {

std::uint32_t glyph_named(const Face* face, const char* name) {
  hb_codepoint_t g = 0;
  REQUIRE(hb_font_get_glyph_from_name(face->hb_font(), name, -1, &g));
  return g;
}

ShapedText shaped(const Face* face, std::string_view text) {
  return shape({face, Pt(10), "en-US", nullptr}, text);
}

// The glyphs of a set line as (glyph, x from the line's first glyph), and the same for `text`
// shaped whole: a line shows a word's piece right when the two agree.
struct Glyphs {
  std::vector<std::uint32_t> ids;
  std::vector<double> xs;
};

Glyphs glyphs_of(const Line& line) {
  Glyphs out;
  for (const GlyphRun& r : line.runs) {
    for (const PlacedGlyph& g : r.glyphs) {
      out.ids.push_back(g.glyph);
      out.xs.push_back((r.x + g.x).value());
    }
  }
  for (double& x : out.xs) x -= out.xs.front();
  return out;
}

Glyphs glyphs_of(const ShapedText& s) {
  Glyphs out;
  Pt pen;
  for (const ShapedGlyph& g : s.glyphs) {
    out.ids.push_back(g.glyph);
    out.xs.push_back((pen + g.x_offset()).value());
    pen += g.advance;
  }
  return out;
}

void check_same(const Glyphs& line, const Glyphs& word) {
  CHECK(line.ids == word.ids);
  REQUIRE(line.xs.size() == word.xs.size());
  for (std::size_t i = 0; i < line.xs.size(); ++i) CHECK(line.xs[i] == Approx(word.xs[i]));
}

std::string text_of(const Line& line) {
  std::string t;
  for (const GlyphRun& r : line.runs) t += r.text;
  return t;
}

// A word set alone on a measure too narrow for it but wide enough for either piece, with its
// one hyphenation point pinned by an exception ("of-fice"), so that it breaks there.
SetParagraph broken(FontLibrary& lib, const std::string& exception) {
  const std::size_t point = exception.find('-');
  const Face* face = termes(lib);
  const Pt measure = max(shaped(face, exception.substr(0, point + 1)).width,
                         shaped(face, exception.substr(point + 1)).width) +
                     Pt(1);
  LayoutContext context(lib);
  context.hyphenator.add_exception("en-US", exception);
  std::string word = exception;
  word.erase(point, 1);
  REQUIRE(shaped(face, word).width > measure);
  const ParagraphStyle style = termes_body(Align::left);
  Diagnostics diags;
  return set_paragraph(one_run_paragraph(style, word), measure, context, diags);
}

}  // namespace

TEST_CASE("HarfBuzz's flags say where a word breaks cleanly", "[discretionary]") {
  FontLibrary lib;
  const Face* face = termes(lib);
  LayoutContext context(lib);
  ShapeContext& shapes = context.shapes.context({face, Pt(10), "en-US", nullptr});
  const ShapedText& office = shapes.shape("office");
  CHECK_FALSE(breaks_cleanly(shapes, "office", office, 2, true));  // inside the ffi ligature
  CHECK(breaks_cleanly(shapes, "office", office, 1, true));        // o | ffi
  const ShapedText& multi = shapes.shape("multilateral");
  CHECK(breaks_cleanly(shapes, "multilateral", multi, 5, true));  // "multi-": nothing kerns
  const ShapedText& inter = shapes.shape("international");
  CHECK_FALSE(breaks_cleanly(shapes, "international", inter, 5, false));  // r and n kern
  const ShapedText& water = shapes.shape("waters");
  CHECK(breaks_cleanly(shapes, "waters", water, 5, false));       // "water|s"
  CHECK_FALSE(breaks_cleanly(shapes, "waters", water, 5, true));  // but "water-" kerns r and -
}

TEST_CASE("a word split at a ligature reshapes only the glyphs around the point",
          "[discretionary]") {
  FontLibrary lib;
  const Face* face = termes(lib);
  LayoutContext context(lib);
  ShapeContext& shapes = context.shapes.context({face, Pt(10), "en-US", nullptr});
  const ShapedText& whole = shapes.shape("office");  // o ffi c e
  const WordSplit s = split_word(shapes, "office", whole, 0, 2, true);
  CHECK(s.begin == 1);                 // o stays as it is ...
  CHECK(s.end == 4);                   // ... and so do c and e
  REQUIRE(s.pre->glyphs.size() == 3);  // "of-" shaped: o f hyphen
  CHECK(s.pre->glyphs[1].glyph == face->glyph_for('f'));
  CHECK(s.pre->glyphs[2].glyph == face->glyph_for('-'));
  REQUIRE(s.post->glyphs.size() == 3);  // "fice" shaped: fi c e
  CHECK(s.post->glyphs[0].glyph == glyph_named(face, "f_i"));
  CHECK(whole.glyphs[1].glyph == glyph_named(face, "f_f_i"));
}

TEST_CASE("a hyphen inside a ligature breaks 'of-' / 'fice' and leaves 'office' whole",
          "[discretionary]") {
  FontLibrary lib;
  const Face* face = termes(lib);
  struct Case {
    const char* exception;
    const char* before;
    const char* after;
    const char* ligature;  // what the whole word has at the point
    const char* starts;    // the glyph the next line starts with
  };
  for (const Case& c : {Case{"of-fice", "of-", "fice", "f_f_i", "f_i"},
                        Case{"af-fluent", "af-", "fluent", "f_f_l", "f_l"},
                        Case{"dif-ficult", "dif-", "ficult", "f_f_i", "f_i"},
                        Case{"ef-ficient", "ef-", "ficient", "f_f_i", "f_i"}}) {
    INFO(c.exception);
    SetParagraph p = broken(lib, c.exception);
    REQUIRE(p.lines.size() == 2);
    CHECK(text_of(p.lines[0]) == c.before);
    CHECK(text_of(p.lines[1]) == c.after);
    CHECK(p.lines[0].hyphenated);
    // Each piece is the glyphs of its text shaped whole: kerned before the hyphen, the ligature
    // formed again after the point.
    check_same(glyphs_of(p.lines[0]), glyphs_of(shaped(face, c.before)));
    check_same(glyphs_of(p.lines[1]), glyphs_of(shaped(face, c.after)));
    CHECK(p.lines[1].runs.front().glyphs.front().glyph == glyph_named(face, c.starts));
    CHECK(p.lines[0].width.value() == Approx(shaped(face, c.before).width.value()));
    CHECK(p.lines[1].width.value() == Approx(shaped(face, c.after).width.value()));

    // Unbroken, the word is as HarfBuzz shapes it, ligature and all.
    LayoutContext context(lib);
    context.hyphenator.add_exception("en-US", c.exception);
    Diagnostics diags;
    const ParagraphStyle style = termes_body(Align::left);
    std::string word = std::string(c.before, std::strlen(c.before) - 1) + c.after;
    SetParagraph whole = set_paragraph(one_run_paragraph(style, word), Pt(200), context, diags);
    REQUIRE(whole.lines.size() == 1);
    check_same(glyphs_of(whole.lines[0]), glyphs_of(shaped(face, word)));
    const std::vector<std::uint32_t> ids = glyphs_of(whole.lines[0]).ids;
    CHECK(std::find(ids.begin(), ids.end(), glyph_named(face, c.ligature)) != ids.end());
  }
}

TEST_CASE("a hyphen inside a kerned pair, or kerned itself, is shaped with its letters",
          "[discretionary]") {
  FontLibrary lib;
  const Face* face = termes(lib);
  // "affir-mative": r and m kern, and so do r and the hyphen; "water-shed": r and the hyphen.
  for (const char* exception : {"affir-mative", "water-shed"}) {
    INFO(exception);
    SetParagraph p = broken(lib, exception);
    REQUIRE(p.lines.size() == 2);
    const std::string e = exception;
    const std::string before = e.substr(0, e.find('-') + 1);
    const std::string after = e.substr(e.find('-') + 1);
    CHECK(text_of(p.lines[0]) == before);
    check_same(glyphs_of(p.lines[0]), glyphs_of(shaped(face, before)));
    check_same(glyphs_of(p.lines[1]), glyphs_of(shaped(face, after)));
    // The hyphen alone would stand further right than the kern puts it.
    const ShapedText alone = shaped(face, before.substr(0, before.size() - 1));
    CHECK(p.lines[0].width < alone.width + shaped(face, "-").width);
  }
}

TEST_CASE("every piece of every word on every line is shaped as it reads", "[discretionary]") {
  FontLibrary lib;
  const Face* face = termes(lib);
  LayoutContext context(lib);
  ParagraphStyle style = termes_body(Align::left);
  style.align = Align::justify;
  style.margin_kerning = false;
  const std::string text =
      "The office of the international affirmative difficult efficient affluent coffee traffic "
      "sufficient afflictions waffle officially offered inefficiencies watershed interpreters";
  Diagnostics diags;
  SetParagraph p = set_paragraph(one_run_paragraph(style, text), Pt(62), context, diags);
  REQUIRE(p.lines.size() > 8);
  int hyphenated = 0;
  for (const Line& line : p.lines) {
    hyphenated += line.hyphenated;
    // Word by word: the glyphs of each (up to the next space) against the word shaped whole.
    for (const GlyphRun& r : line.runs) {
      std::size_t g = 0;
      while (g < r.glyphs.size()) {
        if (r.text[r.glyphs[g].cluster] == ' ') {
          ++g;
          continue;
        }
        const std::uint32_t from = r.glyphs[g].cluster;
        std::size_t k = g;
        while (k < r.glyphs.size() && r.text[r.glyphs[k].cluster] != ' ') ++k;
        const std::uint32_t to = k < r.glyphs.size() ? r.glyphs[k].cluster : r.text.size();
        const std::string word = r.text.substr(from, to - from);
        INFO("'" << word << "' in '" << r.text << "'");
        const ShapedText whole = shaped(face, word);
        REQUIRE(whole.glyphs.size() == k - g);
        const Glyphs expected = glyphs_of(whole);
        for (std::size_t i = g; i < k; ++i) {
          CHECK(r.glyphs[i].glyph == expected.ids[i - g]);
          const Pt x = r.glyphs[i].x - r.glyphs[g].x;
          CHECK(x.value() == Approx(expected.xs[i - g] - expected.xs[0]));
        }
        g = k;
      }
    }
  }
  CHECK(hyphenated >= 3);
}

TEST_CASE("a broken word copies from the PDF as its pieces, 'of-' and 'fice', and is found whole",
          "[discretionary][pdf]") {
  FontLibrary lib;
  SetParagraph p = broken(lib, "of-fice");
  REQUIRE(p.lines.size() == 2);
  Page page{Pt(200), Pt(100), Pt(0), "1", {}};
  for (std::size_t i = 0; i < p.lines.size(); ++i) {
    for (GlyphRun r : p.lines[i].runs) {
      r.x += Pt(20);
      r.y = Pt(80) - Pt(12) * static_cast<double>(i);
      page.items.emplace_back(std::move(r));
    }
  }
  const std::string path = test::temp_dir() + "/office.pdf";
  std::string error;
  REQUIRE(write_pdf({{"office", "", "", ""}, {page}, {}}, path, &error));
  // Word by word the pieces are what they read, and joined (pdftotext mends a line-end hyphen)
  // the word is found as a search finds it.
  std::vector<std::string> words;
  for (const test::WordBox& w : test::word_boxes(path)) words.push_back(w.text);
  CHECK(words == std::vector<std::string>{"of-", "fice"});
  auto text = test::run("pdftotext -enc UTF-8 " + path + " -");
  REQUIRE(text.status == 0);
  CHECK(test::squeeze(text.out) == "office");
}

TEST_CASE("the hyphen a discretionary ends a justified line with hangs into the margin",
          "[discretionary]") {
  FontLibrary lib;
  const Face* face = termes(lib);
  LayoutContext context(lib);
  context.hyphenator.add_exception("en-US", "of-fice");
  ParagraphStyle style = termes_body(Align::left);
  style.align = Align::justify;  // margin kerning hangs a justified line's end
  Diagnostics diags;
  const Pt measure = shaped(face, "fice").width + Pt(1);
  SetParagraph p = set_paragraph(one_run_paragraph(style, "office"), measure, context, diags);
  REQUIRE(p.lines.size() == 2);
  REQUIRE(text_of(p.lines[0]) == "of-");
  // The hyphen's advance as "of-" has it, 70 % of it (margin_kerning.cc).
  const ShapedText of = shaped(face, "of-");
  CHECK(p.lines[0].hang_right.value() == Approx(0.7 * of.glyphs.back().advance.value()));
  CHECK(p.lines[1].hang_left == Pt(0));  // "fice" starts with a letter
}

TEST_CASE("a line may fit only because the hyphen of a discretionary hangs, and is set so",
          "[discretionary]") {
  FontLibrary lib;
  LayoutContext context(lib);
  context.hyphenator.add_exception("en-US", "of-fice");
  ParagraphStyle style = termes_body(Align::left);
  style.align = Align::justify;
  Diagnostics diags;
  const Paragraph p = one_run_paragraph(style, "The office");
  // "The of-" at its tightest, less half what its hyphen hangs: the measure that line fits
  // only if the breaker counts the hang of the discretionary's pre-break run ("f-", reshaped).
  const ItemizedParagraph items = itemize(p, context, diags);
  Pt natural, shrink;
  std::size_t i = 0;
  for (; !items.discretionary_at(i); ++i) {
    REQUIRE(i + 1 < items.items.size());
    if (items.items[i].kind == ItemKind::penalty) continue;
    natural += items.items[i].width;
    shrink += items.items[i].shrink;
  }
  const Fragment& pre = items.fragments[items.items[i].content];
  REQUIRE(items.text_of(pre) == "f-");
  natural += pre.width;
  const Pt hang = pre.shaped().back().advance * 0.7;
  const MarginHangs hangs = margin_hangs(items, {true, true, false});
  CHECK(hangs.right(i).value() == Approx(hang.value()));
  const Pt measure = natural - shrink - hang / 2;

  SetParagraph set = set_paragraph(p, measure, context, diags);
  REQUIRE(set.lines.size() == 2);
  CHECK(text_of(set.lines[0]) == "The of-");
  CHECK(set.lines[0].notes.empty());  // within the tolerance: no last resort, no loose pass
  CHECK(set.lines[0].hang_right.value() == Approx(hang.value()));
  // Set at the width the breaker judged it at: the measure and the hang.
  CHECK(set.lines[0].width.value() == Approx((measure + hang).value()).margin(0.001));
  CHECK(text_of(set.lines[1]) == "fice");  // the reshaped post-break run
  CHECK(set.lines[1].hang_left == Pt(0));

  // Without margin kerning "The of-" is too wide: the first line ends elsewhere.
  style.margin_kerning = false;
  SetParagraph plain = set_paragraph(p, measure, context, diags);
  CHECK(text_of(plain.lines[0]) != "The of-");
}

TEST_CASE("margin kerning reads a discretionary's pieces where set_line shows them",
          "[discretionary]") {
  // Items by hand: «‘x» + discretionary(pre «y-», post «‘z», no-break «‘w») + «v’» with glyphs of
  // 10pt. The protruding characters are the ones each edge shows: the pre-break run's hyphen at
  // the break, the post-break run's quote after it, the no-break run's quote at a word that
  // starts inside a discretionary (its empty box shows nothing), and at a space after a
  // discretionary's box, the last character of its no-break run.
  const ShapedGlyph glyph{1, 0, Pt(10)};
  Paragraph source;
  source.runs.emplace_back();  // no letter spacing
  ItemizedParagraph par;
  par.source = &source;
  const auto fragment = [&](char32_t first, char32_t last) {
    Fragment f;
    f.glyphs = &glyph;
    f.glyph_count = 1;
    f.width = Pt(10);
    f.first = first;
    f.last = last;
    par.fragments.push_back(f);
    return static_cast<int>(par.fragments.size()) - 1;
  };
  const int pre = fragment(U'y', U'-'), post = fragment(U'\u2018', U'.'),
            no_break = fragment(U'\u2018', U','), plain = fragment(U'x', U'x');
  std::vector<Item>& items = par.items;
  items.push_back(Item::box(Pt(10), plain));             // 0
  items.push_back(Item::glue(Pt(3), Pt(1), Pt(1), -1));  // 1
  const std::size_t at = append_discretionary(           // 2: empty box, 3: penalty
      items, Item::hyphenation_point(Pt(10), 50, pre, BreakReach::normal), Pt(10), Pt(10),
      no_break);  // 4: glue, 5: box
  par.discretionaries.push_back({static_cast<std::uint32_t>(at), post, true});
  items.push_back(Item::glue(Pt(3), Pt(1), Pt(1), -1));  // 6
  items.push_back(Item::box(Pt(10), plain));             // 7
  items.push_back(Item::forced_break());                 // 8
  REQUIRE(at == 3);
  CHECK(items[2].content == -1);  // the empty box of a word that starts inside it
  CHECK(items[5].content == -1);

  const MarginHangs hangs = margin_hangs(par, {true, true, false});
  CHECK(hangs.right(3) == Pt(7));  // "y-": 70 % of the hyphen
  CHECK(hangs.left(5) == Pt(7));   // after the break: "‘z", 70 % of the quote
  CHECK(hangs.left(2) == Pt(7));   // a line starting at the word: "‘w", unbroken
  CHECK(hangs.right(6) == Pt(5));  // a line ending after the word: "‘w," (50 % of the comma)
  CHECK(hangs.left(0) == Pt(0));
  CHECK(hangs.left(7) == Pt(0));
  CHECK(hangs.right(1) == Pt(0));
}
