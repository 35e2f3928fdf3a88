#include "pdf/hpdf_handle.h"

#include "base/utf8.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace folio::pdf {

void on_hpdf_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
  auto* self = static_cast<HpdfDocument*>(user);
  if (self->error_ == HPDF_OK) {
    self->error_ = error;
    self->detail_ = detail;
  }
}

namespace {

std::string hpdf_message(const char* what, HPDF_STATUS error, HPDF_STATUS detail) {
  char buf[96];
  std::snprintf(buf, sizeof buf, " (libharu error 0x%04X, detail %u)", static_cast<unsigned>(error),
                static_cast<unsigned>(detail));
  return std::string(what) + buf;
}

}  // namespace

HpdfDocument::HpdfDocument(bool compress) : compress_(compress) {
  doc_ = HPDF_New(on_hpdf_error, this);
  if (!doc_) throw std::runtime_error("libharu could not create a document");
  // Must precede the first page: a page's filter is fixed when it is created.
  check(HPDF_SetCompressionMode(doc_, compress ? HPDF_COMP_ALL : HPDF_COMP_NONE),
        "setting compression");
}

HpdfDocument::~HpdfDocument() {
  if (doc_) HPDF_Free(doc_);
}

void HpdfDocument::check(HPDF_STATUS status, const char* what) {
  if (status != HPDF_OK || error_ != HPDF_OK) {
    throw std::runtime_error(hpdf_message(what, error_ != HPDF_OK ? error_ : status, detail_));
  }
}

HPDF_Page HpdfDocument::add_page(Pt media_width, Pt media_height) {
  return made(HPDF_AddPage(doc_), "adding a page", media_width, media_height);
}

HPDF_Page HpdfDocument::insert_page(HPDF_Page before, Pt media_width, Pt media_height) {
  return made(HPDF_InsertPage(doc_, before), "inserting a page", media_width, media_height);
}

// A new page sized, and with the resource dictionary all pages share in place of its own
// (libharu's, with the same /ProcSet): libharu draws nothing on folio's pages, so nothing asks
// for the page's own.
HPDF_Page HpdfDocument::made(HPDF_Page page, const char* what, Pt media_width, Pt media_height) {
  if (!page) check(HPDF_FAILD_TO_ALLOC_MEM, what);
  check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(media_width.value())), "page width");
  check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(media_height.value())), "page height");
  add(page, "Resources", resources());
  return page;
}

HPDF_Dict HpdfDocument::resources() {
  if (!resources_) {
    resources_ = new_dict(true);
    HPDF_Array procs = new_array();
    add(resources_, "ProcSet", procs);
    for (const char* name : {"PDF", "Text", "ImageB", "ImageC", "ImageI"}) {
      check(HPDF_Array_AddName(procs, name), "ProcSet");
    }
  }
  return resources_;
}

void HpdfDocument::set_box(HPDF_Page page, const char* key, double left, double bottom,
                           double right, double top) {
  HPDF_Box box{static_cast<HPDF_REAL>(left), static_cast<HPDF_REAL>(bottom),
               static_cast<HPDF_REAL>(right), static_cast<HPDF_REAL>(top)};
  HPDF_Array& array = boxes_[{box.left, box.bottom, box.right, box.top}];
  if (!array) {
    HPDF_Array made = HPDF_Box_Array_New(doc_->mmgr, box);
    if (!made) check(HPDF_FAILD_TO_ALLOC_MEM, key);
    check(HPDF_Xref_Add(doc_->xref, made), key);
    array = made;
  }
  add(page, key, array);
}

void HpdfDocument::add_font_resource(const std::string& name, HPDF_Dict font) {
  if (!fonts_) {
    fonts_ = new_dict(false);
    add(resources(), "Font", fonts_);
  }
  add(fonts_, name.c_str(), font);
}

namespace {

// Written into the content stream's dictionary with its other keys: libharu itself writes a
// /Filter only for streams it deflates, and removes any other.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

}  // namespace

std::string HpdfDocument::write_content(HPDF_Page page, std::string_view operators) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  std::string written = compress_ ? deflater_.zlib(operators) : std::string(operators);
  if (compress_) {
    attr->contents->filter = HPDF_STREAM_FILTER_NONE;
    attr->contents->write_fn = write_flate_filter;
    if (HPDF_Stream spooled = spool_.spool(doc_->mmgr, written)) {
      // The page's empty memory stream gives way to the spooled one; nothing writes to it again.
      HPDF_Stream_Free(attr->contents->stream);
      attr->contents->stream = spooled;
      attr->stream = spooled;
      return written;
    }
  }
  check(HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(written.data()),
                          static_cast<HPDF_UINT>(written.size())),
        "writing page content");
  return written;
}

