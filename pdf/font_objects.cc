#include "pdf/font_objects.h"

#include <cmath>

namespace folio::pdf {
namespace {

// Font descriptor flags (PDF 32000-1:2008, table 123).
constexpr long kFlagFixedPitch = 1 << 0;
constexpr long kFlagSerif = 1 << 1;
constexpr long kFlagNonsymbolic = 1 << 5;
constexpr long kFlagItalic = 1 << 6;

// A guess at the vertical stem width, which PDF requires but no OpenType table states; viewers
// use it only when they must substitute the font, which never happens with embedded fonts.
constexpr long kStemVRegular = 80;
constexpr long kStemVBold = 140;

long thousandths(const Face& face, int font_units) {
  return std::lround(font_units * 1000.0 / face.units_per_em());
}

HPDF_Array widths_array(HpdfDocument& pdf, const FontSubset& subset) {
  // [first [w w w] first [w ...]]: one inner array per run of consecutive CIDs.
  HPDF_Array w = pdf.new_array();
  HPDF_Array run = nullptr;
  long next = -1;
  for (const auto& [cid, advance] : subset.advance) {
    if (static_cast<long>(cid) != next) {
      pdf.push_number(w, cid);
      run = pdf.new_array();
      pdf.push(w, run);
    }
    pdf.push_number(run, advance);
    next = static_cast<long>(cid) + 1;
  }
  return w;
}

HPDF_Dict descriptor(HpdfDocument& pdf, const Face& face, const FontSubset& subset,
                     const std::string& name) {
  const FaceMetrics& m = face.metrics();
  HPDF_Dict d = pdf.new_dict(true);
  pdf.add_name(d, "Type", "FontDescriptor");
  pdf.add_name(d, "FontName", name.c_str());
  long flags = kFlagNonsymbolic;
  if (m.fixed_pitch) flags |= kFlagFixedPitch;
  if (m.serif) flags |= kFlagSerif;
  if (m.italic || m.italic_angle != 0) flags |= kFlagItalic;
  pdf.add_number(d, "Flags", flags);
  HPDF_Array bbox = pdf.new_array();
  for (int v : m.bbox) pdf.push_number(bbox, thousandths(face, v));
  pdf.add(d, "FontBBox", bbox);
  pdf.add_real(d, "ItalicAngle", std::round(m.italic_angle * 100) / 100);
  pdf.add_number(d, "Ascent", thousandths(face, m.ascender));
  pdf.add_number(d, "Descent", thousandths(face, m.descender));
  pdf.add_number(d, "CapHeight", thousandths(face, m.cap_height));
  pdf.add_number(d, "XHeight", thousandths(face, m.x_height));
  pdf.add_number(d, "StemV", m.bold ? kStemVBold : kStemVRegular);

  HPDF_Dict program = pdf.new_stream(subset.program);
  if (subset.cff) {
    pdf.add_name(program, "Subtype", "CIDFontType0C");
    pdf.add(d, "FontFile3", program);
  } else {
    pdf.add_number(program, "Length1", static_cast<long>(subset.program.size()));
    pdf.add(d, "FontFile2", program);
  }
  return d;
}

}  // namespace

std::string subset_tag(const Face& face, const FontSubset& subset) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  auto mix = [&](std::uint64_t v) {
    h ^= v;
    h *= 0x100000001b3ULL;
  };
  for (char c : face.postscript_name()) mix(static_cast<unsigned char>(c));
  for (const auto& [old_glyph, cid] : subset.new_glyph) mix((std::uint64_t{old_glyph} << 32) | cid);
  std::string tag;
  for (int i = 0; i < 6; ++i) {
    tag += static_cast<char>('A' + h % 26);
    h /= 26;
  }
  return tag + "+";
}

HPDF_Dict embed_font(HpdfDocument& pdf, const Face& face, const FontSubset& subset,
                     const GlyphText& text) {
  std::string ps = face.postscript_name().empty() ? "Font" : face.postscript_name();
  const std::string name = subset_tag(face, subset) + ps;

  HPDF_Dict cid_font = pdf.new_dict(true);
  pdf.add_name(cid_font, "Type", "Font");
  pdf.add_name(cid_font, "Subtype", subset.cff ? "CIDFontType0" : "CIDFontType2");
  pdf.add_name(cid_font, "BaseFont", name.c_str());
  HPDF_Dict system_info = pdf.new_dict(false);
  pdf.add_string(system_info, "Registry", "Adobe");
  pdf.add_string(system_info, "Ordering", "Identity");
  pdf.add_number(system_info, "Supplement", 0);
  pdf.add(cid_font, "CIDSystemInfo", system_info);
  pdf.add(cid_font, "FontDescriptor", descriptor(pdf, face, subset, name));
  pdf.add(cid_font, "W", widths_array(pdf, subset));
  // For TrueType the CIDs are the subset's glyph ids; for a CFF font that is not CID-keyed,
  // PDF takes CIDs as glyph indices anyway.
  if (!subset.cff) pdf.add_name(cid_font, "CIDToGIDMap", "Identity");

  std::map<std::uint32_t, std::u32string> text_of_cid;
  for (const auto& [glyph, t] : text.all()) {
    if (auto it = subset.new_glyph.find(glyph); it != subset.new_glyph.end()) {
      text_of_cid[it->second] = t;
    }
  }

  HPDF_Dict type0 = pdf.new_dict(true);
  pdf.add_name(type0, "Type", "Font");
  pdf.add_name(type0, "Subtype", "Type0");
  pdf.add_name(type0, "BaseFont", name.c_str());
  pdf.add_name(type0, "Encoding", "Identity-H");
  HPDF_Array descendants = pdf.new_array();
  pdf.push(descendants, cid_font);
  pdf.add(type0, "DescendantFonts", descendants);
  pdf.add(type0, "ToUnicode", pdf.new_stream(to_unicode_cmap(text_of_cid)));
  return type0;
}

}  // namespace folio::pdf
