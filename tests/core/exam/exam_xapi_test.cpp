// xAPI statements for cases: an answered case and a case handed in without a
// decision (issue 12: an unanswered case must not be reported as answered).
#include "exam/exam_result.hpp"

#include <catch2/catch.hpp>

namespace exam_xapi_test {

// Two cases: case-a answered "defer" and scored 80; case-b never decided.
// The grader gives an undecided case 0, but its report total is set to 55
// here so the test proves the statement's score 0 comes from the missing
// decision, not from whatever the report happens to hold.
core::ExamResult resultWithOneUnanswered() {
    core::ExamResult r;
    r.attemptId = "5d9ae1c2-3f3e-4a8b-9c1d-0e1f2a3b4c5d";
    r.exam.id = "foundation-certificate";
    r.exam.title = "Foundation, part 1";
    r.exam.passMark = 50;
    r.candidate = {"Ann Lee", "S-001", ""};
    r.submittedAt = "2026-11-20T09:41:30Z";
    core::ExamCaseResult answered;
    answered.caseId = "case-a";
    answered.attempt.decision = core::Decision::Defer;
    answered.attempt.decisionGiven = true;
    answered.report.total = 80;
    core::ExamCaseResult unanswered;
    unanswered.caseId = "case-b";
    unanswered.attempt.decisionGiven = false; // decision keeps its default, Treat
    unanswered.report.total = 55;
    r.cases = {answered, unanswered};
    return r;
}

} // namespace exam_xapi_test

TEST_CASE("xAPI: an answered case is sent as answered with its decision as the response") {
    const auto s = core::examResultXapi(exam_xapi_test::resultWithOneUnanswered());
    REQUIRE(s.size() == 3);
    const auto& answered = s[1];
    CHECK(answered["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
    CHECK(answered["result"]["completion"] == true);
    CHECK(answered["result"]["response"] == "defer");
    CHECK(answered["result"]["success"] == true); // 80 >= pass mark 50, no critical
    CHECK(answered["result"]["score"]["raw"].get<double>() == Approx(80.0));
}

TEST_CASE("xAPI: a case left without a decision is attempted, not answered, with no response and score 0") {
    const auto s = core::examResultXapi(exam_xapi_test::resultWithOneUnanswered());
    REQUIRE(s.size() == 3);
    const auto& unanswered = s[2];
    CHECK(unanswered["object"]["id"] == "https://mntrainer.example/exams/foundation-certificate/cases/case-b");
    CHECK(unanswered["verb"]["id"] == "http://adlnet.gov/expapi/verbs/attempted");
    CHECK(unanswered["verb"]["display"]["en-US"] == "attempted");
    CHECK(unanswered["result"]["completion"] == false);
    CHECK_FALSE(unanswered["result"].contains("response")); // not "treat", the default it never chose
    CHECK(unanswered["result"]["success"] == false);
    CHECK(unanswered["result"]["score"]["raw"].get<double>() == 0.0);
    CHECK(unanswered["result"]["score"]["scaled"].get<double>() == 0.0);
}
