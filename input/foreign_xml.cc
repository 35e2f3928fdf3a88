#include "input/foreign_xml.h"

#include "input/text_spans.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>

namespace folio::foreign {
namespace {

std::string_view after_prefix(std::string_view name) {
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::optional<std::uint8_t> inline_flag(std::string_view name) {
  if (name == "italic" || name == "i") return kItalic;
  if (name == "bold" || name == "b") return kBold;
  if (name == "sc" || name == "scp") return kSmallCaps;
  if (name == "sup") return kSuperscript;
  if (name == "sub") return kSubscript;
  return std::nullopt;
}

// Markers that point elsewhere (a footnote, an affiliation) mean nothing in front matter.
bool is_marker(pugi::xml_node n) {
  std::string_view name = local_name(n);
  if (name == "fn") return true;
  if (name != "xref") return false;
  std::string type = attribute(n, "ref-type");
  return type == "fn" || type == "aff" || type == "corresp" || type == "author-notes" ||
         type == "table-fn";
}

void append_all_text(pugi::xml_node n, std::string& out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out += c.value();
    } else if (c.type() == pugi::node_element) {
      append_all_text(c, out);
    }
  }
}

class Collector {
 public:
  Collector(const XmlSource& source, std::string lang) : source_(source), lang_(std::move(lang)) {}

  void collect(pugi::xml_node n, std::uint8_t flags) {
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        spans_.push_back({c.value(), flags, lang_, false, source_.text_pos(c)});
      } else if (c.type() == pugi::node_element) {
        element(c, flags);
      }
    }
  }

  MarkupText finish() { return {normalize_spans(std::move(spans_)), math_}; }

 private:
  void element(pugi::xml_node n, std::uint8_t flags) {
    std::string_view name = local_name(n);
    if (is_marker(n)) return;
    if (name == "break") {
      spans_.push_back({"", flags, lang_, true, source_.pos(n)});
    } else if (name == "math") {
      if (!math_) math_ = n;
      std::string text;
      append_all_text(n, text);
      spans_.push_back({text, flags, lang_, false, source_.pos(n)});
    } else if (std::optional<std::uint8_t> flag = inline_flag(name)) {
      collect(n, static_cast<std::uint8_t>(flags | *flag));
    } else {
      collect(n, flags);
    }
  }

  const XmlSource& source_;
  std::string lang_;
  std::vector<TextSpan> spans_;
  pugi::xml_node math_;
};

}  // namespace

std::optional<std::string> read_file(const std::string& path, const char* what,
                                     Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({path, 0, 0}, std::string("cannot read the ") + what + ": " + std::strerror(errno));
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string_view local_name(pugi::xml_node n) { return after_prefix(n.name()); }
std::string_view local_name(pugi::xml_attribute a) { return after_prefix(a.name()); }

pugi::xml_node child(pugi::xml_node parent, std::string_view local) {
  for (pugi::xml_node c : parent.children()) {
    if (c.type() == pugi::node_element && local_name(c) == local) return c;
  }
  return {};
}

std::vector<pugi::xml_node> children(pugi::xml_node parent, std::string_view local) {
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node c : parent.children()) {
    if (c.type() == pugi::node_element && local_name(c) == local) out.push_back(c);
  }
  return out;
}

pugi::xml_node descendant(pugi::xml_node n, std::string_view local) {
  return n.find_node(
      [&](pugi::xml_node d) { return d.type() == pugi::node_element && local_name(d) == local; });
}

std::string attribute(pugi::xml_node n, std::string_view local) {
  for (pugi::xml_attribute a : n.attributes()) {
    if (local_name(a) == local) return collapse_whitespace(a.value());
  }
  return {};
}

std::string text_of(pugi::xml_node n) {
  std::string raw;
  append_all_text(n, raw);
  return collapse_whitespace(raw);
}

std::string child_text(pugi::xml_node parent, std::string_view local) {
  pugi::xml_node c = child(parent, local);
  return c ? text_of(c) : std::string();
}

std::optional<int> page_number(std::string_view text) {
  if (text.empty() || text.size() > 9 || text[0] == '0') return std::nullopt;
  int page = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), page);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return page;
}

std::string month_name(std::string_view month) {
  static constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};
  if (month.starts_with('0')) month.remove_prefix(1);
  std::optional<int> n = page_number(month);
  return n && *n <= 12 ? kMonths[*n - 1] : "";
}

MarkupText rich_text(const XmlSource& source, pugi::xml_node n, const std::string& lang) {
  Collector collector(source, lang);
  collector.collect(n, 0);
  return collector.finish();
}

}  // namespace folio::foreign
