#include "input/foreign_xml.h"

#include "base/limits.h"
#include "input/abstract_text.h"
#include "input/text_spans.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
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

void append_utf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// The HTML 4 entities, which the JATS DTDs declare under the same names (ISO 8879 sets).
const std::map<std::string_view, char32_t>& entity_table() {
  static const std::map<std::string_view, char32_t> table = [] {
    std::map<std::string_view, char32_t> t;
    // U+00A0 to U+00FF in order.
    static constexpr std::array<std::string_view, 96> kLatin1 = {
        "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
        "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
        "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
        "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
        "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
        "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
        "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
        "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
        "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
        "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
        "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};
    for (std::size_t i = 0; i < kLatin1.size(); ++i) t.emplace(kLatin1[i], 0xA0 + i);
    // U+0391 to U+03A9 and U+03B1 to U+03C9; U+03A2 is unassigned.
    static constexpr std::array<std::string_view, 25> kGreek = {
        "Alpha", "Beta",   "Gamma",   "Delta", "Epsilon", "Zeta",    "Eta",  "Theta", "Iota",
        "Kappa", "Lambda", "Mu",      "Nu",    "Xi",      "Omicron", "Pi",   "Rho",   "",
        "Sigma", "Tau",    "Upsilon", "Phi",   "Chi",     "Psi",     "Omega"};
    static constexpr std::array<std::string_view, 25> kGreekSmall = {
        "alpha", "beta",   "gamma",   "delta", "epsilon", "zeta",    "eta",  "theta", "iota",
        "kappa", "lambda", "mu",      "nu",    "xi",      "omicron", "pi",   "rho",   "sigmaf",
        "sigma", "tau",    "upsilon", "phi",   "chi",     "psi",     "omega"};
    for (std::size_t i = 0; i < kGreek.size(); ++i) {
      if (!kGreek[i].empty()) t.emplace(kGreek[i], 0x391 + i);
      t.emplace(kGreekSmall[i], 0x3B1 + i);
    }
    const std::pair<std::string_view, char32_t> kOthers[] = {
        {"OElig", 0x152},    {"oelig", 0x153},   {"Scaron", 0x160},  {"scaron", 0x161},
        {"Yuml", 0x178},     {"fnof", 0x192},    {"circ", 0x2C6},    {"tilde", 0x2DC},
        {"thetasym", 0x3D1}, {"upsih", 0x3D2},   {"piv", 0x3D6},     {"ensp", 0x2002},
        {"emsp", 0x2003},    {"thinsp", 0x2009}, {"hairsp", 0x200A}, {"zwnj", 0x200C},
        {"zwj", 0x200D},     {"lrm", 0x200E},    {"rlm", 0x200F},    {"hyphen", 0x2010},
        {"dash", 0x2010},    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},
        {"rsquo", 0x2019},   {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D},
        {"bdquo", 0x201E},   {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},
        {"hellip", 0x2026},  {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033},
        {"lsaquo", 0x2039},  {"rsaquo", 0x203A}, {"oline", 0x203E},  {"frasl", 0x2044},
        {"euro", 0x20AC},    {"trade", 0x2122},  {"larr", 0x2190},   {"uarr", 0x2191},
        {"rarr", 0x2192},    {"darr", 0x2193},   {"harr", 0x2194},   {"minus", 0x2212},
        {"lowast", 0x2217},  {"radic", 0x221A},  {"infin", 0x221E},  {"sim", 0x223C},
        {"asymp", 0x2248},   {"ne", 0x2260},     {"equiv", 0x2261},  {"le", 0x2264},
        {"ge", 0x2265}};
    for (const auto& [name, c] : kOthers) t.emplace(name, c);
    return t;
  }();
  return table;
}

