#include "layout/pages/layout.h"

#include "layout/lines/paragraph_layout.h"
#include "layout/pages/page_geometry.h"
#include "layout/pages/paragraphs_ahead.h"
#include "layout/pages/vertical_list.h"

namespace folio {
namespace {

// The column the part's right columns of automatic width share: as wide as the widest of them,
// plus its gap, so that a contents' page numbers stand flush right in one column.
Pt shared_right_column(const ComposedPart& part, LayoutContext& context, Diagnostics& diags) {
  Pt widest;
  for (const Block& block : part.blocks) {
    const auto* p = std::get_if<Paragraph>(&block);
    if (!p || p->right.runs.empty() || p->right.width) continue;
    widest = max(widest, natural_width(p->right.runs, *p->style, context, diags) + p->right.gap);
  }
  return widest;
}

// The height of the lines of paragraphs that keep with what comes next, since the last that
// did not: a set of columns after them must leave them room on its page.
class KeptHeight {
 public:
  void begin(const SetParagraph& p) {
    keeping_ = p.keep_with_next;
    height_ = keeping_ ? height_ + p.space_before + p.space_after : Pt(0);
  }
  void line(const Line& line) {
    if (keeping_) height_ += line.leading;
  }
  void reset() { height_ = Pt(0); }
  Pt height() const { return height_; }

 private:
  Pt height_;
  bool keeping_ = false;
};

// Hands a paragraph's lines to the vertical list as they are set.
class ListedLines final : public LineSink {
 public:
  ListedLines(VerticalList& list, KeptHeight& kept) : list_(list), kept_(kept) {}
  void begin(SetParagraph&& rules, std::size_t lines) override {
    kept_.begin(rules);
    list_.begin_paragraph(std::move(rules), lines);
  }
  void line(Line&& line) override {
    kept_.line(line);
    list_.add_line(std::move(line));
  }

 private:
  VerticalList& list_;
  KeptHeight& kept_;
};

}  // namespace

PartPages lay_out_part(const ComposedPart& part, std::size_t first_index, LayoutContext& context,
                       Diagnostics& diags, PageSink& sink, LayoutContext* ahead) {
  PageBuilder builder(part, first_index, context, diags, sink);
  VerticalList list([&](VerticalItem&& item) { builder.add(std::move(item)); });
  // Text is set to the width of one of the master's columns.
  const PageGeometry geometry = geometry_of(*part.body.master);
  const Pt measure = geometry.column_width;
  const Pt frame = geometry.text_height;
  const Pt right_column = shared_right_column(part, context, diags);
  KeptHeight kept;
  ListedLines lines(list, kept);
  ParagraphsAhead set_ahead(part.blocks, measure, right_column, context, ahead);
  for (const Block& block : part.blocks) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      if (set_ahead.takes(*p)) {
        set_ahead.hand_on_next(diags, lines);
      } else {
        set_paragraph(*p, measure, context, diags, right_column, lines);
      }
    } else if (const auto* c = std::get_if<ColumnSet>(&block)) {
      // A set taller than a page is cut into sets that fit one, each balanced on its page. The
      // first keeps company with the headings kept with it, so it leaves them room.
      Pt room = frame - kept.height();
      const Pt width = column_width(measure, c->columns, c->gap);
      SetColumns set{c->columns, c->gap, {}};
      for (const Paragraph& member : c->paragraphs) {
        set.paragraphs.push_back(set_paragraph(member, width, context, diags));
        // After the kept headings the first line stands a leading, not an ascent, down.
        Pt extent = column_set_extent(set);
        if (room < frame && !set.paragraphs.front().lines.empty()) {
          const Line& first = set.paragraphs.front().lines.front();
          extent += first.leading - first.ascent;
        }
        if (set.paragraphs.size() > 1 && extent > room) {
          room = frame;
          SetColumns rest{c->columns, c->gap, {std::move(set.paragraphs.back())}};
          set.paragraphs.pop_back();
          list.add(std::move(set));
          set = std::move(rest);
        }
      }
      list.add(std::move(set));
      kept.reset();
    } else if (const auto* s = std::get_if<VerticalSpace>(&block)) {
      if (s->fill) {
        list.add_fill();
      } else {
        list.add_space(s->height);
      }
    } else {
      list.add_page_break();
      kept.reset();
    }
  }
  return builder.finish();
}

}  // namespace folio
