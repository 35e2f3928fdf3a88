#include "pdf/content_stream.h"

#include "base/utf8.h"
#include "pdf/pdf_number.h"

#include <cmath>
#include <cstdio>

namespace folio::pdf {
namespace {

// TJ adjustments are written in thousandths of an em with this many decimals; anything smaller
// than half the last digit is no adjustment at all.
constexpr int kAdjustDecimals = 2;
constexpr double kAdjustEpsilon = 0.005;
constexpr double kAdjustScale = 100;  // 10^kAdjustDecimals

}  // namespace

ContentStream::ContentStream(Pt margin) {
  if (margin > Pt(0)) {
    out_ += "q 1 0 0 1 " + number(margin.value()) + " " + number(margin.value()) + " cm\n";
    shifted_ = true;
  }
}

void ContentStream::begin_text() {
  if (in_text_) return;
  out_ += "BT\n";
  in_text_ = true;
  font_name_.clear();  // Tf is part of the text state, which survives ET, but be explicit
}

void ContentStream::end_text() {
  if (!in_text_) return;
  close_array();
  out_ += "ET\n";
  in_text_ = false;
}

void ContentStream::set_fill(const Color& color) {
  if (fill_ && *fill_ == color) return;
  fill_ = color;
  const auto& v = color.values;
  if (color.space == ColorSpace::gray) {
    out_ += number(1 - v[0]) + " g\n";
  } else {
    out_ += number(v[0]) + " " + number(v[1]) + " " + number(v[2]) + " " + number(v[3]) + " k\n";
  }
}

void ContentStream::open_array() {
  if (in_array_) return;
  out_ += '[';
  in_array_ = true;
}

void ContentStream::close_array() {
  if (!in_array_) return;
  if (in_string_) out_ += ')';
  in_string_ = false;
  out_ += "] TJ\n";
  in_array_ = false;
}

// A code's two bytes in a literal string, not as four hex digits: half the bytes to build,
// fingerprint and deflate, and the deflated stream is an eighth smaller. Only the bytes a
// literal string cannot hold as they are take a backslash: ( ) \ and a carriage return, which a
// reader would take for a line feed.
void ContentStream::show(std::uint32_t code) {
  open_array();
  if (!in_string_) {
    out_ += '(';
    in_string_ = true;
  }
  for (const char byte : {static_cast<char>((code >> 8) & 0xFF), static_cast<char>(code & 0xFF)}) {
    if (byte == '(' || byte == ')' || byte == '\\') {
      out_ += '\\';
      out_ += byte;
    } else if (byte == '\r') {
      out_ += "\\r";
    } else {
      out_ += byte;
    }
  }
}

void ContentStream::adjust(double thousandths) {
  open_array();
  if (in_string_) out_ += ')';
  in_string_ = false;
  append_number(out_, thousandths, kAdjustDecimals);
}

void ContentStream::add(const GlyphRun& run, const FontResource& font) {
  if (run.glyphs.empty()) return;
  begin_text();
  set_fill(run.color);
  const double size = run.size.value();
  if (font.name != font_name_ || size != font_size_) {
    close_array();
    out_ += "/" + font.name + " " + number(size) + " Tf\n";
    font_name_ = font.name;
    font_size_ = size;
  }
  close_array();
  // Font expansion scales the text matrix horizontally: the glyphs are drawn wider, and the pen
  // moves in the scaled space, where layout's positions stand divided by the scale.
  const double scale = run.expansion;
  append_number(out_, scale);
  out_ += " 0 0 1 ";
  append_number(out_, run.x.value());
  out_ += ' ';
  append_number(out_, run.y.value());
  out_ += " Tm\n";

  double pen = 0;   // where the reader's pen is, in unscaled points from the run origin
  double rise = 0;  // the current text rise (Ts), in points
  for_each_cluster(run, [&](const Cluster& c) {
    const bool actual_text = !font.text->reproduces(run, c);
    if (actual_text) {
      close_array();
      std::u32string text =
          utf8::decode(std::string_view(run.text).substr(c.text_begin, c.text_end - c.text_begin));
      out_ += "/Span <</ActualText <" + utf16be_hex(text, true) + ">>> BDC\n";
    }
    for (std::size_t i = c.glyph_begin; i < c.glyph_end; ++i) {
      const PlacedGlyph& g = run.glyphs[i];
      if (g.y.value() != rise) {
        close_array();
        rise = g.y.value();
        append_number(out_, rise);
        out_ += " Ts\n";
      }
      double wanted = (pen - g.x.value() / scale) * 1000 / size;
      if (std::fabs(wanted) >= kAdjustEpsilon) {
        double written = std::round(wanted * kAdjustScale) / kAdjustScale;
        adjust(written);
        pen -= written * size / 1000;
      }
      const std::uint32_t code = font.codes->code(g.glyph);
      show(code);
      pen += font.codes->width(code) * size / 1000;
    }
    if (actual_text) {
      close_array();
      out_ += "EMC\n";
    }
  });
  close_array();
  if (rise != 0) out_ += "0 Ts\n";
}

void ContentStream::add(const Rule& rule) {
  end_text();
  set_fill(rule.color);
  out_ += number(rule.x.value()) + " " + number(rule.y.value()) + " " + number(rule.width.value()) +
          " " + number(rule.height.value()) + " re f\n";
}

std::string ContentStream::finish() {
  end_text();
  if (shifted_) out_ += "Q\n";
  shifted_ = false;
  return std::move(out_);
}

}  // namespace folio::pdf
