#include "app/command_line.h"

#include "app/batch_options.h"
#include "base/suggest.h"
#include "input/issue_selection.h"
#include "stylesheets/units.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <optional>

namespace folio {
namespace {

bool is_option(const std::string& a) { return a.size() > 1 && a[0] == '-'; }

const std::vector<std::string> kCommands = {"build", "check",  "pages", "proof", "watch",
                                            "batch", "styles", "fonts", "help"};

bool is_command(const std::string& name) {
  return std::find(kCommands.begin(), kCommands.end(), name) != kCommands.end();
}

// The options each command takes, for "did you mean" when one is mistyped.
std::vector<std::string> options_of(const std::string& command) {
  std::vector<std::string> names = {"--jats",  "--crossref",         "--ojs",   "--issue-meta",
                                    "--recto", "--select",           "--style", "--max-input-size",
                                    "--help",  "--diagnostic-format"};
  if (command == "build" || command == "check") {
    names.insert(names.end(), {"--pdf-standard", "--bleed", "--marks", "--draft", "--quiet",
                               "--verbose", "--allow-any-stylesheet-path"});
  }
  if (command == "build") {
    names.insert(names.end(), {"--output", "--timings", "--threads", "--deps", "--deps-format",
                               "--png", "--dpi", "--pages"});
  }
  if (command == "proof") names.insert(names.end(), {"--output", "--draft", "--dpi"});
  if (command == "watch") names.insert(names.end(), {"--output", "--draft", "--proof", "--dpi"});
  if (command == "check") names.push_back("--strict");
  if (command == "pages") names.push_back("--format");
  return names;
}

// "--style=FILE" as "--style FILE": scripts write both. Only long options are split, and only
// at their first '=', so a value may hold one ("--select=issn=1234-5678").
std::vector<std::string> split_option_values(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const std::string& a : args) {
    const std::size_t eq = a.find('=');
    if (a.starts_with("--") && eq != std::string::npos && eq > 2) {
      out.push_back(a.substr(0, eq));
      out.push_back(a.substr(eq + 1));
    } else {
      out.push_back(a);
    }
  }
  return out;
}

// "100000", "512K", "64M", "2G" (KiB, MiB, GiB; "64MiB" too); nothing for anything else or 0.
std::optional<std::uint64_t> parse_size(const std::string& text) {
  std::uint64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end == text.data() || value == 0) return std::nullopt;
  std::string unit(end, text.data() + text.size());
  if (unit.ends_with("iB")) unit.resize(unit.size() - 2);
  int shift = 0;
  if (unit == "K" || unit == "k") {
    shift = 10;
  } else if (unit == "M") {
    shift = 20;
  } else if (unit == "G") {
    shift = 30;
  } else if (!unit.empty()) {
    return std::nullopt;
  }
  if (value > (std::numeric_limits<std::uint64_t>::max() >> shift)) return std::nullopt;
  return value << shift;
}

// Options shared by build, check and pages: where the issue comes from.
class Parser {
 public:
  Parser(const std::vector<std::string>& args, CommandLine& cl) : args_(args), cl_(cl) {}

