#include "compose/text_runs.h"

#include <utility>

namespace folio {
namespace {

// Markup applies in this order, so "bold italic" is the same whichever way the source nests it.
constexpr std::pair<std::uint8_t, const char*> kMarkup[] = {
    {kItalic, "italic"},           {kBold, "bold"},           {kSmallCaps, "small-caps"},
    {kSuperscript, "superscript"}, {kSubscript, "subscript"},
};

}  // namespace

TextRuns::TextRuns(const Style& style, std::string default_lang, Diagnostics& diags)
    : style_(style), default_lang_(std::move(default_lang)), diags_(diags) {}

const std::string& TextRuns::language(const std::string& lang) const {
  return lang.empty() ? default_lang_ : lang;
}

TextFormat TextRuns::apply_markup(std::uint8_t flags, const TextFormat& base,
                                  const SourcePos& pos) const {
  TextFormat format = base;
  for (const auto& [flag, name] : kMarkup) {
    if (!(flags & flag)) continue;
    auto mapped = style_.markup.find(name);
    if (mapped == style_.markup.end()) {
      if (unmapped_warned_.insert(name).second) {
        diags_.warning(pos, std::string("the stylesheet maps no character style to ") + name +
                                " markup (<markup " + name + "=\"...\">): it is set plain");
      }
      continue;
    }
    auto cs = style_.characters.find(mapped->second);
    if (cs != style_.characters.end()) format = cs->second.apply(format);
  }
  return format;
}

std::vector<StyledRun> TextRuns::of(const RichText& text, const TextFormat& base,
                                    const std::string& lang) const {
  std::vector<StyledRun> out;
  out.reserve(text.spans.size());
  for (const TextSpan& span : text.spans) {
    StyledRun run;
    run.format = apply_markup(span.flags, base, span.pos);
    run.lang = span.lang.empty() ? language(lang) : span.lang;
    run.line_break = span.line_break;
    run.text = span.text;
    run.pos = span.pos;
    out.push_back(std::move(run));
  }
  return out;
}

StyledRun TextRuns::plain(std::string text, const TextFormat& format,
                          const std::string& lang) const {
  StyledRun run;
  run.text = std::move(text);
  run.format = format;
  run.lang = language(lang);
  return run;
}

StyledRun TextRuns::line_break(const TextFormat& format) const {
  StyledRun run;
  run.format = format;
  run.line_break = true;
  return run;
}

}  // namespace folio
