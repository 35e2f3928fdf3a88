#include "input/page_check.h"

#include "base/limits.h"

#include <algorithm>
#include <optional>
#include <string>

namespace folio {
namespace {

// The article's title as messages quote it: long titles are cut, without splitting a character.
std::string quoted(const Article& a) {
  constexpr std::size_t kMax = 60;
  std::string title = a.title.plain();
  if (title.size() > kMax) {
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
    title = title.substr(0, cut) + "…";
  }
  return "'" + title + "'";
}

std::string page_span(int first, int last) {
  return first == last ? "page " + std::to_string(first)
                       : "pages " + std::to_string(first) + "–" + std::to_string(last);
}

class Checker {
 public:
  Checker(Issue& issue, const PageCheckOptions& options) : issue_(issue), options_(options) {}

  PageReport run() {
    const IssueInfo& info = issue_.info;
    if (info.first_page && info.last_page && *info.last_page < *info.first_page) {
      report_.issue_problems.push_back({Severity::error,
                                        {issue_.source, 0, 0},
                                        "the issue's last page " + std::to_string(*info.last_page) +
                                            " comes before its first page " +
                                            std::to_string(*info.first_page)});
    }
    next_ = info.first_page;
    for (std::size_t s = 0; s < issue_.sections.size(); ++s) {
      for (std::size_t i = 0; i < issue_.sections[s].articles.size(); ++i) {
        report_.articles.push_back({s, i, {}, {}});
        check(issue_.sections[s].articles[i], report_.articles.back());
      }
    }
    return report_;
  }

 private:
  void check(Article& a, ArticlePages& found) {
    std::vector<Diagnostic>& problems = found.problems;
    auto mark = [&](PageMark m) { found.marks.push_back(m); };
    auto error = [&](std::string m) { problems.push_back({Severity::error, a.pos, std::move(m)}); };
    auto warning = [&](std::string m) {
      problems.push_back({Severity::warning, a.pos, std::move(m)});
    };
    fill_from_count(a, error);
    if (!a.first_page) {
      // An item number ("e1004", "S336") stands for pages deliberately absent.
      if (!a.page_count && a.item_number.empty()) warning(quoted(a) + " has no page numbers");
      return;
    }
    const int first = *a.first_page;
    if (a.last_page && *a.last_page < first) {
      error(quoted(a) + " ends on page " + std::to_string(*a.last_page) +
            ", before it starts on page " + std::to_string(first));
    }
    if (previous_) {
      const Article& p = *previous_;
      const bool shared = p.last_page && first == *p.last_page;
      if (shared) {
        mark(PageMark::shared_page);
        check_shared(p, a, warning);
      } else if (first <= *p.first_page) {
        mark(PageMark::overlap);
        error(quoted(a) + " starts on page " + std::to_string(first) + ", not after " + quoted(p) +
              " before it, which starts on page " + std::to_string(*p.first_page));
      } else if (p.last_page && first <= *p.last_page) {
        mark(PageMark::overlap);
        error(quoted(a) + " starts on page " + std::to_string(first) + ", before " + quoted(p) +
              " before it ends on page " + std::to_string(*p.last_page));
      } else if (p.last_page) {
        if (check_gap(*p.last_page + 1, first, "between " + quoted(p) + " and " + quoted(a),
                      warning))
          mark(PageMark::gap);
      }
    } else if (issue_.info.first_page && first > *issue_.info.first_page) {
      if (check_gap(*issue_.info.first_page, first, "before " + quoted(a), warning))
        mark(PageMark::gap);
    }
    if (recto() && first % 2 == 0) {
      mark(PageMark::verso_start);
      warning(quoted(a) + " starts on page " + std::to_string(first) +
              ", a verso (even) page, but articles start on recto pages");
    }
    const IssueInfo& info = issue_.info;
    if (info.first_page && first < *info.first_page) {
      error(quoted(a) + " starts on page " + std::to_string(first) +
            ", before the issue's first page " + std::to_string(*info.first_page));
    }
    const int last = a.last_page.value_or(first);
    if (info.last_page && last > *info.last_page) {
      error(quoted(a) + " ends on page " + std::to_string(last) + ", after the issue's last page " +
            std::to_string(*info.last_page));
    }
    next_ = std::max(first, last) + 1;
    previous_ = &a;
  }

  bool recto() const { return options_.article_start == ArticleStart::recto; }

  // `a` starts on the page where `p` ends: legal in continuous pagination, a mistake (or a
  // page number copied from the article before) where every article opens a page.
  template <typename Report>
  void check_shared(const Article& p, const Article& a, Report warning) {
    if (options_.article_start == ArticleStart::anywhere) return;
    warning(quoted(a) + " starts on page " + std::to_string(*a.first_page) + ", where " +
            quoted(p) + " before it ends, but articles start on " +
            (recto() ? "recto pages" : "a new page"));
  }

  // An article with a page count and no pages starts where the one before ended.
  template <typename Report>
  void fill_from_count(Article& a, Report error) {
    if (!a.page_count) return;
    // Counted pages must end where a page number can be: sums of pages never overflow.
    auto ends_in_range = [&](int start) {
      if (static_cast<long long>(start) + *a.page_count - 1 <= limits::kMaxPageNumber) return true;
      error(quoted(a) + " has " + std::to_string(*a.page_count) + " pages from page " +
            std::to_string(start) + ", past page " + std::to_string(limits::kMaxPageNumber) +
            ", the largest folio takes");
      return false;
    };
    if (a.first_page) {
      if (!a.last_page && ends_in_range(*a.first_page))
        a.last_page = *a.first_page + *a.page_count - 1;
      return;
    }
    if (!next_) {
      error(quoted(a) +
            " gives a page count but no first page, and there is no page to count "
            "from: give the issue's first page");
      return;
    }
    int start = *next_;
    if (recto() && start % 2 == 0) ++start;
    if (!ends_in_range(start)) return;
    a.first_page = start;
    a.last_page = start + *a.page_count - 1;
  }

  // Pages from..to-1 belong to no article. One blank verso before a recto start is expected.
  // Returns whether that is a gap, and said.
  template <typename Report>
  bool check_gap(int from, int to, const std::string& where, Report warning) {
    if (to <= from) return false;
    if (recto() && to - from == 1 && to % 2 == 1) return false;
    warning(page_span(from, to - 1) + " " + where + (to - from == 1 ? " is" : " are") +
            " in no article");
    return true;
  }

  Issue& issue_;
  const PageCheckOptions& options_;
  PageReport report_;
  std::optional<int> next_;            // where an article given by its page count would start
  const Article* previous_ = nullptr;  // the last article with a first page
};

}  // namespace

int PageReport::count(Severity severity) const {
  int n = 0;
  for (const Diagnostic& d : issue_problems) n += d.severity == severity;
  for (const ArticlePages& a : articles) {
    for (const Diagnostic& d : a.problems) n += d.severity == severity;
  }
  return n;
}

void PageReport::report_to(Diagnostics& diags) const {
  for (const Diagnostic& d : issue_problems) diags.add(d);
  for (const ArticlePages& a : articles) {
    for (const Diagnostic& d : a.problems) diags.add(d);
  }
}

PageReport check_pages(Issue& issue, const PageCheckOptions& options) {
  return Checker(issue, options).run();
}

}  // namespace folio
