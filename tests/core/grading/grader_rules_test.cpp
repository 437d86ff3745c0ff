// Rule-by-rule tests of the grader on small in-memory cases: band edges and
// +/- 0.25 mm, passes, patterns, schedule, and profile overrides.
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace {

// A clean case: forehead (rejuvenation band 0.25-0.5 mm in clinic-standard)
// and left cheek with an explicit band 1.0-1.5 mm.
core::Case bandCase() {
    core::Diagnostics d;
    auto json = fixtures::validCase();
    json["key"]["zones"] = core::Json::parse(R"([
      { "zone": "forehead", "action": "treat", "band": "rejuvenation" },
      { "zone": "cheek_right", "action": "treat", "depth_mm": [1.0, 1.5] },
      { "zone": "cheek_left", "action": "avoid" } ])");
    core::Case c = core::readCase(json, d);
    REQUIRE_FALSE(d.hasErrors());
    return c;
}

core::Attempt perfectAttempt() {
    core::Attempt a;
    a.caseId = "fixture-mole";
    a.flags = {"raised_lesion"};
    a.decision = core::Decision::TreatModified;
    const std::vector<core::Pattern> all{core::Pattern::Vertical, core::Pattern::Horizontal, core::Pattern::Oblique};
    a.zones.push_back({"forehead", core::ZoneAction::Treat, 0.5, all, 2, core::Endpoint::Erythema});
    a.zones.push_back({"cheek_right", core::ZoneAction::Treat, 1.25, all, 2, core::Endpoint::PinpointBleeding});
    a.zones.push_back({"cheek_left", core::ZoneAction::Avoid, {}, {}, {}, {}}); // avoidance is credited only when chosen
    a.aftercare = {"spf30_daily"};
    a.intervalWeeks = 4;
    a.sessions = 3;
    return a;
}

const core::Protocol& clinic() { return *fixtures::referenceData().protocol("clinic-standard"); }

double depthPoints(double forehead) {
    auto a = perfectAttempt();
    a.zones[0].depthMm = forehead;
    const auto r = core::grade(bandCase(), a, clinic(), fixtures::referenceData());
    return r.item("zone:forehead:depth")->points;
}

} // namespace

TEST_CASE("the perfect attempt scores 100") {
    const auto r = core::grade(bandCase(), perfectAttempt(), clinic(), fixtures::referenceData());
    CHECK(r.total == Approx(100));
    CHECK(r.passed);
}

TEST_CASE("depth: full inside the band edges, half within 0.25 mm, none beyond") {
    // Forehead band 0.25-0.5 mm (clinic-standard profile); depth is worth 2.
    CHECK(depthPoints(0.25) == Approx(2.0)); // lower edge
    CHECK(depthPoints(0.5) == Approx(2.0));  // upper edge
    CHECK(depthPoints(0.75) == Approx(1.0)); // upper edge + 0.25
    CHECK(depthPoints(1.0) == Approx(0.0));  // upper edge + 0.5
    // Cheek band 1.0-1.5 mm, both sides of the band.
    for (const auto& [depth, points] : std::vector<std::pair<double, double>>{
             {0.5, 0.0}, {0.75, 1.0}, {1.0, 2.0}, {1.5, 2.0}, {1.75, 1.0}, {2.0, 0.0}}) {
        auto a = perfectAttempt();
        a.zones[1].depthMm = depth;
        const auto r = core::grade(bandCase(), a, clinic(), fixtures::referenceData());
        INFO(depth);
        CHECK(r.item("zone:cheek_right:depth")->points == Approx(points));
    }
}

TEST_CASE("depth past the zone's safety maximum is critical, at the maximum it is not") {
    auto a = perfectAttempt();
    a.zones[0].depthMm = 1.0; // forehead maximum 1.0 mm
    CHECK(core::grade(bandCase(), a, clinic(), fixtures::referenceData()).critical.empty());
    a.zones[0].depthMm = 1.25;
    const auto r = core::grade(bandCase(), a, clinic(), fixtures::referenceData());
    CHECK(r.hasCritical("deeper_than_safety_max:forehead"));
    CHECK_FALSE(r.passed);
}

TEST_CASE("passes: full in range, partial one out, none beyond") {
    for (const auto& [passes, points] : std::vector<std::pair<int, double>>{{1, 1.0}, {3, 1.0}, {4, 0.5}, {5, 0.0}}) {
        auto a = perfectAttempt();
        a.zones[0].passes = passes;
        INFO(passes);
        CHECK(core::grade(bandCase(), a, clinic(), fixtures::referenceData()).item("zone:forehead:passes")->points == Approx(points));
    }
}

TEST_CASE("patterns earn credit in proportion") {
    auto a = perfectAttempt();
    a.zones[0].patterns = {core::Pattern::Vertical, core::Pattern::Oblique};
    CHECK(core::grade(bandCase(), a, clinic(), fixtures::referenceData()).item("zone:forehead:patterns")->points == Approx(2.0 / 3.0));
    a.zones[0].patterns.clear();
    CHECK(core::grade(bandCase(), a, clinic(), fixtures::referenceData()).item("zone:forehead:patterns")->points == Approx(0.0));
}

