// folio: typesets a journal issue's front matter to PDF.

#include "app/batch_command.h"
#include "app/build_command.h"
#include "app/check_command.h"
#include "app/command_help.h"
#include "app/command_line.h"
#include "app/fonts_command.h"
#include "app/pages_command.h"
#include "app/proof_command.h"
#include "app/stylesheet_choice.h"
#include "app/watch_command.h"
#include "base/activity.h"
#include "xml/source_file.h"

#include <cstdio>
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

namespace {

constexpr const char* kUsage =
    "usage: folio build ISSUE.xml [--style FILE] [-o OUT.pdf|-] [--pdf-standard x4|none]\n"
    "                             [--bleed LENGTH] [--marks] [--draft] [-q|--verbose]\n"
    "                             [--timings] [--png DIR [--dpi N] [--pages LIST]]\n"
    "       folio check ISSUE.xml [--style FILE] [--draft] [--strict] [-q|--verbose]\n"
    "       folio pages ISSUE.xml [--style FILE] [--format text|json|csv]\n"
    "       folio batch MANIFEST|DIR... [-j N] [--summary FILE.json] [--shard K/N|auto]\n"
    "       folio proof ISSUE.xml [--style FILE] -o DIR [--draft] [--dpi N]\n"
    "       folio watch ISSUE.xml [--style FILE] -o OUT.pdf [--proof DIR] [--draft]\n"
    "       folio styles\n"
    "       folio fonts [FAMILY]\n"
    "       folio help [COMMAND] | --help | --version\n"
    "ISSUE.xml may also be --jats DIR_OR_FILES..., --crossref FILE or --ojs FILE, with\n"
    "[--issue-meta FILE] and [--select \"issn=...,volume=...,number=...\"]; --recto says\n"
    "articles start on recto pages.\n"
    "build, check and pages also take --max-input-size SIZE; build and check take\n"
    "--allow-any-stylesheet-path.\n";

constexpr const char* kHelp =
    "folio typesets the front matter of a journal issue (cover, editorial board and notices,\n"
    "contents, contributors, abstracts) from an XML description of the issue to a print-ready\n"
    "PDF.\n"
    "\n"
    "Commands:\n"
    "  build ISSUE.xml   typeset the issue\n"
    "  check ISSUE.xml   everything build does (page numbers, layout, preflight of every\n"
    "                    page) but write the PDF; exits as build would\n"
    "  pages ISSUE.xml   print the proof table: articles, authors, pages, problems, and\n"
    "                    where each part and contents number landed\n"
    "  proof ISSUE.xml   the PDF, page thumbnails and DIR/index.html, a proof sheet that\n"
    "                    checks every page number of the contents (docs/proofs.md)\n"
    "  batch MANIFEST    build many issues (a manifest, or directories of issues)\n"
    "  watch ISSUE.xml   build, then build again whenever an input changes; with --proof\n"
    "                    DIR the proof sheet too, which reloads itself\n"
    "  styles            list the stylesheets folio ships\n"
    "  fonts [FAMILY]    list the font families and faces folio can use\n"
    "  help COMMAND      the options of one command (also: folio COMMAND --help)\n"
    "\n"
    "The issue:\n"
    "  ISSUE.xml             an issue in folio's format\n"
    "  --jats DIR_OR_FILES   JATS article files, or directories of them (*.xml, *.nxml)\n"
    "  --crossref FILE       a Crossref deposit (doi_batch), unixref records or an OAI-PMH\n"
    "                        harvest\n"
    "  --ojs FILE            an OJS native XML export of issues\n"
    "  --select KEYS         which issue of a file that holds several: any of journal=,\n"
    "                        issn=, volume=, number=, year=, joined by commas\n"
    "  --issue-meta FILE     what JATS, Crossref and OJS lack: board, notices, bios...\n"
    "  --style FILE          the stylesheet; without it, the one the issue names\n"
    "                        (<issue stylesheet=\"...\">), else the built-in io-1992\n"
    "  --recto               articles start on recto (odd) pages\n"
    "  --max-input-size SIZE the largest input file read, in bytes or with K, M or G\n"
    "                        (default 64M)\n"
    "\n"
    "Options of build and check:\n"
    "  -o, --output OUT  build: where to write the PDF (default: ISSUE with .pdf for .xml);\n"
    "                    - for standard output; a device or FIFO is written, not replaced\n"
    "  --pdf-standard S  x4 (PDF/X-4, the default unless the stylesheet says otherwise) or\n"
    "                    none (a plain PDF 1.6); see docs/print.md\n"
    "  --bleed LENGTH    bleed on every side, replacing the page masters' (3mm, 9pt, 0)\n"
    "  --marks           crop marks and a slug line (file, issue, date, page) outside the\n"
    "                    bleed; the media box grows to hold them\n"
    "  --draft           proofs of an unfinished issue: page-number and preflight errors\n"
    "                    become warnings and the PDF is written anyway, marked as a draft\n"
    "  -q, --quiet       do not print warnings\n"
    "  --verbose         print every warning (common ones are otherwise counted per kind)\n"
    "  --allow-any-stylesheet-path\n"
    "                    the stylesheet an issue names may be any file, not only one in\n"
    "                    the issue's directory\n"
    "  --strict          check: warnings count as errors (exit status 3)\n"
    "  --timings         build: print the time each stage took\n"
    "  --threads 1|2     build: write pages and set paragraphs beside layout (2, the default on\n"
    "                    two cores)\n"
    "  --deps FILE       build: list every file the build read, for make (--deps-format\n"
    "                    make|json)\n"
    "  --diagnostic-format human|short|json\n"
    "                    how messages are printed (json: one object a line)\n"
    "  --png DIR         build: a PNG of each page, rendered from the PDF, as\n"
    "                    DIR/page-LABEL.png; --dpi N (default 100), --pages 1-3,v (labels,\n"
    "                    ranges of them, or PDF page numbers)\n"
    "Options of proof and watch:\n"
    "  -o DIR            proof: the directory of the PDF, pages/*.png and index.html\n"
    "  -o OUT.pdf        watch: the PDF, kept as it was when a build fails\n"
    "  --proof DIR       watch: make the proof sheet in DIR after every build\n"
    "  --dpi N           the thumbnails' resolution (default 40)\n"
    "Options of pages:\n"
    "  --format FORMAT   pages: text (default), json (docs/pages-json.md) or csv\n"
    "\n"
    "Dates: SOURCE_DATE_EPOCH when set, else the newest input file's modification time.\n"
    "\n"
    "Exit status: 0 success (the PDF can go to press), 1 an error in the input, in layout,\n"
    "in the preflight of a page or in writing, 2 a usage error (also an output that is one\n"
    "of the inputs, or an input of several issues that --select does not narrow to one:\n"
    "they are listed), 3 warnings under check --strict, 4 the contents' page numbers did not\n"
    "settle; batch: 0 every issue built, 1 any failed, 4 some did not settle. Errors about\n"
    "the input are printed as file:line:col: error: message. folio help COMMAND: one\n"
    "command's options.\n";

int usage_error(const std::string& message) {
  std::cerr << "folio: " << message << "\n" << kUsage;
  return 2;
}

int run(int argc, char** argv) {
  const folio::CommandLine cl = folio::parse_command_line({argv + 1, argv + argc});
  if (!cl.error.empty()) return usage_error(cl.error);
  if (cl.command == "help") {
    // A command without a help of its own gets the whole of folio's.
    const std::string help = folio::command_help(cl.help_topic);
    if (!help.empty()) {
      std::cout << help;
    } else {
      std::cout << kUsage << "\n" << kHelp;
    }
    return 0;
  }
  if (cl.command == "fonts") return folio::run_fonts(cl.fonts_family, std::cout, std::cerr);
  if (cl.command == "version") {
    std::cout << "folio " FOLIO_VERSION "\n";
    return 0;
  }
  if (cl.command == "styles") {
    for (const folio::ShippedStylesheet& s : folio::shipped_stylesheets()) {
      std::cout << s.name << (s.name.size() < 16 ? std::string(16 - s.name.size(), ' ') : " ")
                << s.description << "\n";
    }
    return 0;
  }
  if (cl.max_input_bytes > 0) folio::set_max_input_bytes(cl.max_input_bytes);
  const folio::Activity running("running folio " + cl.command);
  if (cl.command == "check") return folio::run_check(cl.build, cl.strict, std::cout, std::cerr);
  if (cl.command == "batch") return folio::run_batch(cl.batch, std::cout, std::cerr);
  if (cl.command == "pages")
    return folio::run_pages(cl.build.input, cl.format, std::cout, std::cerr,
                            cl.build.diagnostic_format);
  if (cl.command == "proof")
    return folio::run_proof({cl.build, cl.thumbnail_dpi, std::nullopt, {}}, std::cout, std::cerr);
  if (cl.command == "watch")
    return folio::run_watch({cl.build, cl.proof_dir, cl.thumbnail_dpi}, std::cout, std::cerr);
  return folio::run_build(cl.build, std::cerr);
}

}  // namespace

// Running out of memory is the one failure no stage can report as a diagnostic; it is caught
// here, after the stack has unwound (so a partly written PDF has been removed), and reported
// with what folio was doing. fputs, not iostreams: it needs no memory.
int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::fputs("folio: error: out of memory while ", stderr);
    std::fputs(folio::Activity::current(), stderr);
    std::fputs("\n", stderr);
  } catch (const std::length_error&) {
    std::fputs("folio: error: out of memory while ", stderr);
    std::fputs(folio::Activity::current(), stderr);
    std::fputs(" (a size past what memory can hold)\n", stderr);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "folio: error: internal error while %s: %s\n", folio::Activity::current(),
                 e.what());
  }
  return 1;
}