  void run() {
    IssueInput& input = cl_.build.input;
    for (i_ = 1; i_ < args_.size() && cl_.error.empty(); ++i_) {
      const std::string& a = args_[i_];
      if (a == "--jats" || a == "--crossref" || a == "--ojs") {
        if (source_given_) return fail("give one issue: a file, --jats, --crossref or --ojs");
        source_given_ = true;
        input.format = a == "--jats"       ? IssueInput::Format::jats
                       : a == "--crossref" ? IssueInput::Format::crossref
                                           : IssueInput::Format::ojs;
        while (i_ + 1 < args_.size() && !is_option(args_[i_ + 1]))
          input.paths.push_back(args_[++i_]);
        if (input.paths.empty()) return fail("option " + a + " needs a file");
        if (a != "--jats" && input.paths.size() > 1) return fail(a + " takes one file");
      } else if (a == "--issue-meta") {
        value(a, input.meta_path);
      } else if (a == "--recto") {
        input.pages.article_start = ArticleStart::recto;
      } else if (a == "--select") {
        value(a, input.select);
        std::string problem;
        if (cl_.error.empty() && !parse_selector(input.select, &problem)) fail(problem);
      } else if (a == "--style") {
        value(a, input.style_path);
      } else if (writes() && (a == "-o" || a == "--output")) {
        value(a, cl_.build.output_path);
      } else if (lays_out() && a == "--pdf-standard") {
        std::string name;
        value(a, name);
        cl_.build.pdf_standard = parse_pdf_standard(name);
        if (!cl_.build.pdf_standard && cl_.error.empty())
          fail("unknown PDF standard '" + name + "' (" + kPdfStandardNames + ")");
      } else if (lays_out() && a == "--bleed") {
        std::string text, reason;
        value(a, text);
        std::optional<StyleLength> bleed = parse_length(text, &reason);
        if (bleed && (bleed->em || bleed->value < 0))
          reason = "a length of 0 or more in pt, pc, mm, cm or in";
        if (!reason.empty() && cl_.error.empty()) fail("bad --bleed '" + text + "': " + reason);
        if (reason.empty()) cl_.build.bleed = Pt(bleed->value);
      } else if (lays_out() && a == "--marks") {
        cl_.build.marks = true;
      } else if (a == "--max-input-size") {
        std::string size;
        value(a, size);
        if (!cl_.error.empty()) return;
        std::optional<std::uint64_t> bytes = parse_size(size);
        if (!bytes)
          return fail("bad size '" + size + "' for --max-input-size (bytes, or with K, M or G)");
        cl_.max_input_bytes = *bytes;
      } else if (lays_out() && a == "--allow-any-stylesheet-path") {
        input.allow_any_stylesheet_path = true;
      } else if (lays_out() && (a == "-q" || a == "--quiet")) {
        cl_.build.quiet = true;
      } else if (lays_out() && a == "--verbose") {
        cl_.build.verbose = true;
      } else if (lays_out() && a == "--draft") {
        cl_.build.draft = true;
      } else if (cl_.command == "build" && (a == "--png" || a == "--dpi" || a == "--pages")) {
        png_option(a);
      } else if ((cl_.command == "proof" || cl_.command == "watch") && a == "--dpi") {
        std::string text;
        value(a, text);
        if (cl_.error.empty()) cl_.thumbnail_dpi = dpi_value(text);
      } else if (cl_.command == "watch" && a == "--proof") {
        value(a, cl_.proof_dir);
      } else if (cl_.command == "build" && a == "--timings") {
        cl_.build.timings = true;
      } else if (cl_.command == "build" && a == "--threads") {
        std::string text;
        value(a, text);
        if (text == "1" || text == "2") {
          cl_.build.threads = text[0] - '0';
        } else if (cl_.error.empty()) {
          fail("--threads takes 1 or 2, not '" + text + "'");
        }
      } else if (cl_.command == "check" && a == "--strict") {
        cl_.strict = true;
      } else if (cl_.command == "pages" && a == "--format") {
        value(a, cl_.format);
        if (cl_.format != "text" && cl_.format != "json" && cl_.format != "csv")
          fail("unknown format '" + cl_.format + "' (text, json or csv)");
      } else if (cl_.command == "build" && a == "--deps") {
        value(a, cl_.build.deps_path);
      } else if (cl_.command == "build" && a == "--deps-format") {
        std::string name;
        value(a, name);
        std::optional<DepsFormat> format = parse_deps_format(name);
        if (!format && cl_.error.empty())
          fail("unknown --deps-format '" + name + "' (make or json)");
        if (format) cl_.build.deps_format = *format;
      } else if (a == "--diagnostic-format") {
        std::string name;
        value(a, name);
        std::optional<DiagnosticFormat> format = parse_diagnostic_format(name);
        if (!format && cl_.error.empty())
          fail("unknown --diagnostic-format '" + name + "' (" + kDiagnosticFormatNames + ")");
        if (format) cl_.build.diagnostic_format = *format;
      } else if (a == "--help" || a == "-h") {
        cl_.help_topic = cl_.command;
        cl_.command = "help";
        return;
      } else if (is_option(a)) {
        fail("unknown option '" + a + "'" + did_you_mean(a, options_of(cl_.command)));
      } else if (source_given_) {
        fail(input.format == IssueInput::Format::native
                 ? "more than one issue file given"
                 : "give one issue: a file, --jats, --crossref or --ojs");
      } else {
        source_given_ = true;
        input.paths.push_back(a);
      }
    }
    if (!cl_.error.empty()) return;
    if (!source_given_)
      return fail(cl_.command + " needs an issue file, --jats, --crossref or --ojs");
    if (!input.meta_path.empty() && input.format == IssueInput::Format::native)
      fail("--issue-meta goes with --jats, --crossref or --ojs");
    if ((dpi_given_ || pages_given_) && !png_given_) fail("--dpi and --pages go with --png");
    if ((cl_.command == "proof" || cl_.command == "watch") && cl_.build.output_path.empty())
      fail(cl_.command + " needs -o " + (cl_.command == "proof" ? "DIR" : "OUT.pdf"));
    if (cl_.build.output_path == "-" && cl_.command != "build")
      fail(cl_.command + " writes files, not standard output");
  }

