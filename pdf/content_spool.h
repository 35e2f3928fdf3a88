#pragma once
// Page contents kept on disk until the document is saved. libharu holds every page object until
// it writes the file, and a page's content stream lives in 4 KiB memory blocks: at 6,000 pages
// that was the largest share of a build's memory. Each page's deflated operators are appended to
// one unlinked temporary file instead, and the page's content stream becomes a reader of its
// stretch of that file, which libharu copies into the PDF when it saves it.

#include <hpdf.h>

#include <cstdint>
#include <cstdio>
#include <deque>
#include <string_view>

namespace folio::pdf {

class ContentSpool {
 public:
  // No spool when no temporary file can be made: contents then stay in memory.
  ContentSpool();
  ~ContentSpool();
  ContentSpool(const ContentSpool&) = delete;
  ContentSpool& operator=(const ContentSpool&) = delete;

  // A stream reading back `bytes`, appended to the spool now; null if the spool cannot take
  // them (a full disk), so that the caller keeps them in memory.
  HPDF_Stream spool(HPDF_MMgr mmgr, std::string_view bytes);

 private:
  // One page's stretch of the file, and how far libharu has read it.
  struct Stretch {
    ContentSpool* spool;
    std::uint64_t offset;
    std::uint32_t size;
    std::uint32_t read = 0;
  };
  static HPDF_STATUS read(HPDF_Stream stream, HPDF_BYTE* buffer, HPDF_UINT* size);
  static HPDF_STATUS seek(HPDF_Stream stream, HPDF_INT pos, HPDF_WhenceMode mode);
  static HPDF_INT32 tell(HPDF_Stream stream);
  static HPDF_UINT32 size(HPDF_Stream stream);

  std::FILE* file_ = nullptr;
  std::uint64_t end_ = 0;
  std::deque<Stretch> stretches_;  // a deque: libharu holds pointers to its elements
};

}  // namespace folio::pdf
