#include "base/limits.h"
#include "tests/test_support.h"
#include "xml/source_file.h"
#include "xml/xml_source.h"

#include <catch2/catch.hpp>

#include <string>

using namespace folio;

namespace {

std::string repeated(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// The first diagnostic of parsing `xml`, formatted; empty when it parses.
std::string parse_problem(const std::string& xml) {
  XmlSource source(xml, "f.xml");
  Diagnostics diags;
  const bool ok = source.parse(pugi::parse_default, diags);
  CHECK(ok == !diags.has_errors());
  return diags.all().empty() ? "" : diags.all().front().format();
}

std::string nested(int depth) {
  return "<r>" + repeated("<i>", depth - 1) + "x" + repeated("</i>", depth - 1) + "</r>";
}

}  // namespace

TEST_CASE("elements may nest up to the limit and no deeper", "[xml]") {
  CHECK(parse_problem(nested(limits::kMaxElementDepth)).empty());
  CHECK(parse_problem(nested(limits::kMaxElementDepth + 1)) ==
        "f.xml:1:" + std::to_string(4 + 3 * (limits::kMaxElementDepth - 1)) +
            ": error: elements nested more than 256 deep (here <i>)");
  // The nesting that overflowed the stack of the readers, refused before any reader walks it.
  CHECK(parse_problem(nested(50000)).find("nested more than 256 deep") != std::string::npos);
}

TEST_CASE("an attribute longer than the limit is refused where it stands", "[xml]") {
  const std::string ok(limits::kMaxAttributeBytes, 'a');
  CHECK(parse_problem("<r a=\"" + ok + "\"/>").empty());
  CHECK(
      parse_problem("<r>\n  <e a=\"" + ok + "b\"/></r>") ==
      "f.xml:2:6: error: attribute 'a' of <e> is 65537 bytes long, more than the limit of 64 KiB");
}

TEST_CASE("bytes XML forbids are reported before parsing", "[xml]") {
  CHECK(parse_problem(std::string("<r>a\0b</r>", 10)) ==
        "f.xml:1:5: error: NUL byte in the file: XML allows no such character");
  CHECK(parse_problem("<r>\x01</r>") ==
        "f.xml:1:4: error: control character U+0001 in the file: XML allows no such character");
  CHECK(parse_problem("<r>a&#0;b</r>") ==
        "f.xml:1:5: error: character reference &#0; is to a code point XML does not allow");
  CHECK(parse_problem("<r a='&#xD800;'/>") ==
        "f.xml:1:7: error: character reference &#xD800; is to a code point XML does not allow "
              "(a UTF-16 surrogate: write the character itself, or one reference to its code "
              "point)");
  CHECK(parse_problem("<r>&#x10FFFF;&#9;&#233;</r>").empty());
  CHECK(parse_problem("<r>\xC0\xAF</r>") ==
        "f.xml:1:4: error: invalid UTF-8 byte 0xC0: the file must be saved as UTF-8");
}

TEST_CASE("an encoding other than UTF-8 is refused, even on a file that is ASCII so far",
          "[xml]") {
  CHECK(parse_problem("<?xml version='1.0' encoding='ISO-8859-1'?><r>abc</r>") ==
        "f.xml:1:21: error: the file declares encoding 'ISO-8859-1': folio reads UTF-8 only; "
        "convert it (iconv -f ISO-8859-1 -t UTF-8) and declare encoding=\"UTF-8\"");
  CHECK(parse_problem("<?xml version='1.0' encoding='windows-1252'?><r>\xC3\xA9</r>") ==
        "f.xml:1:21: error: the file declares encoding 'windows-1252': folio reads UTF-8 only; "
        "convert it (iconv -f windows-1252 -t UTF-8) and declare encoding=\"UTF-8\"");
  CHECK(parse_problem("<?xml version='1.0' encoding='utf-8'?><r>\xC3\xA9</r>").empty());
  CHECK(parse_problem("<?xml version='1.0' encoding='US-ASCII'?><r>a</r>").empty());
  CHECK(parse_problem("\xFF\xFE<\0r\0/\0>\0") ==
        "f.xml:1:1: error: the file is UTF-16: folio reads UTF-8 only; save it as UTF-8");
  // In a comment or CDATA section a reference is text.
  CHECK(parse_problem("<r><!-- &#1; --><![CDATA[&#1;]]></r>").empty());
}

TEST_CASE("a DOCTYPE's entities and DTD are never expanded or read", "[xml]") {
  const std::string dir = test::temp_dir();
  test::write_file(dir + "/secret.txt", "SECRET");
  XmlSource source("<!DOCTYPE r SYSTEM \"" + dir + "/r.dtd\" [<!ENTITY s SYSTEM \"" + dir +
                       "/secret.txt\">]><r>&s;</r>",
                   "f.xml");
  Diagnostics diags;
  REQUIRE(source.parse(pugi::parse_default | pugi::parse_doctype, diags));
  CHECK(std::string(source.root().text().get()) == "&s;");
  CHECK(source.root().previous_sibling().type() != pugi::node_doctype);
}

TEST_CASE("input files are read up to the size limit", "[xml]") {
  const std::string dir = test::temp_dir();
  test::write_file(dir + "/f.xml", std::string(2000, ' '));
  Diagnostics diags;
  const std::uint64_t before = max_input_bytes();
  set_max_input_bytes(1000);
  CHECK_FALSE(read_source_file(dir + "/f.xml", "issue file", diags));
  CHECK_FALSE(read_source_file("/dev/zero", "issue file", diags));
  set_max_input_bytes(before);
  CHECK(read_source_file(dir + "/f.xml", "issue file", diags)->size() == 2000);
  CHECK_FALSE(read_source_file(dir, "issue file", diags));
  REQUIRE(diags.all().size() == 3);
  CHECK(diags.all()[0].format() == dir +
                                       "/f.xml: error: the issue file is larger than 1000 "
                                       "bytes, the limit on input files (--max-input-size "
                                       "raises it)");
  CHECK(diags.all()[1].format().starts_with("/dev/zero: error: the issue file is larger than"));
  CHECK(diags.all()[2].format() == dir + ": error: cannot read the issue file: it is a directory");
}

TEST_CASE("sizes in messages", "[xml]") {
  CHECK(describe_size(1) == "1 byte");
  CHECK(describe_size(1023) == "1023 bytes");
  CHECK(describe_size(64u << 20) == "64 MiB");
  CHECK(describe_size(1536) == "1.5 KiB");
}