void append_all_text(pugi::xml_node n, std::string& out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata) {
      out += decode_entities(c.value());
    } else if (c.type() == pugi::node_cdata) {
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
      if (c.type() == pugi::node_pcdata) {
        std::string unknown;
        spans_.push_back(
            {decode_entities(c.value(), &unknown), flags, lang_, false, source_.text_pos(c)});
        if (!unknown.empty() && unknown_entity_.empty()) {
          unknown_entity_ = unknown;
          unknown_entity_at_ = c;
        }
      } else if (c.type() == pugi::node_cdata) {
        spans_.push_back({c.value(), flags, lang_, false, source_.text_pos(c)});
      } else if (c.type() == pugi::node_element) {
        element(c, flags);
      }
    }
  }

  MarkupText finish() {
    return {normalize_spans(std::move(spans_)), math_, unknown_entity_, unknown_entity_at_};
  }

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
  std::string unknown_entity_;
  pugi::xml_node unknown_entity_at_;
};

// Abstracts that are not the article's abstract proper.
bool is_secondary_abstract(const std::string& type) {
  static constexpr std::string_view kSecondary[] = {
      "executive-summary", "digest",  "teaser", "graphical",  "toc", "short",
      "web-summary",       "summary", "precis", "key-points", "lay", "plain-language-summary"};
  return std::ranges::find(kSecondary, type) != std::end(kSecondary);
}

bool is_candidate_abstract(pugi::xml_node n) {
  std::string type = attribute(n, "abstract-type");
  return type.empty() || !is_secondary_abstract(type);
}

void collect_pieces(pugi::xml_node n, pugi::xml_node heading, std::vector<AbstractPiece>& out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    if (local_name(c) == "p") {
      out.push_back({heading, c});
      heading = {};
    } else if (local_name(c) == "sec") {
      pugi::xml_node title = child(c, "title");
      collect_pieces(c, title && !text_of(title).empty() ? title : heading, out);
      heading = {};
    }
  }
}

}  // namespace

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
  if (page > limits::kMaxPageNumber) return std::nullopt;
  return page;
}

PageRange page_range(std::string_view text) {
  const std::string all = collapse_whitespace(text);
  const std::size_t end = all.find_first_of("-–,");
  PageRange out;
  out.first = page_number(collapse_whitespace(all.substr(0, end)));
  if (!out.first || end == std::string::npos || all[end] == ',') return out;
  std::string rest = all.substr(end + (all[end] == '-' ? 1 : std::string("–").size()));
  const std::string last = collapse_whitespace(rest.substr(0, rest.find(',')));
  out.last = page_number(last);
  out.cut_short = !out.last;
  // "1234-56" abbreviates 1234–1256: the last page takes the first's leading digits.
  const std::string first = std::to_string(*out.first);
  if (out.last && *out.last < *out.first && last.size() < first.size())
    out.last = page_number(first.substr(0, first.size() - last.size()) + last);
  return out;
}

int month_number(std::string_view month) {
  if (month.starts_with('0')) month.remove_prefix(1);
  std::optional<int> n = page_number(month);
  return n && *n <= 12 ? *n : 0;
}

std::string cut_short_range_message(const std::string& range, const std::string& title, int first) {
  return "page range '" + range + "' of '" + title + "' has no last page; only its first page " +
         std::to_string(first) + " is used";
}

std::string unknown_entity_message(const std::string& entity, const char* where,
                                   const std::string& title) {
  return "unknown entity '" + entity + "' in the " + where + " of '" + title +
         "' is printed as written: folio knows the HTML 4 entities, write any other as a "
         "character or a numeric reference";
}

std::string decode_entities(std::string_view text, std::string* unknown) {
  if (text.find('&') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != '&') {
      out += text[i++];
      continue;
    }
    // "&name;": a letter, then letters and digits.
    std::size_t end = i + 1;
    while (end < text.size() && end - i <= 32 &&
           ((text[end] >= 'a' && text[end] <= 'z') || (text[end] >= 'A' && text[end] <= 'Z') ||
            (end > i + 1 && text[end] >= '0' && text[end] <= '9')))
      ++end;
    if (end == i + 1 || end >= text.size() || text[end] != ';') {
      out += text[i++];
      continue;
    }
    std::string_view name = text.substr(i + 1, end - i - 1);
    auto it = entity_table().find(name);
    // "&amp;" here was "&amp;amp;" in the file, which the parser has already decoded.
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") {
      out += text.substr(i, end + 1 - i);
    } else if (it != entity_table().end()) {
      append_utf8(it->second, out);
    } else {
      out += text.substr(i, end + 1 - i);
      if (unknown && unknown->empty()) *unknown = std::string(text.substr(i, end + 1 - i));
    }
    i = end + 1;
  }
  return out;
}

