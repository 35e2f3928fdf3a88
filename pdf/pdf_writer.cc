#include "pdf/pdf_writer.h"

#include "base/stage_times.h"
#include "fonts/subset.h"
#include "pdf/content_stream.h"
#include "pdf/fingerprint.h"
#include "pdf/font_codes.h"
#include "pdf/font_objects.h"
#include "pdf/glyph_text.h"
#include "pdf/hpdf_handle.h"
#include "pdf/pdf_date.h"
#include "pdf/pdfx_check.h"
#include "pdf/print_metadata.h"
#include "pdf/printer_marks.h"

#include <hpdf.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <set>
#include <stdexcept>
#include <unistd.h>
#include <vector>

namespace folio {
namespace {

using pdf::HpdfDocument;

// Everything one face contributes to the document: the codes its glyphs are shown by and their
// texts, and the font dictionary pages refer to, filled in at the end.
struct FontUse {
  explicit FontUse(const Face& face) : codes(face) {}
  pdf::FontCodes codes;
  pdf::GlyphText text;
  pdf::FontResource resource;
  HPDF_Dict type0 = nullptr;
};

// The slug's page: the printed folio and the page's place in the file, which proofreaders
// need for pages that print no folio.
std::string page_name(const Page& page, std::size_t index) {
  const std::string position = "PDF page " + std::to_string(index + 1);
  return page.label.empty() ? position : page.label + " (" + position + ")";
}

template <typename F>
void for_each_run(const std::vector<DisplayItem>& items, const std::vector<DisplayItem>& marks,
                  F&& f) {
  const std::vector<DisplayItem>* lists[] = {&items, &marks};
  for (const std::vector<DisplayItem>* list : lists) {
    for (const DisplayItem& item : *list) {
      const auto* run = std::get_if<GlyphRun>(&item);
      if (run && !run->glyphs.empty()) f(*run);
    }
  }
}

pdf::CheckedClaims claims_of(const PdfOptions& options) {
  pdf::CheckedClaims claims;
  claims.output_intent = options.standard == PdfStandard::x4;
  claims.pdfx4 = claims.output_intent && !options.draft;
  return claims;
}

// folio's own preflight: what the check of the written file found, as one error.
void check_broken(const std::vector<pdf::RuleBroken>& broken) {
  if (broken.empty()) return;
  std::string message = "the PDF breaks folio's print rules (docs/print.md):";
  for (const pdf::RuleBroken& r : broken) message += "\n  " + r.rule + ": " + r.message;
  throw std::runtime_error(message);
}

}  // namespace

struct PdfWriter::State {
  explicit State(const PdfOptions& o) : options(o), pdf(o.compress) {}

  FontUse& font(const Face* face) {
    auto [it, added] = font_index.try_emplace(face, fonts.size());
    if (added) {
      // Named and registered at first use, in order, so names and object numbers do not
      // depend on where faces happen to live in memory; filled in by finish().
      FontUse& use = fonts.emplace_back(std::make_unique<FontUse>(*face)).operator*();
      use.type0 = pdf.new_dict(true);
      use.resource = {"FT" + std::to_string(fonts.size()), &use.codes, &use.text};
      pdf.add_font_resource(use.resource.name, use.type0);
    }
    return *fonts[it->second];
  }

  HPDF_Page new_page(std::size_t index, Pt width, Pt height) {
    // Before the first page already written that comes after it, if any.
    auto after = pages.upper_bound(index);
    if (after == pages.end()) return pdf.add_page(width, height);
    return pdf.insert_page(after->second, width, height);
  }

  void write(const Page& page, std::size_t index);
  void complete();

