#include "pdf/pdfx_check.h"

#include "base/cleanup_signals.h"
#include "pdf/output_intent.h"

#include <pugixml.hpp>
#include <qpdf/Buffer.hh>
#include <qpdf/InputSource.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace folio::pdf {
namespace {

// Boxes are written with a few decimals; closer than this is equal.
constexpr double kBoxTolerance = 0.01;
// Direct objects nest a few levels deep in folio's files; deeper ones are not looked into.
constexpr int kMaxDepth = 64;
// How much of the written file is read at a time while it is read back.
constexpr std::size_t kReadWindow = 16 << 10;

// The colour operators of a content stream other than g, G, k and K (which set DeviceGray and
// DeviceCMYK): every other one selects or paints in some other space. A scan of the stream's
// tokens that skips strings, names and comments, as a content parser would read them but
// without building an object per token: this runs over every page of every issue.
std::set<std::string> other_colour_operators(std::string_view s) {
  // By length first: nearly every token is a number, and this runs over every token.
  auto other = [](std::string_view t) {
    if (t.size() == 2)
      return t == "rg" || t == "RG" || t == "cs" || t == "CS" || t == "sc" || t == "SC" ||
             t == "sh";
    return t.size() == 3 && (t == "scn" || t == "SCN");
  };
  // Regular characters: neither white space nor a delimiter (ISO 32000-1, 7.2.2), by table.
  static const auto kRegular = [] {
    std::array<bool, 256> regular{};
    regular.fill(true);
    for (const unsigned char c : std::string_view(" \n\r\t\f\0()<>[]{}/%", 16)) regular[c] = false;
    return regular;
  }();
  auto regular = [](char c) { return kRegular[static_cast<unsigned char>(c)]; };
  std::set<std::string> found;
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '(') {  // a literal string: balanced parentheses, backslash escapes
      int depth = 0;
      while (i < s.size()) {
        // The bytes between need no look.
        while (i < s.size() && s[i] != '(' && s[i] != ')' && s[i] != '\\') ++i;
        if (i == s.size()) {
          break;
        } else if (s[i] == '\\') {
          i += 2;
        } else if (s[i] == '(') {
          ++depth;
          ++i;
        } else if (--depth == 0) {
          ++i;
          break;
        } else {
          ++i;
        }
      }
    } else if (c == '<' && i + 1 < s.size() && s[i + 1] != '<') {  // a hex string
      const std::size_t end = s.find('>', i);
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else if (c == '%') {  // a comment, to the end of the line
      const std::size_t end = s.find_first_of("\r\n", i);
      i = end == std::string_view::npos ? s.size() : end;
    } else if (c == '/') {  // a name: never an operator
      ++i;
      while (i < s.size() && regular(s[i])) ++i;
    } else if (regular(c)) {
      const std::size_t start = i;
      while (i < s.size() && regular(s[i])) ++i;
      const std::string_view token = s.substr(start, i - start);
      if (other(token)) found.insert(std::string(token));
    } else {
      ++i;
    }
  }
  return found;
}

// The written file as qpdf reads it: through a window filled with pread(), so that the seek and
// tell qpdf makes at every object cost no system call (through a FILE they were 45,000 of them
// at 1,000 articles, a third of the read-back's time), the caller's file offset is left alone, and
// no more than the window is held.
class WrittenFile : public InputSource {
 public:
  WrittenFile(int fd, qpdf_offset_t size) : fd_(fd), size_(size), window_(kReadWindow) {}

  std::string const& getName() const override { return name_; }
  qpdf_offset_t tell() override { return at_; }
  void rewind() override { at_ = 0; }
  void seek(qpdf_offset_t offset, int whence) override {
    const qpdf_offset_t to =
        whence == SEEK_SET ? offset : (whence == SEEK_END ? size_ : at_) + offset;
    if (to < 0) throw std::runtime_error(name_ + ": seek before the beginning of the file");
    at_ = to;
  }
  void unreadCh(char) override {
    if (at_ > 0) --at_;
  }

  std::size_t read(char* out, std::size_t length) override {
    if (at_ >= size_) {
      last_offset = size_;
      return 0;
    }
    last_offset = at_;
    const auto n = static_cast<std::size_t>(std::min<qpdf_offset_t>(size_ - at_, length));
    for (std::size_t done = 0; done < n;) {
      const char* here = bytes_at(at_);
      const auto piece = static_cast<std::size_t>(
          std::min<qpdf_offset_t>(static_cast<qpdf_offset_t>(n - done), start_ + length_ - at_));
      std::memcpy(out + done, here, piece);
      done += piece;
      at_ += static_cast<qpdf_offset_t>(piece);
    }
    return n;
  }

