#include "app/command_line.h"

#include <charconv>
#include <limits>
#include <optional>

namespace folio {
namespace {

bool is_option(const std::string& a) { return a.size() > 1 && a[0] == '-'; }

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
      if (a == "--jats" || a == "--crossref") {
        if (source_given_) return fail("give one issue: a file, --jats or --crossref");
        source_given_ = true;
        input.format = a == "--jats" ? IssueInput::Format::jats : IssueInput::Format::crossref;
        while (i_ + 1 < args_.size() && !is_option(args_[i_ + 1]))
          input.paths.push_back(args_[++i_]);
        if (input.paths.empty()) return fail("option " + a + " needs a file");
        if (a == "--crossref" && input.paths.size() > 1) return fail("--crossref takes one file");
      } else if (a == "--issue-meta") {
        value(a, input.meta_path);
      } else if (a == "--recto") {
        input.pages.recto_starts = true;
      } else if (cl_.command == "build" && (a == "--style")) {
        value(a, cl_.build.style_path);
      } else if (cl_.command == "build" && (a == "-o" || a == "--output")) {
        value(a, cl_.build.output_path);
      } else if (a == "--max-input-size") {
        std::string size;
        value(a, size);
        if (!cl_.error.empty()) return;
        std::optional<std::uint64_t> bytes = parse_size(size);
        if (!bytes)
          return fail("bad size '" + size + "' for --max-input-size (bytes, or with K, M or G)");
        cl_.max_input_bytes = *bytes;
      } else if (cl_.command == "build" && a == "--allow-any-stylesheet-path") {
        cl_.build.allow_any_stylesheet_path = true;
      } else if (cl_.command == "build" && (a == "-q" || a == "--quiet")) {
        cl_.build.quiet = true;
      } else if (cl_.command == "check" && a == "--strict") {
        cl_.strict = true;
      } else if (cl_.command == "pages" && a == "--format") {
        value(a, cl_.format);
        if (cl_.format != "text" && cl_.format != "json" && cl_.format != "csv")
          fail("unknown format '" + cl_.format + "' (text, json or csv)");
      } else if (a == "--help" || a == "-h") {
        cl_.command = "help";
        return;
      } else if (is_option(a)) {
        fail("unknown option '" + a + "'");
      } else if (source_given_) {
        fail(input.format == IssueInput::Format::native
                 ? "more than one issue file given"
                 : "give one issue: a file, --jats or --crossref");
      } else {
        source_given_ = true;
        input.paths.push_back(a);
      }
    }
    if (!cl_.error.empty()) return;
    if (!source_given_) return fail(cl_.command + " needs an issue file, --jats or --crossref");
    if (!input.meta_path.empty() && input.format == IssueInput::Format::native)
      fail("--issue-meta goes with --jats or --crossref");
  }

 private:
  void value(const std::string& option, std::string& out) {
    if (i_ + 1 >= args_.size()) return fail("option " + option + " needs a value");
    out = args_[++i_];
  }
  void fail(std::string message) {
    if (cl_.error.empty()) cl_.error = std::move(message);
  }

  const std::vector<std::string>& args_;
  CommandLine& cl_;
  std::size_t i_ = 1;
  bool source_given_ = false;
};

}  // namespace

CommandLine parse_command_line(const std::vector<std::string>& args) {
  CommandLine cl;
  if (args.empty()) {
    cl.error = "no command given";
    return cl;
  }
  const std::string& first = args[0];
  if (first == "--help" || first == "-h" || first == "help") {
    cl.command = "help";
  } else if (first == "--version") {
    cl.command = "version";
  } else if (first == "styles") {
    cl.command = first;
    if (args.size() > 1) cl.error = "styles takes no arguments";
  } else if (first == "build" || first == "check" || first == "pages") {
    cl.command = first;
    Parser(args, cl).run();
  } else {
    cl.error = "unknown command '" + first + "'";
  }
  return cl;
}

}  // namespace folio
