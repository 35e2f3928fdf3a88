#pragma once
// UTF-8 decoding and encoding. Text stays UTF-8 from the XML to the shaper; code points are
// needed only where characters are looked at one by one (ToUnicode, break classes, diagnostics).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace folio::utf8 {

// Decodes one code point starting at text[i] and advances i. Malformed bytes decode as U+FFFD
// and advance by one byte, so decoding always terminates.
char32_t next(std::string_view text, std::size_t& i);

std::u32string decode(std::string_view text);
void append(std::string& out, char32_t c);
std::string encode(std::u32string_view text);

// UTF-16BE bytes (surrogate pairs above U+FFFF), the text encoding PDF strings take.
std::string utf16be(std::u32string_view text);

// "U+00F6" for diagnostics.
std::string codepoint_name(char32_t c);

}  // namespace folio::utf8