  // The offset of the next end of line (CR or LF), left behind with any that follow it.
  qpdf_offset_t findAndSkipNextEOL() override {
    if (at_ >= size_) {
      at_ = size_;
      last_offset = size_;
      return size_;
    }
    auto eol = [&](qpdf_offset_t i) {
      const char c = *bytes_at(i);
      return c == '\r' || c == '\n';
    };
    while (at_ < size_ && !eol(at_)) ++at_;
    if (at_ == size_) return size_;
    const qpdf_offset_t found = at_++;
    while (at_ < size_ && eol(at_)) ++at_;
    return found;
  }

 private:
  // The window's bytes from `offset` on (which must be inside the file), read in if need be.
  const char* bytes_at(qpdf_offset_t offset) {
    if (offset < start_ || offset >= start_ + length_) {
      start_ = offset;
      length_ = 0;
      const auto wanted = static_cast<std::size_t>(
          std::min<qpdf_offset_t>(static_cast<qpdf_offset_t>(window_.size()), size_ - offset));
      while (length_ < static_cast<qpdf_offset_t>(wanted)) {
        const ssize_t got =
            ::pread(fd_, window_.data() + length_, wanted - length_, start_ + length_);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) {
          throw std::runtime_error(name_ + ": " +
                                   (got < 0 ? std::strerror(errno) : "the file ends early"));
        }
        length_ += got;
      }
    }
    return window_.data() + (offset - start_);
  }

  const std::string name_ = "folio output";
  int fd_;
  qpdf_offset_t size_;
  qpdf_offset_t at_ = 0;
  std::vector<char> window_;
  qpdf_offset_t start_ = 0, length_ = 0;  // what of the file the window holds
};

class Checker {
 public:
  explicit Checker(const CheckedClaims& claims) : claims_(claims) {}

  // `open` has a QPDF read the file; it is called twice, from two threads. The walk through
  // every object (half the check's time) reads the file in a QPDF of its own, on a thread of its
  // own, while this one checks the catalogue, the metadata and the pages: at the end of a build
  // nothing else runs. The rules broken come in the order one reading gives them.
  std::vector<RuleBroken> run(const std::function<void(QPDF&)>& open) {
    std::future<std::vector<RuleBroken>> walked;
    {
      const CleanupSignalsHeld signals_left;  // for the thread started here
      walked = std::async(std::launch::async, [&] {
        Checker walker(claims_);
        walker.read(open, [&](QPDF& pdf) { walker.everywhere(pdf); });
        return std::move(walker.broken_);
      });
    }
    std::optional<std::size_t> before_walk;  // unset: the reading stopped before the walk
    read(open, [&](QPDF& pdf) {
      version(pdf);
      trailer(pdf);
      before_walk = broken_.size();
      output_intent(pdf.getRoot());
      metadata(pdf);
      pages(pdf);
    });
    std::vector<RuleBroken> everywhere = walked.get();
    if (!before_walk) return std::move(broken_);  // one reading would not have walked either
    const auto split = broken_.begin() + static_cast<std::ptrdiff_t>(*before_walk);
    std::vector<RuleBroken> out(std::make_move_iterator(broken_.begin()),
                                std::make_move_iterator(split));
    for (RuleBroken& r : everywhere) {
      // A file that needed repair, or could not be read on, is said so once, not by both.
      const bool said_by_both =
          r.rule == "readable" && std::any_of(split, broken_.end(), [&](const RuleBroken& b) {
            return b.rule == r.rule && b.message == r.message;
          });
      if (!said_by_both) out.push_back(std::move(r));
    }
    out.insert(out.end(), std::make_move_iterator(split), std::make_move_iterator(broken_.end()));
    return out;
  }

 private:
  void fail(const char* rule, std::string message) {
    broken_.push_back({rule, std::move(message)});
  }

  // A stream's bytes, decoded (`decoded`) or as stored.
  static std::string data(QPDFObjectHandle stream, bool decoded) {
    std::shared_ptr<Buffer> b =
        decoded ? stream.getStreamData(qpdf_dl_generalized) : stream.getRawStreamData();
    return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
  }

