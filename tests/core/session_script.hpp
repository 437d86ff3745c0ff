// Drives a practice session from script text in core tests: every line must be
// a command the session accepts, or the test stops there with the reason.
#pragma once

#include "automation/script.hpp"
#include "practice/practice_session.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <variant>

namespace session_script {

inline void applyScript(core::PracticeSession& s, const std::string& script) {
    auto lines = core::parseScript(script, "test");
    REQUIRE(lines.has_value());
    for (const auto& line : *lines) {
        const auto* command = std::get_if<core::Command>(&line.step);
        REQUIRE(command);
        const auto result = s.apply(*command);
        INFO(line.text << ": " << (result ? "" : result.error().summary()));
        REQUIRE(result.has_value());
    }
}

} // namespace session_script
