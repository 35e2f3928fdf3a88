#include "stylesheets/stylesheet_reader.h"

#include "base/ascii.h"
#include "base/hyphenation_word.h"
#include "base/limits.h"
#include "base/suggest.h"
#include "stylesheets/geometry.h"
#include "stylesheets/part_kinds.h"
#include "stylesheets/units.h"
#include "xml/xml_source.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

namespace folio {
namespace {

using Names = std::vector<std::string>;

const Names kTopElements = {"page-master", "paragraph-style", "character-style", "markup", "part",
                            "pdf",         "hyphenation"};
const Names kPartKinds = {"cover", "masthead", "contents", "contributors", "abstracts"};
const Names kMarkupNames = {"italic", "bold", "small-caps", "superscript", "subscript"};
const Names kStylesheetAttributes = {"name", "version", "folios"};
const Names kStyleAttributes = {"name", "based-on"};
// What text looks like: shared by character and paragraph styles.
const Names kTextAttributes = {"font-family", "font-fallback",  "font-weight",
                               "font-style",  "font-size",      "features",
                               "color",       "letter-spacing", "text-transform"};
const Names kCharacterAttributes = {"baseline-shift"};
const Names kParagraphAttributes = {
    "leading", "align", "first-indent", "left-indent", "right-indent", "space-before",
    "space-after", "hyphenate", "lang", "keep-with-next", "keep-together", "widows", "orphans",
    "margin-kerning", "fit", "min-font-size",
    // line breaking and hyphenation (BreakSettings)
    "tolerance", "pretolerance", "line-penalty", "hyphen-penalty", "ex-hyphen-penalty",
    "adj-demerits", "double-hyphen-demerits", "final-hyphen-demerits", "emergency-stretch", "rag",
    "space-stretch", "space-shrink", "expansion", "sentence-spacing", "max-hyphen-lines",
    "looseness", "report-badness",
    "hyphenate-min-word", "hyphenate-min-left", "hyphenate-min-right", "hyphenate-capitalised",
    "hyphenate-hyphenated"};
const Names kMasterAttributes = {"name",       "width",         "height",        "bleed",
                                 "margin-top", "margin-bottom", "margin-inside", "margin-outside",
                                 "columns",    "column-gap"};
const Names kMasterElements = {"header", "footer"};
const Names kRunningLineAttributes = {"text", "style", "offset", "placement"};
const Names kPartElements = {"role"};
const Names kRoleAttributes = {"name", "style"};
const Names kPdfAttributes = {"standard", "output-profile", "output-condition-identifier",
                              "output-condition", "registry-name"};

Names joined(std::initializer_list<const Names*> lists) {
  Names out;
  for (const Names* list : lists) out.insert(out.end(), list->begin(), list->end());
  return out;
}

const Names kParagraphStyleAttributes =
    joined({&kStyleAttributes, &kTextAttributes, &kParagraphAttributes});
const Names kCharacterStyleAttributes =
    joined({&kStyleAttributes, &kTextAttributes, &kCharacterAttributes});

template <typename T>
using Choices = std::vector<std::pair<std::string, T>>;

const Choices<bool> kBooleans = {{"true", true}, {"false", false}};
const Choices<bool> kSentenceSpacing = {{"uniform", false}, {"wide", true}};
const Choices<Slant> kSlants = {{"normal", Slant::upright}, {"italic", Slant::italic}};
const Choices<Align> kAligns = {{"justify", Align::justify},
                                {"left", Align::left},
                                {"right", Align::right},
                                {"center", Align::center}};
const Choices<Fit> kFits = {{"none", Fit::none}, {"shrink", Fit::shrink}};
const Choices<TextTransform> kTransforms = {{"none", TextTransform::none},
                                            {"uppercase", TextTransform::uppercase}};
const Choices<FolioStyle> kFolioStyles = {{"lower-roman", FolioStyle::lower_roman},
                                          {"upper-roman", FolioStyle::upper_roman},
                                          {"arabic", FolioStyle::arabic}};
const Choices<RunningLine::Placement> kPlacements = {{"center", RunningLine::Placement::center},
                                                     {"outside", RunningLine::Placement::outside},
                                                     {"inside", RunningLine::Placement::inside}};

bool contains(const Names& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string listed(const Names& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// Sets `into` only when a value was read, so a bad value leaves the inherited or default one.
template <typename T, typename U>
void assign(T& into, const std::optional<U>& value) {
  if (value) into = *value;
}

std::vector<std::string> comma_list(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    if (!trim(item).empty()) out.emplace_back(trim(item));
  }
  return out;
}

struct Attr {
  std::string value;
  SourcePos pos;
};
using Attrs = std::map<std::string, Attr>;

// A style as written: its own attributes, resolved against its parent once the file is read.
struct RawStyle {
  const char* kind;  // "paragraph style" or "character style", for messages
  std::string name;
  SourcePos pos;
  Attrs attrs;

  const Attr* based_on() const {
    auto it = attrs.find("based-on");
    return it == attrs.end() ? nullptr : &it->second;
  }
};

// A name used before it may be defined, checked when the whole file is read.
struct Reference {
  std::string user;  // "role 'title'", for the message
  std::string name;
  SourcePos pos;
};

enum class Units { absolute, relative };  // relative: ems of the font size allowed
enum class Range { any, non_negative, positive };

class Reader {
 public:
  Reader(std::string_view xml, const std::string& name, Diagnostics& diags)
      : source_(xml, name), diags_(diags) {}

  // The style as read; only whole when `diags` has no errors.
  std::optional<Style> read();

 private:
  void error(SourcePos pos, std::string message) {
    diags_.error(std::move(pos), std::move(message));
  }

  // Structure
  template <typename F>
  void for_each_element(pugi::xml_node parent, F&& read_child);
  void unknown_element(pugi::xml_node n, const Names& valid);
  // The attributes of `n` by name, reporting duplicates and any not in `valid`.
  Attrs attributes(pugi::xml_node n, const Names& valid);
  // The same, for an element that takes any attribute.
  Attrs any_attributes(pugi::xml_node n);
  std::string required(pugi::xml_node n, const Attrs& attrs, const std::string& key);

  // Values: each parser reports a bad value at its attribute and returns nothing.
  void bad_value(const std::string& key, const Attr& a, const std::string& what,
                 const std::string& reason);
  std::optional<StyleLength> length(const std::string& key, const Attr& a, Units units,
                                    Range range);
  std::optional<Pt> absolute(const std::string& key, const Attr& a, Range range);
  std::optional<int> integer(const std::string& key, const Attr& a, int low, int high);
  std::optional<double> number(const std::string& key, const Attr& a, double low, double high);
  std::optional<int> weight(const std::string& key, const Attr& a);
  std::optional<Color> color(const std::string& key, const Attr& a);
  std::optional<std::vector<FontFeature>> features(const std::string& key, const Attr& a);
  template <typename T>
  std::optional<T> choice(const std::string& key, const Attr& a, const Choices<T>& choices);

  // Elements
  void read_root_attributes(pugi::xml_node root);
  void read_top_element(pugi::xml_node n);
  void read_master(pugi::xml_node n);
  void read_running_line(pugi::xml_node n, PageMaster& m);
  void check_margins(const PageMaster& m);
  void read_style(pugi::xml_node n, const char* kind, const Names& valid,
                  std::map<std::string, RawStyle>& into);
  void read_markup(pugi::xml_node n);
  void read_part(pugi::xml_node n);
  void read_role(pugi::xml_node n, PartStyle& part);
  void check_option(const PartOption& option, const Attr& a);
  void read_pdf(pugi::xml_node n);
  void read_hyphenation(pugi::xml_node n);

  // Style attributes, applied over what the style inherits.
  void read_text_attribute(const std::string& key, const Attr& a, CharacterStyle& c);
  void read_paragraph_attribute(const std::string& key, const Attr& a, ParagraphStyle& p);
  void read_break_attribute(const std::string& key, const Attr& a, BreakSettings& b);

  // Resolution, once the whole file is read.
  const RawStyle* any_style(const std::string& name) const;
  template <typename S>
  const S* resolve(const std::string& name, const std::map<std::string, RawStyle>& raws,
                   std::map<std::string, S>& out,
                   std::optional<S> (Reader::*build)(const RawStyle&, const S*));
  bool parent_defined(const RawStyle& raw, const std::map<std::string, RawStyle>& raws);
  void report_cycle(const std::vector<std::string>& chain, const std::string& name);
  std::optional<CharacterStyle> build_character(const RawStyle& raw, const CharacterStyle* parent);
  std::optional<ParagraphStyle> build_paragraph(const RawStyle& raw, const ParagraphStyle* parent);
  void resolve_styles();
  template <typename Found>
  void check_references(const std::vector<Reference>& refs, const std::string& what,
                        const Names& candidates, Found found);
  void check_references();

  XmlSource source_;
  Diagnostics& diags_;
  Style style_;
  std::map<std::string, RawStyle> raw_paragraphs_, raw_characters_;
  // Resolution starts from the first style in the file, so a cycle is named from there.
  std::vector<const RawStyle*> raw_in_order_;
  int styles_read_ = 0;           // paragraph and character styles, for limits::kMaxStyles
  std::set<std::string> failed_;  // styles that could not be resolved, already reported
  // Paragraph styles that say hyphenate-capitalised themselves or through a parent.
  std::set<std::string> capitalised_given_;
  std::map<std::string, int> hyphenation_langs_;  // lower-cased language -> line of its list
  std::vector<Reference> markup_refs_, role_refs_, running_line_refs_, master_refs_;
};

// ---- Structure -----------------------------------------------------------------------------

template <typename F>
void Reader::for_each_element(pugi::xml_node parent, F&& read_child) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element) {
      read_child(child);
    } else if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      // Whitespace-only text is dropped by the parser; anything left is a mistake, such as a
      // style's attributes typed outside its tag.
      error(source_.text_pos(child),
            "unexpected text '" + std::string(trim(child.value())) + "' in " + tag(parent.name()));
    }
  }
}

