#include "pdf/content_spool.h"

#include <cerrno>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace folio::pdf {

ContentSpool::ContentSpool() {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir && *dir ? dir : "/tmp") + "/folio-pages-XXXXXX";
  const int fd = ::mkstemp(path.data());
  if (fd < 0) return;
  // Unlinked at once: nothing is left behind, however the process ends.
  ::unlink(path.c_str());
  file_ = ::fdopen(fd, "w+b");
  if (!file_) ::close(fd);
}

ContentSpool::~ContentSpool() {
  if (file_) std::fclose(file_);
}

HPDF_Stream ContentSpool::spool(HPDF_MMgr mmgr, std::string_view bytes) {
  if (!file_ || bytes.size() > UINT32_MAX) return nullptr;
  const int fd = ::fileno(file_);
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n =
        ::pwrite(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(end_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return nullptr;
    done += static_cast<std::size_t>(n);
  }
  Stretch& stretch =
      stretches_.emplace_back(Stretch{this, end_, static_cast<std::uint32_t>(bytes.size())});
  HPDF_Stream stream = HPDF_CallbackReader_New(mmgr, read, seek, tell, size, &stretch);
  if (!stream) {
    stretches_.pop_back();
    return nullptr;
  }
  end_ += bytes.size();
  return stream;
}

HPDF_STATUS ContentSpool::read(HPDF_Stream stream, HPDF_BYTE* buffer, HPDF_UINT* size) {
  auto* s = static_cast<Stretch*>(stream->attr);
  const HPDF_UINT wanted = *size;
  const HPDF_UINT left = s->size - s->read;
  HPDF_UINT want = wanted < left ? wanted : left;
  HPDF_UINT got = 0;
  const int fd = ::fileno(s->spool->file_);
  while (got < want) {
    const ssize_t n =
        ::pread(fd, buffer + got, want - got, static_cast<off_t>(s->offset + s->read + got));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *size = got;
      return HPDF_SetError(stream->error, HPDF_FILE_IO_ERROR, errno);
    }
    got += static_cast<HPDF_UINT>(n);
  }
  s->read += got;
  *size = got;
  // libharu reads until a short read reports the end.
  return got < wanted ? HPDF_STREAM_EOF : HPDF_OK;
}

HPDF_STATUS ContentSpool::seek(HPDF_Stream stream, HPDF_INT pos, HPDF_WhenceMode mode) {
  auto* s = static_cast<Stretch*>(stream->attr);
  long long to = pos;
  if (mode == HPDF_SEEK_CUR) to += s->read;
  if (mode == HPDF_SEEK_END) to = static_cast<long long>(s->size) - pos;
  if (to < 0 || to > s->size) return HPDF_SetError(stream->error, HPDF_STREAM_EOF, 0);
  s->read = static_cast<std::uint32_t>(to);
  return HPDF_OK;
}

HPDF_INT32 ContentSpool::tell(HPDF_Stream stream) {
  return static_cast<HPDF_INT32>(static_cast<Stretch*>(stream->attr)->read);
}

HPDF_UINT32 ContentSpool::size(HPDF_Stream stream) {
  return static_cast<Stretch*>(stream->attr)->size;
}

}  // namespace folio::pdf