  static std::string text(QPDFObjectHandle o) {
    return o.isString() ? o.getUTF8Value() : (o.isName() ? o.getName() : "");
  }

  // Reads the file with `open` and has `check` look at it; a file that needs repair or cannot
  // be read breaks the rule "readable".
  template <class Check>
  void read(const std::function<void(QPDF&)>& open, Check check) {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    try {
      open(pdf);
      check(pdf);
      // qpdf reads on past damage (a wrong offset, a bad length); folio writes none.
      if (pdf.anyWarnings()) fail("readable", "the file needed repair to be read");
    } catch (const std::exception& e) {
      fail("readable", std::string("the file cannot be read back: ") + e.what());
    }
  }

  // ---- the file ----

  void version(QPDF& pdf) {
    if (pdf.getPDFVersion() != "1.6") {
      fail("version", "the header says PDF " + pdf.getPDFVersion() + "; PDF/X-4 files are PDF 1.6");
    }
  }

  void trailer(QPDF& pdf) {
    QPDFObjectHandle t = pdf.getTrailer();
    if (t.hasKey("/Encrypt")) fail("no-encryption", "the file is encrypted");
    QPDFObjectHandle id = t.getKey("/ID");
    if (!id.isArray() || id.getArrayNItems() != 2 || !id.getArrayItem(0).isString() ||
        !id.getArrayItem(1).isString()) {
      fail("file-id", "the trailer has no /ID of two strings");
    }
  }

  // Keys and names that must appear nowhere in the file.
  void everywhere(QPDF& pdf) {
    for (QPDFObjectHandle o : pdf.getAllObjects()) walk(o, 0);
  }

  // One object and the direct objects inside it; the indirect ones it refers to are walked
  // from the list of all objects, once each.
  void walk(QPDFObjectHandle o, int depth) {
    if (depth > kMaxDepth || (depth > 0 && o.isIndirect())) return;
    if (o.isStream()) o = o.getDict();
    if (o.isName()) {
      const std::string n = o.getName();
      if (n == "/DeviceRGB" || n == "/CalRGB" || n == "/Lab" || n == "/ICCBased") {
        fail("device-colour", "the colour space " + n +
                                  " is used; folio prints DeviceGray and "
                                  "DeviceCMYK only");
      }
    } else if (o.isArray()) {
      for (int i = 0; i < o.getArrayNItems(); ++i) walk(o.getArrayItem(i), depth + 1);
    } else if (o.isDictionary()) {
      for (const char* key : {"/JS", "/JavaScript", "/OpenAction", "/AA", "/A"}) {
        if (o.hasKey(key)) fail("no-actions", std::string("a dictionary has ") + key);
      }
      if (o.hasKey("/TR") || (o.hasKey("/TR2") && text(o.getKey("/TR2")) != "/Default")) {
        fail("no-transfer", "a graphics state sets a transfer function");
      }
      for (const std::string& key : o.getKeys()) walk(o.getKey(key), depth + 1);
    }
  }

  // ---- the output intent ----

  void output_intent(QPDFObjectHandle root) {
    QPDFObjectHandle intents = root.getKey("/OutputIntents");
    int pdfx = 0;
    if (intents.isArray()) {
      for (int i = 0; i < intents.getArrayNItems(); ++i) {
        QPDFObjectHandle intent = intents.getArrayItem(i);
        if (text(intent.getKey("/S")) != "/GTS_PDFX") continue;
        ++pdfx;
        one_intent(intent);
      }
    }
    if (claims_.output_intent && pdfx != 1) {
      fail("output-intent", "the catalogue has " + std::to_string(pdfx) +
                                " /GTS_PDFX output intents; PDF/X-4 needs exactly one");
    } else if (!claims_.output_intent && pdfx != 0) {
      fail("output-intent", "a plain PDF carries a /GTS_PDFX output intent");
    }
  }

  void one_intent(QPDFObjectHandle intent) {
    if (text(intent.getKey("/OutputConditionIdentifier")).empty()) {
      fail("output-intent", "the output intent has no OutputConditionIdentifier");
    }
    if (text(intent.getKey("/RegistryName")).empty()) {
      fail("output-intent", "the output intent has no RegistryName");
    }
    QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
    if (!profile.isStream()) {
      fail("output-intent", "the output intent embeds no DestOutputProfile");
      return;
    }
    int components = 0;
    const std::string bytes = data(profile, true);
    if (std::string problem = icc_profile_problem(bytes, &components); !problem.empty()) {
      fail("output-intent", "the DestOutputProfile is " + problem);
    } else if (profile.getDict().getKey("/N").getIntValue() != components) {
      fail("output-intent", "the DestOutputProfile's /N does not match its colour space");
    }
  }

