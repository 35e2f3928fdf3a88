#include "layout/text/itemizer.h"

#include "base/stage_times.h"
#include "base/utf8.h"
#include "layout/text/break_opportunities.h"
#include "layout/text/discretionary.h"
#include "layout/text/space_factor.h"
#include "layout/text/text_transform.h"

#include <algorithm>

namespace folio {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// What the last resorts cost, so that the breaker takes as few of them as it can: each far more
// than any hyphen, a cut without a hyphen more than a break inside a name.
constexpr int kInsideNamePenalty = 1000;
constexpr int kCapitalisedHyphenPenalty = 2000;
constexpr int kAnywherePenalty = 5000;

bool is_space(char32_t c) { return c == U' ' || c == U'\u00A0'; }

// A break after these is an explicit hyphenation (TeX's \exhyphenpenalty, flagged).
bool is_dash(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2013' || c == U'\u2014'; }

char32_t first_char(std::string_view s) {
  std::size_t i = 0;
  return s.empty() ? 0 : utf8::next(s, i);
}

char32_t last_char(std::string_view s) {
  std::size_t i = s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  if (i > 0) --i;
  std::size_t k = i;
  return s.empty() ? 0 : utf8::next(s, k);
}

class Itemizer {
 public:
  Itemizer(const Paragraph& p, LayoutContext& context, Diagnostics& diags, BreakReach reach,
           ItemizedParagraph recycled)
      : p_(p),
        style_(*p.style),
        ctx_(context),
        diags_(diags),
        reach_(reach),
        out_(std::move(recycled)) {
    out_.text.clear();
    out_.fragments.clear();
    out_.items.clear();
    out_.discretionaries.clear();
  }

  ItemizedParagraph run();

 private:
  // Text of one run in one face: a stretch of the current segment.
  struct Piece {
    const StyledRun* run;
    const Face* face;
    std::size_t begin, end;
    ShapeContext* shaper;  // the run's words in this face, shaped once for the whole run
  };
  // A place inside a word where the line may break.
  struct InnerBreak {
    std::size_t offset;  // in the segment's text: the break comes before this byte
    int cost;
    bool flagged;
    bool hyphen;  // the break adds a hyphen
    BreakReach reach;
  };

  void add_run(const StyledRun& run);
  const Face* face_for(char32_t c, const Face* primary, const StyledRun& run);
  void flush_segment();
  void flush_word();
  void add_hyphenation_points(std::string_view word, const Piece& first);
  // Where a piece of a word is cut into fragments so far: its glyphs and text before these are
  // in the items already.
  struct Cut {
    std::size_t glyph = 0;
    std::uint32_t text = 0;
  };
  void add_piece_of_word(const Piece& piece, std::size_t a, std::size_t b);
  void add_box(const Piece& piece, std::string_view text, const ShapedText& shaped, Cut& done,
               Cut to);
  void add_penalty(const InnerBreak& brk, const Piece& piece);
  void add_discretionary(const InnerBreak& brk, const Piece& piece, std::string_view text,
                         const ShapedText& shaped, std::uint32_t cut, Cut& done);
  // `shaped` is the shape cache's (ShapeContext): the fragment points into it.
  int add_fragment(const Piece& piece, std::string_view text, const ShapedText& shaped,
                   std::size_t glyph_begin, std::size_t glyph_end, std::uint32_t cluster_base);
  int add_shaped(const Piece& piece, std::string_view text, const ShapedText& shaped);
  const Piece& piece_at(std::size_t offset) const;

  const Paragraph& p_;
  const ParagraphStyle& style_;
  LayoutContext& ctx_;
  Diagnostics& diags_;
  BreakReach reach_;
  ItemizedParagraph out_;
  int last_hyphen_ = -1;  // the fragment of the last hyphen added
  int last_space_ = -1;   // the fragment of the last word space added

  std::string text_;  // the segment being collected: text between forced breaks
  std::vector<Piece> pieces_;
  std::size_t word_begin_ = kNone, word_end_ = 0;
  std::vector<InnerBreak> inner_;
};

const Itemizer::Piece& Itemizer::piece_at(std::size_t offset) const {
  for (const Piece& p : pieces_) {
    if (offset < p.end) return p;
  }
  return pieces_.back();
}

const Face* Itemizer::face_for(char32_t c, const Face* primary, const StyledRun& run) {
  if (is_space(c) || c < 0x20 || primary->glyph_for(c) != 0) return primary;
  const TextFormat& f = run.format;
  for (const std::string& family : f.fallback_families) {
    // Symbol and emoji fonts rarely have bold or italic faces: their regular face serves.
    const Face* fallback = ctx_.fonts.try_face({family, f.font.weight, f.font.slant});
    if (!fallback) fallback = ctx_.fonts.face({family, 400, Slant::upright}, f.font_pos, diags_);
    if (fallback && fallback->glyph_for(c) != 0) return fallback;
  }
  if (ctx_.reported.due(c, diags_)) {
    std::string ch;
    utf8::append(ch, c);
    diags_.warning(run.pos, "no font has " + utf8::codepoint_name(c) + " '" + ch + "': not '" +
                                f.font.describe() + "'" +
                                (f.fallback_families.empty() ? "" : " nor its fallback families") +
                                " (it is set as the font's missing-glyph box)");
  }
  return primary;
}

void Itemizer::add_run(const StyledRun& run) {
  if (run.line_break) {
    flush_segment();
    out_.items.push_back(Item::forced_break());
    return;
  }
  const Face* primary = ctx_.fonts.face(run.format.font, run.format.font_pos, diags_);
  if (!primary) return;
  const std::string text =
      run.format.transform == TextTransform::uppercase ? to_uppercase(run.text) : run.text;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const Face* face = face_for(utf8::next(text, i), primary, run);
    if (pieces_.empty() || pieces_.back().run != &run || pieces_.back().face != face) {
      const TextFormat& f = run.format;
      ShapeContext& shaper = ctx_.shapes.context({face, f.size, run.lang, &f.features});
      pieces_.push_back({&run, face, text_.size(), text_.size(), &shaper});
    }
    text_.append(text, start, i - start);
    pieces_.back().end = text_.size();
  }
}

void Itemizer::flush_segment() {
  if (text_.empty()) return;
  const std::vector<BreakOpportunity> breaks =
      break_opportunities(text_, pieces_.front().run->lang);
  const BreakSettings& b = style_.breaking;
  for (std::size_t i = 0; i < text_.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::next(text_, i);
    if (is_space(c)) {
      flush_word();
      const Piece& piece = piece_at(start);
      // One fragment for the spaces of a run in a face, as for its hyphens: a paragraph of
      // 200,000 words would otherwise hold 200,000 copies of it. U+00A0 is set as a space too
      // (it is often drawn wider than one).
      if (last_space_ < 0 || out_.fragments[last_space_].face != piece.face ||
          &p_.runs[out_.fragments[last_space_].run] != piece.run) {
        last_space_ = add_shaped(piece, " ", piece.shaper->space());
      }
      const int f = last_space_;
      const Pt w = out_.fragments[f].width;
      if (breaks[i - 1] != BreakOpportunity::allowed) {
        // A no-break space holds a name together, unless nothing else fits the measure.
        const bool name_break =
            c == U'\u00A0' && piece.run->name && reach_ >= BreakReach::inside_name;
        out_.items.push_back(name_break ? Item::penalty_item(Pt(0), kInsideNamePenalty, false, -1,
                                                             BreakReach::inside_name)
                                        : Item::penalty_item(Pt(0), kNeverBreak, false, -1));
      }
      // TeX's space factor, with wide sentence spacing: a wider, more elastic space after a
      // sentence, less so after a colon, semicolon or comma.
      const double sf = b.wide_sentence_spaces
                            ? space_factor(std::string_view(text_).substr(0, start)) / 1000.0
                            : 1.0;
      const Pt extra = sf >= 2 ? w / 3 : Pt(0);  // TeX's extra space: a third of the space
      out_.items.push_back(
          Item::glue(w + extra, w * b.space_stretch * sf, w * b.space_shrink / sf, f));
      continue;
    }
    if (word_begin_ == kNone) word_begin_ = start;
    word_end_ = i;
    const char32_t next = i < text_.size() ? first_char(std::string_view(text_).substr(i)) : 0;
    // UAX #14 also allows a break before an em or en dash; English typography does not (a line
    // never starts with a dash), so folio tailors that opportunity away.
    const bool before_dash = next == U'\u2014' || next == U'\u2013';
    if (next != 0 && !is_space(next) && !before_dash &&
        breaks[i - 1] == BreakOpportunity::allowed) {
      const bool dash = is_dash(c);
      inner_.push_back({i, dash ? b.ex_hyphen_penalty : 0, dash, false, BreakReach::normal});
    }
  }
  flush_word();
  text_.clear();
  pieces_.clear();
}

void Itemizer::flush_word() {
  if (word_begin_ == kNone) return;
  const std::string_view word =
      std::string_view(text_).substr(word_begin_, word_end_ - word_begin_);
  add_hyphenation_points(word, piece_at(word_begin_));
  if (reach_ >= BreakReach::anywhere) {
    for (std::size_t cut : grapheme_boundaries(word)) {
      inner_.push_back({word_begin_ + cut, kAnywherePenalty, false, false, BreakReach::anywhere});
    }
  }
  // One break per place, the least far-fetched one.
  std::sort(inner_.begin(), inner_.end(), [](const InnerBreak& x, const InnerBreak& y) {
    return x.offset != y.offset ? x.offset < y.offset : x.reach < y.reach;
  });
  inner_.erase(
      std::unique(inner_.begin(), inner_.end(),
                  [](const InnerBreak& x, const InnerBreak& y) { return x.offset == y.offset; }),
      inner_.end());
  for (const Piece& piece : pieces_) {
    const std::size_t a = std::max(word_begin_, piece.begin);
    const std::size_t b = std::min(word_end_, piece.end);
    if (a < b) add_piece_of_word(piece, a, b);
  }
  word_begin_ = kNone;
  inner_.clear();
}

// The style's hyphenation points, and from the `capitalised` reach on also those of capitalised
// words, of names and of paragraphs whose style does not hyphenate.
void Itemizer::add_hyphenation_points(std::string_view word, const Piece& first) {
  const bool last_resort = reach_ >= BreakReach::capitalised;
  if (!style_.hyphenate && !last_resort) return;
  const std::string& lang = first.run->lang;
  if (!ctx_.hyphenator.has_language(lang)) {
    if (ctx_.reported.due(lang, diags_)) {
      const std::string package = hyphenation_package(lang);
      diags_.warning(first.run->pos,
                     "no hyphenation dictionary for language '" + lang +
                         "': its text is set without hyphenation" +
                         (package.empty() ? std::string(" (Debian has none)")
                                          : " (install the Debian package " + package + ")"));
    }
    return;
  }
  const BreakSettings& b = style_.breaking;
  HyphenationSettings settings{b.min_word, b.min_left, b.min_right, b.hyphenate_capitalised,
                               b.hyphenate_hyphenated};
  // A person's name (compose marks its run) takes an exception's points only, not the patterns'.
  settings.patterns = !first.run->name;
  // The hyphenator's own cached copy, not one of it per word (it stays put, hyphenator.h).
  static const std::vector<std::size_t> kNoPoints;
  const std::vector<std::size_t>& normal =
      style_.hyphenate ? ctx_.hyphenator.points(word, lang, settings) : kNoPoints;
  for (std::size_t point : normal) {
    inner_.push_back({word_begin_ + point, b.hyphen_penalty, true, true, BreakReach::normal});
  }
  if (!last_resort) return;
  // Past the measure otherwise, a name may take the patterns' points too, with a warning.
  settings.capitalised = true;
  settings.patterns = true;
  for (std::size_t point : ctx_.hyphenator.points(word, lang, settings)) {
    if (std::find(normal.begin(), normal.end(), point) != normal.end()) continue;
    inner_.push_back(
        {word_begin_ + point, kCapitalisedHyphenPenalty, true, true, BreakReach::capitalised});
  }
}

void Itemizer::add_piece_of_word(const Piece& piece, std::size_t a, std::size_t b) {
  const std::string_view text = std::string_view(text_).substr(a, b - a);
  const ShapedText& shaped = piece.shaper->shape(text);
  Cut done;
  for (const InnerBreak& brk : inner_) {
    if (brk.offset <= a || brk.offset >= b || brk.offset == word_end_) continue;
    const auto cut = static_cast<std::uint32_t>(brk.offset - a);
    // A break within the reshaped runs of the discretionary before it is not taken: those runs
    // are shaped for one break only.
    if (cut <= done.text) continue;
    if (breaks_cleanly(*piece.shaper, text, shaped, cut, brk.hyphen)) {
      add_box(piece, text, shaped, done, {shaped.glyph_at(cut), cut});
      add_penalty(brk, piece);
    } else {
      add_discretionary(brk, piece, text, shaped, cut, done);
    }
  }
  add_box(piece, text, shaped, done,
          {shaped.glyphs.size(), static_cast<std::uint32_t>(text.size())});
  // A break exactly where this piece ends and the word goes on in another face.
  for (const InnerBreak& brk : inner_) {
    if (brk.offset == b && b < word_end_) add_penalty(brk, piece);
  }
}

// The glyphs of `shaped` from `done` to `to` as a box (none when there are none).
void Itemizer::add_box(const Piece& piece, std::string_view text, const ShapedText& shaped,
                       Cut& done, Cut to) {
  if (to.glyph == done.glyph) return;
  const int f = add_fragment(piece, text.substr(done.text, to.text - done.text), shaped, done.glyph,
                             to.glyph, done.text);
  out_.items.push_back(Item::box(out_.fragments[f].width, f));
  done = to;
}

void Itemizer::add_penalty(const InnerBreak& brk, const Piece& piece) {
  if (!brk.hyphen) {
    out_.items.push_back(Item::penalty_item(Pt(0), brk.cost, brk.flagged, -1, brk.reach));
    return;
  }
  // Every hyphen of a run in one face is the same fragment: a long paragraph has hundreds of
  // thousands of places to hyphenate.
  if (last_hyphen_ < 0 || out_.fragments[last_hyphen_].face != piece.face ||
      &p_.runs[out_.fragments[last_hyphen_].run] != piece.run) {
    last_hyphen_ = add_shaped(piece, "-", piece.shaper->hyphen());
  }
  const int hyphen = last_hyphen_;
  out_.items.push_back(
      Item::hyphenation_point(out_.fragments[hyphen].width, brk.cost, hyphen, brk.reach));
}

// A break before byte `cut` of a piece of a word that HarfBuzz says changes the glyphs around
// it: the whole word's glyphs up to the split, then the discretionary (the pre-break, no-break
// and post-break runs of discretionary.h), and the glyphs after the split are the next box's.
void Itemizer::add_discretionary(const InnerBreak& brk, const Piece& piece, std::string_view text,
                                 const ShapedText& shaped, std::uint32_t cut, Cut& done) {
  const WordSplit split = split_word(*piece.shaper, text, shaped, done.text, cut, brk.hyphen);
  const std::uint32_t pre_base = split.begin - done.text;  // `pre` is shaped from `done`
  add_box(piece, text, shaped, done, {shaped.glyph_at(split.begin), split.begin});
  std::string pre_text(text.substr(split.begin, cut - split.begin));
  if (brk.hyphen) pre_text += '-';
  const int pre = add_fragment(piece, pre_text, *split.pre, split.pre->glyph_at(pre_base),
                               split.pre->glyphs.size(), pre_base);
  const Cut end{shaped.glyph_at(split.end), split.end};
  const int no_break = add_fragment(piece, text.substr(split.begin, split.end - split.begin),
                                    shaped, done.glyph, end.glyph, split.begin);
  const std::size_t post_glyphs = split.post->glyph_at(split.end - cut);
  const int post = post_glyphs == 0 ? -1
                                    : add_fragment(piece, text.substr(cut, split.end - cut),
                                                   *split.post, 0, post_glyphs, 0);
  // A hyphenation point of the patterns is one pass 1 does not break at (Item::pattern), as in
  // add_penalty; a break after an explicit hyphen or dash that reshapes is not.
  const Pt pre_width = out_.fragments[pre].width;
  const Item penalty = brk.hyphen
                           ? Item::hyphenation_point(pre_width, brk.cost, pre, brk.reach)
                           : Item::penalty_item(pre_width, brk.cost, brk.flagged, pre, brk.reach);
  const std::size_t at =
      append_discretionary(out_.items, penalty, post < 0 ? Pt(0) : out_.fragments[post].width,
                           out_.fragments[no_break].width, no_break);
  out_.discretionaries.push_back({static_cast<std::uint32_t>(at), post, brk.hyphen});
  done = end;
}

int Itemizer::add_fragment(const Piece& piece, std::string_view text, const ShapedText& shaped,
                           std::size_t glyph_begin, std::size_t glyph_end,
                           std::uint32_t cluster_base) {
  Fragment& f = out_.fragments.emplace_back();
  f.face = piece.face;
  f.glyphs = shaped.glyphs.data() + glyph_begin;
  f.glyph_count = static_cast<std::uint32_t>(glyph_end - glyph_begin);
  f.cluster_base = cluster_base;
  f.run = static_cast<std::uint32_t>(piece.run - p_.runs.data());
  f.first = first_char(text);
  f.last = last_char(text);
  f.text_begin = static_cast<std::uint32_t>(out_.text.size());
  out_.text += text;
  f.text_end = static_cast<std::uint32_t>(out_.text.size());
  const Pt spacing = out_.letter_spacing(f);
  for (const ShapedGlyph& g : f.shaped()) f.width += g.advance + spacing;
  return static_cast<int>(out_.fragments.size()) - 1;
}

int Itemizer::add_shaped(const Piece& piece, std::string_view text, const ShapedText& shaped) {
  return add_fragment(piece, text, shaped, 0, shaped.glyphs.size(), 0);
}

ItemizedParagraph Itemizer::run() {
  out_.source = &p_;
  // One allocation per buffer instead of a doubling series whose last copy overlaps everything
  // else the paragraph holds (a paragraph of 200,000 words: its items would go from 12 to 24 MB
  // at its last words). The text's bytes less the spaces (their fragment is shared); a box, a
  // glue and a fragment per word; and for the pieces of discretionaries and hyphenation points,
  // which add text, fragments and items, room in proportion. Room reserved and not used costs
  // address space, not memory: the pages of a large buffer are not touched.
  std::size_t bytes = 0, spaces = 0;
  for (const StyledRun& run : p_.runs) {
    bytes += run.text.size();
    spaces += static_cast<std::size_t>(std::count(run.text.begin(), run.text.end(), ' '));
  }
  const std::size_t letters = bytes - spaces, words = spaces + p_.runs.size();
  out_.text.reserve(letters + letters / 4 + 16);
  out_.fragments.reserve(words + words / 2 + 16);
  out_.items.reserve(3 * words + 16);
  for (const StyledRun& run : p_.runs) add_run(run);
  flush_segment();
  out_.items.push_back(Item::forced_break());
  return std::move(out_);
}

}  // namespace

Pt ItemizedParagraph::letter_spacing(const Fragment& f) const {
  const TextFormat& format = source->runs[f.run].format;
  return format.letter_spacing.resolve(format.size);
}

const DiscretionaryBreak* ItemizedParagraph::discretionary_at(std::size_t item) const {
  const auto it =
      std::lower_bound(discretionaries.begin(), discretionaries.end(), item,
                       [](const DiscretionaryBreak& d, std::size_t i) { return d.penalty < i; });
  return it != discretionaries.end() && it->penalty == item ? &*it : nullptr;
}

ItemizedParagraph itemize(const Paragraph& paragraph, LayoutContext& context, Diagnostics& diags,
                          BreakReach reach, ItemizedParagraph recycled) {
  ScopedStage stage(Stage::shape);
  return Itemizer(paragraph, context, diags, reach, std::move(recycled)).run();
}

}  // namespace folio
