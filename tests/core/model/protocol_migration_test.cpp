// Version 1 profiles (the files shipped before grading rules version 2, kept
// verbatim in tests/data/v1/) still load: they are migrated on reading, with a
// warning that says what changed, and grade under the version 2 rules.
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "model/protocol.hpp"
#include "terms/references.hpp"
#include "model/citation_links.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace fs = std::filesystem;

namespace {

core::Json v1File(const char* name) {
    std::ifstream in(fs::path(MN_SOURCE_ROOT) / "tests/data/v1" / name);
    return core::Json::parse(in);
}

core::Protocol readMigrated(const core::Json& json, core::Diagnostics& d) {
    core::Protocol p = core::readProtocol(json, fixtures::referenceData().zones, d);
    core::resolveProtocolCitations(p, fixtures::referenceData().references, d);
    return p;
}

} // namespace

TEST_CASE("protocol migration: a version 1 profile loads with a warning, its two waits carried over") {
    auto json = v1File("clinic-standard.v1.json");
    REQUIRE(json["schema_version"] == 1);
    json["modifiers"]["botox_wait_weeks"] = 3;
    json["modifiers"]["isotretinoin_wait_months"] = 9;
    core::Diagnostics d;
    const core::Protocol p = readMigrated(json, d);
    CHECK_FALSE(d.hasErrors());
    // One warning says what the migration changed; the others name the body zones version 1 predates.
    int migrated = 0;
    int bodyZones = 0;
    for (const auto& item : d.items()) {
        migrated += item.message.find("version 1 profile, migrated") != std::string::npos ? 1 : 0;
        bodyZones += item.message.find("has no entry in this version 1 profile") != std::string::npos ? 1 : 0;
    }
    CHECK(migrated == 1);
    CHECK(bodyZones == 5);
    CHECK(p.schemaVersion == 1);
    REQUIRE(p.wait(core::TreatmentKind::Toxin));
    CHECK(p.wait(core::TreatmentKind::Toxin)->weeks == Approx(3.0));
    CHECK(p.wait(core::TreatmentKind::Toxin)->zoneOnly);
    // 9 months = 9 x 52 / 12 = 39 weeks.
    CHECK(p.wait(core::TreatmentKind::Isotretinoin)->weeks == Approx(39.0));
    // The waits version 1 never had take the DOMAIN defaults.
    CHECK(p.wait(core::TreatmentKind::Peel)->weeks == Approx(4.0));
    CHECK(p.wait(core::TreatmentKind::Childbirth)->weeks == Approx(26.0));
    // missed_absolute_when_treating becomes missed_absolute (any decision).
    CHECK(p.critical.missedAbsolute);
    // The new rules take their defaults, with sources that resolve.
    CHECK(p.skinType.shallowFromType == 4);
    CHECK_FALSE(p.skinType.citation.source.empty());
    CHECK(p.minimumIntervals.forBand(core::BandKind::Alopecia) == 1);
    CHECK(p.scoring.distractorPenaltyShare == Approx(0.1));
}

TEST_CASE("protocol migration: a migrated version 1 profile grades like version 2 where the settings agree") {
    const auto& data = fixtures::referenceData();
    core::Diagnostics d;
    const core::Protocol v1 = readMigrated(v1File("clinic-standard.v1.json"), d);
    REQUIRE_FALSE(d.hasErrors());
    const core::Protocol& v2 = *data.protocol("clinic-standard");
    for (const char* id : {"a-acne-scars-cold-sore-isotretinoin", "b-dark-circles-toxin-filler", "a-acne-scars-cheeks"}) {
        INFO(id);
        auto c = core::loadCaseFile(fs::path(MN_SOURCE_ROOT) / "cases/library" / (std::string(id) + ".json"), data);
        REQUIRE(c.has_value());
        auto a = core::loadAttemptFile(fs::path(MN_SOURCE_ROOT) / "cases/answers" / (std::string(id) + ".answer.json"));
        REQUIRE(a.has_value());
        // Version 1 had no body zones, and those are the only zones it lacks.
        CHECK(core::grade(*c, *a, v1, data).total == Approx(core::grade(*c, *a, v2, data).total));
    }
}

TEST_CASE("protocol migration: a version 1 isotretinoin wait of 2 months waives the flag the key expects") {
    const auto& data = fixtures::referenceData();
    auto json = v1File("clinic-standard.v1.json");
    json["modifiers"]["isotretinoin_wait_months"] = 2; // 9 weeks: the 10-week-old course has passed it
    core::Diagnostics d;
    const core::Protocol p = readMigrated(json, d);
    auto c = core::loadCaseFile(fs::path(MN_SOURCE_ROOT) / "cases/library/a-acne-scars-cold-sore-isotretinoin.json", data);
    REQUIRE(c.has_value());
    auto a = core::loadAttemptFile(fs::path(MN_SOURCE_ROOT) / "cases/answers/a-acne-scars-cold-sore-isotretinoin.answer.json");
    REQUIRE(a.has_value());
    const auto r = core::grade(*c, *a, p, data);
    REQUIRE(r.item("distractor:isotretinoin"));
    CHECK(r.item("distractor:isotretinoin")->points < 0.0); // the model answer flags it: now over-caution
}

TEST_CASE("protocol migration: a version 3 profile is refused with the versions this build reads") {
    auto json = v1File("clinic-standard.v1.json");
    json["schema_version"] = 3;
    core::Diagnostics d;
    (void)readMigrated(json, d);
    CHECK(d.hasErrors());
}
