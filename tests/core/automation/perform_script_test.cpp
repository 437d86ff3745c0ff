// The stroke and perform-auto script words.
#include "automation/perform_script.hpp"

#include "automation/script.hpp"

#include <catch2/catch.hpp>

TEST_CASE("stroke and perform-auto lines parse to their Commands and back") {
    auto lines = core::parseScript("stroke cheek_left 0.55,0.40 0.60,0.45 1200\nperform-auto forehead oblique 2\n", "t");
    REQUIRE(lines.has_value());
    REQUIRE(lines->size() == 2);
    const auto* stroke = std::get_if<core::cmd::Stroke>(&std::get<core::Command>((*lines)[0].step));
    REQUIRE(stroke);
    CHECK(stroke->zone == "cheek_left");
    REQUIRE(stroke->points.size() == 2);
    CHECK(stroke->points[1].x == Approx(0.60));
    CHECK(stroke->points[1].y == Approx(0.45));
    CHECK(stroke->durationMs == 1200);
    CHECK(core::scriptLine(core::Command{*stroke}) == "stroke cheek_left 0.5500,0.4000 0.6000,0.4500 1200");
    const auto* autoPerform = std::get_if<core::cmd::PerformAuto>(&std::get<core::Command>((*lines)[1].step));
    REQUIRE(autoPerform);
    CHECK(autoPerform->pattern == core::Pattern::Oblique);
    CHECK(autoPerform->passes == 2);
    CHECK(core::scriptLine(core::Command{*autoPerform}) == "perform-auto forehead oblique 2");
}

TEST_CASE("bad stroke lines name the problem") {
    auto error = [](const std::string& line) {
        auto parsed = core::parseScript(line + "\n", "s.txt");
        REQUIRE_FALSE(parsed.has_value());
        return parsed.error().summary();
    };
    CHECK(error("stroke cheek_left 1200").find("usage: stroke ZONE") != std::string::npos);
    CHECK(error("stroke cheek_left 0.5,0.5 1.5,0.5 100").find("lies off the map") != std::string::npos);
    CHECK(error("stroke cheek_left 0.5;0.5 0.6,0.5 100").find("is not a point") != std::string::npos);
    CHECK(error("stroke cheek_left 0.5,0.5 0.6,0.5 0").find("whole milliseconds") != std::string::npos);
    CHECK(error("perform-auto cheek_left diagonal 2").find("is not a pattern") != std::string::npos);
    CHECK(error("perform-auto cheek_left vertical 9").find("passes must be") != std::string::npos);
}
