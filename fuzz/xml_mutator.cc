#include "fuzz/xml_mutator.h"

#include <algorithm>
#include <cstring>
#include <random>
#include <string>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace folio::fuzz {
namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == ':' || c == '.';
}

// The start tags in `text`: where each begins ('<') and its element's name.
struct StartTag {
  std::size_t at;
  std::size_t end;  // one past the '>'
  std::string name;
};
std::vector<StartTag> start_tags(const std::string& text) {
  std::vector<StartTag> out;
  for (std::size_t i = text.find('<'); i != std::string::npos; i = text.find('<', i + 1)) {
    std::size_t j = i + 1;
    while (j < text.size() && is_name_char(text[j])) ++j;
    if (j == i + 1) continue;
    const std::size_t close = text.find('>', j);
    if (close == std::string::npos) break;
    if (text[close - 1] == '/') continue;  // empty-element tag
    out.push_back({i, close + 1, text.substr(i + 1, j - i - 1)});
  }
  return out;
}

std::string repeated(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t k = 0; k < n; ++k) out += s;
  return out;
}

// The mutations, on the text; each leaves it unchanged when it finds nothing to work on.
void nest(std::string& text, const StartTag& tag, std::size_t depth) {
  // <x> ... becomes <x><x><x>...</x></x></x> ... around the element's first text.
  const std::size_t close = text.find("</", tag.end);
  if (close == std::string::npos) return;
  text.insert(close, repeated("</" + tag.name + ">", depth));
  text.insert(tag.end, repeated("<" + tag.name + ">", depth));
}

void repeat(std::string& text, const StartTag& tag, std::size_t times) {
  // The whole element, copied after itself: many articles, people or styles.
  const std::string end_tag = "</" + tag.name + ">";
  const std::size_t close = text.find(end_tag, tag.end);
  if (close == std::string::npos) return;
  const std::size_t end = close + end_tag.size();
  text.insert(end, repeated(text.substr(tag.at, end - tag.at), times));
}

void wrap(std::string& text, const StartTag& tag, std::size_t from, std::size_t to) {
  // <name>...</name> around an arbitrary stretch: markup where it may not be.
  text.insert(to, "</" + tag.name + ">");
  text.insert(from, "<" + tag.name + ">");
}

}  // namespace

std::size_t mutate_xml(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned seed) {
  std::minstd_rand rng(seed);
  auto below = [&](std::size_t n) { return n == 0 ? 0 : std::size_t(rng()) % n; };
  if (below(4) != 0) return LLVMFuzzerMutate(data, size, max_size);
  std::string text(reinterpret_cast<const char*>(data), size);
  const std::vector<StartTag> tags = start_tags(text);
  if (tags.empty()) return LLVMFuzzerMutate(data, size, max_size);
  const StartTag& tag = tags[below(tags.size())];
  switch (below(3)) {
    case 0:
      // Around the depth limit as often as far past it.
      nest(text, tag, below(2) ? 250 + below(10) : 1 + below(400));
      break;
    case 1:
      repeat(text, tag, 1 + below(8));
      break;
    default: {
      std::size_t from = below(text.size() + 1), to = below(text.size() + 1);
      if (from > to) std::swap(from, to);
      wrap(text, tags[below(tags.size())], from, to);
    }
  }
  if (text.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, text.data(), text.size());
  return text.size();
}

}  // namespace folio::fuzz
