#pragma once
// Numbers in PDF syntax, written the same way on every machine: fixed decimals, trailing zeros
// dropped, never "-0" and never an exponent.

#include <string>

namespace folio::pdf {

std::string number(double value, int decimals = 3);
// The same, appended to `out` (content streams write millions of them).
void append_number(std::string& out, double value, int decimals = 3);

}  // namespace folio::pdf
