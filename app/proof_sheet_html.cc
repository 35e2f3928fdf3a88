#include "app/proof_sheet.h"

#include "base/markup_escape.h"

#include <charconv>
#include <sstream>

namespace folio {
namespace {

const char* mark_name(PageMark m) {
  switch (m) {
    case PageMark::overlap:
      return "overlap";
    case PageMark::gap:
      return "gap";
    case PageMark::shared_page:
      return "shared page";
    case PageMark::verso_start:
      return "verso start";
  }
  return "";
}

const char* mark_class(PageMark m) {
  switch (m) {
    case PageMark::overlap:
      return "overlap";
    case PageMark::gap:
      return "gap";
    case PageMark::shared_page:
      return "shared";
    case PageMark::verso_start:
      return "verso";
  }
  return "";
}

bool mismatch(const SheetEntry& e) { return e.row.printed_matches_source == false; }

std::string page_name(const std::vector<SheetPage>& pages, std::size_t index) {
  const std::string label = index < pages.size() ? pages[index].label : "";
  return label.empty() ? "PDF page " + std::to_string(index + 1) : "page " + label;
}

std::string page_link(const std::vector<SheetPage>& pages, std::size_t index) {
  return "<a href=\"#page-" + std::to_string(index + 1) + "\">" + markup_escaped(page_name(pages, index)) +
         "</a>";
}

std::string where(const SourcePos& pos) {
  std::string out = pos.file;
  if (pos.line > 0) out += ":" + std::to_string(pos.line);
  if (pos.line > 0 && pos.column > 0) out += ":" + std::to_string(pos.column);
  return out;
}

std::string number(const std::optional<int>& n) { return n ? std::to_string(*n) : "–"; }

// Styles kept in the file: it is read offline, alone.
constexpr const char* kStyle = R"(
body { font: 14px/1.4 sans-serif; margin: 1.5em; color: #111; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; }
.summary { font-family: monospace; padding: .4em .6em; border: 1px solid #999; }
.summary.FAIL { background: #fdd; } .summary.WARN { background: #ffd; } .summary.PASS { background: #dfd; }
.pages { display: flex; flex-wrap: wrap; gap: 1em; }
figure { margin: 0; text-align: center; font-size: .85em; }
figure img { border: 1px solid #bbb; max-width: 180px; height: auto; display: block; }
figure.missing img { border: 2px dashed #c00; }
figure:target img { outline: 3px solid #06c; }
.head { color: #555; max-width: 180px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2em .5em; vertical-align: top; }
th { background: #eee; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.marked { background: #fff3f3; }
.mark { display: inline-block; padding: 0 .4em; margin: 0 .2em .2em 0; border-radius: .3em; color: #fff; font-size: .85em; }
.mark.mismatch, .mark.overlap { background: #c00; } .mark.gap, .mark.verso { background: #b60; }
.mark.shared { background: #678; }
li.error { color: #900; } li.warning { color: #740; } code { font-size: .95em; }
)";

// Marks each thumbnail that did not load, and counts them on the body (data-images-loaded,
// data-images-failed), so that a person and a headless browser see the same thing. With watch,
// asks build.js every second for the build's number and reloads when it has changed.
constexpr const char* kImageCheck = R"(
window.addEventListener('load', function () {
  var loaded = 0, failed = 0;
  document.querySelectorAll('img').forEach(function (img) {
    if (img.complete && img.naturalWidth > 0) { loaded++; }
    else { failed++; img.closest('figure').classList.add('missing'); }
  });
  document.body.dataset.imagesLoaded = loaded;
  document.body.dataset.imagesFailed = failed;
});
)";

constexpr const char* kReload = R"(
function folioBuild(n) { if (n !== currentBuild) location.reload(); }
setInterval(function () {
  var s = document.createElement('script');
  s.src = 'build.js?' + Date.now();
  s.onload = s.onerror = function () { s.remove(); };
  document.head.appendChild(s);
}, 1000);
)";

}  // namespace

std::optional<std::size_t> page_named_in(const std::string& message) {
  const std::string key = "(PDF page ";
  const std::size_t at = message.find(key);
  if (at == std::string::npos) return std::nullopt;
  std::size_t n = 0;
  const char* begin = message.data() + at + key.size();
  auto [end, ec] = std::from_chars(begin, message.data() + message.size(), n);
  if (ec != std::errc() || end == begin || n == 0) return std::nullopt;
  return n - 1;
}

std::string summary_line(const ProofSheet& sheet) {
  int marked = 0, mismatches = 0, overlaps = 0, gaps = 0, shared = 0, verso = 0;
  for (const SheetEntry& e : sheet.entries) {
    if (mismatch(e) || !e.marks.empty()) ++marked;
    if (mismatch(e)) ++mismatches;
    for (PageMark m : e.marks) {
      overlaps += m == PageMark::overlap;
      gaps += m == PageMark::gap;
      shared += m == PageMark::shared_page;
      verso += m == PageMark::verso_start;
    }
  }
  const char* status = sheet.errors > 0 || mismatches > 0 || overlaps > 0 ? "FAIL"
                       : sheet.warnings > 0 || gaps > 0 || verso > 0      ? "WARN"
                                                                          : "PASS";
  std::ostringstream out;
  out << "folio proof: " << status << " entries=" << sheet.entries.size() << " marked=" << marked
      << " mismatches=" << mismatches << " overlaps=" << overlaps << " gaps=" << gaps
      << " shared=" << shared << " verso=" << verso << " errors=" << sheet.errors
      << " warnings=" << sheet.warnings << " pages=" << sheet.pages.size();
  return out.str();
}

std::string proof_sheet_html(const ProofSheet& sheet) {
  std::ostringstream out;
  const std::string summary = summary_line(sheet);
  const std::string status = summary.substr(13, 4);
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<title>Proof: " << markup_escaped(sheet.title) << "</title>\n<style>" << kStyle
      << "</style>\n<script>" << kImageCheck;
  if (sheet.build_number) out << "var currentBuild = " << *sheet.build_number << ";\n" << kReload;
  out << "</script>\n</head>\n<body>\n<h1>Proof: " << markup_escaped(sheet.title) << "</h1>\n";
  // On a line of its own, so that grep finds it in the file as it is.
  out << "<p class=\"summary " << status << "\" id=\"summary\">\n"
      << markup_escaped(summary) << "\n</p>\n";
  if (sheet.failed) out << "<p>The build failed: see the problems below.</p>\n";
  if (!sheet.pdf.empty())
    out << "<p>" << (sheet.failed ? "The last good PDF" : "The PDF") << ": <a href=\""
        << markup_escaped(sheet.pdf) << "\">" << markup_escaped(sheet.pdf) << "</a></p>\n";
  else
    out << "<p>No PDF was written.</p>\n";

  out << "<h2>Contents, checked against the articles</h2>\n<table id=\"contents\">\n"
      << "<tr><th>Section</th><th>Entry</th><th>Printed in the contents</th><th>First page "
         "(source)</th><th>Last page (source)</th><th>Computed range</th><th>Marks</th></tr>\n";
  for (std::size_t i = 0; i < sheet.entries.size(); ++i) {
    const SheetEntry& e = sheet.entries[i];
    const ProofRow& r = e.row;
    std::string marks, names;
    if (mismatch(e)) {
      marks += "<span class=\"mark mismatch\">printed " +
               markup_escaped(r.printed ? *r.printed : std::string("nothing")) + ", source " +
               markup_escaped(r.first_page ? std::to_string(*r.first_page) : r.item_number) + "</span>";
      names += "mismatch ";
    }
    for (PageMark m : e.marks) {
      marks +=
          std::string("<span class=\"mark ") + mark_class(m) + "\">" + mark_name(m) + "</span>";
      names += std::string(mark_class(m)) + " ";
    }
    if (!names.empty()) names.pop_back();
    out << "<tr id=\"entry-" << i + 1 << "\"" << (names.empty() ? "" : " class=\"marked\"")
        << " data-marks=\"" << names << "\"><td>" << markup_escaped(r.section) << "</td><td>"
        << markup_escaped(r.title);
    if (!r.authors.empty()) {
      std::string authors;
      for (const std::string& a : r.authors) authors += (authors.empty() ? "" : ", ") + a;
      out << "<br><i>" << markup_escaped(authors) << "</i>";
    }
    out << "</td><td class=\"n\">";
    if (r.printed) {
      out << markup_escaped(*r.printed);
      if (e.printed_page) out << " on " << page_link(sheet.pages, *e.printed_page);
    } else {
      out << "–";
    }
    std::string computed = "–";
    if (r.first_page) {
      computed = std::to_string(*r.first_page);
      if (r.last_page) computed += "–" + std::to_string(*r.last_page);
      if (r.page_count) computed += " (" + std::to_string(*r.page_count) + " pp.)";
    } else if (!r.item_number.empty()) {
      computed = r.item_number;
    }
    out << "</td><td class=\"n\">" << number(r.first_page) << "</td><td class=\"n\">"
        << number(r.last_page) << "</td><td class=\"n\">" << markup_escaped(computed) << "</td><td>"
        << marks;
    for (const Diagnostic& d : r.problems) out << "<br>" << markup_escaped(d.message);
    out << "</td></tr>\n";
  }
  out << "</table>\n";

  out << "<h2>Problems</h2>\n";
  if (sheet.problems.empty())
    out << "<p>None.</p>\n";
  else
    out << "<ul id=\"problems\">\n";
  for (const SheetProblem& p : sheet.problems) {
    const char* severity = p.diagnostic.severity == Severity::error ? "error" : "warning";
    out << "<li class=\"" << severity << "\"><code>" << markup_escaped(where(p.diagnostic.pos))
        << "</code>: " << severity << ": " << markup_escaped(p.diagnostic.message);
    if (p.page) out << " — " << page_link(sheet.pages, *p.page);
    out << "</li>\n";
  }
  if (!sheet.problems.empty()) out << "</ul>\n";

  out << "<h2>Pages</h2>\n<div class=\"pages\">\n";
  for (std::size_t i = 0; i < sheet.pages.size(); ++i) {
    const SheetPage& p = sheet.pages[i];
    out << "<figure id=\"page-" << i + 1 << "\">";
    if (!p.image.empty())
      out << "<a href=\"" << markup_escaped(p.image) << "\"><img src=\"" << markup_escaped(p.image)
          << "\" width=\"" << p.width << "\" height=\"" << p.height << "\" alt=\""
          << markup_escaped(page_name(sheet.pages, i)) << "\"></a>";
    out << "<figcaption><b>" << markup_escaped(p.label.empty() ? "–" : p.label) << "</b> · "
        << markup_escaped(p.part) << " · PDF page " << i + 1 << "<div class=\"head\">"
        << markup_escaped(p.running_head) << "</div></figcaption></figure>\n";
  }
  out << "</div>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace folio
