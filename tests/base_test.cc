#include "base/activity.h"
#include "base/diagnostics.h"
#include "base/length.h"
#include "base/line_map.h"
#include "base/utf8.h"

#include <catch2/catch.hpp>

#include <new>
#include <string>

using namespace folio;

TEST_CASE("units convert to points once, exactly", "[base]") {
  CHECK(inches(1).value() == 72);
  CHECK(millimetres(25.4).value() == Approx(72));
  CHECK(picas(1).value() == 12);
  CHECK((Pt(10) + Pt(2) * 3).value() == 16);
  CHECK(Pt(10) / Pt(4) == 2.5);
}

TEST_CASE("diagnostics print as file:line:col: severity: message", "[base]") {
  Diagnostics d;
  d.error({"issue.xml", 3, 7}, "unknown element <foo>");
  d.warning({"style.xml", 0, 0}, "unused style");
  d.error({}, "no file");
  CHECK(d.all()[0].format() == "issue.xml:3:7: error: unknown element <foo>");
  CHECK(d.all()[1].format() == "style.xml: warning: unused style");
  CHECK(d.all()[2].format() == "folio: error: no file");
  CHECK(d.error_count() == 2);
  CHECK(d.warning_count() == 1);
}

TEST_CASE("line map turns byte offsets into 1-based lines and columns", "[base]") {
  LineMap map("f.xml", "ab\ncd\n\nxyz");
  CHECK(map.at(0).line == 1);
  CHECK(map.at(1).column == 2);
  CHECK(map.at(3).line == 2);
  CHECK(map.at(3).column == 1);
  CHECK(map.at(7).line == 4);
  CHECK(map.at(9).column == 3);
}

TEST_CASE("utf8 round-trips and replaces malformed bytes", "[base]") {
  std::string text = "J\xC3\xB6nsson \xE2\x80\x94 \xF0\x9F\x93\x96";
  std::u32string cps = utf8::decode(text);
  REQUIRE(cps.size() == 11);
  CHECK(cps[1] == U'\u00F6');
  CHECK(cps[8] == U'\u2014');
  CHECK(cps[10] == U'\U0001F4D6');
  CHECK(utf8::encode(cps) == text);
  CHECK(utf8::decode("a\xFF"
                     "b") == U"a\uFFFDb");
  CHECK(utf8::decode("\xC3") == U"\uFFFD");            // truncated sequence
  CHECK(utf8::decode("\xC0\xAF") == U"\uFFFD\uFFFD");  // overlong encoding of '/'
  CHECK(utf8::codepoint_name(0xF6) == "U+00F6");
}

TEST_CASE("utf16be encodes surrogate pairs above the BMP", "[base]") {
  CHECK(utf8::utf16be(U"J\u00F6") == std::string("\x00J\x00\xF6", 4));
  CHECK(utf8::utf16be(U"\U0001D400") == std::string("\xD8\x35\xDC\x00", 4));
}

TEST_CASE("the activity that failed outlives the unwinding, for the out-of-memory message",
          "[base]") {
  const std::string before = Activity::current();
  {
    Activity outer("reading issue.xml");
    {
      Activity inner(std::string("laying out the pages"));
      CHECK(std::string(Activity::current()) == "laying out the pages");
    }
    CHECK(std::string(Activity::current()) == "reading issue.xml");  // restored on the way out
  }
  CHECK(Activity::current() == before);
  try {
    Activity outer("reading issue.xml");
    Activity inner("writing out.pdf");
    throw std::bad_alloc();
  } catch (const std::bad_alloc&) {
    CHECK(std::string(Activity::current()) == "writing out.pdf");
  }
  // A long activity is cut to the buffer, still terminated.
  Activity long_one(std::string(1000, 'x'));
  CHECK(std::string(Activity::current()) == std::string(255, 'x'));
}

TEST_CASE("a file name is interned: equal names are one, and read back as they were", "[base]") {
  const std::string path = "/tmp/issues/io-46-3/issue.xml";
  FileName a(path);
  FileName b(std::string("/tmp/issues/io-46-3/") + "issue.xml");
  CHECK(a == b);
  CHECK(&a.str() == &b.str());  // one copy, however many positions name it
  CHECK(a.str() == path);
  CHECK(a == path);
  CHECK_FALSE(a == FileName("other.xml"));
  CHECK(FileName().empty());
  CHECK(FileName("").empty());
  CHECK(FileName().str().empty());
  CHECK(sizeof(SourcePos) <= 16);
  Diagnostic d(Severity::error, {a, 3, 7}, "bad");
  CHECK(d.format() == path + ":3:7: error: bad");
}