TEST_CASE("skipping a treated zone loses all its points, treating an unplanned zone costs one") {
    auto a = perfectAttempt();
    a.zones.erase(a.zones.begin());
    auto r = core::grade(bandCase(), a, clinic(), fixtures::referenceData());
    // Plan: 3 zones, 6 + 6 + 1 = 13 points; the forehead's 6 are lost.
    CHECK(r.section(core::Section::Plan)->rawPoints == Approx(7.0));
    CHECK(r.section(core::Section::Plan)->rawMax == Approx(13.0));
    a = perfectAttempt();
    a.zones.push_back({"chin", core::ZoneAction::Treat, 0.5, {}, 1, core::Endpoint::Erythema});
    r = core::grade(bandCase(), a, clinic(), fixtures::referenceData());
    CHECK(r.item("zone:chin:unplanned")->points == Approx(-1.0));
    CHECK(r.critical.empty());
}

TEST_CASE("treating a no-go area is always critical") {
    auto a = perfectAttempt();
    a.zones.push_back({"nogo_vermilion", core::ZoneAction::Treat, 0.25, {}, 1, core::Endpoint::Erythema});
    const auto r = core::grade(bandCase(), a, clinic(), fixtures::referenceData());
    CHECK(r.hasCritical("treated_no_go:nogo_vermilion"));
    CHECK_FALSE(r.passed);
}

TEST_CASE("schedule: in band full, one step out partial, further none") {
    auto a = perfectAttempt();
    a.intervalWeeks = 6;
    a.sessions = 7; // band 3-6: one out
    auto r = core::grade(bandCase(), a, clinic(), fixtures::referenceData());
    CHECK(r.item("schedule:interval")->points == Approx(1.0));
    CHECK(r.item("schedule:sessions")->points == Approx(0.5));
    a.intervalWeeks = 2; // two weeks under
    a.sessions.reset();
    r = core::grade(bandCase(), a, clinic(), fixtures::referenceData());
    CHECK(r.item("schedule:interval")->points == Approx(0.0));
    CHECK(r.item("schedule:sessions")->points == Approx(0.0));
}

TEST_CASE("profile overrides: weights, pass mark, penalties and near-credit are data") {
    core::Protocol strict = clinic();
    strict.weights = {50, 50, 0, 0};
    strict.passMark = 95;
    strict.scoring.depthNearCredit = 0.0;
    strict.scoring.distractorPenaltyShare = 1.0 / 3.0;
    auto a = perfectAttempt();
    a.zones[0].depthMm = 0.75;                      // near the band: 0 under this profile
    a.flags.push_back("controlled_hypothyroidism"); // distractor: a third of the section (3 raw points) = -1
    const auto r = core::grade(bandCase(), a, strict, fixtures::referenceData());
    CHECK(r.item("zone:forehead:depth")->points == Approx(0.0));
    // Screening (1 + 2 - 1)/3 x 50 = 33.33; plan (13 - 2)/13 x 50 = 42.31; total 75.6.
    CHECK(r.total == Approx(75.6));
    CHECK_FALSE(r.passed); // under the profile's pass mark of 95
    CHECK(r.section(core::Section::Aftercare)->max == Approx(0.0));
}

TEST_CASE("critical rules can be switched off by a profile") {
    core::Protocol lenient = clinic();
    lenient.critical.deeperThanSafetyMax = false;
    auto a = perfectAttempt();
    a.zones[0].depthMm = 1.25;
    CHECK(core::grade(bandCase(), a, lenient, fixtures::referenceData()).critical.empty());
}

TEST_CASE("grading is deterministic") {
    const auto a = perfectAttempt();
    const auto r1 = core::grade(bandCase(), a, clinic(), fixtures::referenceData());
    const auto r2 = core::grade(bandCase(), a, clinic(), fixtures::referenceData());
    REQUIRE(r1.items.size() == r2.items.size());
    for (std::size_t i = 0; i < r1.items.size(); ++i) {
        CHECK(r1.items[i].id() == r2.items[i].id());
        CHECK(r1.items[i].points == r2.items[i].points);
    }
}

// An unanswered case (an exam handed in early) earns nothing: avoidance counts
// only when chosen, and no decision earns no decision points.
TEST_CASE("a blank attempt scores 0 on every library case") {
    for (const auto& e : fixtures::bundledLibrary().entries) {
        if (!e.playable) continue;
        INFO(e.playable->id);
        core::Attempt blank;
        blank.caseId = e.playable->id;
        blank.decisionGiven = false;
        const auto r = core::grade(*e.playable, blank, *fixtures::referenceData().protocol(e.playable->protocol), fixtures::referenceData());
        CHECK(r.total == Approx(0.0));
        CHECK_FALSE(r.passed);
    }
}

TEST_CASE("a running wait is explained with the profile's title and never its file id") {
    // b-glycolic-peel-two-weeks: a peel two weeks ago under clinic-standard,
    // whose title is "Clinic standard". Treating inside the wait is critical,
    // and both the decision's reason and the critical message name the profile.
    const auto& data = fixtures::referenceData();
    auto c = core::loadCaseFile(std::filesystem::path(MN_SOURCE_ROOT) / "cases/library/b-glycolic-peel-two-weeks.json", data);
    REQUIRE(c.has_value());
    auto a = core::loadAttemptFile(std::filesystem::path(MN_SOURCE_ROOT) / "cases/answers/b-glycolic-peel-two-weeks.answer.json");
    REQUIRE(a.has_value());
    a->decision = core::Decision::Treat;
    const auto r = core::grade(*c, *a, *data.protocol("clinic-standard"), data);
    const core::LineItem* decision = r.item("decision");
    REQUIRE(decision);
    std::string shown = decision->teaching.str();
    for (const auto& e : r.critical) shown += "\n" + e.message;
    INFO(shown);
    CHECK(shown.find("\"Clinic standard\"") != std::string::npos);
    CHECK(shown.find("clinic-standard") == std::string::npos);
}
