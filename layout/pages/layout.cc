#include "layout/pages/layout.h"

#include "layout/text/layout_context.h"
#include "layout/pages/page_builder.h"
#include "layout/lines/paragraph_layout.h"
#include "layout/pages/running_lines.h"
#include "layout/pages/vertical_list.h"

namespace folio {
namespace {

// The height of the paragraphs at the end of `blocks` that keep with what comes next.
Pt kept_height(const std::vector<SetBlock>& blocks) {
  Pt h;
  for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
    const auto* p = std::get_if<SetParagraph>(&*it);
    if (!p || !p->keep_with_next) break;
    h += p->space_before + p->space_after;
    for (const Line& line : p->lines) h += line.leading;
  }
  return h;
}

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

std::vector<SetBlock> set_blocks(const ComposedPart& part, LayoutContext& context,
                                 Diagnostics& diags) {
  // Text is set to the width of one of the master's columns.
  const PageMaster& m = *part.master;
  const Pt measure = column_width(PageBuilder::measure(m), m.columns, m.column_gap);
  const Pt right_column = shared_right_column(part, context, diags);
  std::vector<SetBlock> out;
  for (const Block& block : part.blocks) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      out.emplace_back(set_paragraph(*p, measure, context, diags, right_column));
    } else if (const auto* c = std::get_if<ColumnSet>(&block)) {
      // A set taller than a page is cut into sets that fit one, each balanced on its page.
      // The first keeps company with the headings kept with it, so it leaves them room.
      const Pt frame = m.height - m.margin_top - m.margin_bottom;
      Pt room = frame - kept_height(out);
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
          out.emplace_back(std::move(set));
          set = std::move(rest);
        }
      }
      out.emplace_back(std::move(set));
    } else if (const auto* s = std::get_if<VerticalSpace>(&block)) {
      out.emplace_back(SetSpace{s->height, s->fill});
    } else {
      out.emplace_back(SetPageBreak{});
    }
  }
  return out;
}

}  // namespace

LaidOutIssue lay_out(const ComposedIssue& issue, LayoutContext& context, Diagnostics& diags) {
  // Warnings said once per layout: each layout reports to its own diagnostics.
  context.languages_warned.clear();
  context.characters_warned.clear();
  LaidOutIssue out;
  Document& doc = out.document;
  doc.info.title = issue.title;
  doc.info.subject = issue.subject;
  for (const HyphenationOverride& h : issue.hyphenation) {
    context.hyphenator.add_exception(h.lang, h.word);
  }
  PageBuilder builder(doc, diags);
  for (const ComposedPart& part : issue.parts) {
    std::vector<SetBlock> blocks = set_blocks(part, context, diags);
    builder.set_verso_master(part.verso_master != part.master ? part.verso_master : nullptr);
    builder.start_part(part.style->kind, *part.master, *part.first_master, part.style->recto,
                       part.title);
    auto balance = part.style->options.find("balance-columns");
    builder.set_balance(balance != part.style->options.end() && balance->second == "true");
    builder.place(blocks);
  }
  add_running_lines(doc, builder.plans(), issue, context, diags);
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const PagePlan& plan = builder.plans()[i];
    if (plan.opening) out.folios[issue.parts[plan.part].style->kind] = doc.pages[i].label;
    // Said now that the page has its folio, so the message names the page a proofreader sees.
    for (Diagnostic note : plan.notes) {
      note.message = describe_page(doc.pages[i], i) + ": " + note.message;
      diags.add(std::move(note));
    }
  }
  return out;
}

}  // namespace folio
