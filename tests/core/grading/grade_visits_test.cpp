// Tests grading/grade_visits.cpp: the visits section's line items, weight,
// critical choices, and that an attempt without visits grades as before.
// Figures are worked by hand in each test from the rules in the README
// ("Follow-up visits"): each expected choice 1 point, a harmful one -1, the
// section share clamped to 0..1, the total rescaled over the graded weights.
#include "grading/grader.hpp"
#include "outcome/visit_timeline.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace grade_visits_test_detail {

core::Case fixtureCase() { return fixtures::readValidCase(); }

// Full marks on every section of the fixture case; "no make-up for 24 h"
// keeps the infection rule quiet, so only the normal course follows.
core::Attempt perfectAttempt() {
    core::Attempt a;
    a.caseId = "fixture-mole";
    a.flags = {"raised_lesion"};
    a.decision = core::Decision::TreatModified;
    const std::vector<core::Pattern> all{core::Pattern::Vertical, core::Pattern::Horizontal, core::Pattern::Oblique};
    a.zones.push_back({"forehead", core::ZoneAction::Treat, 0.5, all, 2, core::Endpoint::Erythema});
    a.zones.push_back({"cheek_left", core::ZoneAction::Avoid, {}, {}, {}, {}});
    a.aftercare = {"spf30_daily", "no_makeup_24h"};
    a.intervalWeeks = 4;
    a.sessions = 4;
    return a;
}

core::Protocol clinic() { return *fixtures::referenceData().protocol("clinic-standard"); }

core::Report gradeIt(const core::Attempt& a, const core::Protocol& p = clinic()) { return core::grade(fixtureCase(), a, p, fixtures::referenceData()); }

// The first seed (from 0) whose draw makes `ruleId` happen (draw < chance) or not.
std::uint32_t seedWhere(const std::string& ruleId, double chance, bool happens) {
    for (std::uint32_t seed = 0; seed < 1000; ++seed) {
        if ((core::outcomeDraw(seed, ruleId) < chance) == happens) return seed;
    }
    FAIL("no seed below 1000 gives that draw");
    return 0;
}


TEST_CASE("the fixture attempt scores full marks before any visit") {
    const core::Report r = gradeIt(perfectAttempt());
    REQUIRE(r.total == Approx(100.0));
    CHECK_FALSE(r.visitsPlayed);
    CHECK(r.section(core::Section::Visits) == nullptr); // the section drops out
    CHECK(r.sections.size() == 4);
}

TEST_CASE("reassuring at a normal course earns the whole visits section") {
    core::Attempt a = perfectAttempt();
    a.visits = {{1, {core::ManagementChoice::Reassure}}};
    const core::Report r = gradeIt(a);
    REQUIRE(r.visitsPlayed);
    const core::LineItem* item = r.item("visit:normal_course:reassure");
    REQUIRE(item);
    CHECK(item->points == Approx(1.0));
    CHECK(item->max == Approx(1.0));
    CHECK_FALSE(item->source.empty()); // Chu et al. 2021; Clinic training material...
    // Visits: 1/1 of weight 20. Total = 100 x (100 + 20) / (100 + 20) = 100.
    const core::SectionScore* visits = r.section(core::Section::Visits);
    REQUIRE(visits);
    CHECK(visits->max == Approx(20.0));
    CHECK(visits->score == Approx(20.0));
    CHECK(r.total == Approx(100.0));
    CHECK(r.passed);
}

TEST_CASE("pausing a normal course misses reassurance and costs a point") {
    core::Attempt a = perfectAttempt();
    a.visits = {{1, {core::ManagementChoice::PauseCourse}}};
    const core::Report r = gradeIt(a);
    // reassure: 0 of 1; pause_course: harmful, -1. Raw -1 of 1, clamped to 0.
    CHECK(r.item("visit:normal_course:reassure")->points == Approx(0.0));
    CHECK(r.item("visit:normal_course:pause_course")->points == Approx(-1.0));
    CHECK(r.section(core::Section::Visits)->score == Approx(0.0));
    // Total = 100 x (100 + 0) / (100 + 20) = 83.33 -> 83.3.
    CHECK(r.total == Approx(83.3));
    CHECK(r.passed); // above the 70 pass mark, no critical error
}

TEST_CASE("an acceptable extra choice neither earns nor costs") {
    core::Attempt a = perfectAttempt();
    a.visits = {{1, {core::ManagementChoice::Reassure, core::ManagementChoice::DocumentReport}}};
    const core::Report r = gradeIt(a);
    REQUIRE(r.item("visit:normal_course:document_report"));
    CHECK(r.item("visit:normal_course:document_report")->points == Approx(0.0));
    CHECK(r.item("visit:normal_course:document_report")->max == Approx(0.0));
    CHECK(r.total == Approx(100.0));
}

TEST_CASE("the profile's visits weight sets the section's share of the total") {
    core::Protocol heavy = clinic();
    heavy.weights.visits = 40;
    core::Attempt a = perfectAttempt();
    a.visits = {{1, {core::ManagementChoice::PauseCourse}}};
    // Total = 100 x 100 / (100 + 40) = 71.43 -> 71.4 (83.3 with the default 20).
    CHECK(gradeIt(a, heavy).total == Approx(71.4));
}

TEST_CASE("reassuring a spreading infection is a critical error") {
    core::Attempt a = perfectAttempt();
    a.aftercare = {"spf30_daily"}; // no "no make-up for 24 h": the infection risk applies (uncommon, 0.2)
    a.visitSeed = seedWhere("infection_aftercare", 0.2, true);
    const core::VisitTimeline timeline = core::buildVisitTimeline(fixtureCase(), a, clinic(), fixtures::referenceData());
    // Day 2 (normal course) and day 3 (infection).
    REQUIRE(timeline.visits.size() == 2);
    REQUIRE(timeline.visits[1].label == "Day 3");
    REQUIRE(timeline.visits[1].newOutcomes == std::vector<std::string>{"infection_aftercare"});
    a.visits = {{2, {core::ManagementChoice::Reassure}}};
    const core::Report r = gradeIt(a);
    CHECK(r.hasCritical("visit_critical:infection_aftercare:reassure"));
    CHECK_FALSE(r.passed);
    // The three expected choices (GP, pause, document) were all missed: 0 of 3.
    CHECK(r.item("visit:infection_aftercare:refer_gp")->points == Approx(0.0));
    CHECK(r.section(core::Section::Visits)->rawMax == Approx(3.0));
    // Managing it right instead: 3 of 3, no critical error.
    a.visits = {{2, {core::ManagementChoice::ReferGp, core::ManagementChoice::PauseCourse, core::ManagementChoice::DocumentReport}}};
    const core::Report right = gradeIt(a);
    CHECK(right.critical.empty());
    CHECK(right.section(core::Section::Visits)->score == Approx(20.0));
}

TEST_CASE("a visit that is played grades only the outcomes that first show there") {
    core::Attempt a = perfectAttempt();
    a.aftercare = {"spf30_daily"};
    a.visitSeed = seedWhere("infection_aftercare", 0.2, true);
    a.visits = {{1, {core::ManagementChoice::Reassure}}}; // day 2 only: the infection's visit is not played
    const core::Report r = gradeIt(a);
    CHECK(r.item("visit:normal_course:reassure"));
    CHECK_FALSE(r.item("visit:infection_aftercare:refer_gp"));
    CHECK(r.critical.empty());
}

} // namespace grade_visits_test_detail
