// Tests for base/number_text.cpp: six significant digits, the way an ostream
// prints a double by default (printf's "%g"), so messages read as before.
#include "base/number_text.hpp"

#include <catch2/catch.hpp>

namespace core {

TEST_CASE("numbers in messages read as %g with six significant digits") {
    CHECK(numberText(0.5) == "0.5");
    CHECK(numberText(100) == "100");
    CHECK(numberText(2.25) == "2.25");
    CHECK(numberText(-1.5) == "-1.5");
    // 1/3 = 0.333333333...: six significant digits.
    CHECK(numberText(1.0 / 3.0) == "0.333333");
    // 1234567 has seven digits: %g switches to the exponent form, rounded to 1.23457.
    CHECK(numberText(1234567.0) == "1.23457e+06");
    // Below 1e-4 %g uses the exponent form, with at least two exponent digits.
    CHECK(numberText(1e-7) == "1e-07");
}

} // namespace core