 private:
  void value(const std::string& option, std::string& out) {
    if (i_ + 1 >= args_.size()) return fail("option " + option + " needs a value");
    out = args_[++i_];
  }
  // --png DIR, --dpi N, --pages LIST (app/png_proofs.h), in any order.
  void png_option(const std::string& a) {
    std::string text;
    value(a, text);
    if (!cl_.error.empty()) return;
    PngProofOptions& png = cl_.build.png ? *cl_.build.png : cl_.build.png.emplace();
    if (a == "--png") {
      png.dir = text;
      png_given_ = true;
    } else if (a == "--dpi") {
      dpi_given_ = true;
      png.dpi = dpi_value(text);
    } else {
      pages_given_ = true;
      std::string problem;
      std::optional<PageSelection> pages = parse_page_selection(text, &problem);
      if (!pages) return fail(problem);
      png.pages = std::move(*pages);
    }
  }
  // build, check, proof and watch lay the issue out, so they take the options of layout.
  bool lays_out() const { return cl_.command != "pages"; }
  bool writes() const { return cl_.command != "pages" && cl_.command != "check"; }
  // A DPI from kMinProofDpi to kMaxProofDpi; a usage error otherwise.
  int dpi_value(const std::string& text) {
    int dpi = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), dpi);
    if (ec != std::errc() || end != text.data() + text.size() || dpi < kMinProofDpi ||
        dpi > kMaxProofDpi)
      fail("bad --dpi '" + text + "' (" + std::to_string(kMinProofDpi) + " to " +
           std::to_string(kMaxProofDpi) + ")");
    return dpi;
  }
  void fail(std::string message) {
    if (cl_.error.empty()) cl_.error = std::move(message);
  }

  const std::vector<std::string>& args_;
  CommandLine& cl_;
  std::size_t i_ = 1;
  bool source_given_ = false;
  bool png_given_ = false, dpi_given_ = false, pages_given_ = false;
};

}  // namespace

CommandLine parse_command_line(const std::vector<std::string>& given) {
  CommandLine cl;
  if (given.empty()) {
    cl.error = "no command given";
    return cl;
  }
  const std::vector<std::string> args = split_option_values(given);
  const std::string& first = args[0];
  const bool asks_help = args.size() == 2 && (args[1] == "--help" || args[1] == "-h");
  if (first == "--help" || first == "-h" || first == "help") {
    cl.command = "help";
    if (args.size() > 1) cl.help_topic = args[1];
    if (args.size() > 2) cl.error = "help takes one command";
    if (!cl.help_topic.empty() && !is_command(cl.help_topic))
      cl.error = "no help on '" + cl.help_topic + "'" + did_you_mean(cl.help_topic, kCommands);
  } else if (first == "--version") {
    cl.command = "version";
  } else if ((first == "styles" || first == "fonts") && asks_help) {
    cl.command = "help";
    cl.help_topic = first;
  } else if (first == "styles") {
    cl.command = first;
    if (args.size() > 1) cl.error = "styles takes no arguments";
  } else if (first == "fonts") {
    cl.command = first;
    if (args.size() > 2) cl.error = "fonts takes one family at most";
    if (args.size() == 2 && is_option(args[1]))
      cl.error = "unknown option '" + args[1] + "' (fonts takes a family name)";
    if (args.size() == 2) cl.fonts_family = args[1];
  } else if (first == "batch") {
    cl.command = first;
    parse_batch_arguments(args, cl.batch, &cl.error);
    if (cl.batch.help) {
      cl.command = "help";
      cl.help_topic = "batch";
    }
  } else if (first == "build" || first == "check" || first == "pages" || first == "proof" ||
             first == "watch") {
    cl.command = first;
    Parser(args, cl).run();
  } else {
    cl.error = "unknown command '" + first + "'" + did_you_mean(first, kCommands);
  }
  return cl;
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& names) {
  const std::string guess = nearest(word, names);
  return guess.empty() ? "" : " (did you mean '" + guess + "'?)";
}

}  // namespace folio
