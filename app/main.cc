// folio: typesets a journal issue's front matter to PDF.

#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "app/build_command.h"
#include "app/stylesheet_choice.h"

namespace {

constexpr const char* kUsage =
    "usage: folio build ISSUE.xml [--style FILE] [-o OUT.pdf]\n"
    "       folio styles\n"
    "       folio --help | --version\n";

constexpr const char* kHelp =
    "folio typesets the front matter of a journal issue (cover, editorial board and notices,\n"
    "contents, contributors, abstracts) from an XML description of the issue to a print-ready\n"
    "PDF.\n"
    "\n"
    "Commands:\n"
    "  build ISSUE.xml   typeset ISSUE.xml\n"
    "  styles            list the stylesheets folio ships\n"
    "\n"
    "Options of build:\n"
    "  --style FILE      the stylesheet to use; without it, the one the issue names\n"
    "                    (<issue stylesheet=\"...\">), else the built-in io-1992\n"
    "  -o, --output OUT  where to write the PDF (default: ISSUE with .pdf for .xml)\n"
    "  -q, --quiet       do not print warnings\n"
    "\n"
    "Exit status: 0 success, 1 an error in the input or in layout, 2 a usage error.\n"
    "Errors about the input are printed as file:line:col: error: message.\n";

int usage_error(const std::string& message) {
  std::cerr << "folio: " << message << "\n" << kUsage;
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("no command given");
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kUsage << "\n" << kHelp;
    return 0;
  }
  if (args[0] == "--version") {
    std::cout << "folio " FOLIO_VERSION "\n";
    return 0;
  }
  if (args[0] == "styles") {
    if (args.size() > 1) return usage_error("styles takes no arguments");
    for (const folio::ShippedStylesheet& s : folio::shipped_stylesheets()) {
      std::cout << s.name << (s.name.size() < 16 ? std::string(16 - s.name.size(), ' ') : " ")
                << s.description << "\n";
    }
    return 0;
  }
  if (args[0] != "build") return usage_error("unknown command '" + args[0] + "'");

  folio::BuildOptions options;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= args.size()) return std::nullopt;
      return args[++i];
    };
    if (a == "--style" || a == "-o" || a == "--output") {
      auto v = value();
      if (!v) return usage_error("option " + a + " needs a value");
      (a == "--style" ? options.style_path : options.output_path) = *v;
    } else if (a == "-q" || a == "--quiet") {
      options.quiet = true;
    } else if (a == "--help" || a == "-h") {
      std::cout << kUsage << "\n" << kHelp;
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      return usage_error("unknown option '" + a + "'");
    } else if (options.issue_path.empty()) {
      options.issue_path = a;
    } else {
      return usage_error("more than one issue file given");
    }
  }
  if (options.issue_path.empty()) return usage_error("build needs an issue file");
  return folio::run_build(options, std::cerr);
}
