#include "app/command_help.h"

namespace folio {
namespace {

constexpr const char* kIssueOptions =
    "The issue:\n"
    "  ISSUE.xml             an issue in folio's format; - reads it from standard input\n"
    "  --jats DIR_OR_FILES   JATS article files, or directories of them (*.xml, *.nxml)\n"
    "  --crossref FILE       a Crossref deposit, unixref records or an OAI-PMH harvest\n"
    "  --ojs FILE            an OJS native XML export of issues\n"
    "  --select KEYS         which issue of a file of several: journal=, issn=, volume=,\n"
    "                        number=, year=, joined by commas\n"
    "  --issue-meta FILE     what JATS, Crossref and OJS lack: board, notices, bios...\n"
    "  --style FILE          the stylesheet; without it, the one the issue names, else io-1992\n"
    "  --recto               articles start on recto (odd) pages\n"
    "  --max-input-size SIZE the largest input file read (default 64M)\n";

constexpr const char* kLayoutOptions =
    "  --pdf-standard S      x4 (PDF/X-4, the default) or none (a plain PDF)\n"
    "  --bleed LENGTH        bleed on every side, replacing the page masters' (3mm, 9pt, 0)\n"
    "  --marks               crop marks and a slug line outside the bleed\n"
    "  --draft               page-number and preflight errors become warnings; the PDF is\n"
    "                        marked \"DRAFT - not for press\"\n"
    "  -q, --quiet           errors only: no warnings, no progress, no \"wrote\" line\n"
    "  --verbose             every warning (common ones are otherwise counted per kind)\n"
    "  --allow-any-stylesheet-path\n"
    "                        the stylesheet an issue names may be any file\n"
    "  --diagnostic-format F human (default), short (one line a message, no hints) or json\n"
    "                        (one object a line: file, line, column, severity, message, hint)\n";

constexpr const char* kOptionForms = "Options take their value as --opt VALUE or --opt=VALUE.\n";

}  // namespace

std::string command_help(const std::string& command) {
  if (command == "build") {
    return std::string(
               "usage: folio build ISSUE [options] [-o OUT.pdf|-]\n"
               "Typesets the issue to a print-ready PDF, and says \"wrote OUT.pdf (N pages, T "
               "s)\".\n\n") +
           kIssueOptions +
           "Options:\n"
           "  -o, --output OUT      where to write the PDF (default: ISSUE with .pdf; for an\n"
           "                        issue from standard input, standard output); - for\n"
           "                        standard output\n" +
           kLayoutOptions +
           "  --timings             the time each stage took (read, compose, shape, break\n"
           "                        lines, break pages, write)\n"
           "  --deps FILE           list every file the build read, for make (issue, articles,\n"
           "                        stylesheet, fonts, output profile, dictionaries)\n"
           "  --deps-format F       make (default) or json\n" +
           kOptionForms +
           "\nExit status: 0 the PDF can go to press, 1 an error in the input, layout, preflight\n"
           "or writing, 2 a usage error, 4 the contents' page numbers did not settle.\n";
  }
  if (command == "check") {
    return std::string(
               "usage: folio check ISSUE [options]\n"
               "Everything build does (page numbers, layout, preflight of every page) but write\n"
               "the PDF; exits as build would.\n\n") +
           kIssueOptions + "Options:\n" + kLayoutOptions +
           "  --strict              warnings count as errors (exit status 3)\n" + kOptionForms +
           "\nExit status: 0 clean, 1 errors, 2 a usage error, 3 warnings under --strict, 4 the\n"
           "contents' page numbers did not settle.\n";
  }
  if (command == "pages") {
    return std::string(
               "usage: folio pages ISSUE [--format text|json|csv]\n"
               "Prints the proof table: section, title, authors, pages, problems.\n\n") +
           kIssueOptions +
           "Options:\n"
           "  --format FORMAT       text (default), json (docs/pages-json.md) or csv\n" +
           kOptionForms + "\nExit status: 0 no problem, 1 errors, 2 a usage error.\n";
  }
  if (command == "batch") {
    return std::string(
               "usage: folio batch MANIFEST|DIR... [-j N] [--summary FILE.json] [--output-dir "
               "DIR]\n"
               "                   [--shard K/N|auto] [--list] [-q|--verbose] [--draft] "
               "[--timings]\n"
               "                   [--diagnostic-format human|short|json]\n"
               "Builds many issues in one run; one that fails stops no other.\n\n"
               "  MANIFEST              one issue a line, as folio build's arguments: ISSUE\n"
               "                        [--style S] [--jats DIR|--crossref F|--ojs F] [-o OUT];\n"
               "                        # begins a comment; - reads it from standard input\n"
               "  DIR                   every issue file (<issue>) below DIR, and every\n"
               "                        issue-meta file with the JATS articles beside it\n"
               "  -j, --jobs N          N workers (default: one per core)\n"
               "  --summary FILE        a JSON summary of every issue (docs/batch-json.md)\n"
               "  -o, --output-dir DIR  the PDFs go to DIR, by their path below the directory\n"
               "                        searched (default: beside each issue)\n"
               "  --shard K/N           only the K-th of N shards: issue i when i mod N = K-1\n"
               "  --shard auto          K and N from JOB_COMPLETION_INDEX and JOB_COMPLETIONS\n"
               "                        (Kubernetes), SLURM_ARRAY_TASK_ID, _MIN and _COUNT\n"
               "                        (Slurm), or FOLIO_SHARD_INDEX and FOLIO_SHARD_COUNT\n"
               "  --list                print the issues the run would build; build nothing\n"
               "  -q, --quiet           errors only: no progress, no summary line\n"
               "  --timings             the time each stage took, summed over the issues\n") +
           kOptionForms +
           "\nExit status: 0 every issue built, 1 any failed, 2 a usage error (nothing built),\n"
           "4 none failed but some had page numbers that did not settle.\n";
  }
  if (command == "styles") {
    return "usage: folio styles\nLists the stylesheets folio ships, with what each is for.\n"
           "\nExit status: 0.\n";
  }
  if (command == "fonts") {
    return "usage: folio fonts [FAMILY]\n"
           "Lists the font families fontconfig offers that folio can use (TrueType and\n"
           "OpenType outlines), each with its faces; with FAMILY, each face's weight and\n"
           "slant as a stylesheet names it, and its file.\n"
           "\nExit status: 0, or 1 when FAMILY has no face folio can use.\n";
  }
  if (command == "help") {
    return "usage: folio help [COMMAND]\nThe help of folio, or of one command.\n";
  }
  return "";
}

}  // namespace folio