void Reader::unknown_element(pugi::xml_node n, const Names& valid) {
  std::string message = "unknown element " + tag(n.name());
  if (std::string guess = nearest(n.name(), valid); !guess.empty()) {
    message += "; did you mean " + tag(guess) + "?";
  }
  error(source_.pos(n), message);
}

Attrs Reader::attributes(pugi::xml_node n, const Names& valid) {
  Attrs out;
  for (pugi::xml_attribute a : n.attributes()) {
    Attr attr{a.value(), source_.pos(a, n)};
    if (!contains(valid, a.name())) {
      std::string message = "unknown attribute '" + std::string(a.name()) + "' on " + tag(n.name());
      if (std::string guess = nearest(a.name(), valid); !guess.empty()) {
        message += "; did you mean '" + guess + "'?";
      }
      error(attr.pos, message);
    } else if (!out.emplace(a.name(), attr).second) {
      // pugixml accepts a repeated attribute; XML does not, and which one wins would be a guess.
      error(attr.pos, "duplicate attribute '" + std::string(a.name()) + "' on " + tag(n.name()));
    }
  }
  return out;
}

Attrs Reader::any_attributes(pugi::xml_node n) {
  Names all;
  for (pugi::xml_attribute a : n.attributes()) all.emplace_back(a.name());
  return attributes(n, all);
}