pugi::xml_node main_abstract(pugi::xml_node parent, const std::string& lang) {
  std::vector<pugi::xml_node> all = children(parent, "abstract");
  pugi::xml_node untyped, other;
  for (pugi::xml_node n : all) {
    std::string type = attribute(n, "abstract-type");
    if (type.empty()) {
      std::string own = attribute(n, "lang");
      if (!untyped || (!lang.empty() && own == lang && attribute(untyped, "lang") != lang))
        untyped = n;
    } else if (!other && !is_secondary_abstract(type)) {
      other = n;
    }
  }
  return untyped ? untyped : other;
}

std::vector<pugi::xml_node> translated_abstracts(pugi::xml_node parent, pugi::xml_node main,
                                                 const std::string& lang) {
  std::vector<std::string> seen = {lang, attribute(main, "lang")};
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node n : parent.children()) {
    if (n.type() != pugi::node_element || n == main) continue;
    const std::string_view name = local_name(n);
    if (name != "trans-abstract" && !(name == "abstract" && is_candidate_abstract(n))) continue;
    const std::string own = attribute(n, "lang");
    if (own.empty() || std::ranges::find(seen, own) != seen.end()) continue;
    seen.push_back(own);
    out.push_back(n);
  }
  return out;
}

std::vector<AbstractPiece> abstract_pieces(pugi::xml_node abstract) {
  std::vector<AbstractPiece> out;
  collect_pieces(abstract, {}, out);
  if (out.empty() && abstract) out.push_back({{}, abstract});
  return out;
}

Abstract read_abstract(pugi::xml_node abstract, const std::string& article_lang,
                       const std::function<RichText(pugi::xml_node, const std::string&)>& rich,
                       const std::function<bool(pugi::xml_node)>& skip,
                       const std::string& unstated_lang) {
  Abstract out;
  if (!abstract) return out;
  out.lang = language_tag(attribute(abstract, "lang"));
  if (out.lang.empty()) out.lang = unstated_lang;
  if (out.lang == article_lang) out.lang.clear();
  for (const AbstractPiece& piece : abstract_pieces(abstract)) {
    if (skip && skip(piece.paragraph)) continue;
    RichText text = rich(piece.paragraph, out.lang);
    if (text.empty()) continue;
    AbstractParagraph paragraph = with_run_in_heading(std::move(text));
    if (piece.heading) {
      paragraph.heading = rich(piece.heading, out.lang);
      trim_heading_colon(paragraph.heading);
    }
    out.paragraphs.push_back(std::move(paragraph));
  }
  return out;
}

std::string language_tag(std::string_view code) {
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
  auto upper = [](char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c); };
  std::string out;
  bool first = true;
  while (!code.empty()) {
    const std::size_t end = std::min(code.find_first_of("-_"), code.size());
    std::string subtag(code.substr(0, end));
    code.remove_prefix(std::min(end + 1, code.size()));
    std::ranges::transform(subtag, subtag.begin(), lower);
    if (!first && subtag.size() == 2) std::ranges::transform(subtag, subtag.begin(), upper);
    if (!first && subtag.size() == 4) subtag[0] = upper(subtag[0]);  // a script: "Latn"
    out += (first ? "" : "-") + subtag;
    first = false;
  }
  return out;
}

MarkupText rich_text(const XmlSource& source, pugi::xml_node n, const std::string& lang) {
  Collector collector(source, lang);
  collector.collect(n, 0);
  return collector.finish();
}

}  // namespace folio::foreign
