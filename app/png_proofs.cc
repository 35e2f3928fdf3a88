#include "app/png_proofs.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace folio {
namespace {

// poppler prints its complaints to standard error; folio reports failures as its own errors.
void ignore_poppler_message(const std::string&, void*) {}

// Writes `image` to `path` by way of a temporary file beside it.
bool save_png(const poppler::image& image, int dpi, const std::string& path, std::string* error) {
  std::string temp = path + ".XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) {
    *error = "cannot write '" + path + "': " + std::strerror(errno);
    return false;
  }
  // mkstemp's file is private (0600); a proof is as readable as any file the user makes.
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  close(fd);
  if (!image.save(temp, "png", dpi)) {
    std::remove(temp.c_str());
    *error = "cannot write '" + path + "'";
    return false;
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    *error = "cannot write '" + path + "': " + std::strerror(errno);
    std::remove(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace

std::string png_proof_name(const std::string& label, std::size_t page) {
  if (label.empty()) return "page-pdf" + std::to_string(page + 1) + ".png";
  std::string name = "page-";
  for (char c : label) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
    name += safe ? c : '_';
  }
  return name + ".png";
}

std::optional<std::vector<PngProof>> write_png_proofs(const std::string& pdf,
                                                      const std::vector<std::string>& labels,
                                                      const PngProofOptions& options,
                                                      std::string* error) {
  poppler::set_debug_error_function(ignore_poppler_message, nullptr);
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!doc) {
    *error = "poppler cannot read the PDF to render its proofs";
    return std::nullopt;
  }
  const int count = doc->pages();
  if (count < 0 || static_cast<std::size_t>(count) != labels.size()) {
    *error = "the PDF has " + std::to_string(count) + " pages, not the " +
             std::to_string(labels.size()) + " laid out";
    return std::nullopt;
  }
  std::vector<std::unique_ptr<poppler::page>> pages;
  for (int i = 0; i < count; ++i) pages.emplace_back(doc->create_page(i));
  std::optional<std::vector<std::size_t>> chosen = select_pages(options.pages, labels, error);
  if (!chosen) return std::nullopt;
  std::error_code ec;
  std::filesystem::create_directories(options.dir, ec);
  if (ec) {
    *error = "cannot create the directory '" + options.dir + "': " + ec.message();
    return std::nullopt;
  }
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing);
  renderer.set_image_format(poppler::image::format_rgb24);  // paper is opaque
  std::vector<PngProof> out;
  for (std::size_t index : *chosen) {
    const poppler::page* page = pages[index].get();
    poppler::image image =
        page ? renderer.render_page(page, options.dpi, options.dpi) : poppler::image();
    if (!image.is_valid()) {
      *error = "poppler cannot render PDF page " + std::to_string(index + 1);
      return std::nullopt;
    }
    PngProof proof{
        index, labels[index],
        (std::filesystem::path(options.dir) / png_proof_name(labels[index], index)).string(),
        image.width(), image.height()};
    if (!save_png(image, options.dpi, proof.file, error)) return std::nullopt;
    out.push_back(std::move(proof));
  }
  return out;
}

}  // namespace folio