std::string Reader::required(pugi::xml_node n, const Attrs& attrs, const std::string& key) {
  auto it = attrs.find(key);
  if (it == attrs.end() || trim(it->second.value).empty()) {
    error(source_.pos(n), tag(n.name()) + " is missing required attribute '" + key + "'");
    return "";
  }
  return it->second.value;
}

// ---- Values --------------------------------------------------------------------------------

void Reader::bad_value(const std::string& key, const Attr& a, const std::string& what,
                       const std::string& reason) {
  error(a.pos, "bad " + what + " '" + a.value + "' for attribute '" + key + "': " + reason);
}

std::optional<StyleLength> Reader::length(const std::string& key, const Attr& a, Units units,
                                          Range range) {
  std::string reason;
  std::optional<StyleLength> v = parse_length(a.value, &reason);
  if (v && v->em && units == Units::absolute) {
    reason = "em is not allowed here; use pt, pc, mm, cm or in";
  } else if (v && range != Range::any && v->value < 0) {
    reason = "must not be negative";
  } else if (v && range == Range::positive && v->value == 0) {
    reason = "must be more than zero";
  } else if (v) {
    return v;
  }
  bad_value(key, a, "length", reason);
  return std::nullopt;
}

std::optional<Pt> Reader::absolute(const std::string& key, const Attr& a, Range range) {
  if (auto v = length(key, a, Units::absolute, range)) return Pt(v->value);
  return std::nullopt;
}

std::optional<int> Reader::integer(const std::string& key, const Attr& a, int low, int high) {
  std::optional<int> v = parse_integer(a.value);
  if (v && *v >= low && *v <= high) return v;
  bad_value(key, a, "value",
            "expected a whole number from " + std::to_string(low) + " to " + std::to_string(high));
  return std::nullopt;
}

std::optional<double> Reader::number(const std::string& key, const Attr& a, double low,
                                     double high) {
  std::optional<double> v = parse_number(a.value);
  if (v && *v >= low && *v <= high) return v;
  // Limits as a person writes them: 1000000000, not 1e+09.
  auto text = [](double limit) {
    std::ostringstream out;
    out.precision(12);
    out << limit;
    return out.str();
  };
  bad_value(key, a, "value", "expected a number from " + text(low) + " to " + text(high));
  return std::nullopt;
}

std::optional<int> Reader::weight(const std::string& key, const Attr& a) {
  const std::string_view s = trim(a.value);
  if (s == "normal") return 400;
  if (s == "bold") return 700;
  // Only the named weights of the CSS scale: fonts come in these steps, and fontconfig maps
  // anything in between to one of them anyway.
  std::optional<int> v = parse_integer(s);
  if (v && *v >= 100 && *v <= 900 && *v % 100 == 0) return v;
  bad_value(key, a, "value", "expected normal, bold, or one of 100, 200, ..., 900");
  return std::nullopt;
}

std::optional<Color> Reader::color(const std::string& key, const Attr& a) {
  std::string reason;
  std::optional<Color> v = parse_color(a.value, &reason);
  if (!v) bad_value(key, a, "colour", reason);
  return v;
}

std::optional<std::vector<FontFeature>> Reader::features(const std::string& key, const Attr& a) {
  std::string reason;
  auto v = parse_features(a.value, &reason);
  if (!v) bad_value(key, a, "features", reason);
  return v;
}

template <typename T>
std::optional<T> Reader::choice(const std::string& key, const Attr& a, const Choices<T>& choices) {
  Names words;
  for (const auto& [word, value] : choices) {
    if (trim(a.value) == word) return value;
    words.push_back(word);
  }
  bad_value(key, a, "value", "expected one of " + listed(words));
  return std::nullopt;
}

// ---- Elements ------------------------------------------------------------------------------

void Reader::read_root_attributes(pugi::xml_node root) {
  Attrs attrs = attributes(root, kStylesheetAttributes);
  style_.name = attrs["name"].value;
  if (auto it = attrs.find("version"); it != attrs.end() && trim(it->second.value) != "1") {
    error(it->second.pos,
          "unsupported stylesheet version '" + it->second.value + "' (folio reads version 1)");
  }
  if (auto it = attrs.find("folios"); it != attrs.end()) {
    assign(style_.folios, choice("folios", it->second, kFolioStyles));
  }
}

void Reader::read_top_element(pugi::xml_node n) {
  const std::string_view name = n.name();
  if (name == "page-master") {
    read_master(n);
  } else if (name == "paragraph-style") {
    read_style(n, "paragraph style", kParagraphStyleAttributes, raw_paragraphs_);
  } else if (name == "character-style") {
    read_style(n, "character style", kCharacterStyleAttributes, raw_characters_);
  } else if (name == "markup") {
    read_markup(n);
  } else if (name == "part") {
    read_part(n);
  } else if (name == "pdf") {
    read_pdf(n);
  } else if (name == "hyphenation") {
    read_hyphenation(n);
  } else {
    unknown_element(n, kTopElements);
  }
}

