#pragma once
// The part of libharu folio uses, behind one owner. libharu's public API draws with its own
// fonts; folio needs its object layer (dictionaries, arrays, streams, the xref) to build Type0
// fonts, and the page's content stream to write glyph ids. Every call is checked: libharu's
// internal functions report failure only through their return value.

#include "base/length.h"
#include "layout/pages/page.h"
#include "pdf/content_spool.h"
#include "pdf/deflater.h"

#include <hpdf.h>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace folio::pdf {

class HpdfDocument {
 public:
  explicit HpdfDocument(bool compress);
  ~HpdfDocument();
  HpdfDocument(const HpdfDocument&) = delete;
  HpdfDocument& operator=(const HpdfDocument&) = delete;

  // Pages share one resource dictionary, and a box of the same size is one object for all the
  // pages that have it: libharu would give each page its own (about 2 KB a page, 12 MB at 6,000
  // pages, held until the file is written).
  HPDF_Page add_page(Pt media_width, Pt media_height);
  // A page before `before` in the document's page order.
  HPDF_Page insert_page(HPDF_Page before, Pt media_width, Pt media_height);
  void set_box(HPDF_Page page, const char* key, double left, double bottom, double right,
               double top);
  // A font every page's resources name `name`; added once.
  void add_font_resource(const std::string& name, HPDF_Dict font);
  // The page's content. When the document compresses, the operators are deflated now (zlib
  // format) and written as they are with /Filter /FlateDecode: libharu would otherwise hold them
  // uncompressed until the document is saved. They wait in the content spool, not in memory.
  // Returns the stream's bytes as they go into the file.
  std::string write_content(HPDF_Page page, std::string_view operators);

  // New objects. Indirect ones are registered in the xref first, so that adding them to a
  // parent writes a reference (libharu refuses to register an object that already has one).
  HPDF_Dict new_dict(bool indirect);
  HPDF_Array new_array();
  // A stream object holding `bytes`, deflated when the document compresses and `deflate` allows
  // (an XMP packet stays readable to tools that do not inflate).
  HPDF_Dict new_stream(std::string_view bytes, bool deflate = true);

  // Checked wrappers: each throws std::runtime_error naming `what` when libharu fails.
  void add(HPDF_Dict dict, const char* key, void* object);
  void add_name(HPDF_Dict dict, const char* key, const char* name);
  void add_number(HPDF_Dict dict, const char* key, long value);
  void add_real(HPDF_Dict dict, const char* key, double value);
  void add_string(HPDF_Dict dict, const char* key, const std::string& value);
  void push(HPDF_Array array, void* object);
  void push_number(HPDF_Array array, long value);

  // Page labels, so a viewer shows the printed folios ("iii") rather than page indexes.
  void set_page_labels(const std::vector<std::string>& labels);
  // Bookmarks: level 1 entries at the top, level 2 under the level 1 entry before them.
  void set_outline(const std::vector<OutlineEntry>& outline, const std::vector<HPDF_Page>& pages);

  // The document catalogue and the Info dictionary, for the metadata PDF/X asks of both.
  HPDF_Dict catalog();
  HPDF_Dict info();
  // A text string in the Info dictionary: UTF-16BE, so names such as "Jönsson" survive.
  void set_info_text(const char* key, const std::string& utf8);

  // The trailer's /ID: twice the same digest of the document's content, so that equal input
  // gives equal bytes.
  void set_id(const std::array<std::uint8_t, 16>& digest);
  // The whole file, with a PDF 1.6 header.
  std::string save_to_memory();
  // The same, handed to `write` a piece at a time, so the file is never held twice; false
  // when `write` refused a piece (it says why).
  bool save(const std::function<bool(std::string_view)>& write);

 private:
  void check(HPDF_STATUS status, const char* what);
  HPDF_Page made(HPDF_Page page, const char* what, Pt media_width, Pt media_height);
  HPDF_Dict resources();

  // Declared before the document: libharu's page streams read from it until the document is
  // freed.
  ContentSpool spool_;
  Deflater deflater_;
  HPDF_Doc doc_ = nullptr;
  bool compress_ = true;
  HPDF_STATUS error_ = HPDF_OK;
  HPDF_STATUS detail_ = HPDF_OK;
  HPDF_Dict resources_ = nullptr;  // every page's; made with the first page
  HPDF_Dict fonts_ = nullptr;      // its /Font
  std::map<std::array<HPDF_REAL, 4>, HPDF_Array> boxes_;
  friend void on_hpdf_error(HPDF_STATUS, HPDF_STATUS, void*);
};

}  // namespace folio::pdf