  PdfOptions options;
  HpdfDocument pdf;
  std::optional<pdf::IccProfile> profile;
  pdf::Fingerprint fingerprint;
  DocumentInfo info;
  std::string day;  // the document's date, for the slug
  std::map<const Face*, std::size_t> font_index;
  std::vector<std::unique_ptr<FontUse>> fonts;
  std::map<std::size_t, HPDF_Page> pages;  // by index
  std::map<std::size_t, std::string> labels;
  std::vector<OutlineEntry> outline;
  std::vector<pdf::RuleBroken> content_broken;  // what the pages' content streams break
  std::string failure;                          // the first error; nothing more is written after it
};

void PdfWriter::State::write(const Page& page, std::size_t index) {
  if (pages.count(index)) throw std::runtime_error("page " + std::to_string(index + 1) + " twice");
  // A page as it goes on its sheet: its bleed, and the marks printed around it.
  const pdf::SheetGeometry sheet =
      pdf::sheet_geometry(options.bleed.value_or(page.bleed), options.marks);
  std::vector<DisplayItem> marks;
  if (options.marks) {
    for (const Rule& r : pdf::crop_marks(page, sheet.bleed)) marks.emplace_back(r);
    const std::string slug = pdf::slug_text(
        {options.job_name, info.subject, day, page_name(page, index), options.draft});
    marks.emplace_back(pdf::slug_line(*options.mark_face, page, sheet.bleed, slug));
  } else if (options.draft) {
    marks.emplace_back(pdf::draft_line(*options.mark_face, sheet.bleed));
  }

  const double m = sheet.margin.value(), b = sheet.bleed.value();
  const double w = page.width.value(), h = page.height.value();
  HPDF_Page p = new_page(index, page.width + 2 * sheet.margin, page.height + 2 * sheet.margin);
  pages[index] = p;
  labels[index] = page.label;
  pdf.set_box(p, "BleedBox", m - b, m - b, m + w + b, m + h + b);
  pdf.set_box(p, "TrimBox", m, m, m + w, m + h);

  // Texts first: which clusters need /ActualText depends on what their glyphs claimed.
  for_each_run(page.items, marks, [&](const GlyphRun& run) {
    FontUse& use = font(run.face);
    pdf::for_each_cluster(run, [&](const pdf::Cluster& c) { use.text.claim(run, c); });
  });

  pdf::ContentStream content(sheet.margin);
  const std::vector<DisplayItem>* lists[] = {&page.items, &marks};
  for (const std::vector<DisplayItem>* items : lists) {
    for (const DisplayItem& item : *items) {
      if (const auto* run = std::get_if<GlyphRun>(&item)) {
        if (!run->glyphs.empty()) content.add(*run, font(run->face).resource);
      } else if (items == &page.items) {
        content.add(pdf::extended_into_bleed(std::get<Rule>(item), page, sheet.bleed));
      } else {
        content.add(std::get<Rule>(item));
      }
    }
  }
  const std::string ops = content.finish();
  // Checked here, on the operators as they go into the stream, so that the read-back need not
  // inflate them again (CheckedClaims::contents_checked).
  for (pdf::RuleBroken& r : pdf::check_page_content(ops, "page " + std::to_string(index + 1))) {
    content_broken.push_back(std::move(r));
  }
  // The page goes into the fingerprint as it goes into the file: deflated, a third of the
  // operators' bytes to digest, and as much the page as they are.
  fingerprint.add(pdf.write_content(p, ops));
}

PdfWriter::PdfWriter(const PdfOptions& options) {
  try {
    state_ = std::make_unique<State>(options);
    if ((options.marks || options.draft) && !options.mark_face) {
      throw std::runtime_error("marks and draft lines need a face to be set in");
    }
    if (options.date < 0 || options.date > pdf::kLatestDate) {
      throw std::runtime_error("the date is outside the years 1970 to 9999");
    }
    state_->day = pdf::iso_day(pdf::utc_date(options.date));
    if (options.standard == PdfStandard::x4) {
      std::string error;
      state_->profile = pdf::read_icc_profile(options.intent, &error);
      if (!state_->profile) throw std::runtime_error(error);
      // The printing condition, before any page.
      pdf::add_output_intent(state_->pdf, options.intent, *state_->profile);
      state_->fingerprint.add(state_->profile->bytes);
      for (const std::string* s : {&options.intent.condition_identifier, &options.intent.condition,
                                   &options.intent.registry, &options.intent.info}) {
        state_->fingerprint.add(*s);
      }
    }
  } catch (const std::exception& e) {
    if (!state_) throw;
    state_->failure = e.what();
  }
}

PdfWriter::~PdfWriter() = default;

void PdfWriter::set_info(const DocumentInfo& info) { state_->info = info; }

void PdfWriter::add_page(const Page& page, std::size_t index) {
  if (!state_->failure.empty()) return;
  ScopedStage stage(Stage::write);
  try {
    state_->write(page, index);
  } catch (const std::exception& e) {
    state_->failure = e.what();
  }
}

void PdfWriter::add_bookmark(const OutlineEntry& entry) { state_->outline.push_back(entry); }

// Everything the file holds besides its pages, once the last page is in: the fonts' subsets,
// page labels, outline, metadata and /ID.
void PdfWriter::State::complete() {
  if (!failure.empty()) throw std::runtime_error(failure);
  for (std::unique_ptr<FontUse>& use : fonts) {
    std::string message;
    auto subset = subset_face(use->codes.face(), use->codes.glyphs(), &message);
    if (!subset) throw std::runtime_error(message);
    pdf::embed_font(pdf, use->type0, use->codes, *subset, use->text);
    fingerprint.add(subset->program);
  }
  std::vector<HPDF_Page> ordered;
  std::vector<std::string> page_labels;
  for (const auto& [index, page] : pages) {
    if (index != ordered.size()) {
      throw std::runtime_error("page " + std::to_string(ordered.size() + 1) + " is missing");
    }
    ordered.push_back(page);
    page_labels.push_back(labels[index]);
  }
  pdf.set_page_labels(page_labels);
  // Parts laid out again come late: the outline goes in page order.
  std::stable_sort(outline.begin(), outline.end(),
                   [](const OutlineEntry& a, const OutlineEntry& b) { return a.page < b.page; });
  pdf.set_outline(outline, ordered);
  // What the document says about itself, once its pages are known; then the bytes.
  for (const std::string* t : {&info.title, &info.subject, &info.author, &info.keywords}) {
    fingerprint.add(*t);
  }
  for (const std::string& label : page_labels) fingerprint.add(label);
  for (const OutlineEntry& entry : outline) fingerprint.add(entry.title);
  fingerprint.add(options.draft ? "draft" : "press");
  pdf::Metadata metadata{info, "folio " FOLIO_VERSION, options.date,
                         options.standard == PdfStandard::x4 && !options.draft, options.draft};
  pdf::add_metadata(pdf, metadata, fingerprint);
}

// Completes the file and has `save` write it (false: the writing failed, `error` says why);
// then lets libharu's objects and its copy of the file go before `check` reads the file back
// against the print rules: at 6,000 pages the two together were the largest moment of a
// build's memory. The writer is done with.
template <class Save, class Check>
bool PdfWriter::finish_with(Save save, Check check, std::string* error) {
  ScopedStage stage(Stage::write);
  if (!state_) {
    *error = "the PDF was finished already";
    return false;
  }
  try {
    state_->complete();
    if (!save(state_->pdf)) return false;
    pdf::CheckedClaims claims = claims_of(state_->options);
    claims.contents_checked = true;
    std::vector<pdf::RuleBroken> broken = std::move(state_->content_broken);
    state_.reset();
    for (pdf::RuleBroken& r : check(claims)) broken.push_back(std::move(r));
    check_broken(broken);
    return true;
  } catch (const std::exception& e) {
    *error = e.what();
    return false;
  }
}

std::optional<std::string> PdfWriter::finish(std::string* error) {
  std::string bytes;
  const bool finished = finish_with(
      [&](pdf::HpdfDocument& pdf) {
        bytes = pdf.save_to_memory();
        return true;
      },
      [&](const pdf::CheckedClaims& claims) { return pdf::check_print_rules(bytes, claims); },
      error);
  if (!finished) return std::nullopt;
  return bytes;
}

bool PdfWriter::finish_into(int fd, std::string* error, bool* write_failed) {
  *write_failed = false;
  return finish_with(
      [&](pdf::HpdfDocument& pdf) {
        *write_failed =
            !pdf.save([&](std::string_view piece) { return write_all(fd, piece, error); });
        return !*write_failed;
      },
      [&](const pdf::CheckedClaims& claims) { return pdf::check_print_rules_in_file(fd, claims); },
      error);
}

std::optional<std::string> render_pdf(const Document& doc, const PdfOptions& options,
                                      std::string* error) {
  PdfWriter writer(options);
  writer.set_info(doc.info);
  for (std::size_t i = 0; i < doc.pages.size(); ++i) writer.add_page(doc.pages[i], i);
  for (const OutlineEntry& entry : doc.outline) writer.add_bookmark(entry);
  return writer.finish(error);
}

bool write_all(int fd, std::string_view bytes, std::string* error) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *error = n < 0 ? std::strerror(errno) : "nothing could be written";
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool write_pdf(const Document& doc, int fd, std::string* error, const PdfOptions& options) {
  std::optional<std::string> bytes = render_pdf(doc, options, error);
  return bytes && write_all(fd, *bytes, error);
}

bool write_pdf(const Document& doc, const std::string& path, std::string* error,
               const PdfOptions& options) {
  std::optional<std::string> bytes = render_pdf(doc, options, error);
  if (!bytes) return false;
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) {
    *error = "cannot write '" + path + "': " + std::strerror(errno);
    return false;
  }
  bool written = write_all(fd, *bytes, error);
  if (::close(fd) != 0 && written) {
    written = false;
    *error = std::strerror(errno);
  }
  if (!written) *error = "cannot write '" + path + "': " + *error;
  return written;
}

}  // namespace folio