void Reader::read_master(pugi::xml_node n) {
  Attrs attrs = attributes(n, kMasterAttributes);
  PageMaster m;
  m.name = required(n, attrs, "name");
  m.pos = source_.pos(n);
  auto set = [&](const std::string& key, Pt& into, Range range) {
    if (auto it = attrs.find(key); it != attrs.end()) {
      assign(into, absolute(key, it->second, range));
    }
  };
  set("width", m.width, Range::positive);
  set("height", m.height, Range::positive);
  set("bleed", m.bleed, Range::non_negative);
  set("margin-top", m.margin_top, Range::non_negative);
  set("margin-bottom", m.margin_bottom, Range::non_negative);
  set("margin-inside", m.margin_inside, Range::non_negative);
  set("margin-outside", m.margin_outside, Range::non_negative);
  set("column-gap", m.column_gap, Range::non_negative);
  if (auto it = attrs.find("columns"); it != attrs.end()) {
    assign(m.columns, integer("columns", it->second, 1, 12));
  }
  for_each_element(n, [&](pugi::xml_node child) {
    if (contains(kMasterElements, child.name())) {
      read_running_line(child, m);
    } else {
      unknown_element(child, kMasterElements);
    }
  });
  check_margins(m);
  if (m.name.empty()) return;
  if (auto it = style_.masters.find(m.name); it != style_.masters.end()) {
    error(m.pos, "duplicate page-master '" + m.name + "' (first defined at line " +
                     std::to_string(it->second.pos.line) + ")");
    return;
  }
  style_.masters.emplace(m.name, std::move(m));
}

void Reader::read_pdf(pugi::xml_node n) {
  PdfSettings& pdf = style_.pdf;
  if (!pdf.pos.file.empty()) {
    error(source_.pos(n), "duplicate <pdf> (first at line " + std::to_string(pdf.pos.line) + ")");
    return;
  }
  pdf.pos = source_.pos(n);
  Attrs attrs = attributes(n, kPdfAttributes);
  if (auto it = attrs.find("standard"); it != attrs.end()) {
    pdf.standard = parse_pdf_standard(trim(it->second.value));
    if (!pdf.standard) {
      bad_value("standard", it->second, "value", std::string("expected ") + kPdfStandardNames);
    }
  }
  auto text = [&](const char* key, std::string& into) {
    if (auto it = attrs.find(key); it != attrs.end()) into = trim(it->second.value);
  };
  text("output-profile", pdf.output_profile);
  text("output-condition-identifier", pdf.condition_identifier);
  text("output-condition", pdf.condition);
  text("registry-name", pdf.registry);
  if (pdf.output_profile.empty() != pdf.condition_identifier.empty()) {
    // A profile without its condition (or the reverse) would tell the printer a wrong story.
    error(pdf.pos, "<pdf> needs output-profile and output-condition-identifier together");
  }
  if (!pdf.output_profile.empty() && pdf.output_profile.front() != '/') {
    const std::string& file = source_.name();
    const std::size_t slash = file.rfind('/');
    if (slash != std::string::npos)
      pdf.output_profile = file.substr(0, slash + 1) + pdf.output_profile;
  }
}

// The same form as an issue's <hyphenation> (docs/issue-format.md), but its language is
// required: a stylesheet serves issues of any language.
void Reader::read_hyphenation(pugi::xml_node n) {
  Attrs attrs = attributes(n, {"lang"});
  const std::string lang(trim(required(n, attrs, "lang")));
  if (!lang.empty()) {
    auto [first, inserted] = hyphenation_langs_.emplace(ascii_lowercase(lang), source_.pos(n).line);
    if (!inserted) {
      error(source_.pos(n), "duplicate <hyphenation> for language '" + lang +
                                "' (first at line " + std::to_string(first->second) + ")");
    }
  }
  bool any = false;
  for_each_element(n, [&](pugi::xml_node w) {
    any = true;
    if (std::string_view(w.name()) != "word") {
      unknown_element(w, {"word"});
      return;
    }
    attributes(w, {});
    std::string word;
    for (pugi::xml_node c : w.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        word += c.value();
      } else if (c.type() == pugi::node_element) {
        error(source_.pos(c), "unexpected element " + tag(c.name()) + " in <word>: plain text only");
      }
    }
    word = std::string(trim(word));
    if (word.empty()) {
      error(source_.pos(w), "empty <word> in <hyphenation>");
    } else if (std::optional<std::string> problem = hyphenation_word_problem(word)) {
      error(source_.pos(w), "malformed hyphenation '" + word + "' in <word>: " + *problem);
    } else if (!lang.empty()) {
      style_.hyphenation.push_back({lang, word, source_.pos(w)});
    }
  });
  if (!any) error(source_.pos(n), "<hyphenation> needs at least one <word>");
}

