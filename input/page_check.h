#pragma once
// Page numbers a proofreader can trust, whatever the issue was read from: articles follow each
// other in contents order without overlapping, gaps are pointed out, recto starts are checked
// when articles must start on recto pages, and the issue's declared range covers every article.
// Articles that give a page count instead of pages get their range here. In continuous
// pagination a short article may begin on the page where the one before ends: a shared page is
// no overlap.

#include "base/diagnostics.h"
#include "input/issue.h"

#include <cstddef>
#include <vector>

namespace folio {

// Where the journal starts an article (the stylesheet's contents option `article-start`, or
// `--recto`).
enum class ArticleStart {
  anywhere,  // continuous pagination: on the page where the one before ends, if there is room
  new_page,  // on a page of its own: a shared page is a warning
  recto,     // on an odd (recto) page: also an even first page is a warning, and ranges computed
             // from page counts skip to the next odd page
};

struct PageCheckOptions {
  ArticleStart article_start = ArticleStart::anywhere;
};

// What a proof sheet marks on an article's entry, beside the problems' messages.
enum class PageMark {
  overlap,      // it starts before the article before it ends (or not after it starts)
  gap,          // pages before it belong to no article
  shared_page,  // it starts on the page where the article before it ends
  verso_start,  // it starts on an even page where articles start on recto pages
};

// One article's place in the contents and what was found about its pages.
struct ArticlePages {
  std::size_t section = 0;  // indices into Issue::sections and Section::articles
  std::size_t article = 0;
  std::vector<Diagnostic> problems;
  std::vector<PageMark> marks;  // in the order found, each once
};

struct PageReport {
  std::vector<ArticlePages> articles;      // in contents order
  std::vector<Diagnostic> issue_problems;  // about the issue as a whole

  int count(Severity severity) const;
  // Every problem, the issue's first, then the articles' in contents order.
  void report_to(Diagnostics& diags) const;
};

// Fills in the first and last pages of articles that give only a page count (counting from the
// issue's first page, or from the end of the article before), then checks every article.
PageReport check_pages(Issue& issue, const PageCheckOptions& options);

}  // namespace folio