HPDF_Dict HpdfDocument::new_dict(bool indirect) {
  HPDF_Dict dict = HPDF_Dict_New(doc_->mmgr);
  if (!dict) check(HPDF_FAILD_TO_ALLOC_MEM, "new dictionary");
  if (indirect) check(HPDF_Xref_Add(doc_->xref, dict), "registering a dictionary");
  return dict;
}

HPDF_Array HpdfDocument::new_array() {
  HPDF_Array array = HPDF_Array_New(doc_->mmgr);
  if (!array) check(HPDF_FAILD_TO_ALLOC_MEM, "new array");
  return array;
}

HPDF_Dict HpdfDocument::new_stream(std::string_view bytes, bool deflate) {
  HPDF_Dict stream = HPDF_DictStream_New(doc_->mmgr, doc_->xref);
  if (!stream) check(HPDF_FAILD_TO_ALLOC_MEM, "new stream");
  std::string deflated;
  if (compress_ && deflate) {
    // Deflated now, by libdeflate, and written as it is: libharu left alone would deflate it
    // with zlib while saving the file.
    deflated = deflater_.zlib(bytes);
    bytes = deflated;
    stream->filter = HPDF_STREAM_FILTER_NONE;
    stream->write_fn = write_flate_filter;
  }
  check(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                          static_cast<HPDF_UINT>(bytes.size())),
        "writing a stream");
  return stream;
}

void HpdfDocument::add(HPDF_Dict dict, const char* key, void* object) {
  check(HPDF_Dict_Add(dict, key, object), key);
}

void HpdfDocument::add_name(HPDF_Dict dict, const char* key, const char* name) {
  check(HPDF_Dict_AddName(dict, key, name), key);
}

void HpdfDocument::add_number(HPDF_Dict dict, const char* key, long value) {
  check(HPDF_Dict_AddNumber(dict, key, static_cast<HPDF_INT32>(value)), key);
}

void HpdfDocument::add_real(HPDF_Dict dict, const char* key, double value) {
  check(HPDF_Dict_AddReal(dict, key, static_cast<HPDF_REAL>(value)), key);
}

void HpdfDocument::add_string(HPDF_Dict dict, const char* key, const std::string& value) {
  HPDF_String s = HPDF_String_New(doc_->mmgr, value.c_str(), nullptr);
  if (!s) check(HPDF_FAILD_TO_ALLOC_MEM, key);
  add(dict, key, s);
}

void HpdfDocument::push(HPDF_Array array, void* object) {
  check(HPDF_Array_Add(array, object), "array element");
}

void HpdfDocument::push_number(HPDF_Array array, long value) {
  check(HPDF_Array_AddNumber(array, static_cast<HPDF_INT32>(value)), "array number");
}

// libharu's own setter has no UTF-8 path: the text goes in as UTF-16BE with a byte-order mark.
void HpdfDocument::set_info_text(const char* key, const std::string& utf8_text) {
  if (utf8_text.empty()) return;
  std::string bytes = "\xFE\xFF" + utf8::utf16be(utf8::decode(utf8_text));
  HPDF_Binary b = HPDF_Binary_New(doc_->mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                                  static_cast<HPDF_UINT>(bytes.size()));
  if (!b) check(HPDF_FAILD_TO_ALLOC_MEM, key);
  add(info(), key, b);
}

namespace {

// A label's numbering style and number: "iv" is lower roman 4. Labels that are not folios
// (empty, or words) return false.
bool parse_label(const std::string& label, HPDF_PageNumStyle* style, int* number) {
  if (label.empty()) return false;
  if (label.find_first_not_of("0123456789") == std::string::npos) {
    *style = HPDF_PAGE_NUM_STYLE_DECIMAL;
    *number = std::stoi(label);
    return true;
  }
  const bool lower = label.find_first_not_of("ivxlcdm") == std::string::npos;
  const bool upper = label.find_first_not_of("IVXLCDM") == std::string::npos;
  if (!lower && !upper) return false;
  auto value = [](char c) {
    switch (c | 0x20) {
      case 'i':
        return 1;
      case 'v':
        return 5;
      case 'x':
        return 10;
      case 'l':
        return 50;
      case 'c':
        return 100;
      case 'd':
        return 500;
      default:
        return 1000;
    }
  };
  int total = 0;
  for (std::size_t i = 0; i < label.size(); ++i) {
    const int v = value(label[i]);
    total += i + 1 < label.size() && v < value(label[i + 1]) ? -v : v;
  }
  *style = lower ? HPDF_PAGE_NUM_STYLE_LOWER_ROMAN : HPDF_PAGE_NUM_STYLE_UPPER_ROMAN;
  *number = total;
  return true;
}

}  // namespace

