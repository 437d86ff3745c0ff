// Tests practice/practice_visits.cpp: playing follow-up visits after the
// debrief, choosing what to do there, and the regraded report (the bundled
// acne-scars case carries its own step: session two, isotretinoin started).
#include "automation/script.hpp"
#include "grading/grader.hpp"
#include "practice/practice_session.hpp"

#include "fixtures.hpp"
#include "../support/run_process.hpp"

#include "session_script.hpp"

#include <catch2/catch.hpp>

namespace practice_visits_test_detail {

// Every line must be accepted (session_script.hpp).
void run(core::PracticeSession& s, const std::string& script) { session_script::applyScript(s, script); }

std::string modelScript() {
    return testing_support::readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt");
}


TEST_CASE("visits open only after submitting") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, modelScript());
    CHECK_FALSE(s.apply(core::cmd::PlayVisit{1}).has_value());
    CHECK_FALSE(s.apply(core::cmd::GoTo{core::Stage::Visits}).has_value());
    REQUIRE(s.apply(core::cmd::Submit{}).has_value());
    CHECK(s.apply(core::cmd::GoTo{core::Stage::Visits}).has_value());
    CHECK(s.currentVisit() == 1);
    CHECK(s.stage() == core::Stage::Visits);
    // The plan stays closed: the attempt is submitted.
    CHECK_FALSE(s.apply(core::cmd::GoTo{core::Stage::Plan}).has_value());
}

TEST_CASE("managing the case's own step is graded with its key") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, modelScript() + "\nsubmit\n");
    REQUIRE(s.report()->total == Approx(100.0));
    const auto& visits = s.timeline().visits;
    REQUIRE_FALSE(visits.empty());
    // The case step is at week 5, the latest time point of this timeline.
    const core::Visit& last = visits.back();
    REQUIRE(last.label == "Week 5");
    REQUIRE(last.newOutcomes == std::vector<std::string>{"session_two_isotretinoin"});
    const std::string n = std::to_string(last.number);
    run(s, "visit " + n + "\nmanage pause_course document_report\n");
    REQUIRE(s.report()->visitsPlayed);
    // 2 of 2 expected choices: the visits section is full and the total stays 100.
    CHECK(s.report()->item("visit:session_two_isotretinoin:pause_course")->points == Approx(1.0));
    CHECK(s.report()->section(core::Section::Visits)->score == Approx(20.0));
    CHECK(s.report()->total == Approx(100.0));
    // Reassuring and carrying on is critical for this step.
    run(s, "manage reassure\n");
    CHECK(s.report()->hasCritical("visit_critical:session_two_isotretinoin:reassure"));
    CHECK_FALSE(s.report()->passed);
    // The saved attempt keeps the visits and grades the same from the file.
    core::Diagnostics d;
    const core::Attempt reread = core::readAttempt(core::attemptToJson(s.attempt()), d);
    REQUIRE_FALSE(d.hasErrors());
    REQUIRE(reread.visits.size() == 1);
    CHECK(reread.visits[0].choices == std::vector<core::ManagementChoice>{core::ManagementChoice::Reassure});
    const core::Report again = core::grade(*s.currentCase(), reread, *fixtures::referenceData().protocol("clinic-standard"), fixtures::referenceData());
    CHECK(again.hasCritical("visit_critical:session_two_isotretinoin:reassure"));
}

TEST_CASE("the seed is fixed once a visit is played and retry starts afresh") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, modelScript() + "\nvisit-seed 7\nsubmit\nvisit 1\n");
    CHECK(s.attempt().visitSeed == 7u);
    CHECK_FALSE(s.apply(core::cmd::SetVisitSeed{8}).has_value());
    CHECK_FALSE(s.apply(core::cmd::PlayVisit{99}).has_value());
    REQUIRE(s.apply(core::cmd::Retry{}).has_value());
    CHECK(s.timeline().visits.empty());
    CHECK(s.currentVisit() == 0);
    CHECK(s.attempt().visits.empty());
}

} // namespace practice_visits_test_detail
