#include "app/print_options.h"

#include "app/output_file.h"

#include <filesystem>

namespace folio {

std::optional<PdfOptions> print_options(const BuildOptions& build, const Style& style,
                                        std::int64_t date, const std::string& target,
                                        FontLibrary& fonts, std::string* error) {
  PdfOptions pdf;
  pdf.standard = build.pdf_standard.value_or(style.pdf.standard.value_or(PdfStandard::x4));
  const PdfSettings& s = style.pdf;
  if (!s.output_profile.empty()) {
    pdf.intent = {s.output_profile, "", s.condition_identifier, s.condition, s.registry, ""};
  }
  // The profile is read now so that a missing one stops the build before any layout.
  if (pdf.standard == PdfStandard::x4 && !pdf::read_icc_profile(pdf.intent, error)) {
    return std::nullopt;
  }
  pdf.date = date;
  pdf.bleed = build.bleed;
  pdf.marks = build.marks;
  pdf.draft = build.draft;
  if (pdf.marks || pdf.draft) {
    pdf.mark_face = fonts.find({kMarkFamily, 400, Slant::upright}, error);
    if (!pdf.mark_face) {
      *error =
          "no face for the slug line: " + *error + " (Debian's " + kMarkFamilyPackage + " package)";
      return std::nullopt;
    }
  }
  // The slug names the file, never its folder.
  const std::string named = target == kStandardOutput ? default_output(build.input) : target;
  pdf.job_name = std::filesystem::path(named).filename().string();
  return pdf;
}

}  // namespace folio
