#include "app/placement.h"

#include "app/pipeline.h"
#include "app/stylesheet_choice.h"

namespace folio {

std::optional<std::string> expected_number(const Article& article) {
  if (article.first_page) return std::to_string(*article.first_page);
  if (!article.item_number.empty()) return article.item_number;
  return std::nullopt;
}

Placement placement(const Ledger& ledger, const CheckedIssue& checked) {
  Placement out;
  for (std::size_t i = 0; i < ledger.pages.size(); ++i) {
    const LedgerPage& page = ledger.pages[i];
    if (out.parts.empty() || out.parts.back().kind != page.part) {
      out.parts.push_back({page.part, i, i, page.label, page.label});
    } else {
      out.parts.back().last = i;
      out.parts.back().last_label = page.label;
    }
  }
  // Only the contents' numbers: no other part's right column lists the articles.
  std::vector<const PrintedNumber*> numbers;
  for (const PrintedNumber& n : ledger.numbers) {
    if (n.page < ledger.pages.size() && ledger.pages[n.page].part == "contents")
      numbers.push_back(&n);
  }
  std::size_t next = 0;
  for (const ArticlePages& pages : checked.report.articles) {
    const Article& a = checked.issue.sections[pages.section].articles[pages.article];
    std::optional<PrintedEntry>& entry = out.entries.emplace_back();
    if (!expected_number(a) || next >= numbers.size()) continue;
    const PrintedNumber& n = *numbers[next++];
    entry = PrintedEntry{n.text, n.page,
                         n.page < ledger.pages.size() ? ledger.pages[n.page].label : std::string()};
  }
  return out;
}

std::optional<Ledger> lay_out_for_placement(const CheckedIssue& checked, const IssueInput& input,
                                            Diagnostics& diags) {
  Diagnostics found;
  std::optional<Style> style =
      choose_stylesheet(input.style_path, checked.issue, input.allow_any_stylesheet_path, found);
  if (!style) {
    diags.add_all(found, true);
    return std::nullopt;
  }
  const Prepared prepared{checked, std::move(*style)};
  FontLibrary fonts;
  Ledger ledger;
  PageLedger noted(ledger, nullptr);
  const int status = lay_out_issue(prepared, true, fonts, found, &noted);
  if (status != kExitClean && ledger.pages.empty()) {
    for (Diagnostic d : found.all()) {
      if (d.severity != Severity::error) continue;
      // The table stands without the placement: what stopped the layout is said, as a warning.
      d.severity = Severity::warning;
      d.message =
          "not laid out, so the parts' pages and the printed numbers are missing: " + d.message;
      diags.add(std::move(d));
    }
    return std::nullopt;
  }
  return ledger;
}

}  // namespace folio
