// A practice attempt record re-graded: the model answer's record agrees with
// its re-grade, a record whose stored score was edited is noted, and a record
// for a case the library lacks cannot be re-graded.
#include "cohort/cohort_practice.hpp"
#include "fixtures.hpp"
#include "grading/grading_inputs.hpp"

#include <catch2/catch.hpp>

namespace cohort_practice_test_support {

core::Json record(double storedScore, const std::string& caseId = "a-melasma-raised-mole") {
    auto attempt = core::loadAttemptFile(std::filesystem::path(MN_SOURCE_ROOT) /
                                         "cases/answers/a-melasma-raised-mole.answer.json");
    REQUIRE(attempt.has_value());
    attempt->caseId = caseId;
    return core::Json{{"kind", "attempt_record"},
                      {"schema_version", 1},
                      {"finished_at", "2026-12-01T08:00:00Z"},
                      {"attempt", core::attemptToJson(*attempt)},
                      {"report",
                       {{"case_id", caseId},
                        {"score", storedScore},
                        {"rules_version", core::kGradingRulesVersion}}}};
}

} // namespace cohort_practice_test_support

TEST_CASE("cohort practice: a record is re-graded under its case's profile and an edited score is "
          "noted") {
    const auto cases = core::cohortCases(fixtures::bundledLibrary());
    CHECK(core::isPracticeRecord(cohort_practice_test_support::record(100.0)));
    CHECK_FALSE(core::isPracticeRecord(core::Json{{"kind", "exam_result"}}));
    // The model answer scores 100 (grader_golden_test), so a stored 100 agrees with the re-grade.
    const auto honest = core::judgePracticeRecord(cohort_practice_test_support::record(100.0),
                                                  cases, fixtures::referenceData());
    CHECK(honest.problems.empty());
    CHECK(honest.regraded);
    CHECK(honest.regradedScore == Approx(100.0));
    CHECK(honest.passed);
    CHECK(honest.notes.empty());
    CHECK(honest.finishedAt == "2026-12-01T08:00:00Z");
    const auto edited = core::judgePracticeRecord(cohort_practice_test_support::record(35.0), cases,
                                                  fixtures::referenceData());
    REQUIRE(edited.notes.size() == 1);
    CHECK(edited.notes[0] == "stored score 35.0 differs from the re-grade 100.0");
    const auto missing =
        core::judgePracticeRecord(cohort_practice_test_support::record(50.0, "no-such-case"), cases,
                                  fixtures::referenceData());
    CHECK_FALSE(missing.regraded);
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems[0] == "case no-such-case is not in the library: cannot re-grade");
}
