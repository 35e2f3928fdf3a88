#pragma once
// Writes laid-out pages as a print-ready PDF: PDF/X-4 unless told otherwise (docs/print.md).
// Text is shown through Type0 fonts by two-byte codes given out as glyphs first appear, so a
// page is written before the document's last glyph is known; each font is a subset embedded as
// FontFile2 (TrueType) or FontFile3 (CFF), with an embedded encoding CMap from the codes to the
// subset's CIDs, a /W widths array and a ToUnicode CMap so the text copies and searches as the
// source text. Before any byte leaves, the finished
// file is read back and checked against the print rules folio implements (pdf/pdfx_check.h).
// libharu is used here and nowhere else.

#include "base/length.h"
#include "base/pdf_standard.h"
#include "fonts/face.h"
#include "layout/pages/page.h"
#include "pdf/output_intent.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace folio {

struct PdfOptions {
  // Deflate page contents and font programs. Off only for debugging the raw operators.
  bool compress = true;
  PdfStandard standard = PdfStandard::x4;
  pdf::OutputIntent intent = pdf::default_output_intent();  // for PDF/X
  // CreationDate and ModDate, in seconds since 1970-01-01 UTC (0 .. pdf::kLatestDate).
  std::int64_t date = 0;
  // Replaces the bleed the page masters give every page, when set.
  std::optional<Pt> bleed;
  // Crop marks and a slug line outside the bleed; the media box grows to hold them.
  bool marks = false;
  // A proof: "DRAFT – not for press" on every page, "draft" in the metadata, and no PDF/X
  // claim (the file still meets every other rule, so it proofs as the press file will print).
  bool draft = false;
  // The face slug and draft lines are set in; required with `marks` or `draft`.
  const Face* mark_face = nullptr;
  // The file name the slug line shows (never a path: nothing of the machine goes in the file).
  std::string job_name;
};

// Writes a PDF page by page, as layout finishes them: each page's content is deflated and
// handed to libharu at once, and the page can be let go. Fonts are subset, and labels, outline,
// metadata and /ID added, after the last page; then folio reads its own file back and checks it
// against the print rules it implements (pdf/pdfx_check.h).
class PdfWriter {
 public:
  explicit PdfWriter(const PdfOptions& options);
  ~PdfWriter();
  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  // The document's title and subject, before its first page: the slug line names the issue.
  void set_info(const DocumentInfo& info);
  // The document's page `index` (0-based). Pages may come out of order (a part laid out again
  // after the parts that follow it); none may come twice.
  void add_page(const Page& page, std::size_t index);
  void add_bookmark(const OutlineEntry& entry);  // entry.page: a page's index
  // The whole file, or empty with `error` set (a broken print rule names the rule). The writer
  // is spent.
  std::optional<std::string> finish(std::string* error);
  // The same, written to `fd` (seekable: the check reads it back from there) as libharu gives
  // it out, so that the file is never held in memory: false with `error` set, and
  // `write_failed` when it is the system's message about the writing.
  bool finish_into(int fd, std::string* error, bool* write_failed);

 private:
  template <class Save, class Check>
  bool finish_with(Save save, Check check, std::string* error);

  struct State;
  std::unique_ptr<State> state_;
};

// A laid-out document at once: PdfWriter over its pages.
std::optional<std::string> render_pdf(const Document& doc, const PdfOptions& options,
                                      std::string* error);

// Renders, then writes to the open file descriptor `fd` (a file, a pipe, a device), which it
// does not close. A write error gives the system's message; callers name the target.
bool write_pdf(const Document& doc, int fd, std::string* error, const PdfOptions& options = {});

// Renders, then writes to a new or truncated file at `path` (for tests and tools; the folio
// command writes through app/output_file.h, which never leaves a partial file).
bool write_pdf(const Document& doc, const std::string& path, std::string* error,
               const PdfOptions& options = {});

// Writes all of `bytes` to `fd`, retrying short writes; false with the system's message.
bool write_all(int fd, std::string_view bytes, std::string* error);

}  // namespace folio
