#include "pdf/pdf_number.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace folio::pdf {

void append_number(std::string& out, double value, int decimals) {
  static constexpr long long kScale[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
  decimals = std::clamp(decimals, 0, 6);
  const long long scale = kScale[decimals];
  long long n = std::llround(value * static_cast<double>(scale));
  if (n == 0) {
    out += '0';  // also for -0
    return;
  }
  if (n < 0) {
    out += '-';
    n = -n;
  }
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, n / scale).ptr);
  long long fraction = n % scale;
  if (fraction == 0) return;
  int digits = decimals;
  while (fraction % 10 == 0) {  // no trailing zeros
    fraction /= 10;
    --digits;
  }
  out += '.';
  char* end = std::to_chars(buf, buf + sizeof buf, fraction).ptr;
  out.append(static_cast<std::size_t>(digits - (end - buf)), '0');  // leading zeros: 0.05
  out.append(buf, end);
}

std::string number(double value, int decimals) {
  std::string out;
  append_number(out, value, decimals);
  return out;
}

}  // namespace folio::pdf