void Reader::read_running_line(pugi::xml_node n, PageMaster& m) {
  Attrs attrs = attributes(n, kRunningLineAttributes);
  RunningLine line;
  line.pos = source_.pos(n);
  line.text = required(n, attrs, "text");
  line.style = required(n, attrs, "style");
  if (!line.style.empty()) {
    running_line_refs_.push_back({tag(n.name()), line.style, attrs["style"].pos});
  }
  if (auto it = attrs.find("offset"); it != attrs.end()) {
    assign(line.offset, absolute("offset", it->second, Range::non_negative));
  }
  if (auto it = attrs.find("placement"); it != attrs.end()) {
    assign(line.placement, choice("placement", it->second, kPlacements));
  }
  const bool header = std::string_view(n.name()) == "header";
  (header ? m.headers : m.footers).push_back(std::move(line));
}

void Reader::check_margins(const PageMaster& m) {
  const Pt largest(limits::kMaxPageSidePoints);
  for (const auto& [side, length] : {std::pair("width", m.width), std::pair("height", m.height)}) {
    if (length + m.bleed * 2 > largest) {
      error(m.pos, std::string("page ") + side + " " + format_points(length + m.bleed * 2) +
                       " (bleed included) is larger than " + format_points(largest) +
                       " (200in), the largest page a PDF can have");
    }
  }
  // Margins that meet leave no room for text; layout could not place a single line.
  if (m.margin_top + m.margin_bottom >= m.height) {
    error(m.pos, "margins (top " + format_points(m.margin_top) + " + bottom " +
                     format_points(m.margin_bottom) + ") exceed the page height " +
                     format_points(m.height));
  }
  if (m.margin_inside + m.margin_outside >= m.width) {
    error(m.pos, "margins (inside " + format_points(m.margin_inside) + " + outside " +
                     format_points(m.margin_outside) + ") exceed the page width " +
                     format_points(m.width));
  }
}

void Reader::read_style(pugi::xml_node n, const char* kind, const Names& valid,
                        std::map<std::string, RawStyle>& into) {
  if (++styles_read_ > limits::kMaxStyles) {
    if (styles_read_ == limits::kMaxStyles + 1) {
      error(source_.pos(n), "more than " + std::to_string(limits::kMaxStyles) +
                                " styles in the stylesheet, the limit; the rest are not read");
    }
    return;
  }
  RawStyle raw{kind, "", source_.pos(n), attributes(n, valid)};
  raw.name = required(n, raw.attrs, "name");
  for_each_element(n, [&](pugi::xml_node child) { unknown_element(child, {}); });
  if (raw.name.empty()) return;
  // Paragraph and character styles share one namespace: a role names either kind.
  if (const RawStyle* first = any_style(raw.name)) {
    error(raw.pos, "duplicate style '" + raw.name + "' (first defined at line " +
                       std::to_string(first->pos.line) + ")");
    return;
  }
  const std::string name = raw.name;
  raw_in_order_.push_back(&(into[name] = std::move(raw)));
}

void Reader::read_markup(pugi::xml_node n) {
  for (const auto& [name, a] : attributes(n, kMarkupNames)) {
    style_.markup[name] = a.value;
    markup_refs_.push_back({"markup '" + name + "'", a.value, a.pos});
  }
  for_each_element(n, [&](pugi::xml_node child) { unknown_element(child, {}); });
}

void Reader::read_part(pugi::xml_node n) {
  PartStyle part;
  part.pos = source_.pos(n);
  const Attrs attrs = any_attributes(n);
  for (const auto& [key, a] : attrs) {
    if (key == "kind") {
      if (contains(kPartKinds, trim(a.value))) {
        part.kind = trim(a.value);
      } else if (!trim(a.value).empty()) {  // an empty kind is reported as missing, below
        bad_value(key, a, "value", "expected one of " + listed(kPartKinds));
      }
    } else if (key == "master") {
      part.master = a.value;
    } else if (key == "recto") {
      assign(part.recto, choice(key, a, kBooleans));
    } else if (key == "verso-master") {
      part.verso_master = a.value;
      master_refs_.push_back({"part '" + part.kind + "'", part.verso_master, a.pos});
    } else if (key == "first-master") {
      part.first_master = a.value;
      master_refs_.push_back({"part '" + part.kind + "'", part.first_master, a.pos});
    } else if (key == "heads-on-first-page") {
      assign(part.heads_on_first_page, choice(key, a, kBooleans));
    } else {
      part.options[key] = a.value;  // the part's own settings, read by compose
    }
  }
  required(n, attrs, "kind");
  if (const PartVocabulary* vocabulary = part_vocabulary(part.kind)) {
    for (const auto& [key, value] : part.options) {
      if (const PartOption* option = vocabulary->option(key)) {
        check_option(*option, attrs.at(key));
        continue;
      }
      std::string message = "unknown attribute '" + key + "' on <part kind=\"" + part.kind + "\">";
      Names valid = {"kind",         "master", "first-master",
                     "verso-master", "recto",  "heads-on-first-page"};
      const Names options = vocabulary->option_names();
      valid.insert(valid.end(), options.begin(), options.end());
      const std::string guess = nearest(key, valid);
      if (!guess.empty()) message += "; did you mean '" + guess + "'?";
      error(attrs.at(key).pos, message);
    }
  }
  // A part cannot be set without a page master, so `master` is required too.
  if (!required(n, attrs, "master").empty()) {
    master_refs_.push_back({"part '" + part.kind + "'", part.master, attrs.at("master").pos});
  }
  for_each_element(n, [&](pugi::xml_node child) {
    if (contains(kPartElements, child.name())) {
      read_role(child, part);
    } else {
      unknown_element(child, kPartElements);
    }
  });
  style_.parts.push_back(std::move(part));
}