  // ---- metadata: XMP and Info ----

  // The text of an XMP property: an element of any rdf:Description (through rdf:Alt or rdf:Seq
  // to its first rdf:li), or an attribute of one.
  static std::string property(const pugi::xml_document& xmp, const char* name) {
    for (pugi::xpath_node d : xmp.select_nodes("//*[local-name()='Description']")) {
      pugi::xml_node description = d.node();
      if (pugi::xml_attribute a = description.attribute(name)) return a.value();
      pugi::xml_node e = description.child(name);
      if (!e) continue;
      pugi::xml_node li = e.select_node(".//*[local-name()='li']").node();
      return (li ? li : e).text().get();
    }
    return "";
  }

  // "D:20240102030405+00'00'" as XMP writes it: "2024-01-02T03:04:05+00:00".
  static std::string as_xmp(const std::string& d) {
    if (d.size() != 23 || d.compare(0, 2, "D:") != 0) return "(" + d + ")";
    return d.substr(2, 4) + "-" + d.substr(6, 2) + "-" + d.substr(8, 2) + "T" + d.substr(10, 2) +
           ":" + d.substr(12, 2) + ":" + d.substr(14, 2) + d.substr(16, 3) + ":" + d.substr(20, 2);
  }

  void metadata(QPDF& pdf) {
    QPDFObjectHandle stream = pdf.getRoot().getKey("/Metadata");
    pugi::xml_document xmp;
    if (!stream.isStream()) {
      fail("metadata", "the catalogue has no /Metadata stream");
    } else {
      QPDFObjectHandle dict = stream.getDict();
      if (text(dict.getKey("/Type")) != "/Metadata" || text(dict.getKey("/Subtype")) != "/XML") {
        fail("metadata", "the /Metadata stream is not /Type /Metadata /Subtype /XML");
      }
      if (dict.hasKey("/Filter")) fail("metadata", "the XMP packet is compressed");
      const std::string packet = data(stream, false);
      if (!xmp.load_buffer(packet.data(), packet.size())) {
        fail("metadata", "the XMP packet is not well-formed XML");
      }
    }
    for (const char* name : {"dc:title", "xmp:CreateDate", "xmp:ModifyDate", "xmpMM:DocumentID",
                             "xmpMM:VersionID", "xmpMM:RenditionClass"}) {
      if (property(xmp, name).empty()) fail("metadata", std::string("the XMP has no ") + name);
    }
    const std::string trapped = property(xmp, "pdf:Trapped");
    if (trapped != "True" && trapped != "False") {
      fail("trapped", "the XMP's pdf:Trapped is '" + trapped + "', not True or False");
    }

    QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
    if (!info.isDictionary()) {
      fail("info", "the file has no Info dictionary");
      return;
    }
    const std::string info_trapped =
        info.getKey("/Trapped").isName() ? info.getKey("/Trapped").getName() : "(missing)";
    if (info_trapped != "/" + trapped) {
      fail("trapped", "Info's /Trapped is " + info_trapped + ", the XMP's " + trapped);
    }
    const struct {
      const char* info;
      const char* xmp;
      bool date;
    } agree[] = {{"/Title", "dc:title", false},
                 {"/Producer", "pdf:Producer", false},
                 {"/Creator", "xmp:CreatorTool", false},
                 {"/CreationDate", "xmp:CreateDate", true},
                 {"/ModDate", "xmp:ModifyDate", true}};
    for (const auto& a : agree) {
      std::string value = text(info.getKey(a.info));
      if (a.date) value = as_xmp(value);
      if (value.empty()) fail("info", std::string("the Info dictionary has no ") + a.info);
      if (value != property(xmp, a.xmp)) {
        fail("info", std::string("Info's ") + a.info + " '" + value + "' differs from the XMP's " +
                         a.xmp + " '" + property(xmp, a.xmp) + "'");
      }
    }
    const std::string info_claim = text(info.getKey("/GTS_PDFXVersion"));
    const std::string xmp_claim = property(xmp, "pdfxid:GTS_PDFXVersion");
    const std::string wanted = claims_.pdfx4 ? "PDF/X-4" : "";
    if (info_claim != wanted || xmp_claim != wanted) {
      fail("pdfx-version", "GTS_PDFXVersion is '" + info_claim + "' in Info and '" + xmp_claim +
                               "' in the XMP; it should be '" + wanted + "' in both");
    }
  }

