#include "app/proof_command.h"

#include "app/output_file.h"
#include "app/proof_sheet.h"
#include "pdf/pdf_writer.h"

#include <filesystem>
#include <ostream>
#include <set>
#include <sstream>
#include <system_error>

namespace folio {
namespace {

namespace fs = std::filesystem;

bool write_text_file(const std::string& path, const std::string& text, std::string* error) {
  std::unique_ptr<OutputFile> file = OutputFile::open(path, error);
  if (!file) return false;
  if (!write_all(file->fd(), text, error)) {
    *error = file->failure(*error);
    return false;
  }
  return file->commit(error);
}

// Thumbnails of earlier builds whose pages are gone would otherwise stay beside the new ones.
void remove_stale_thumbnails(const std::string& dir, const std::vector<PngProof>& written) {
  std::set<std::string> keep;
  for (const PngProof& p : written) keep.insert(fs::path(p.file).filename().string());
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("page-") && name.ends_with(".png") && !keep.count(name))
      fs::remove(entry.path(), ec);
  }
}

ProofSheet make_sheet(const ProofOptions& options, const BuildRecord& record, const fs::path& dir,
                      bool failed) {
  ProofSheet sheet;
  sheet.build_number = options.build_number;
  const fs::path pdf = fs::path(record.output.empty() ? proof_pdf_path(options) : record.output);
  std::error_code ec;
  if (fs::exists(pdf, ec)) sheet.pdf = fs::relative(pdf, dir, ec).generic_string();
  sheet.failed = failed;
  for (const LedgerPage& p : record.ledger.pages)
    sheet.pages.push_back({p.label, p.part, p.running_head, {}, 0, 0});
  for (const PngProof& png : record.pngs) {
    if (png.page >= sheet.pages.size()) continue;
    SheetPage& page = sheet.pages[png.page];
    page.image = fs::relative(png.file, dir, ec).generic_string();
    page.width = png.width;
    page.height = png.height;
  }

  // The issue as the build read it, for the contents table: read again, its own messages being
  // the build's, which are already in the record.
  Diagnostics again;
  std::optional<CheckedIssue> checked =
      read_checked_issue(options.build.input, again, options.build.draft);
  std::vector<std::optional<std::size_t>> entry_pages;
  if (checked) {
    ProofTable table = proof_table(*checked, record.diags);
    std::vector<std::optional<PrintedEntry>> printed;
    if (!record.ledger.pages.empty()) {
      const Placement placed = placement(record.ledger, *checked);
      add_placement(table, *checked, placed);
      printed = placed.entries;
    }
    sheet.title = table.journal + ", volume " + table.volume + ", number " + table.number +
                  (table.year.empty() ? "" : ", " + table.year);
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
      SheetEntry entry{table.rows[i], checked->report.articles[i].marks, std::nullopt};
      if (i < printed.size() && printed[i]) entry.printed_page = printed[i]->page;
      sheet.entries.push_back(std::move(entry));
    }
  } else {
    sheet.title = options.build.input.paths.empty() ? "" : options.build.input.paths.front();
  }
  sheet.errors = record.diags.error_count();
  sheet.warnings = record.diags.warning_count();
  for (const Diagnostic& d : record.diags.all()) {
    SheetProblem problem{d, page_named_in(d.message)};
    // A page-number problem concerns the contents line of its article.
    for (std::size_t i = 0; !problem.page && i < sheet.entries.size(); ++i) {
      for (const Diagnostic& p : sheet.entries[i].row.problems) {
        if (p.message == d.message && p.pos.line == d.pos.line && p.pos.file == d.pos.file)
          problem.page = sheet.entries[i].printed_page;
      }
    }
    sheet.problems.push_back(std::move(problem));
  }
  return sheet;
}

}  // namespace

std::string proof_pdf_path(const ProofOptions& options) {
  if (!options.pdf_path.empty()) return options.pdf_path;
  return (fs::path(options.build.output_path) /
          fs::path(default_output(options.build.input)).filename())
      .string();
}

int run_proof(const ProofOptions& options, std::ostream& out, std::ostream& err) {
  const fs::path dir = options.build.output_path;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    err << "folio: error: cannot create the directory '" << dir.string() << "': " << ec.message()
        << "\n";
    return kExitErrors;
  }
  BuildOptions build = options.build;
  build.output_path = proof_pdf_path(options);
  const std::string thumbnails = (dir / "pages").string();
  build.png = PngProofOptions{thumbnails, options.dpi, {}};
  BuildRecord record;
  const int status = run_build(build, err, &record);
  if (status == kExitClean) remove_stale_thumbnails(thumbnails, record.pngs);

  const ProofSheet sheet = make_sheet(options, record, dir, status != kExitClean);
  std::string error;
  if (!write_text_file((dir / "index.html").string(), proof_sheet_html(sheet), &error)) {
    err << "folio: error: " << error << "\n";
    return kExitErrors;
  }
  if (options.build_number) {
    // After the sheet: an open sheet that sees the new number reloads into the new sheet.
    const std::string js = "folioBuild(" + std::to_string(*options.build_number) + ");\n";
    if (!write_text_file((dir / "build.js").string(), js, &error)) {
      err << "folio: error: " << error << "\n";
      return kExitErrors;
    }
  }
  out << summary_line(sheet) << "\n";
  return status;
}

}  // namespace folio
