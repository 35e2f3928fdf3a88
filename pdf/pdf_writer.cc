#include "pdf/pdf_writer.h"

#include "base/stage_times.h"
#include "fonts/subset.h"
#include "pdf/content_stream.h"
#include "pdf/fingerprint.h"
#include "pdf/font_objects.h"
#include "pdf/glyph_text.h"
#include "pdf/hpdf_handle.h"
#include "pdf/pdf_date.h"
#include "pdf/pdfx_check.h"
#include "pdf/print_metadata.h"
#include "pdf/printer_marks.h"

#include <hpdf.h>

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

// Everything one face contributes to the document: the glyphs its runs use and their texts,
// then its subset and the objects that embed it.
struct FontUse {
  const Face* face = nullptr;
  std::set<std::uint32_t> glyphs;
  pdf::GlyphText text;
  FontSubset subset;
  std::map<std::uint32_t, double> width;  // CID -> 1/1000 em
  pdf::FontResource resource;
  HPDF_Dict type0 = nullptr;
};

// Faces in order of first use, so that resource names and object numbers do not depend on
// where faces happen to live in memory.
class FontTable {
 public:
  FontUse& use(const Face* face) {
    auto [it, added] = index_.try_emplace(face, fonts_.size());
    if (added) {
      fonts_.emplace_back();
      fonts_.back().face = face;
    }
    return fonts_[it->second];
  }
  FontUse& at(const Face* face) { return fonts_[index_.at(face)]; }
  std::vector<FontUse>& all() { return fonts_; }

 private:
  std::map<const Face*, std::size_t> index_;
  std::vector<FontUse> fonts_;
};

// A page as it goes on its sheet: the page, its bleed, and the marks printed around it.
struct Sheet {
  const Page* page = nullptr;
  pdf::SheetGeometry geometry;
  std::vector<DisplayItem> marks;
};

// The slug's page: the printed folio and the page's place in the file, which proofreaders
// need for pages that print no folio.
std::string page_name(const Page& page, std::size_t index, std::size_t count) {
  const std::string position = std::to_string(index + 1) + "/" + std::to_string(count);
  return page.label.empty() ? position : page.label + " (" + position + ")";
}

std::vector<Sheet> sheets_of(const Document& doc, const PdfOptions& options) {
  std::vector<Sheet> sheets;
  const std::string day = pdf::iso_day(pdf::utc_date(options.date));
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const Page& page = doc.pages[i];
    Sheet sheet{&page, pdf::sheet_geometry(options.bleed.value_or(page.bleed), options.marks), {}};
    const Pt bleed = sheet.geometry.bleed;
    if (options.marks) {
      for (const Rule& r : pdf::crop_marks(page, bleed)) sheet.marks.emplace_back(r);
      const std::string slug =
          pdf::slug_text({options.job_name, doc.info.subject, day,
                          page_name(page, i, doc.pages.size()), options.draft});
      sheet.marks.emplace_back(pdf::slug_line(*options.mark_face, page, bleed, slug));
    } else if (options.draft) {
      sheet.marks.emplace_back(pdf::draft_line(*options.mark_face, bleed));
    }
    sheets.push_back(std::move(sheet));
  }
  return sheets;
}

template <typename F>
void for_each_run(const Sheet& sheet, F&& f) {
  for (const auto* items : {&sheet.page->items, &sheet.marks}) {
    for (const DisplayItem& item : *items) {
      const auto* run = std::get_if<GlyphRun>(&item);
      if (run && !run->glyphs.empty()) f(*run);
    }
  }
}

void collect_glyphs(const std::vector<Sheet>& sheets, FontTable& fonts) {
  for (const Sheet& sheet : sheets) {
    for_each_run(sheet, [&](const GlyphRun& run) {
      FontUse& use = fonts.use(run.face);
      for (const PlacedGlyph& g : run.glyphs) use.glyphs.insert(g.glyph);
      for (const pdf::Cluster& c : pdf::clusters_of(run)) use.text.claim(run, c);
    });
  }
}

void subset_fonts(FontTable& fonts) {
  int n = 0;
  for (FontUse& use : fonts.all()) {
    std::string error;
    std::vector<std::uint32_t> glyphs(use.glyphs.begin(), use.glyphs.end());
    auto subset = subset_face(*use.face, glyphs, &error);
    if (!subset) throw std::runtime_error(error);
    use.subset = std::move(*subset);
    for (const auto& [cid, advance] : use.subset.advance) use.width[cid] = advance;
    use.resource = {"FT" + std::to_string(++n), &use.subset.new_glyph, &use.width, &use.text};
  }
}

// The document's setup, before any page: the printing condition. (Info, XMP and /ID follow
// the pages: they hold a digest of them.)
void begin_document(HpdfDocument& pdf, const PdfOptions& options,
                    const std::optional<pdf::IccProfile>& profile, pdf::Fingerprint& fingerprint) {
  if (!profile) return;
  pdf::add_output_intent(pdf, options.intent, *profile);
  fingerprint.add(profile->bytes);
  for (const std::string* s : {&options.intent.condition_identifier, &options.intent.condition,
                               &options.intent.registry, &options.intent.info}) {
    fingerprint.add(*s);
  }
}