  // ---- pages ----

  static bool inside(const QPDFObjectHandle::Rectangle& inner,
                     const QPDFObjectHandle::Rectangle& outer) {
    return inner.llx >= outer.llx - kBoxTolerance && inner.lly >= outer.lly - kBoxTolerance &&
           inner.urx <= outer.urx + kBoxTolerance && inner.ury <= outer.ury + kBoxTolerance;
  }

  void pages(QPDF& pdf) {
    int n = 0;
    for (QPDFPageObjectHelper page : QPDFPageDocumentHelper(pdf).getAllPages()) {
      const std::string where = "page " + std::to_string(++n);
      QPDFObjectHandle p = page.getObjectHandle();
      if (!p.hasKey("/TrimBox") || p.hasKey("/ArtBox")) {
        fail("page-boxes", where + " has no TrimBox, or an ArtBox beside it");
      }
      const auto media = page.getMediaBox().getArrayAsRectangle();
      const auto bleed = page.getBleedBox(true).getArrayAsRectangle();
      const auto trim = page.getTrimBox(true).getArrayAsRectangle();
      if (!inside(trim, bleed) || !inside(bleed, media)) {
        fail("page-boxes", where +
                               ": the TrimBox must lie in the BleedBox, the BleedBox in the "
                               "MediaBox");
      }
      if (p.hasKey("/Annots")) {
        QPDFObjectHandle annots = p.getKey("/Annots");
        for (int i = 0; annots.isArray() && i < annots.getArrayNItems(); ++i) {
          const std::string type = text(annots.getArrayItem(i).getKey("/Subtype"));
          if (type != "/PrinterMark" && type != "/TrapNet") {
            fail("no-actions", where + " has a " + type + " annotation");
          }
        }
      }
      fonts(page, where);
      if (claims_.contents_checked) continue;
      std::string content;
      for (QPDFObjectHandle stream : page.getPageContents()) {
        const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
        content.append(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
        content += '\n';
      }
      for (RuleBroken& r : check_page_content(content, where)) broken_.push_back(std::move(r));
    }
  }

  void fonts(QPDFPageObjectHelper& page, const std::string& where) {
    QPDFObjectHandle fonts = page.getAttribute("/Resources", false).getKey("/Font");
    if (!fonts.isDictionary()) return;
    for (const std::string& key : fonts.getKeys()) {
      QPDFObjectHandle font = fonts.getKey(key);
      const std::string subtype = text(font.getKey("/Subtype"));
      if (subtype == "/Type3") continue;  // glyphs drawn by the file itself
      QPDFObjectHandle described =
          subtype == "/Type0" ? font.getKey("/DescendantFonts").getArrayItem(0) : font;
      QPDFObjectHandle d = described.getKey("/FontDescriptor");
      const bool embedded = d.isDictionary() && (d.getKey("/FontFile").isStream() ||
                                                 d.getKey("/FontFile2").isStream() ||
                                                 d.getKey("/FontFile3").isStream());
      if (!embedded) {
        fail("fonts-embedded",
             where + ": the font " + text(font.getKey("/BaseFont")) + " is not embedded");
      }
    }
  }

  CheckedClaims claims_;
  std::vector<RuleBroken> broken_;
};

}  // namespace

std::vector<RuleBroken> check_page_content(std::string_view content, const std::string& where) {
  std::vector<RuleBroken> broken;
  for (const std::string& op : other_colour_operators(content)) {
    broken.push_back({"device-colour", where + " uses the colour operator " + op});
  }
  return broken;
}

std::vector<RuleBroken> check_print_rules(std::string_view pdf, const CheckedClaims& claims) {
  return Checker(claims).run(
      [&](QPDF& q) { q.processMemoryFile("folio output", pdf.data(), pdf.size()); });
}

std::vector<RuleBroken> check_print_rules_in_file(int fd, const CheckedClaims& claims) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    return {{"readable", std::string("the file cannot be read back: ") + std::strerror(errno)}};
  }
  // A window of its own for each reading: the two read at once.
  return Checker(claims).run([&](QPDF& q) {
    q.processInputSource(
        std::make_shared<WrittenFile>(fd, static_cast<qpdf_offset_t>(st.st_size)));
  });
}

}  // namespace folio::pdf
