#pragma once
// From an issue and a style to laid-out pages: compose, then lay out each part once, handing its
// pages on as they are finished. A part that prints the folios of others (a contents that lists
// the parts after it) is first set only for its length, its pages let go, so that the parts after
// it can be placed; once their folios are known it is composed and set again, alone, and its
// pages go out then. Only when that changes its own length is the whole issue laid out again,
// until the folios settle (kMaxLayouts at most). No part's pages are held back, so memory does
// not grow with the contents' length.

#include "base/diagnostics.h"
#include "base/limits.h"
#include "fonts/font_library.h"
#include "input/issue.h"
#include "layout/pages/page_builder.h"
#include "stylesheets/style.h"

#include <string>
#include <vector>

namespace folio {

// Where an issue's pages go: a page sink that can be told to forget everything.
class IssueSink : public PageSink {
 public:
  // What the document says about itself, known once the issue is composed, before its pages.
  virtual void document(const DocumentInfo& info) = 0;
  // What was handed on is void: the issue is laid out again from its first page.
  virtual void restart() = 0;
};

struct TypesetResult {
  bool laid_out = false;            // every page went to the sink
  std::vector<std::string> moving;  // parts whose folios kept changing, when they did not settle
  std::size_t pages = 0;
  std::string title;  // for the PDF's info
  std::string subject;
};

// Each layout can only move a part by the pages its listing changes; two settle every real front
// matter, so a fourth that still moves means an oscillation (exit status 4).
constexpr int kMaxLayouts = limits::kMaxPageNumberPasses;

// The threads an issue is laid out on: the caller's alone, or also one that sets each part's
// paragraphs ahead of its pages (layout/pages/paragraphs_ahead.h). The output is the same.
enum class LayoutThreads { one, two };

// Diagnostics of the layout that counted only are reported, so a warning is not repeated.
TypesetResult typeset(const Issue& issue, const Style& style, FontLibrary& fonts,
                      Diagnostics& diags, IssueSink& sink,
                      LayoutThreads threads = LayoutThreads::one);

}  // namespace folio
