#include "pdf/pdf_writer.h"

#include "base/stage_times.h"
#include "base/utf8.h"
#include "fonts/subset.h"
#include "pdf/content_stream.h"
#include "pdf/font_objects.h"
#include "pdf/glyph_text.h"
#include "pdf/hpdf_handle.h"

#include <hpdf.h>

#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
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

void collect_glyphs(const Document& doc, FontTable& fonts) {
  for (const Page& page : doc.pages) {
    for (const DisplayItem& item : page.items) {
      const auto* run = std::get_if<GlyphRun>(&item);
      if (!run || run->glyphs.empty()) continue;
      FontUse& use = fonts.use(run->face);
      for (const PlacedGlyph& g : run->glyphs) use.glyphs.insert(g.glyph);
      for (const pdf::Cluster& c : pdf::clusters_of(*run)) use.text.claim(*run, c);
    }
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

std::set<const Face*> faces_on(const Page& page) {
  std::set<const Face*> faces;
  for (const DisplayItem& item : page.items) {
    if (const auto* run = std::get_if<GlyphRun>(&item); run && !run->glyphs.empty()) {
      faces.insert(run->face);
    }
  }
  return faces;
}

HPDF_Page write_page(HpdfDocument& pdf, const Page& page, FontTable& fonts,
                     std::string& all_content) {
  HPDF_Page p = pdf.add_page(page.width + 2 * page.bleed, page.height + 2 * page.bleed);
  const double b = page.bleed.value();
  pdf.set_box(p, "BleedBox", 0, 0, page.width.value() + 2 * b, page.height.value() + 2 * b);
  pdf.set_box(p, "TrimBox", b, b, page.width.value() + b, page.height.value() + b);

  // Resources in order of first use on the document, not by pointer.
  std::set<const Face*> here = faces_on(page);
  for (FontUse& use : fonts.all()) {
    if (here.count(use.face)) pdf.add_font_resource(p, use.resource.name, use.type0);
  }
  pdf::ContentStream content(page.bleed);
  for (const DisplayItem& item : page.items) {
    if (const auto* run = std::get_if<GlyphRun>(&item)) {
      if (!run->glyphs.empty()) content.add(*run, fonts.at(run->face).resource);
    } else {
      content.add(std::get<Rule>(item));
    }
  }
  std::string ops = content.finish();
  pdf.write_content(p, ops);
  all_content += ops;
  return p;
}

}  // namespace

bool write_pdf(const Document& doc, const std::string& path, std::string* error,
               const PdfOptions& options) {
  ScopedStage stage(Stage::write);
  try {
    FontTable fonts;
    collect_glyphs(doc, fonts);
    subset_fonts(fonts);

    HpdfDocument pdf(options.compress);
    std::string fingerprint;  // the bytes that make this document what it is, for its /ID
    for (FontUse& use : fonts.all()) {
      use.type0 = pdf::embed_font(pdf, *use.face, use.subset, use.text);
      fingerprint += use.subset.program;
    }
    std::vector<HPDF_Page> pages;
    std::vector<std::string> labels;
    for (const Page& page : doc.pages) {
      pages.push_back(write_page(pdf, page, fonts, fingerprint));
      labels.push_back(page.label);
    }
    pdf.set_page_labels(labels);
    pdf.set_outline(doc.outline, pages);
    pdf.set_info(doc.info);
    pdf.set_id(fingerprint + doc.info.title + doc.info.subject);
    pdf.save(path);
    return true;
  } catch (const std::exception& e) {
    *error = "cannot write PDF '" + path + "': " + e.what();
    return false;
  }
}

}  // namespace folio
