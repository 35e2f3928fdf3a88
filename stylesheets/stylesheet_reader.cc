#include "stylesheets/stylesheet_reader.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <tuple>

#include "stylesheets/units.h"
#include "xml/xml_source.h"

namespace folio {
namespace {

const std::vector<std::string> kTopElements = {"page-master", "paragraph-style",
                                               "character-style", "markup", "part"};
const std::vector<std::string> kPartKinds = {"cover", "masthead", "contents", "contributors",
                                             "abstracts"};
const std::vector<std::string> kMarkupNames = {"italic", "bold", "small-caps", "superscript",
                                               "subscript"};
// Attributes a character style and a paragraph style share: what text looks like.
const std::vector<std::string> kTextAttributes = {
    "font-family", "font-weight", "font-style", "font-size",      "features",
    "color",       "letter-spacing", "text-transform", "font-fallback"};
const std::vector<std::string> kParagraphAttributes = {
    "leading",  "align",    "first-indent",   "left-indent",   "right-indent", "space-before",
    "space-after", "hyphenate", "lang",       "keep-with-next", "keep-together", "widows",
    "orphans",  "margin-kerning",
    // line breaking and hyphenation
    "tolerance", "pretolerance", "line-penalty", "hyphen-penalty", "ex-hyphen-penalty",
    "adj-demerits", "double-hyphen-demerits", "final-hyphen-demerits", "emergency-stretch", "rag",
    "space-stretch", "space-shrink", "max-hyphen-lines", "hyphenate-min-word",
    "hyphenate-min-left", "hyphenate-min-right", "hyphenate-capitalised",
    "hyphenate-hyphenated", "report-badness"};
const std::vector<std::string> kMasterAttributes = {
    "name", "width", "height", "bleed", "margin-top", "margin-bottom", "margin-inside",
    "margin-outside", "columns", "column-gap"};

struct Attr {
  std::string value;
  SourcePos pos;
};

// A style as written: its own attributes, resolved against its parent once all are read.
struct RawStyle {
  std::string name;
  SourcePos pos;
  std::string based_on;
  SourcePos based_on_pos;
  std::map<std::string, Attr> attrs;
};

// A limit as a person would write it: 10000, 1e+09 as 1000000000.
std::string pdf_like(double v) {
  std::ostringstream out;
  out.precision(12);
  out << v;
  return out.str();
}

std::vector<std::string> joined(std::initializer_list<const std::vector<std::string>*> lists) {
  std::vector<std::string> out = {"name", "based-on"};
  for (const auto* l : lists) out.insert(out.end(), l->begin(), l->end());
  return out;
}

class Reader {
 public:
  Reader(std::string_view xml, const std::string& name, Diagnostics& diags)
      : source_(xml, name), diags_(diags) {}

  std::optional<Style> read();

 private:
  void error(SourcePos pos, std::string message) { diags_.error(std::move(pos), std::move(message)); }
  void unknown_attribute(pugi::xml_attribute a, pugi::xml_node owner,
                         const std::vector<std::string>& valid);
  void unknown_element(pugi::xml_node n, const std::vector<std::string>& valid);
  // Attributes of `n` by name, reporting any not in `valid`.
  std::map<std::string, Attr> attributes(pugi::xml_node n, const std::vector<std::string>& valid);
  std::string required(pugi::xml_node n, const std::map<std::string, Attr>& attrs,
                       const char* attr);

  void read_master(pugi::xml_node n);
  void read_style(pugi::xml_node n, std::map<std::string, RawStyle>& into,
                  const std::vector<std::string>& valid);
  void read_markup(pugi::xml_node n);
  void read_part(pugi::xml_node n);

  // Value parsers: each reports a bad value at the attribute and returns nothing.
  std::optional<StyleLength> length(const Attr& a, const std::string& name, bool allow_em,
                                    bool allow_negative);
  std::optional<int> weight(const Attr& a);
  std::optional<bool> boolean(const Attr& a, const std::string& name);
  std::optional<int> integer(const Attr& a, const std::string& name, int low, int high);
  std::optional<double> real(const Attr& a, const std::string& name, double low, double high);
  void apply_breaking(const std::string& key, const Attr& a, BreakSettings& b);
  template <typename T>
  std::optional<T> choice(const Attr& a, const std::string& name,
                          const std::vector<std::pair<std::string, T>>& options);

