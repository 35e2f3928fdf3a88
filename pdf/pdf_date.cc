#include "pdf/pdf_date.h"

#include <cstdio>

namespace folio::pdf {

CalendarDate utc_date(std::int64_t seconds) {
  // Days to a civil date: Howard Hinnant's civil_from_days, on the proleptic Gregorian
  // calendar, exact for every day folio can write.
  const std::int64_t days = seconds / 86400;
  const std::int64_t rest = seconds % 86400;
  const std::int64_t z = days + 719468;
  const std::int64_t era = z / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  CalendarDate d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
  d.hour = static_cast<int>(rest / 3600);
  d.minute = static_cast<int>(rest / 60 % 60);
  d.second = static_cast<int>(rest % 60);
  return d;
}

std::string info_date(const CalendarDate& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "D:%04d%02d%02d%02d%02d%02d+00'00'", d.year, d.month, d.day,
                d.hour, d.minute, d.second);
  return buf;
}

std::string xmp_date(const CalendarDate& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+00:00", d.year, d.month, d.day,
                d.hour, d.minute, d.second);
  return buf;
}

std::string iso_day(const CalendarDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

}  // namespace folio::pdf
