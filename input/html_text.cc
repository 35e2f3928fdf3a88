#include "input/html_text.h"

#include "base/ascii.h"
#include "base/utf8.h"
#include "input/foreign_xml.h"
#include "input/text_spans.h"

#include <algorithm>
#include <charconv>
#include <optional>

namespace folio {
namespace {

bool is_block(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",  "div", "li",    "ul", "ol", "blockquote", "h1", "h2", "h3",      "h4",
      "h5", "h6",  "table", "tr", "td", "dl",         "dt", "dd", "section", "pre"};
  return std::ranges::find(kBlocks, name) != std::end(kBlocks);
}

std::optional<std::uint8_t> inline_flag(std::string_view name) {
  if (name == "em" || name == "i" || name == "cite") return kItalic;
  if (name == "strong" || name == "b") return kBold;
  if (name == "sup") return kSuperscript;
  if (name == "sub") return kSubscript;
  return std::nullopt;
}

// Named entities through the reader of JATS's (which leaves the five XML ones alone), then the
// five and numeric references, which HTML source holds as written.
std::string decode_html_entities(std::string_view text, std::string* unknown) {
  const std::string named = foreign::decode_entities(text, unknown);
  std::string out;
  for (std::size_t i = 0; i < named.size();) {
    const std::size_t semicolon = named[i] == '&' ? named.find(';', i) : std::string::npos;
    if (semicolon == std::string::npos || semicolon - i > 10) {
      out += named[i++];
      continue;
    }
    const std::string_view name = std::string_view(named).substr(i + 1, semicolon - i - 1);
    std::optional<char32_t> c;
    if (name == "amp") c = U'&';
    if (name == "lt") c = U'<';
    if (name == "gt") c = U'>';
    if (name == "quot") c = U'"';
    if (name == "apos") c = U'\'';
    if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      std::string_view digits = name.substr(hex ? 2 : 1);
      std::uint32_t value = 0;
      auto [end, ec] =
          std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
      if (ec == std::errc() && end == digits.data() + digits.size() && value > 0 &&
          value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF))
        c = static_cast<char32_t>(value);
    }
    if (!c) {
      out += named[i++];
      continue;
    }
    utf8::append(out, *c);
    i = semicolon + 1;
  }
  return out;
}

class HtmlReader {
 public:
  HtmlReader(std::string lang, SourcePos pos, std::string* unknown)
      : lang_(std::move(lang)), pos_(std::move(pos)), unknown_(unknown) {}

  std::vector<RichText> read(std::string_view html) {
    for (std::size_t i = 0; i < html.size();) {
      const std::size_t lt = html.find('<', i);
      text(html.substr(i, lt == std::string_view::npos ? std::string_view::npos : lt - i));
      if (lt == std::string_view::npos) break;
      if (html.substr(lt, 4) == "<!--") {
        const std::size_t end = html.find("-->", lt);
        i = end == std::string_view::npos ? html.size() : end + 3;
        continue;
      }
      const std::size_t gt = html.find('>', lt);
      if (gt == std::string_view::npos) {  // a lone '<' is text
        text(html.substr(lt));
        break;
      }
      tag(html.substr(lt + 1, gt - lt - 1));
      i = gt + 1;
    }
    end_paragraph();
    return std::move(paragraphs_);
  }

 private:
  void text(std::string_view raw) {
    if (raw.empty()) return;
    spans_.push_back({decode_html_entities(raw, unknown_), flags(), lang_, false, pos_});
  }

  void tag(std::string_view inside) {
    const bool closing = inside.starts_with('/');
    if (closing) inside.remove_prefix(1);
    std::size_t end = 0;
    while (end < inside.size() && (std::isalnum(static_cast<unsigned char>(inside[end])) != 0))
      ++end;
    const std::string name = ascii_lowercase(inside.substr(0, end));
    if (name.empty()) return;
    if (name == "br") {
      spans_.push_back({"", flags(), lang_, true, pos_});
    } else if (is_block(name)) {
      end_paragraph();
    } else if (std::optional<std::uint8_t> flag = inline_flag(name)) {
      if (!closing) {
        open_.push_back({name, *flag});
      } else {
        auto it = std::ranges::find(open_.rbegin(), open_.rend(), name, &Open::name);
        if (it != open_.rend()) open_.erase(std::next(it).base(), open_.end());
      }
    }
  }

  std::uint8_t flags() const {
    std::uint8_t f = 0;
    for (const Open& o : open_) f |= o.flag;
    return f;
  }

  void end_paragraph() {
    RichText text = normalize_spans(std::move(spans_));
    spans_.clear();
    if (!text.empty()) paragraphs_.push_back(std::move(text));
  }

  struct Open {
    std::string name;
    std::uint8_t flag;
  };
  std::string lang_;
  SourcePos pos_;
  std::string* unknown_;
  std::vector<Open> open_;
  std::vector<TextSpan> spans_;
  std::vector<RichText> paragraphs_;
};

}  // namespace

std::vector<RichText> html_paragraphs(std::string_view html, const std::string& lang,
                                      const SourcePos& pos, std::string* unknown_entity) {
  return HtmlReader(lang, pos, unknown_entity).read(html);
}

}  // namespace folio
