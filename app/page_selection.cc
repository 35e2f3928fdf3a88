#include "app/page_selection.h"

#include <charconv>
#include <set>

namespace folio {
namespace {

// The page a label names: the first page with that label, else a PDF page number.
std::optional<std::size_t> find_page(const std::string& name,
                                     const std::vector<std::string>& labels) {
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == name) return i;
  }
  std::size_t number = 0;
  auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), number);
  if (ec == std::errc() && end == name.data() + name.size() && number >= 1 &&
      number <= labels.size())
    return number - 1;
  return std::nullopt;
}

}  // namespace

std::optional<PageSelection> parse_page_selection(const std::string& text, std::string* error) {
  PageSelection selection;
  std::size_t from = 0;
  while (from <= text.size()) {
    std::size_t comma = text.find(',', from);
    if (comma == std::string::npos) comma = text.size();
    const std::string item = text.substr(from, comma - from);
    const std::size_t dash = item.find('-');
    PageSelection::Range range{item.substr(0, dash),
                               dash == std::string::npos ? item : item.substr(dash + 1)};
    if (range.first.empty() || range.last.empty() || range.last.find('-') != std::string::npos) {
      *error = "bad page item '" + item + "' in '" + text + "' (labels or ranges: 1-3,v)";
      return std::nullopt;
    }
    selection.ranges.push_back(std::move(range));
    from = comma + 1;
  }
  return selection;
}

std::optional<std::vector<std::size_t>> select_pages(const PageSelection& selection,
                                                     const std::vector<std::string>& labels,
                                                     std::string* error) {
  std::vector<std::size_t> out;
  if (selection.ranges.empty()) {
    for (std::size_t i = 0; i < labels.size(); ++i) out.push_back(i);
    return out;
  }
  std::set<std::size_t> chosen;  // in page order, each page once
  for (const PageSelection::Range& r : selection.ranges) {
    const std::optional<std::size_t> first = find_page(r.first, labels);
    const std::optional<std::size_t> last = find_page(r.last, labels);
    if (!first || !last) {
      *error = "no page is labelled '" + (first ? r.last : r.first) + "' (the issue has " +
               std::to_string(labels.size()) + " pages)";
      return std::nullopt;
    }
    if (*last < *first) {
      *error = "the page range " + r.first + "-" + r.last + " ends before it starts";
      return std::nullopt;
    }
    for (std::size_t i = *first; i <= *last; ++i) chosen.insert(i);
  }
  out.assign(chosen.begin(), chosen.end());
  return out;
}

}  // namespace folio
