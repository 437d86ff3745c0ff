// The perform record in the attempt: round trip, limits and clear errors.
#include "terms/perform_record.hpp"

#include "model/attempt.hpp"

#include <catch2/catch.hpp>

namespace perform_record_fixture {

std::string performErrorsOf(const std::string& json) {
    core::Diagnostics d;
    (void)core::readPerformRecord(core::Json::parse(json), d, "/perform");
    std::string all;
    for (const auto& item : d.items()) all += item.pointer + ": " + item.message + "\n";
    return all;
}

} // namespace perform_record_fixture

using namespace perform_record_fixture;

TEST_CASE("a perform record survives the attempt file unchanged") {
    core::Attempt a;
    a.caseId = "x";
    core::PerformRecord r;
    r.cartridge = "needles_12";
    r.autoPerformed = true;
    core::PerformStroke s;
    s.zone = "cheek_left";
    s.startMs = 1500;
    s.samples = {core::PenSample::at({0.55, 0.42}, 0), core::PenSample::at({0.60, 0.44}, 250)};
    r.strokes = {s};
    a.perform = r;
    const core::Json j = core::attemptToJson(a);
    // 0.55 of the canvas is 5500 ten-thousandths.
    CHECK(j["perform"]["strokes"][0]["xyt"] == core::Json::parse("[5500, 4200, 0, 6000, 4400, 250]"));
    core::Diagnostics d;
    const auto back = core::readAttempt(j, d);
    REQUIRE_FALSE(d.hasErrors());
    REQUIRE(back.perform);
    CHECK(*back.perform == r);
    CHECK(back.perform->durationMs() == 1750);
    // Without perform data nothing is written: older attempts read and write as before.
    a.perform.reset();
    CHECK_FALSE(core::attemptToJson(a).contains("perform"));
}

TEST_CASE("a bad perform record is refused with the place and the fix") {
    CHECK(performErrorsOf(R"({"cartridge": "c", "strokes": [{"zone": "z", "start_ms": 0, "xyt": [1, 2, 3, 4]}]})")
              .find("/perform/strokes/0/xyt: holds 4 numbers: it must hold x, y, t_ms triples") != std::string::npos);
    CHECK(performErrorsOf(R"({"cartridge": "c", "strokes": [{"zone": "z", "start_ms": 0, "xyt": [10001, 2, 0]}]})")
              .find("/perform/strokes/0/xyt/0: a pen coordinate must be 0..10000") != std::string::npos);
    CHECK(performErrorsOf(R"({"cartridge": "c", "strokes": [{"zone": "z", "start_ms": 0, "xyt": [1, 2, 50, 1, 2, 40]}]})")
              .find("/perform/strokes/0/xyt/5: sample times must") != std::string::npos);
    CHECK(performErrorsOf(R"({"cartridge": "c", "strokes": [{"zone": "z", "start_ms": 900, "xyt": [1, 2, 0]},
                                                   {"zone": "z", "start_ms": 100, "xyt": [1, 2, 0]}]})")
              .find("/perform/strokes/1/start_ms: strokes must be in time order") != std::string::npos);
    CHECK(performErrorsOf(R"({"cartridge": "c", "strokes": [{"zone": "z", "start_ms": 0, "xyt": [1.5, 2, 0]}]})")
              .find("/perform/strokes/0/xyt/0: must be a whole number") != std::string::npos);
        CHECK(performErrorsOf(R"({"strokes": []})").find("/perform: missing required field \"cartridge\"") != std::string::npos);
    CHECK(performErrorsOf(R"({"cartridge": "c", "strokes": []})").empty());
}
