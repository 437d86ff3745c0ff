// The stroke and perform-auto script words.
#include "automation/perform_script.hpp"

#include "automation/script.hpp"

#include <catch2/catch.hpp>

namespace perform_script_test_detail {

// The message a one-line script that must not parse gives.
std::string error(const std::string& line) {
    auto parsed = core::parseScript(line + "\n", "s.txt");
    REQUIRE_FALSE(parsed.has_value());
    return parsed.error().summary();
}

} // namespace perform_script_test_detail

using perform_script_test_detail::error;

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
    CHECK(error("stroke cheek_left 1200").find("usage: stroke ZONE") != std::string::npos);
    CHECK(error("stroke cheek_left 0.5,0.5 1.5,0.5 100").find("lies off the map") != std::string::npos);
    CHECK(error("stroke cheek_left 0.5;0.5 0.6,0.5 100").find("is not a point") != std::string::npos);
    CHECK(error("stroke cheek_left 0.5,0.5 0.6,0.5 0").find("whole milliseconds") != std::string::npos);
    CHECK(error("perform-auto cheek_left diagonal 2").find("is not a pattern") != std::string::npos);
    CHECK(error("perform-auto cheek_left vertical 9").find("passes must be") != std::string::npos);
}

TEST_CASE("the accessibility auto-perform survives the script round trip") {
    auto lines = core::parseScript("perform-auto cheek_left vertical 1 not-assessed\nperform-auto cheek_left vertical 1\n", "t");
    REQUIRE(lines.has_value());
    const auto* notAssessed = std::get_if<core::cmd::PerformAuto>(&std::get<core::Command>((*lines)[0].step));
    const auto* assessed = std::get_if<core::cmd::PerformAuto>(&std::get<core::Command>((*lines)[1].step));
    REQUIRE(notAssessed);
    REQUIRE(assessed);
    CHECK(notAssessed->notAssessed);
    CHECK_FALSE(assessed->notAssessed);
    // What the accessibility button sends writes the word and reads back the same.
    const core::cmd::PerformAuto button{"forehead", core::Pattern::Oblique, 2, true};
    const std::string line = core::scriptLine(core::Command{button});
    CHECK(line == "perform-auto forehead oblique 2 not-assessed");
    auto back = core::parseScript(line + "\n", "t");
    REQUIRE(back.has_value());
    const auto* again = std::get_if<core::cmd::PerformAuto>(&std::get<core::Command>((*back)[0].step));
    REQUIRE(again);
    CHECK(again->zone == "forehead");
    CHECK(again->pattern == core::Pattern::Oblique);
    CHECK(again->passes == 2);
    CHECK(again->notAssessed);
    auto bad = core::parseScript("perform-auto cheek_left vertical 1 unassessed\n", "t");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().summary().find("write not-assessed or nothing") != std::string::npos);
}

TEST_CASE("a pen line gives its events in order, a lift and a press on one line included") {
    auto lines = core::parseScript("pen down 0.57,0.43 move 0.60,0.43 up down 0.60,0.39\npen move 0.6,0.4 up\n", "t");
    REQUIRE(lines.has_value());
    REQUIRE(lines->size() == 2);
    using Kind = core::step::PenInput::Kind;
    const auto* first = std::get_if<core::step::Pen>(&(*lines)[0].step);
    REQUIRE(first);
    REQUIRE(first->events.size() == 4);
    CHECK(first->events[0].kind == Kind::Down);
    CHECK(first->events[0].x == Approx(0.57));
    CHECK(first->events[1].kind == Kind::Move);
    CHECK(first->events[1].x == Approx(0.60));
    CHECK(first->events[2].kind == Kind::Up);
    CHECK(first->events[3].kind == Kind::Down);
    CHECK(first->events[3].y == Approx(0.39));
    // A line may go on from a pen pressed on an earlier line.
    const auto* second = std::get_if<core::step::Pen>(&(*lines)[1].step);
    REQUIRE(second);
    REQUIRE(second->events.size() == 2);
    CHECK(second->events[0].kind == Kind::Move);
    CHECK(second->events[1].kind == Kind::Up);
}

TEST_CASE("bad pen lines name the problem") {
    CHECK(error("pen").find("usage: pen down") != std::string::npos);
    CHECK(error("pen press 0.5,0.5").find("is not a pen event") != std::string::npos);
    CHECK(error("pen down").find("needs a point") != std::string::npos);
    CHECK(error("pen down 0.5,1.5").find("lies off the map") != std::string::npos);
    CHECK(error("pen down 0.5,0.5 down 0.6,0.5").find("already down") != std::string::npos);
}