// An option's value, checked here so that compose can read it as the type it is.
void Reader::check_option(const PartOption& option, const Attr& a) {
  switch (option.type) {
    case OptionType::boolean:
      choice(option.name, a, kBooleans);
      break;
    case OptionType::count:
      integer(option.name, a, 1, 12);
      break;
    case OptionType::length:
      if (!contains(option.choices, trim(a.value))) {
        length(option.name, a, Units::relative, Range::positive);
      }
      break;
    case OptionType::choice:
      if (!contains(option.choices, trim(a.value))) {
        bad_value(option.name, a, "value", "expected one of " + listed(option.choices));
      }
      break;
    case OptionType::text:
    case OptionType::words:
      break;
  }
}

void Reader::read_role(pugi::xml_node n, PartStyle& part) {
  Attrs attrs = attributes(n, kRoleAttributes);
  const std::string role = required(n, attrs, "name");
  const std::string style = required(n, attrs, "style");
  if (role.empty() || style.empty()) return;
  if (const PartVocabulary* vocabulary = part_vocabulary(part.kind)) {
    bool known = contains(vocabulary->roles, role);
    for (const std::string& prefix : vocabulary->role_prefixes) {
      known = known || (role.size() > prefix.size() && role.compare(0, prefix.size(), prefix) == 0);
    }
    if (!known) {
      std::string message = "unknown role '" + role + "' in <part kind=\"" + part.kind + "\">";
      const std::string guess = nearest(role, vocabulary->roles);
      if (!guess.empty()) message += "; did you mean '" + guess + "'?";
      error(attrs["name"].pos, message);
      return;
    }
  }
  if (!part.roles.emplace(role, style).second) {
    error(source_.pos(n), "duplicate role '" + role + "' in <part kind=\"" + part.kind + "\">");
    return;
  }
  role_refs_.push_back({"role '" + role + "'", style, attrs["style"].pos});
}

// ---- Style attributes ----------------------------------------------------------------------

void Reader::read_text_attribute(const std::string& key, const Attr& a, CharacterStyle& c) {
  if (key == "font-family") {
    c.family = std::string(trim(a.value));
    c.pos = a.pos;  // where "font not found" will point
  } else if (key == "font-fallback") {
    c.fallback_families = comma_list(a.value);
  } else if (key == "font-weight") {
    assign(c.weight, weight(key, a));
  } else if (key == "font-style") {
    assign(c.slant, choice(key, a, kSlants));
  } else if (key == "font-size") {
    assign(c.size, length(key, a, Units::relative, Range::positive));
  } else if (key == "features") {
    assign(c.features, features(key, a));
  } else if (key == "color") {
    assign(c.color, color(key, a));
  } else if (key == "letter-spacing") {
    assign(c.letter_spacing, length(key, a, Units::relative, Range::any));
  } else if (key == "baseline-shift") {
    assign(c.baseline_shift, length(key, a, Units::relative, Range::any));
  } else if (key == "text-transform") {
    assign(c.transform, choice(key, a, kTransforms));
  }
}

void Reader::read_paragraph_attribute(const std::string& key, const Attr& a, ParagraphStyle& p) {
  auto set_length = [&](StyleLength& into, Range range) {
    assign(into, length(key, a, Units::relative, range));
  };
  if (key == "leading") set_length(p.leading, Range::positive);
  if (key == "first-indent") set_length(p.first_indent, Range::any);  // negative: hanging
  if (key == "left-indent") set_length(p.left_indent, Range::any);
  if (key == "right-indent") set_length(p.right_indent, Range::any);
  if (key == "space-before") set_length(p.space_before, Range::non_negative);
  if (key == "space-after") set_length(p.space_after, Range::non_negative);
  if (key == "align") assign(p.align, choice(key, a, kAligns));
  if (key == "fit") assign(p.fit, choice(key, a, kFits));
  if (key == "min-font-size") set_length(p.min_size, Range::positive);
  if (key == "hyphenate") assign(p.hyphenate, choice(key, a, kBooleans));
  if (key == "margin-kerning") assign(p.margin_kerning, choice(key, a, kBooleans));
  if (key == "keep-with-next") assign(p.keep_with_next, choice(key, a, kBooleans));
  if (key == "keep-together") assign(p.keep_together, choice(key, a, kBooleans));
  if (key == "widows") assign(p.widows, integer(key, a, 1, 10));
  if (key == "orphans") assign(p.orphans, integer(key, a, 1, 10));
  if (key == "lang") p.lang = trim(a.value);
  read_break_attribute(key, a, p.breaking);
}

