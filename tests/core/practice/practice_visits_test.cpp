// Tests practice/practice_visits.cpp: playing follow-up visits after the
// debrief, ticking what to do there, confirming it, and the regraded report (the bundled
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

TEST_CASE("opening a visit and ticking choices grade nothing until confirmed") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, modelScript() + "\nsubmit\ngoto visits\n");
    // Opening the screen shows visit 1 and plays nothing: no visit in the
    // attempt, no visits section, and the model answer's total stays 100.
    CHECK(s.currentVisit() == 1);
    CHECK(s.attempt().visits.empty());
    CHECK_FALSE(s.report()->visitsPlayed);
    CHECK(s.report()->section(core::Section::Visits) == nullptr);
    CHECK(s.report()->total == Approx(100.0));
    // Ticking is a draft: shown at the visit, still not graded.
    run(s, "manage reassure\nmanage-toggle refer_gp\n");
    CHECK(s.visitChoices(1) == std::vector<core::ManagementChoice>{core::ManagementChoice::Reassure, core::ManagementChoice::ReferGp});
    CHECK_FALSE(s.visitConfirmed(1));
    CHECK(s.attempt().visits.empty());
    CHECK_FALSE(s.report()->visitsPlayed);
    // Other visits opened without confirming stay unplayed too.
    run(s, "visit 2\nvisit 1\n");
    CHECK(s.attempt().visits.empty());
    CHECK(s.visitChoices(1).size() == 2); // the draft waits for the trainee
    run(s, "manage-confirm\n");
    CHECK(s.visitConfirmed(1));
    REQUIRE(s.attempt().visits.size() == 1);
    CHECK(s.attempt().visits[0].number == 1);
    CHECK(s.report()->visitsPlayed);
    CHECK(s.report()->section(core::Section::Visits) != nullptr);
}

TEST_CASE("confirmed choices are locked for the attempt and a retry starts over") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, modelScript() + "\nsubmit\nvisit 1\n");
    // Nothing ticked: there is nothing to confirm.
    const auto empty = s.apply(core::cmd::ConfirmManagement{});
    REQUIRE_FALSE(empty.has_value());
    CHECK_THAT(empty.error().summary(), Catch::Contains("before confirming"));
    run(s, "manage reassure\nmanage-confirm\n");
    const double total = s.report()->total;
    // Every way of changing the confirmed visit is refused, and the report stays.
    for (const core::Command& change : {core::Command{core::cmd::ToggleManagement{core::ManagementChoice::ReferGp}},
                                        core::Command{core::cmd::SetManagement{{core::ManagementChoice::PauseCourse}}},
                                        core::Command{core::cmd::ConfirmManagement{}}}) {
        const auto refused = s.apply(change);
        REQUIRE_FALSE(refused.has_value());
        CHECK_THAT(refused.error().summary(), Catch::Contains("confirmed and graded"));
    }
    CHECK(s.visitChoices(1) == std::vector<core::ManagementChoice>{core::ManagementChoice::Reassure});
    CHECK(s.report()->total == Approx(total));
    // A new attempt starts with nothing confirmed and no drafts.
    run(s, "retry\n");
    CHECK(s.attempt().visits.empty());
    CHECK(s.visitChoices(1).empty());
    CHECK_FALSE(s.visitConfirmed(1));
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
    run(s, "visit " + n + "\nmanage pause_course document_report\nmanage-confirm\n");
    REQUIRE(s.report()->visitsPlayed);
    // Only week 5 is confirmed, so its key alone is graded: 2 of 2 expected
    // choices, 2/2 x the section weight 20 = 20, and the total stays 100.
    CHECK(s.report()->item("visit:session_two_isotretinoin:pause_course")->points == Approx(1.0));
    CHECK(s.report()->section(core::Section::Visits)->score == Approx(20.0));
    CHECK(s.report()->total == Approx(100.0));
}

TEST_CASE("reassuring after isotretinoin was started is critical and saved with the attempt") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, modelScript() + "\nsubmit\n");
    const std::string n = std::to_string(s.timeline().visits.back().number);
    run(s, "visit " + n + "\nmanage reassure\nmanage-confirm\n");
    // Neither expected choice made (0 of 2 points) and a critical error: 0 / 20, failed.
    CHECK(s.report()->hasCritical("visit_critical:session_two_isotretinoin:reassure"));
    CHECK(s.report()->section(core::Section::Visits)->score == Approx(0.0));
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

TEST_CASE("the seed is fixed once a visit is opened and retry starts afresh") {
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    run(s, modelScript() + "\nvisit-seed 7\nsubmit\nvisit 1\n");
    CHECK(s.attempt().visitSeed == 7u);
    // Fixed from the moment a visit is shown, confirmed or not.
    CHECK_FALSE(s.apply(core::cmd::SetVisitSeed{8}).has_value());
    CHECK_FALSE(s.apply(core::cmd::PlayVisit{99}).has_value());
    REQUIRE(s.apply(core::cmd::Retry{}).has_value());
    CHECK(s.timeline().visits.empty());
    CHECK(s.currentVisit() == 0);
    CHECK(s.attempt().visits.empty());
}

} // namespace practice_visits_test_detail
