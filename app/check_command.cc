#include "app/check_command.h"

#include "app/input_files.h"
#include "app/print_options.h"

#include <ostream>

namespace folio {

int run_check(const BuildOptions& options, bool strict, std::ostream& out, std::ostream& err) {
  Diagnostics diags;
  bool unselected = false;
  int status = kExitErrors;
  if (std::optional<Prepared> prepared =
          prepare({options.input, options.draft}, diags, &unselected)) {
    // What the build would refuse before layout (an output profile it cannot read), the check
    // refuses too.
    std::string error;
    FontLibrary fonts;
    const std::optional<std::int64_t> date =
        build_date(input_files(options.input, prepared->style), &error);
    const std::optional<PdfOptions> pdf =
        date ? print_options(options, prepared->style, *date, default_output(options.input), fonts,
                             &error)
             : std::nullopt;
    if (!pdf) {
      diags.error({}, error);
      status = date ? kExitErrors : kExitUsage;
    } else {
      status = lay_out_issue(*prepared, options.draft, fonts, diags, nullptr);
    }
  } else if (unselected) {
    status = kExitSelection;
  }
  report(diags, options, err);
  const int errors = diags.error_count(), warnings = diags.warning_count();
  out << options.input.paths.front() << ": " << errors << (errors == 1 ? " error, " : " errors, ")
      << warnings << (warnings == 1 ? " warning" : " warnings") << '\n';
  if (status != kExitClean) return status;
  return strict && warnings > 0 ? kExitStrictWarnings : kExitClean;
}

}  // namespace folio