void Reader::read_break_attribute(const std::string& key, const Attr& a, BreakSettings& b) {
  constexpr int kPenalty = 10000;  // TeX's: a penalty this large forbids (or forces) a break
  constexpr double kDemerits = 1e9;
  auto set_length = [&](StyleLength& into) {
    assign(into, length(key, a, Units::relative, Range::non_negative));
  };
  if (key == "tolerance") assign(b.tolerance, number(key, a, 0, 10000));
  if (key == "pretolerance") assign(b.pretolerance, number(key, a, -1, 10000));  // -1: no pass
  if (key == "line-penalty") assign(b.line_penalty, integer(key, a, 0, kPenalty));
  if (key == "hyphen-penalty") assign(b.hyphen_penalty, integer(key, a, -kPenalty, kPenalty));
  if (key == "ex-hyphen-penalty") {
    assign(b.ex_hyphen_penalty, integer(key, a, -kPenalty, kPenalty));
  }
  if (key == "adj-demerits") assign(b.adj_demerits, number(key, a, 0, kDemerits));
  if (key == "double-hyphen-demerits") {
    assign(b.double_hyphen_demerits, number(key, a, 0, kDemerits));
  }
  if (key == "final-hyphen-demerits") {
    assign(b.final_hyphen_demerits, number(key, a, 0, kDemerits));
  }
  if (key == "emergency-stretch") set_length(b.emergency_stretch);
  if (key == "rag") set_length(b.rag);
  if (key == "space-stretch") assign(b.space_stretch, number(key, a, 0, 10));
  if (key == "space-shrink") assign(b.space_shrink, number(key, a, 0, 1));
  if (key == "expansion") assign(b.expansion, number(key, a, 0, 0.05));
  if (key == "sentence-spacing") assign(b.wide_sentence_spaces, choice(key, a, kSentenceSpacing));
  if (key == "max-hyphen-lines") assign(b.max_hyphen_lines, integer(key, a, 0, 100));
  if (key == "looseness") assign(b.looseness, integer(key, a, -100, 100));
  if (key == "report-badness") assign(b.report_badness, number(key, a, 0, 10000));
  if (key == "hyphenate-min-word") assign(b.min_word, integer(key, a, 1, 100));
  if (key == "hyphenate-min-left") assign(b.min_left, integer(key, a, 1, 20));
  if (key == "hyphenate-min-right") assign(b.min_right, integer(key, a, 1, 20));
  if (key == "hyphenate-capitalised") assign(b.hyphenate_capitalised, choice(key, a, kBooleans));
  if (key == "hyphenate-hyphenated") assign(b.hyphenate_hyphenated, choice(key, a, kBooleans));
}

// ---- Resolution ----------------------------------------------------------------------------

const RawStyle* Reader::any_style(const std::string& name) const {
  for (const auto* raws : {&raw_paragraphs_, &raw_characters_}) {
    if (auto it = raws->find(name); it != raws->end()) return &it->second;
  }
  return nullptr;
}

// Resolves style `name` of `raws` into `out`, its ancestors first. The based-on chain is walked
// up to a style already resolved (or failed), one based on nothing, an undefined parent or a
// cycle, then built back down, without recursion: a chain as long as the file allows costs no
// stack. An undefined parent or a cycle is reported once, where it is; the styles below a failed
// one fail without a message of their own, so that one mistake gives one error. Their values are
// still read, so that mistakes in those are reported in this run.
template <typename S>
const S* Reader::resolve(const std::string& name, const std::map<std::string, RawStyle>& raws,
                         std::map<std::string, S>& out,
                         std::optional<S> (Reader::*build)(const RawStyle&, const S*)) {
  std::vector<std::string> chain;  // `name`, its parent, its grandparent...
  std::set<std::string> on_chain;
  const S* base = nullptr;  // what the top of the chain is based on, when resolved
  for (std::string current = name;;) {
    if (auto it = out.find(current); it != out.end()) {
      base = &it->second;
      break;
    }
    if (failed_.count(current)) break;
    if (on_chain.count(current)) {
      report_cycle(chain, current);
      break;
    }
    chain.push_back(current);
    on_chain.insert(current);
    const RawStyle& raw = raws.at(current);
    if (!raw.based_on() || !parent_defined(raw, raws)) break;
    current = raw.based_on()->value;
  }
  const S* parent = base;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const RawStyle& raw = raws.at(*it);
    std::optional<S> resolved = (this->*build)(raw, parent);
    if (!resolved || (raw.based_on() && !parent) || failed_.count(*it)) {
      failed_.insert(*it);
      parent = nullptr;
    } else {
      parent = &out.emplace(*it, std::move(*resolved)).first->second;
    }
  }
  return parent;
}

bool Reader::parent_defined(const RawStyle& raw, const std::map<std::string, RawStyle>& raws) {
  const Attr& based_on = *raw.based_on();
  if (raws.count(based_on.value)) return true;
  std::string message = raw.kind + (" '" + raw.name + "' is based on ");
  if (const RawStyle* other = any_style(based_on.value)) {
    message += quoted(based_on.value) + ", which is a " + other->kind;
  } else {
    message += "undefined style " + quoted(based_on.value);
    Names candidates;
    for (const auto& [name, r] : raws) candidates.push_back(name);
    if (std::string guess = nearest(based_on.value, candidates); !guess.empty()) {
      message += "; did you mean " + quoted(guess) + "?";
    }
  }
  error(based_on.pos, message);
  return false;
}

void Reader::report_cycle(const std::vector<std::string>& chain, const std::string& name) {
  auto first = std::find(chain.begin(), chain.end(), name);
  std::string cycle;
  for (auto it = first; it != chain.end(); ++it) {
    cycle += *it + " -> ";
    failed_.insert(*it);
  }
  error(any_style(name)->based_on()->pos, "based-on cycle: " + cycle + name);
}

std::optional<CharacterStyle> Reader::build_character(const RawStyle& raw,
                                                      const CharacterStyle* parent) {
  CharacterStyle c = parent ? *parent : CharacterStyle{};
  c.name = raw.name;
  if (!c.family) c.pos = raw.pos;
  for (const auto& [key, a] : raw.attrs) read_text_attribute(key, a, c);
  return c;
}

