#include "input/issue_limits.h"

#include "base/limits.h"
#include "xml/source_file.h"

#include <string>

namespace folio {
namespace {

std::uint64_t text_bytes(const RichText& text) {
  std::uint64_t n = 0;
  for (const TextSpan& s : text.spans) n += s.text.size();
  return n;
}

class LimitCheck {
 public:
  LimitCheck(const Issue& issue, Diagnostics& diags) : issue_(issue), diags_(diags) {}

  void run() {
    int articles = 0;
    for (const Section& s : issue_.sections) {
      paragraph(s.title, s.pos, "section title");
      for (const Article& a : s.articles) {
        if (++articles == limits::kMaxArticles + 1) {
          diags_.error(a.pos, "more than " + std::to_string(limits::kMaxArticles) +
                                  " articles in the issue, the limit");
        }
        paragraph(a.title, a.pos, "title");
        paragraph(a.subtitle, a.pos, "subtitle");
        paragraph(a.short_title, a.pos, "short title");
        auto abstract = [&](const Abstract& abs) {
          for (const AbstractParagraph& p : abs.paragraphs) {
            paragraph(p.heading, a.pos, "abstract heading");
            paragraph(p.text, a.pos, "abstract paragraph");
          }
        };
        abstract(a.abstract);
        for (const Abstract& t : a.translated_abstracts) abstract(t);
        for (const TranslatedTitle& t : a.translated_titles) {
          paragraph(t.title, a.pos, "translated title");
          paragraph(t.subtitle, a.pos, "translated subtitle");
        }
      }
    }
    if (issue_.people.size() > static_cast<std::size_t>(limits::kMaxPeople)) {
      diags_.error(
          issue_.people[limits::kMaxPeople].pos,
          "more than " + std::to_string(limits::kMaxPeople) + " people in the issue, the limit");
    }
    for (const Person& p : issue_.people) paragraph(p.bio, p.pos, "bio");
    for (const Notice& n : issue_.notices) {
      for (const RichText& p : n.paragraphs) paragraph(p, n.pos, "notice paragraph");
    }
    for (const RichText& line : issue_.journal.imprint)
      paragraph(line, {issue_.source}, "imprint line");
  }

 private:
  // One paragraph past the limit is reported where its text starts, or at its element.
  void paragraph(const RichText& text, const SourcePos& owner, const char* what) {
    const std::uint64_t bytes = text_bytes(text);
    if (bytes <= limits::kMaxParagraphBytes) return;
    const SourcePos& at =
        text.spans.empty() || text.spans.front().pos.file.empty() ? owner : text.spans.front().pos;
    diags_.error(at, std::string("a ") + what + " of " + describe_size(bytes) +
                         ", longer than the limit of " + describe_size(limits::kMaxParagraphBytes) +
                         " for one paragraph");
  }

  const Issue& issue_;
  Diagnostics& diags_;
};

}  // namespace

void check_issue_limits(const Issue& issue, Diagnostics& diags) { LimitCheck(issue, diags).run(); }

}  // namespace folio
