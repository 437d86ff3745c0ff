// UTC times as text, one home for the app (base/clocks): ISO 8601 both ways
// and the compact stamp for file names, against values worked out by hand.
#include "base/clocks.hpp"

#include <catch2/catch.hpp>

namespace clocks_fixture {

// 2026-11-20T10:00:07Z by hand: 1970..2025 is 56 years with 14 leap days (1972, 1976, ..., 2024:
// (2024 - 1972) / 4 + 1), so 2026-01-01 is day 56 x 365 + 14 = 20454. Before 20 November 2026
// (not a leap year): 31+28+31+30+31+30+31+31+30+31 = 304 days of January..October, plus 19 = 323.
// Day 20454 + 323 = 20777; 20777 x 86400 = 1 795 132 800 s; plus 10 h 7 s = 36 007 s.
constexpr double kNovember20 = 1'795'168'807.0;
// 2024-02-29T23:59:59Z: 2024-01-01 is day 54 x 365 + 13 = 19723 (leap days 1972..2020: 13);
// plus 31 + 28 = 59 days (January, 1..28 February) = day 19782; 19782 x 86400 + 86399 = 1 709 251 199.
constexpr double kLeapDayEnd = 1'709'251'199.0;

} // namespace clocks_fixture

TEST_CASE("isoUtc writes whole UTC seconds, rounded down") {
    using namespace clocks_fixture;
    CHECK(core::isoUtc(kNovember20) == "2026-11-20T10:00:07Z");
    CHECK(core::isoUtc(kNovember20 + 0.999) == "2026-11-20T10:00:07Z");
    CHECK(core::isoUtc(kLeapDayEnd) == "2024-02-29T23:59:59Z");
    CHECK(core::isoUtc(kLeapDayEnd + 1.0) == "2024-03-01T00:00:00Z");
    CHECK(core::isoUtc(0.0) == "1970-01-01T00:00:00Z");
}

TEST_CASE("unixFromIsoUtc reads exactly the shape isoUtc writes, and nothing else") {
    using namespace clocks_fixture;
    CHECK(core::unixFromIsoUtc("2026-11-20T10:00:07Z") == std::optional<double>(kNovember20));
    CHECK(core::unixFromIsoUtc("2024-02-29T23:59:59Z") == std::optional<double>(kLeapDayEnd));
    CHECK(core::unixFromIsoUtc("1970-01-02T00:00:01Z") == std::optional<double>(86401.0)); // one day and one second
    CHECK_FALSE(core::unixFromIsoUtc("2026-11-20T10:00:07").has_value());   // no zone: local time is not allowed
    CHECK_FALSE(core::unixFromIsoUtc("2026-11-20T10:00:07+01:00").has_value());
    CHECK_FALSE(core::unixFromIsoUtc("2026-13-20T10:00:07Z").has_value());  // month 13
    CHECK_FALSE(core::unixFromIsoUtc("2026-11-20T24:00:00Z").has_value());  // hour 24
    CHECK_FALSE(core::unixFromIsoUtc("2026-11-20T10:00:07Z ").has_value()); // trailing text
    CHECK_FALSE(core::unixFromIsoUtc("").has_value());
}

TEST_CASE("utcStamp is the compact form for file names") {
    using namespace clocks_fixture;
    CHECK(core::utcStamp(kNovember20) == "20261120T100007Z");
    CHECK(core::utcStamp(kLeapDayEnd + 0.5) == "20240229T235959Z");
}