std::optional<ParagraphStyle> Reader::build_paragraph(const RawStyle& raw,
                                                      const ParagraphStyle* parent) {
  ParagraphStyle p = parent ? *parent : ParagraphStyle{};
  p.name = raw.name;
  p.pos = raw.pos;
  // The text attributes go through a character style applied over the inherited format, so a
  // font-size in ems is relative to the parent's size (or the default 10pt), as it is for
  // character styles, and features add to the parent's.
  CharacterStyle text;
  for (const auto& [key, a] : raw.attrs) {
    read_text_attribute(key, a, text);
    read_paragraph_attribute(key, a, p);
  }
  p.text = text.apply(p.text);
  // Unless the style or a parent says, capitalised words hyphenate in justified text, where a
  // hyphen saves a loose line, and not in ragged text, where it saves a little rag at the cost
  // of the names of places and institutions ("Viet-nam", "Consor-tium"; docs/typography.md).
  if (raw.attrs.count("hyphenate-capitalised") ||
      (parent && capitalised_given_.count(parent->name))) {
    capitalised_given_.insert(raw.name);
  } else {
    p.breaking.hyphenate_capitalised = p.align == Align::justify;
  }
  // Below a failed parent the family is unknown, and the parent's error says why.
  const bool parent_failed = raw.based_on() && !parent;
  if (p.text.font.family.empty() && !parent_failed) {
    error(raw.pos, "paragraph style '" + raw.name +
                       "' has no font-family (set one, or inherit one with based-on)");
    return std::nullopt;
  }
  return p;
}

void Reader::resolve_styles() {
  for (const RawStyle* raw : raw_in_order_) {
    if (raw_paragraphs_.count(raw->name)) {
      resolve(raw->name, raw_paragraphs_, style_.paragraphs, &Reader::build_paragraph);
    } else {
      resolve(raw->name, raw_characters_, style_.characters, &Reader::build_character);
    }
  }
}

template <typename Found>
void Reader::check_references(const std::vector<Reference>& refs, const std::string& what,
                              const Names& candidates, Found found) {
  for (const Reference& ref : refs) {
    // A style that failed to resolve has had its error; naming it is not a second one.
    if (found(ref.name) || failed_.count(ref.name)) continue;
    std::string message = ref.user + " uses undefined " + what + " " + quoted(ref.name);
    if (std::string guess = nearest(ref.name, candidates); !guess.empty()) {
      message += "; did you mean " + quoted(guess) + "?";
    }
    error(ref.pos, message);
  }
}

void Reader::check_references() {
  Names paragraphs, characters, masters;
  for (const auto& [name, raw] : raw_paragraphs_) paragraphs.push_back(name);
  for (const auto& [name, raw] : raw_characters_) characters.push_back(name);
  for (const auto& [name, master] : style_.masters) masters.push_back(name);
  auto is_paragraph = [&](const std::string& n) { return style_.paragraphs.count(n) > 0; };
  auto is_character = [&](const std::string& n) { return style_.characters.count(n) > 0; };
  check_references(markup_refs_, "character style", characters, is_character);
  check_references(role_refs_, "style", joined({&paragraphs, &characters}),
                   [&](const std::string& n) { return is_paragraph(n) || is_character(n); });
  check_references(running_line_refs_, "paragraph style", paragraphs, is_paragraph);
  check_references(master_refs_, "page-master", masters,
                   [&](const std::string& n) { return style_.masters.count(n) > 0; });
}

std::optional<Style> Reader::read() {
  if (!source_.parse(pugi::parse_default, diags_)) return std::nullopt;
  pugi::xml_node root = source_.root();
  if (std::string_view(root.name()) != "stylesheet") {
    error(source_.pos(root), "the root element is " + tag(root.name()) + ", expected <stylesheet>");
    return std::nullopt;
  }
  style_.source = source_.name();
  read_root_attributes(root);
  for_each_element(root, [&](pugi::xml_node n) { read_top_element(n); });
  // Past the limit, the styles not read would all be reported as undefined.
  if (styles_read_ > limits::kMaxStyles) return std::move(style_);
  // Styles may be used before they are defined, so nothing is resolved before all are read.
  resolve_styles();
  check_references();
  check_geometry(style_, diags_);
  return std::move(style_);
}

// Values are checked when styles are resolved, after the whole file is read; sorted, the errors
// still come in the order of the file, as a person fixes them.
void report_in_file_order(const Diagnostics& found, Diagnostics& diags) {
  std::vector<Diagnostic> sorted = found.all();
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.pos.line, a.pos.column) < std::pair(b.pos.line, b.pos.column);
  });
  for (Diagnostic& d : sorted) diags.add(std::move(d));
}

}  // namespace

std::optional<Style> read_stylesheet_xml(std::string_view xml, const std::string& name,
                                         Diagnostics& diags) {
  Diagnostics found;
  std::optional<Style> style = Reader(xml, name, found).read();
  report_in_file_order(found, diags);
  if (found.has_errors()) return std::nullopt;
  return style;
}

std::optional<Style> read_stylesheet_file(const std::string& path, Diagnostics& diags) {
  std::optional<std::string> text = read_source_file(path, "stylesheet", diags);
  if (!text) return std::nullopt;
  return read_stylesheet_xml(*text, path, diags);
}

}  // namespace folio
