#include "pdf/font_objects.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

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

std::string encoding_cmap(const std::string& name, const std::vector<std::uint32_t>& cid_of_code) {
  std::string out =
      "%!PS-Adobe-3.0 Resource-CMap\n"
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo 3 dict dup begin\n"
      "/Registry (Adobe) def\n/Ordering (Identity) def\n/Supplement 0 def\n"
      "end def\n"
      "/CMapName /" +
      name +
      " def\n"
      "/CMapType 1 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  // A cidchar block may hold at most 100 entries.
  constexpr std::size_t kBlock = 100;
  char buf[32];
  for (std::size_t i = 0; i < cid_of_code.size(); i += kBlock) {
    const std::size_t n = std::min(kBlock, cid_of_code.size() - i);
    out += std::to_string(n) + " begincidchar\n";
    for (std::size_t k = i; k < i + n; ++k) {
      std::snprintf(buf, sizeof buf, "<%04X> %u\n", static_cast<unsigned>(k + 1), cid_of_code[k]);
      out += buf;
    }
    out += "endcidchar\n";
  }
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\nend\n";
  return out;
}

void embed_font(HpdfDocument& pdf, HPDF_Dict type0, const FontCodes& codes,
                const FontSubset& subset, const GlyphText& text) {
  const Face& face = codes.face();
  std::string ps = face.postscript_name().empty() ? "Font" : face.postscript_name();
  const std::string tag = subset_tag(face, subset);
  const std::string name = tag + ps;

  HPDF_Dict system_info = pdf.new_dict(false);
  pdf.add_string(system_info, "Registry", "Adobe");
  pdf.add_string(system_info, "Ordering", "Identity");
  pdf.add_number(system_info, "Supplement", 0);

  HPDF_Dict cid_font = pdf.new_dict(true);
  pdf.add_name(cid_font, "Type", "Font");
  pdf.add_name(cid_font, "Subtype", subset.cff ? "CIDFontType0" : "CIDFontType2");
  pdf.add_name(cid_font, "BaseFont", name.c_str());
  pdf.add(cid_font, "CIDSystemInfo", system_info);
  pdf.add(cid_font, "FontDescriptor", descriptor(pdf, face, subset, name));
  pdf.add(cid_font, "W", widths_array(pdf, subset));
  // For TrueType the CIDs are the subset's glyph ids; for a CFF font that is not CID-keyed,
  // PDF takes CIDs as glyph indices anyway.
  if (!subset.cff) pdf.add_name(cid_font, "CIDToGIDMap", "Identity");

  // Content streams show codes given out in order of first use; the encoding maps each to the
  // CID of its glyph in the subset, and ToUnicode each to its text.
  std::vector<std::uint32_t> cid_of_code;
  std::map<std::uint32_t, std::u32string> text_of_code;
  for (std::size_t k = 0; k < codes.glyphs().size(); ++k) {
    const std::uint32_t glyph = codes.glyphs()[k];
    cid_of_code.push_back(subset.new_glyph.at(glyph));
    if (std::u32string_view t = text.text_of(glyph); !t.empty()) {
      text_of_code[static_cast<std::uint32_t>(k + 1)] = std::u32string(t);
    }
  }
  // A CMap name is a PostScript name: the subset's tag keeps it unique in the document.
  const std::string cmap_name = "Folio-" + tag.substr(0, tag.size() - 1) + "-" + ps;
  HPDF_Dict encoding = pdf.new_stream(encoding_cmap(cmap_name, cid_of_code));
  pdf.add_name(encoding, "Type", "CMap");
  pdf.add_name(encoding, "CMapName", cmap_name.c_str());
  HPDF_Dict encoding_info = pdf.new_dict(false);
  pdf.add_string(encoding_info, "Registry", "Adobe");
  pdf.add_string(encoding_info, "Ordering", "Identity");
  pdf.add_number(encoding_info, "Supplement", 0);
  pdf.add(encoding, "CIDSystemInfo", encoding_info);

  pdf.add_name(type0, "Type", "Font");
  pdf.add_name(type0, "Subtype", "Type0");
  pdf.add_name(type0, "BaseFont", name.c_str());
  pdf.add(type0, "Encoding", encoding);
  HPDF_Array descendants = pdf.new_array();
  pdf.push(descendants, cid_font);
  pdf.add(type0, "DescendantFonts", descendants);
  pdf.add(type0, "ToUnicode", pdf.new_stream(to_unicode_cmap(text_of_code)));
}

}  // namespace folio::pdf