  void apply_text(const std::map<std::string, Attr>& attrs, CharacterStyle& c);
  const ParagraphStyle* resolve_paragraph(const std::string& name, std::vector<std::string>& chain);
  const CharacterStyle* resolve_character(const std::string& name, std::vector<std::string>& chain);
  void check_references();

  XmlSource source_;
  Diagnostics& diags_;
  Style style_;
  std::map<std::string, RawStyle> raw_paragraphs_, raw_characters_;
  std::set<std::string> failed_;  // styles whose resolution already reported an error
  std::vector<std::pair<std::string, SourcePos>> markup_refs_;
  std::vector<std::tuple<std::string, std::string, SourcePos>> role_refs_;  // role, style, pos
  std::vector<std::pair<std::string, SourcePos>> master_refs_;
};

void Reader::unknown_attribute(pugi::xml_attribute a, pugi::xml_node owner,
                               const std::vector<std::string>& valid) {
  std::string message = "unknown attribute '" + std::string(a.name()) + "' on " + tag(owner.name());
  std::string guess = nearest(a.name(), valid);
  if (!guess.empty()) message += "; did you mean '" + guess + "'?";
  error(source_.pos(a, owner), message);
}

void Reader::unknown_element(pugi::xml_node n, const std::vector<std::string>& valid) {
  std::string message = "unknown element " + tag(n.name()) + " in " + tag(n.parent().name());
  std::string guess = nearest(n.name(), valid);
  if (!guess.empty()) message += "; did you mean " + tag(guess) + "?";
  error(source_.pos(n), message);
}

std::map<std::string, Attr> Reader::attributes(pugi::xml_node n,
                                               const std::vector<std::string>& valid) {
  std::map<std::string, Attr> out;
  for (pugi::xml_attribute a : n.attributes()) {
    if (std::find(valid.begin(), valid.end(), a.name()) == valid.end()) {
      unknown_attribute(a, n, valid);
      continue;
    }
    out[a.name()] = {a.value(), source_.pos(a, n)};
  }
  return out;
}

std::string Reader::required(pugi::xml_node n, const std::map<std::string, Attr>& attrs,
                             const char* attr) {
  auto it = attrs.find(attr);
  if (it == attrs.end() || it->second.value.empty()) {
    error(source_.pos(n), tag(n.name()) + " is missing required attribute '" + attr + "'");
    return "";
  }
  return it->second.value;
}

std::optional<StyleLength> Reader::length(const Attr& a, const std::string& name, bool allow_em,
                                          bool allow_negative) {
  std::string message;
  auto v = parse_length(a.value, allow_em, &message);
  if (!v) {
    error(a.pos, message + " for attribute '" + name + "'");
    return std::nullopt;
  }
  if (!allow_negative && v->value < 0) {
    error(a.pos, "'" + name + "' must not be negative, got '" + a.value + "'");
    return std::nullopt;
  }
  return v;
}

std::optional<int> Reader::weight(const Attr& a) {
  if (a.value == "normal") return 400;
  if (a.value == "bold") return 700;
  if (auto n = integer(a, "font-weight", 100, 900); n && *n % 100 == 0) return n;
  error(a.pos, "bad font-weight '" + a.value + "': expected normal, bold or 100..900 in hundreds");
  return std::nullopt;
}

std::optional<bool> Reader::boolean(const Attr& a, const std::string& name) {
  return choice<bool>(a, name, {{"true", true}, {"false", false}});
}

std::optional<int> Reader::integer(const Attr& a, const std::string& name, int low, int high) {
  std::size_t used = 0;
  int v = 0;
  try {
    v = std::stoi(a.value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != a.value.size() || v < low || v > high) {
    if (name != "font-weight") {
      error(a.pos, "bad value '" + a.value + "' for '" + name + "': expected a whole number " +
                       std::to_string(low) + ".." + std::to_string(high));
    }
    return std::nullopt;
  }
  return v;
}

std::optional<double> Reader::real(const Attr& a, const std::string& name, double low,
                                  double high) {
  char* end = nullptr;
  double v = std::strtod(a.value.c_str(), &end);
  if (a.value.empty() || end != a.value.c_str() + a.value.size() || v < low || v > high) {
    error(a.pos, "bad value '" + a.value + "' for '" + name + "': expected a number " +
                     pdf_like(low) + ".." + pdf_like(high));
    return std::nullopt;
  }
  return v;
}

void Reader::apply_breaking(const std::string& key, const Attr& a, BreakSettings& b) {
  constexpr int kPenaltyLimit = 10000;  // TeX's: beyond this a penalty forbids or forces
  auto set_real = [&](double& into, double low, double high) {
    if (auto v = real(a, key, low, high)) into = *v;
  };
  auto set_int = [&](int& into, int low, int high) {
    if (auto v = integer(a, key, low, high)) into = *v;
  };
  auto set_bool = [&](bool& into) { into = boolean(a, key).value_or(into); };
  if (key == "tolerance") set_real(b.tolerance, 0, 10000);
  if (key == "pretolerance") set_real(b.pretolerance, -1, 10000);
  if (key == "line-penalty") set_int(b.line_penalty, 0, kPenaltyLimit);
  if (key == "hyphen-penalty") set_int(b.hyphen_penalty, -kPenaltyLimit, kPenaltyLimit);
  if (key == "ex-hyphen-penalty") set_int(b.ex_hyphen_penalty, -kPenaltyLimit, kPenaltyLimit);
  if (key == "adj-demerits") set_real(b.adj_demerits, 0, 1e9);
  if (key == "double-hyphen-demerits") set_real(b.double_hyphen_demerits, 0, 1e9);
  if (key == "final-hyphen-demerits") set_real(b.final_hyphen_demerits, 0, 1e9);
  if (key == "emergency-stretch") {
    if (auto l = length(a, key, true, false)) b.emergency_stretch = *l;
  }
  if (key == "rag") {
    if (auto l = length(a, key, true, false)) b.rag = *l;
  }
  if (key == "space-stretch") set_real(b.space_stretch, 0, 10);
  if (key == "space-shrink") set_real(b.space_shrink, 0, 1);
  if (key == "max-hyphen-lines") set_int(b.max_hyphen_lines, 0, 100);
  if (key == "report-badness") set_real(b.report_badness, 0, 10000);
  if (key == "hyphenate-min-word") set_int(b.min_word, 1, 100);
  if (key == "hyphenate-min-left") set_int(b.min_left, 1, 20);
  if (key == "hyphenate-min-right") set_int(b.min_right, 1, 20);
  if (key == "hyphenate-capitalised") set_bool(b.hyphenate_capitalised);
  if (key == "hyphenate-hyphenated") set_bool(b.hyphenate_hyphenated);
}

template <typename T>
std::optional<T> Reader::choice(const Attr& a, const std::string& name,
                                const std::vector<std::pair<std::string, T>>& options) {
  std::string allowed;
  for (const auto& [word, value] : options) {
    if (a.value == word) return value;
    allowed += (allowed.empty() ? "" : ", ") + word;
  }
  error(a.pos, "bad value '" + a.value + "' for '" + name + "': expected one of " + allowed);
  return std::nullopt;
}

void Reader::read_master(pugi::xml_node n) {
  auto attrs = attributes(n, kMasterAttributes);
  PageMaster m;
  m.name = required(n, attrs, "name");
  m.pos = source_.pos(n);
  auto set = [&](const char* key, Pt& into) {
    if (auto it = attrs.find(key); it != attrs.end()) {
      if (auto v = length(it->second, key, false, false)) into = Pt(v->value);
    }
  };
  set("width", m.width);
  set("height", m.height);
  set("bleed", m.bleed);
  set("margin-top", m.margin_top);
  set("margin-bottom", m.margin_bottom);
  set("margin-inside", m.margin_inside);
  set("margin-outside", m.margin_outside);
  set("column-gap", m.column_gap);
  if (auto it = attrs.find("columns"); it != attrs.end()) {
    if (auto c = integer(it->second, "columns", 1, 12)) m.columns = *c;
  }
  auto pt = [](Pt p) { return std::to_string(static_cast<int>(std::lround(p.value()))) + "pt"; };
  if (m.margin_top + m.margin_bottom >= m.height) {
    error(m.pos, "margins (top " + pt(m.margin_top) + " + bottom " + pt(m.margin_bottom) +
                     ") exceed the page height " + pt(m.height));
  }
  if (m.margin_inside + m.margin_outside >= m.width) {
    error(m.pos, "margins (inside " + pt(m.margin_inside) + " + outside " + pt(m.margin_outside) +
                     ") exceed the page width " + pt(m.width));
  }
  if (m.name.empty()) return;
  if (style_.masters.count(m.name)) {
    error(m.pos, "duplicate page-master '" + m.name + "' (first defined at line " +
                     std::to_string(style_.masters[m.name].pos.line) + ")");
    return;
  }
  style_.masters[m.name] = m;
}

void Reader::read_style(pugi::xml_node n, std::map<std::string, RawStyle>& into,
                        const std::vector<std::string>& valid) {
  RawStyle raw;
  raw.attrs = attributes(n, valid);
  raw.name = required(n, raw.attrs, "name");
  raw.pos = source_.pos(n);
  if (auto it = raw.attrs.find("based-on"); it != raw.attrs.end()) {
    raw.based_on = it->second.value;
    raw.based_on_pos = it->second.pos;
  }
  if (raw.name.empty()) return;
  if (raw_paragraphs_.count(raw.name) || raw_characters_.count(raw.name)) {
    const RawStyle& first =
        raw_paragraphs_.count(raw.name) ? raw_paragraphs_[raw.name] : raw_characters_[raw.name];
    error(raw.pos, "duplicate style '" + raw.name + "' (first defined at line " +
                       std::to_string(first.pos.line) + ")");
    return;
  }
  into[raw.name] = std::move(raw);
}

void Reader::read_markup(pugi::xml_node n) {
  for (const auto& [name, attr] : attributes(n, kMarkupNames)) {
    style_.markup[name] = attr.value;
    markup_refs_.emplace_back(attr.value, attr.pos);
  }
}

void Reader::read_part(pugi::xml_node n) {
  PartStyle part;
  part.pos = source_.pos(n);
  for (pugi::xml_attribute a : n.attributes()) {
    const std::string key = a.name();
    const Attr attr{a.value(), source_.pos(a, n)};
    if (key == "kind") {
      part.kind = attr.value;
      if (std::find(kPartKinds.begin(), kPartKinds.end(), part.kind) == kPartKinds.end()) {
        std::string allowed;
        for (const auto& k : kPartKinds) allowed += (allowed.empty() ? "" : ", ") + k;
        error(attr.pos, "unknown part kind '" + part.kind + "': expected one of " + allowed);
      }
    } else if (key == "master") {
      part.master = attr.value;
      master_refs_.emplace_back(attr.value, attr.pos);
    } else if (key == "recto") {
      part.recto = boolean(attr, "recto").value_or(false);
    } else {
      part.options[key] = attr.value;  // the part's own settings, read by compose
    }
  }
  if (part.kind.empty()) error(part.pos, "<part> is missing required attribute 'kind'");
  if (part.master.empty()) error(part.pos, "<part> is missing required attribute 'master'");
  for (pugi::xml_node child : n.children()) {
    if (child.type() != pugi::node_element) continue;
    if (std::string_view(child.name()) != "role") {
      unknown_element(child, {"role"});
      continue;
    }
    auto attrs = attributes(child, {"name", "style"});
    std::string role = required(child, attrs, "name");
    std::string name = required(child, attrs, "style");
    if (role.empty() || name.empty()) continue;
    part.roles[role] = name;
    role_refs_.emplace_back(role, name, attrs["style"].pos);
  }
  style_.parts.push_back(std::move(part));
}

void Reader::apply_text(const std::map<std::string, Attr>& attrs, CharacterStyle& c) {
  for (const auto& [key, a] : attrs) {
    std::string message;
    if (key == "font-family") {
      c.family = a.value;
      c.pos = a.pos;
    } else if (key == "font-weight") {
      if (auto w = weight(a)) c.weight = *w;
    } else if (key == "font-style") {
      if (auto s = choice<Slant>(a, key, {{"normal", Slant::upright}, {"italic", Slant::italic}})) {
        c.slant = *s;
      }
    } else if (key == "font-size") {
      if (auto l = length(a, key, true, false)) c.size = *l;
    } else if (key == "features") {
      if (auto f = parse_features(a.value, &message)) {
        c.features = *f;
      } else {
        error(a.pos, message);
      }
    } else if (key == "color") {
      if (auto col = parse_color(a.value, &message)) {
        c.color = *col;
      } else {
        error(a.pos, message);
      }
    } else if (key == "letter-spacing") {
      if (auto l = length(a, key, true, true)) c.letter_spacing = *l;
    } else if (key == "baseline-shift") {
      if (auto l = length(a, key, true, true)) c.baseline_shift = *l;
    } else if (key == "font-fallback") {
      std::vector<std::string> families;
      std::istringstream list(a.value);
      for (std::string family; std::getline(list, family, ',');) {
        auto first = family.find_first_not_of(' ');
        auto last = family.find_last_not_of(' ');
        if (first != std::string::npos) families.push_back(family.substr(first, last - first + 1));
      }
      c.fallback_families = families;
    } else if (key == "text-transform") {
      if (auto t = choice<TextTransform>(
              a, key, {{"none", TextTransform::none}, {"uppercase", TextTransform::uppercase}})) {
        c.transform = *t;
      }
    }
  }
}

const CharacterStyle* Reader::resolve_character(const std::string& name,
                                                std::vector<std::string>& chain) {
  if (auto it = style_.characters.find(name); it != style_.characters.end()) return &it->second;
  const RawStyle& raw = raw_characters_.at(name);
  if (std::find(chain.begin(), chain.end(), name) != chain.end()) {
    std::string cycle;
    for (const auto& s : chain) cycle += s + " -> ";
    error(raw.pos, "based-on cycle: " + cycle + name);
    failed_.insert(name);
    return nullptr;
  }
  if (failed_.count(name)) return nullptr;
  chain.push_back(name);
  CharacterStyle c;
  if (!raw.based_on.empty()) {
    if (!raw_characters_.count(raw.based_on)) {
      error(raw.based_on_pos, "character style '" + name + "' is based on undefined style '" +
                                  raw.based_on + "'");
    } else if (const CharacterStyle* parent = resolve_character(raw.based_on, chain)) {
      c = *parent;
    }
  }
  chain.pop_back();
  c.name = name;
  if (!c.family) c.pos = raw.pos;
  apply_text(raw.attrs, c);
  return &(style_.characters[name] = std::move(c));
}

const ParagraphStyle* Reader::resolve_paragraph(const std::string& name,
                                                std::vector<std::string>& chain) {
  if (auto it = style_.paragraphs.find(name); it != style_.paragraphs.end()) return &it->second;
  const RawStyle& raw = raw_paragraphs_.at(name);
  if (std::find(chain.begin(), chain.end(), name) != chain.end()) {
    std::string cycle;
    for (const auto& s : chain) cycle += s + " -> ";
    error(raw.pos, "based-on cycle: " + cycle + name);
    failed_.insert(name);
    return nullptr;
  }
  if (failed_.count(name)) return nullptr;
  chain.push_back(name);
  ParagraphStyle p;
  bool has_family = false;
  if (!raw.based_on.empty()) {
    if (!raw_paragraphs_.count(raw.based_on)) {
      error(raw.based_on_pos, "paragraph style '" + name + "' is based on undefined style '" +
                                  raw.based_on + "'");
    } else if (const ParagraphStyle* parent = resolve_paragraph(raw.based_on, chain)) {
      p = *parent;
      has_family = true;  // a resolved parent always has one
    }
  }
  chain.pop_back();
  p.name = name;
  p.pos = raw.pos;

  // Text attributes go through a character style over the inherited format, so "font-size" in
  // ems is relative to the parent's size, as it is for character styles.
  CharacterStyle text;
  apply_text(raw.attrs, text);
  p.text = text.apply(p.text);
  has_family = has_family || text.family.has_value();
  for (const auto& [key, a] : raw.attrs) {
    auto set_length = [&](StyleLength& into, bool negative) {
      if (auto l = length(a, key, true, negative)) into = *l;
    };
    if (key == "leading") set_length(p.leading, false);
    if (key == "first-indent") set_length(p.first_indent, true);
    if (key == "left-indent") set_length(p.left_indent, true);
    if (key == "right-indent") set_length(p.right_indent, true);
    if (key == "space-before") set_length(p.space_before, false);
    if (key == "space-after") set_length(p.space_after, false);
    if (key == "align") {
      if (auto v = choice<Align>(a, key, {{"justify", Align::justify}, {"left", Align::left},
                                          {"right", Align::right}, {"center", Align::center}})) {
        p.align = *v;
      }
    }
    if (key == "hyphenate") p.hyphenate = boolean(a, key).value_or(p.hyphenate);
    if (key == "keep-with-next") p.keep_with_next = boolean(a, key).value_or(p.keep_with_next);
    if (key == "keep-together") p.keep_together = boolean(a, key).value_or(p.keep_together);
    if (key == "widows") p.widows = integer(a, key, 1, 10).value_or(p.widows);
    if (key == "orphans") p.orphans = integer(a, key, 1, 10).value_or(p.orphans);
    if (key == "lang") p.lang = a.value;
    if (key == "margin-kerning") p.margin_kerning = boolean(a, key).value_or(p.margin_kerning);
    apply_breaking(key, a, p.breaking);
  }
  if (!has_family) {
    error(raw.pos, "paragraph style '" + name +
                       "' has no font-family (set one, or inherit one with based-on)");
    failed_.insert(name);
    return nullptr;
  }
  return &(style_.paragraphs[name] = std::move(p));
}

void Reader::check_references() {
  for (const auto& [name, pos] : markup_refs_) {
    if (!style_.characters.count(name)) {
      error(pos, "markup uses undefined character style '" + name + "'");
    }
  }
  for (const auto& [role, name, pos] : role_refs_) {
    if (!style_.characters.count(name) && !style_.paragraphs.count(name) &&
        !failed_.count(name)) {
      error(pos, "role '" + role + "' uses undefined style '" + name + "'");
    }
  }
  for (const auto& [name, pos] : master_refs_) {
    if (!style_.masters.count(name)) error(pos, "part uses undefined page-master '" + name + "'");
  }
}

std::optional<Style> Reader::read() {
  const int errors_before = diags_.error_count();
  if (!source_.parse(pugi::parse_default, diags_)) return std::nullopt;
  pugi::xml_node root = source_.root();
  if (std::string_view(root.name()) != "stylesheet") {
    error(source_.pos(root), "the root element is " + tag(root.name()) + ", expected <stylesheet>");
    return std::nullopt;
  }
  auto attrs = attributes(root, {"name", "version"});
  style_.name = attrs["name"].value;
  style_.source = source_.name();
  if (auto v = attrs.find("version"); v != attrs.end() && v->second.value != "1") {
    error(v->second.pos, "unsupported stylesheet version '" + v->second.value + "' (folio reads 1)");
  }

  const auto paragraph_valid = joined({&kTextAttributes, &kParagraphAttributes});
  std::vector<std::string> character_extra = {"baseline-shift"};
  const auto character_valid = joined({&kTextAttributes, &character_extra});
  for (pugi::xml_node n : root.children()) {
    if (n.type() != pugi::node_element) continue;
    const std::string_view name = n.name();
    if (name == "page-master") {
      read_master(n);
    } else if (name == "paragraph-style") {
      read_style(n, raw_paragraphs_, paragraph_valid);
    } else if (name == "character-style") {
      read_style(n, raw_characters_, character_valid);
    } else if (name == "markup") {
      read_markup(n);
    } else if (name == "part") {
      read_part(n);
    } else {
      unknown_element(n, kTopElements);
    }
  }
  for (const auto& [name, raw] : raw_characters_) {
    std::vector<std::string> chain;
    resolve_character(name, chain);
  }
  for (const auto& [name, raw] : raw_paragraphs_) {
    std::vector<std::string> chain;
    resolve_paragraph(name, chain);
  }
  check_references();
  if (diags_.error_count() > errors_before) return std::nullopt;
  return std::move(style_);
}

}  // namespace

std::optional<Style> read_stylesheet_xml(std::string_view xml, const std::string& name,
                                         Diagnostics& diags) {
  return Reader(xml, name, diags).read();
}

std::optional<Style> read_stylesheet_file(const std::string& path, Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({path, 0, 0}, "cannot read stylesheet '" + path + "'");
    return std::nullopt;
  }
  std::stringstream text;
  text << in.rdbuf();
  return read_stylesheet_xml(text.str(), path, diags);
}

}  // namespace folio
