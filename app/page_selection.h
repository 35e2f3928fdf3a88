#pragma once
// Which pages a proof shows (`--pages 1-3,v`): a list of items, each a page label or a range
// of them. Labels are what a proofreader reads on the page ("iii", "12"); a number that is no
// page's label stands for a PDF page (1-based), as in pdftoppm, so the unlabelled cover can be
// asked for too.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace folio {

struct PageSelection {
  struct Range {
    std::string first, last;  // equal for a single page
  };
  std::vector<Range> ranges;  // empty: every page
};

// Empty, with `error` set, for an item that is empty or has more than one '-' between labels.
std::optional<PageSelection> parse_page_selection(const std::string& text, std::string* error);

// The indices (0-based, in page order) of the pages `selection` names among pages labelled
// `labels`; empty with `error` naming the item that matches no page, or a range that ends
// before it starts.
std::optional<std::vector<std::size_t>> select_pages(const PageSelection& selection,
                                                     const std::vector<std::string>& labels,
                                                     std::string* error);

}  // namespace folio