HPDF_Page write_page(HpdfDocument& pdf, const Sheet& sheet, FontTable& fonts,
                     pdf::Fingerprint& fingerprint) {
  const Page& page = *sheet.page;
  const double m = sheet.geometry.margin.value(), b = sheet.geometry.bleed.value();
  const double w = page.width.value(), h = page.height.value();
  HPDF_Page p =
      pdf.add_page(page.width + 2 * sheet.geometry.margin, page.height + 2 * sheet.geometry.margin);
  pdf.set_box(p, "BleedBox", m - b, m - b, m + w + b, m + h + b);
  pdf.set_box(p, "TrimBox", m, m, m + w, m + h);

  // Resources in order of first use on the document, not by pointer.
  std::set<const Face*> here;
  for_each_run(sheet, [&](const GlyphRun& run) { here.insert(run.face); });
  for (FontUse& use : fonts.all()) {
    if (here.count(use.face)) pdf.add_font_resource(p, use.resource.name, use.type0);
  }
  pdf::ContentStream content(sheet.geometry.margin);
  for (const auto* items : {&page.items, &sheet.marks}) {
    for (const DisplayItem& item : *items) {
      if (const auto* run = std::get_if<GlyphRun>(&item)) {
        if (!run->glyphs.empty()) content.add(*run, fonts.at(run->face).resource);
      } else if (items == &page.items) {
        content.add(pdf::extended_into_bleed(std::get<Rule>(item), page, sheet.geometry.bleed));
      } else {
        content.add(std::get<Rule>(item));
      }
    }
  }
  std::string ops = content.finish();
  pdf.write_content(p, ops);
  fingerprint.add(ops);
  return p;
}

// What the document says about itself, once its pages are known; then the bytes.
std::string finish_document(HpdfDocument& pdf, const Document& doc, const PdfOptions& options,
                            pdf::Fingerprint& fingerprint) {
  const DocumentInfo& i = doc.info;
  for (const std::string* s : {&i.title, &i.subject, &i.author, &i.keywords}) fingerprint.add(*s);
  for (const Page& page : doc.pages) fingerprint.add(page.label);
  for (const OutlineEntry& entry : doc.outline) fingerprint.add(entry.title);
  fingerprint.add(options.draft ? "draft" : "press");
  pdf::Metadata metadata{doc.info, "folio " FOLIO_VERSION, options.date,
                         options.standard == PdfStandard::x4 && !options.draft, options.draft};
  pdf::add_metadata(pdf, metadata, fingerprint);
  return pdf.save_to_memory();
}

// folio's own preflight: the file's bytes against the rules in docs/print.md.
void check_rules(const std::string& bytes, const PdfOptions& options) {
  pdf::CheckedClaims claims;
  claims.output_intent = options.standard == PdfStandard::x4;
  claims.pdfx4 = claims.output_intent && !options.draft;
  const std::vector<pdf::RuleBroken> broken = pdf::check_print_rules(bytes, claims);
  if (broken.empty()) return;
  std::string message = "the PDF breaks folio's print rules (docs/print.md):";
  for (const pdf::RuleBroken& r : broken) message += "\n  " + r.rule + ": " + r.message;
  throw std::runtime_error(message);
}

}  // namespace

std::optional<std::string> render_pdf(const Document& doc, const PdfOptions& options,
                                      std::string* error) {
  ScopedStage stage(Stage::write);
  try {
    if ((options.marks || options.draft) && !options.mark_face) {
      throw std::runtime_error("marks and draft lines need a face to be set in");
    }
    if (options.date < 0 || options.date > pdf::kLatestDate) {
      throw std::runtime_error("the date is outside the years 1970 to 9999");
    }
    std::optional<pdf::IccProfile> profile;
    if (options.standard == PdfStandard::x4) {
      profile = pdf::read_icc_profile(options.intent, error);
      if (!profile) return std::nullopt;
    }
    const std::vector<Sheet> sheets = sheets_of(doc, options);
    FontTable fonts;
    collect_glyphs(sheets, fonts);
    subset_fonts(fonts);

    HpdfDocument pdf(options.compress);
    pdf::Fingerprint fingerprint;
    begin_document(pdf, options, profile, fingerprint);
    for (FontUse& use : fonts.all()) {
      use.type0 = pdf::embed_font(pdf, *use.face, use.subset, use.text);
      fingerprint.add(use.subset.program);
    }
    std::vector<HPDF_Page> pages;
    std::vector<std::string> labels;
    for (const Sheet& sheet : sheets) {
      pages.push_back(write_page(pdf, sheet, fonts, fingerprint));
      labels.push_back(sheet.page->label);
    }
    pdf.set_page_labels(labels);
    pdf.set_outline(doc.outline, pages);
    std::string bytes = finish_document(pdf, doc, options, fingerprint);
    check_rules(bytes, options);
    return bytes;
  } catch (const std::exception& e) {
    *error = e.what();
    return std::nullopt;
  }
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
