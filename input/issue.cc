#include "input/issue.h"

#include <algorithm>

namespace folio {

std::string RichText::plain() const {
  std::string out;
  for (const TextSpan& span : spans) out += span.line_break ? std::string(" ") : span.text;
  return out;
}

// A text made only of line breaks prints nothing, so it counts as empty.
bool RichText::empty() const {
  return std::ranges::all_of(spans, [](const TextSpan& span) { return span.text.empty(); });
}

std::string PersonName::display() const {
  if (given.empty()) return family;
  return given + ' ' + family;
}

namespace {

template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  auto it = std::ranges::find(items, id, &T::id);
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Person* Issue::person(const std::string& id) const { return find_by_id(people, id); }

const Section* Issue::section(const std::string& id) const { return find_by_id(sections, id); }

const Article* Issue::article(const std::string& id) const {
  for (const Section& s : sections) {
    if (const Article* a = find_by_id(s.articles, id)) return a;
  }
  return nullptr;
}

std::string Issue::label(const std::string& key) const {
  auto it = labels.find(key);
  return it == labels.end() ? std::string() : it->second;
}

}  // namespace folio
