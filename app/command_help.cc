#include "app/command_help.h"

namespace folio {
namespace {

// How build, check and pages are told which issue to read: one text for the three.
constexpr const char* kIssueOptions = R"help(The issue:
  ISSUE                 an issue in folio's format; - reads one from standard
                        input
  --jats DIR_OR_FILES   JATS article files, or directories of them (*.xml,
                        *.nxml)
  --crossref FILE       a Crossref deposit, unixref records or an OAI-PMH
                        harvest
  --ojs FILE            an OJS native XML export of issues
  --select KEYS         which issue of a file of several: journal=, issn=,
                        volume=, number=, year=, joined by commas
  --issue-meta FILE     what JATS, Crossref and OJS lack: board, notices, bios
  --style FILE          the stylesheet; without it the one the issue names,
                        else io-1992
  --recto               articles start on recto (odd) pages
  --max-input-size SIZE the largest input file read (default 64M)
)help";

}  // namespace

// The texts are kept whole, one raw string each but for the issue's options they share, so that
// what a user sees is what one reads here; every line fits in 79 columns.
std::string command_help(const std::string& command) {
  if (command == "build") {
    return R"help(usage: folio build ISSUE [options] [-o OUT.pdf|-]
Typesets the issue to a print-ready PDF; says "wrote OUT.pdf (N pages, T s)".

)help" + std::string(kIssueOptions) + R"help(Options:
  -o, --output OUT      where the PDF goes (default: ISSUE with .pdf; standard
                        output for an issue read from standard input); - for
                        standard output
  --pdf-standard S      x4 (PDF/X-4, the default) or none (a plain PDF)
  --bleed LENGTH        bleed on every side, replacing the page masters' (3mm,
                        9pt, 0)
  --marks               crop marks and a slug line outside the bleed
  --draft               page-number and preflight errors become warnings; the
                        PDF is marked as a draft, not for press
  -q, --quiet           errors only: no warnings, no progress line, no "wrote"
                        line
  --verbose             every warning (common ones are otherwise counted per
                        kind)
  --allow-any-stylesheet-path
                        the stylesheet an issue names may be any file
  --diagnostic-format F human (the default), short (a message a line, no hint)
                        or json (an object a line: file, line, column,
                        severity, message, hint)
  --timings             the time each stage took (read, compose, shape, break
                        lines, break pages, write)
  --threads N           2 (the default on two cores or more): pages are written
                        while the next ones are set; 1: one thread. The PDF is
                        the same byte for byte
  --deps FILE           list every file the build read, for make: issue,
                        articles, stylesheet, fonts, output profile,
                        dictionaries
  --deps-format F       make (the default) or json
Options take their value as --opt VALUE or as --opt=VALUE.

Exit status: 0 the PDF can go to press, 1 an error in the input, layout,
preflight or writing, 2 a usage error, 4 the contents' page numbers did not
settle.
)help";
  }
  if (command == "check") {
    return R"help(usage: folio check ISSUE [options]
Everything build does (page numbers, layout, preflight of every page) but write
the PDF; exits as build would.

)help" + std::string(kIssueOptions) + R"help(Options:
  --pdf-standard S      x4 (PDF/X-4, the default) or none (a plain PDF)
  --bleed LENGTH        bleed on every side, replacing the page masters' (3mm,
                        9pt, 0)
  --marks               crop marks and a slug line outside the bleed
  --draft               page-number and preflight errors become warnings; the
                        PDF is marked as a draft, not for press
  -q, --quiet           errors only: no warnings, no progress line, no "wrote"
                        line
  --verbose             every warning (common ones are otherwise counted per
                        kind)
  --allow-any-stylesheet-path
                        the stylesheet an issue names may be any file
  --diagnostic-format F human (the default), short (a message a line, no hint)
                        or json (an object a line: file, line, column,
                        severity, message, hint)
  --strict              warnings count as errors (exit status 3)
Options take their value as --opt VALUE or as --opt=VALUE.

Exit status: 0 clean, 1 errors, 2 a usage error, 3 warnings under --strict, 4
the contents' page numbers did not settle.
)help";
  }
  if (command == "pages") {
    return R"help(usage: folio pages ISSUE [--format text|json|csv]
Prints the proof table: section, title, authors, pages, problems.

)help" + std::string(kIssueOptions) + R"help(Options:
  --format FORMAT       text (the default), json (docs/pages-json.md) or csv
  --diagnostic-format F human (the default), short (a message a line, no hint)
                        or json (an object a line: file, line, column,
                        severity, message, hint)
Options take their value as --opt VALUE or as --opt=VALUE.

Exit status: 0 no problem, 1 errors, 2 a usage error.
)help";
  }
  if (command == "batch") {
    return R"help(usage: folio batch MANIFEST|DIR... [-j N] [--summary FILE.json]
                   [--output-dir DIR] [--shard K/N|auto] [--list]
                   [-q|--verbose] [--draft] [--timings] [--diagnostic-format F]
Builds many issues in one run; one that fails stops no other.

  MANIFEST              one issue a line, as folio build's arguments: ISSUE
                        [--style S] [--jats DIR|--crossref F|--ojs F] [-o OUT];
                        # begins a comment; - reads the manifest from standard
                        input
  DIR                   every issue file (<issue>) below DIR, and every issue-
                        meta file with the JATS articles beside it
  -j, --jobs N          N worker processes (default: one per core)
  --summary FILE        a JSON summary of every issue (docs/batch-json.md)
  -o, --output-dir DIR  the PDFs go to DIR, by their path below the directory
                        searched (default: beside each issue)
  --shard K/N           only the K-th of N shards: issue i when i mod N is K-1
  --shard auto          K and N from JOB_COMPLETION_INDEX and JOB_COMPLETIONS
                        (Kubernetes), SLURM_ARRAY_TASK_ID, _MIN and _COUNT
                        (Slurm), or FOLIO_SHARD_INDEX and FOLIO_SHARD_COUNT
  --list                print the issues the run would build, and build nothing
  -q, --quiet           errors only: no progress line, no "wrote" lines, no
                        summary line
  --timings             the time each stage took, summed over the issues
Options take their value as --opt VALUE or as --opt=VALUE.

Exit status: 0 every issue built, 1 any failed, 2 a usage error (nothing
built), 4 none failed but some had page numbers that did not settle.
)help";
  }
  if (command == "styles") {
    return R"help(usage: folio styles
Lists the stylesheets folio ships, with what each is for.

Exit status: 0.
)help";
  }
  if (command == "fonts") {
    return R"help(usage: folio fonts [FAMILY]
Lists the font families fontconfig offers that folio can use (TrueType and
OpenType outlines), each with its faces; with FAMILY, each face's weight and
slant as a stylesheet names them, and its file.

Exit status: 0, or 1 when FAMILY has no face folio can use.
)help";
  }
  if (command == "help") {
    return R"help(usage: folio help [COMMAND]
The help of folio, or of one command.
)help";
  }
  return "";
}

}  // namespace folio
