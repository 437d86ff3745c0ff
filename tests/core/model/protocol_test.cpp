// The profile's optional "progress" section: read with its defaults, and
// every out-of-range value refused with its JSON pointer and line.
#include "model/protocol.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace fs = std::filesystem;

namespace protocol_progress {

core::Json bundledProfile() {
    std::ifstream in(fs::path(MN_SOURCE_ROOT) / "cases/protocols/clinic-standard.json");
    return core::Json::parse(in);
}

struct Read {
    core::Protocol protocol;
    core::Diagnostics diagnostics;
};

// Reads `json` as a file would be read: parsed from text, so each error gets its line.
Read readText(const core::Json& json) {
    auto doc = core::JsonDocument::fromText(json.dump(2), "profile.json");
    REQUIRE(doc.has_value());
    Read r;
    r.protocol = core::readProtocol(doc->root(), fixtures::referenceData().zones, r.diagnostics);
    doc->locate(r.diagnostics);
    return r;
}

} // namespace protocol_progress

TEST_CASE("the bundled profile's progress settings are read") {
    auto json = protocol_progress::bundledProfile();
    json["progress"] = core::Json::parse(R"({"desired_retention": 0.85, "course_length_days": 90,
        "acceptable_failure_rate": 0.05, "unacceptable_failure_rate": 0.2})");
    const auto r = protocol_progress::readText(json);
    REQUIRE_FALSE(r.diagnostics.hasErrors());
    CHECK(r.protocol.progress.desiredRetention == Approx(0.85));
    CHECK(r.protocol.progress.courseLengthDays == 90);
    CHECK(r.protocol.progress.acceptableFailureRate == Approx(0.05));
    CHECK(r.protocol.progress.unacceptableFailureRate == Approx(0.2));
}

TEST_CASE("a profile without a progress section takes the defaults: retention 0.9, 180 days, failure rates 0.10 and 0.30") {
    auto json = protocol_progress::bundledProfile();
    json.erase("progress");
    const auto r = protocol_progress::readText(json);
    REQUIRE_FALSE(r.diagnostics.hasErrors());
    CHECK(r.protocol.progress.desiredRetention == Approx(0.9));
    CHECK(r.protocol.progress.courseLengthDays == 180);
    CHECK(r.protocol.progress.acceptableFailureRate == Approx(0.10));
    CHECK(r.protocol.progress.unacceptableFailureRate == Approx(0.30));
}

TEST_CASE("out-of-range progress settings are located errors") {
    struct Bad {
        const char* member;
        core::Json value;
        const char* pointer;
    };
    const std::vector<Bad> cases{
        {"desired_retention", 0.6, "/progress/desired_retention"},  // below 0.70
        {"desired_retention", 0.98, "/progress/desired_retention"}, // above 0.97
        {"course_length_days", 0, "/progress/course_length_days"},
        {"acceptable_failure_rate", 1.5, "/progress/acceptable_failure_rate"},
        {"unacceptable_failure_rate", 0.05, "/progress/unacceptable_failure_rate"}, // not above the acceptable 0.10
    };
    for (const auto& bad : cases) {
        INFO(bad.member << " = " << bad.value.dump());
        auto json = protocol_progress::bundledProfile();
        json["progress"][bad.member] = bad.value;
        const auto r = protocol_progress::readText(json);
        REQUIRE(r.diagnostics.errorCount() == 1);
        const auto& d = r.diagnostics.items().front();
        CHECK(d.pointer == bad.pointer);
        CHECK(d.file == "profile.json");
        CHECK(d.line > 1);
    }
}