void HpdfDocument::set_page_labels(const std::vector<std::string>& labels) {
  // One label range per run of pages numbered consecutively in one style.
  HPDF_PageNumStyle previous_style = HPDF_PAGE_NUM_STYLE_DECIMAL;
  int previous = -1;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    HPDF_PageNumStyle style;
    int number = 0;
    if (!parse_label(labels[i], &style, &number)) {
      previous = -1;
      continue;
    }
    if (previous < 0 || style != previous_style || number != previous + 1) {
      check(HPDF_AddPageLabel(doc_, static_cast<HPDF_UINT>(i), style,
                              static_cast<HPDF_UINT>(number), nullptr),
            "page label");
    }
    previous_style = style;
    previous = number;
  }
}

void HpdfDocument::set_outline(const std::vector<OutlineEntry>& outline,
                               const std::vector<HPDF_Page>& pages) {
  if (outline.empty()) return;
  check(HPDF_UseUTFEncodings(doc_), "UTF-8 encodings");
  HPDF_Encoder utf8 = HPDF_GetEncoder(doc_, "UTF-8");
  HPDF_Outline parent = nullptr;
  for (const OutlineEntry& entry : outline) {
    if (entry.page >= pages.size()) continue;
    HPDF_Outline under = entry.level > 1 ? parent : nullptr;
    HPDF_Outline item = HPDF_CreateOutline(doc_, under, entry.title.c_str(), utf8);
    if (!item) check(HPDF_FAILD_TO_ALLOC_MEM, "bookmark");
    HPDF_Destination destination = HPDF_Page_CreateDestination(pages[entry.page]);
    if (!destination) check(HPDF_FAILD_TO_ALLOC_MEM, "bookmark destination");
    check(HPDF_Outline_SetDestination(item, destination), "bookmark destination");
    if (entry.level <= 1) {
      check(HPDF_Outline_SetOpened(item, HPDF_TRUE), "bookmark");
      parent = item;
    }
  }
  check(HPDF_SetPageMode(doc_, HPDF_PAGE_MODE_USE_OUTLINE), "page mode");
}

HPDF_Dict HpdfDocument::catalog() { return doc_->catalog; }

HPDF_Dict HpdfDocument::info() {
  // libharu creates the Info dictionary with its first entry; without one it would stamp its
  // own name as the producer.
  if (!doc_->info) check(HPDF_SetInfoAttr(doc_, HPDF_INFO_PRODUCER, "folio"), "Info");
  return doc_->info;
}

void HpdfDocument::set_id(const std::array<std::uint8_t, 16>& digest) {
  HPDF_Array array = new_array();
  for (int k = 0; k < 2; ++k) {
    HPDF_Binary part =
        HPDF_Binary_New(doc_->mmgr, const_cast<HPDF_BYTE*>(digest.data()), digest.size());
    if (!part) check(HPDF_FAILD_TO_ALLOC_MEM, "ID");
    push(array, part);
  }
  add(doc_->trailer, "ID", array);
}

std::string HpdfDocument::save_to_memory() {
  std::string bytes;
  save([&](std::string_view piece) {
    if (bytes.empty()) bytes.reserve(HPDF_GetStreamSize(doc_));  // one allocation
    bytes += piece;
    return true;
  });
  return bytes;
}

bool HpdfDocument::save(const std::function<bool(std::string_view)>& write) {
  // libharu has no setter, and its own calls (ExtGState, PDF/A, encryption) overwrite the
  // version: set it last. Everything folio writes is valid PDF 1.6.
  doc_->pdf_version = HPDF_VER_16;
  check(HPDF_SaveToStream(doc_), "saving");
  std::string buffer(std::min<std::size_t>(HPDF_GetStreamSize(doc_), 1 << 16), '\0');
  for (;;) {
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(buffer.size());
    const HPDF_STATUS status =
        HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(buffer.data()), &size);
    const bool end = status == HPDF_STREAM_EOF;
    if (end) {
      // The end of libharu's buffer is reported as an error; it is none.
      HPDF_ResetError(doc_);
      error_ = HPDF_OK;
    } else {
      check(status, "reading the saved file");
    }
    if (size > 0 && !write(std::string_view(buffer.data(), size))) return false;
    if (end || size == 0) return true;
  }
}

}  // namespace folio::pdf
