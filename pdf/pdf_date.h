#pragma once
// The document's date, in the two forms a PDF/X file carries it: the Info dictionary's
// "D:20240102030405+00'00'" and XMP's "2024-01-02T03:04:05+00:00". Always UTC, so the bytes
// never depend on the machine's time zone.

#include <cstdint>
#include <string>

namespace folio::pdf {

// Seconds since 1970-01-01T00:00:00Z that four-digit years can write: up to 9999-12-31T23:59:59Z.
constexpr std::int64_t kLatestDate = 253402300799;

struct CalendarDate {
  int year = 1970, month = 1, day = 1;
  int hour = 0, minute = 0, second = 0;
};

// The UTC calendar date of `seconds` (0 .. kLatestDate) since the epoch.
CalendarDate utc_date(std::int64_t seconds);

std::string info_date(const CalendarDate& d);  // D:YYYYMMDDHHmmSS+00'00'
std::string xmp_date(const CalendarDate& d);   // YYYY-MM-DDTHH:mm:SS+00:00
std::string iso_day(const CalendarDate& d);    // YYYY-MM-DD, for the slug line

}  // namespace folio::pdf
