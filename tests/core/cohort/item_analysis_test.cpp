// Exam results -> item marks and the cohort error map: case columns follow
// the exam total (weights, unanswered = 0), cases only some drew and items
// only some reports hold are left out by name, deductions and older results
// too; the error map counts each zone's too deep / too shallow / other
// verdicts over answered cases; the whole analysis matches the hand working
// of item_statistics_test.cpp.
#include "cohort/item_analysis.hpp"

#include <catch2/catch.hpp>

namespace item_analysis_test_support {

core::LineItem lineItem(std::string_view kind, std::string subject, std::string_view aspect, double points, double max) {
    core::LineItem item;
    item.kind = kind;
    item.subject = std::move(subject);
    item.aspect = aspect;
    item.points = points;
    item.max = max;
    return item;
}

core::ExamCaseResult caseResult(const std::string& caseId, double score, bool answered = true, double weight = 1.0) {
    core::ExamCaseResult c;
    c.caseId = caseId;
    c.report.caseId = caseId;
    c.report.total = score;
    c.attempt.decisionGiven = answered;
    c.weight = weight;
    return c;
}

core::ExamResult result(const std::string& candidateId, std::vector<core::ExamCaseResult> cases, core::TotalRule rule = core::TotalRule::Mean) {
    core::ExamResult r;
    r.attemptId = "attempt-" + candidateId;
    r.candidate.id = candidateId;
    r.exam.id = "exam-x";
    r.exam.totalRule = rule;
    r.cases = std::move(cases);
    return r;
}

// P1, P2, P3 sat c1 and c2; P1 and P2 also drew "pooled". P3 left c1 unanswered.
//   c1 line items: zone:cheek_left:depth (max 2), flag:pregnancy (max 1),
//   P1 also a deduction zone:nose:unplanned (max 0, -1 point) and
//   aftercare:spf (max 1) that P2's report lacks.
std::vector<core::ExamResult> smallCohort() {
    using item_analysis_test_support::lineItem;
    auto p1c1 = caseResult("c1", 80);
    p1c1.report.items = {lineItem("zone", "cheek_left", "depth", 2, 2), lineItem("flag", "pregnancy", "", 1, 1),
                         lineItem("zone", "nose", "unplanned", -1, 0), lineItem("aftercare", "spf", "", 1, 1)};
    p1c1.report.zoneVerdicts = {{"cheek_left", core::ZoneVerdict::Correct}, {"nose", core::ZoneVerdict::Unplanned}};
    auto p2c1 = caseResult("c1", 50);
    p2c1.report.items = {lineItem("zone", "cheek_left", "depth", 1, 2), lineItem("flag", "pregnancy", "", 0, 1)};
    p2c1.report.zoneVerdicts = {{"cheek_left", core::ZoneVerdict::TooDeep}};
    auto p2c2 = caseResult("c2", 40);
    p2c2.report.zoneVerdicts = {{"cheek_left", core::ZoneVerdict::TooShallow}, {"forehead", core::ZoneVerdict::Missed}};
    // Unanswered: its stored score and verdicts count for nothing.
    auto p3c1 = caseResult("c1", 30, false);
    p3c1.report.items = {lineItem("flag", "pregnancy", "", 1, 1)};
    p3c1.report.zoneVerdicts = {{"forehead", core::ZoneVerdict::TooDeep}};
    return {result("P1", {p1c1, caseResult("c2", 90), caseResult("pooled", 70)}),
            result("P2", {p2c1, p2c2, caseResult("pooled", 60)}),
            result("P3", {p3c1, caseResult("c2", 20)})};
}

} // namespace item_analysis_test_support

using Catch::Detail::Approx;

TEST_CASE("item analysis: one case column per case every candidate sat, unanswered scoring 0") {
    const auto m = core::caseMarks(item_analysis_test_support::smallCohort());
    CHECK(m.candidates == std::vector<std::string>{"P1", "P2", "P3"});
    REQUIRE(m.items.size() == 2);
    CHECK(m.items[0].id == "case:c1");
    CHECK(m.items[0].maxMark == 100.0);
    CHECK(m.items[0].marks == std::vector<double>{80, 50, 0}); // P3's 30 was never answered
    CHECK(m.items[1].id == "case:c2");
    CHECK(m.items[1].marks == std::vector<double>{90, 40, 20});
    REQUIRE(m.leftOut.size() == 1);
    CHECK(m.leftOut[0] == "case:pooled: sat (drawn) by 2 of 3 candidates, left out");
}

TEST_CASE("item analysis: under the weighted rule a case's mark and max are its score and 100 times its weight") {
    using namespace item_analysis_test_support;
    const auto m = core::caseMarks({result("P1", {caseResult("a", 80, true, 2.0), caseResult("b", 50, true, 0.0)}, core::TotalRule::Weighted),
                                    result("P2", {caseResult("a", 40, true, 2.0), caseResult("b", 10, true, 0.0)}, core::TotalRule::Weighted)});
    REQUIRE(m.items.size() == 1);
    CHECK(m.items[0].maxMark == 200.0);
    CHECK(m.items[0].marks == std::vector<double>{160, 80}); // 2 x 80, 2 x 40
    REQUIRE(m.leftOut.size() == 1);
    CHECK(m.leftOut[0] == "case:b: weight 0 in the exam total, left out");
}

TEST_CASE("item analysis: line item columns, an unanswered case earning 0 on every item of its case") {
    const auto m = core::lineItemMarks(item_analysis_test_support::smallCohort());
    REQUIRE(m.items.size() == 2);
    // P1 2 of 2, P2 1 of 2, P3 unanswered 0.
    CHECK(m.items[0].id == "case:c1/zone:cheek_left:depth");
    CHECK(m.items[0].maxMark == 2.0);
    CHECK(m.items[0].marks == std::vector<double>{2, 1, 0});
    // P3's report says 1 point, but the case was never answered: 0.
    CHECK(m.items[1].id == "case:c1/flag:pregnancy");
    CHECK(m.items[1].marks == std::vector<double>{1, 0, 0});
    // aftercare:spf: P1 has it, P3 gets 0 (unanswered), P2's report lacks it.
    REQUIRE(m.leftOut.size() == 2);
    CHECK(m.leftOut[0] == "1 deduction item(s) with no marks to earn (max 0), such as case:c1/zone:nose:unplanned, left out");
    CHECK(m.leftOut[1] == "case:c1/aftercare:spf: in the reports of 2 of 3 candidates, left out");
}

TEST_CASE("item analysis: a result graded under older rules is left out of the line items only") {
    using namespace item_analysis_test_support;
    auto cohort = smallCohort();
    auto older = result("P4", {caseResult("c1", 60), caseResult("c2", 70)});
    for (auto& c : older.cases) c.report.rulesVersion = 1;
    cohort.push_back(older);
    const auto cases = core::caseMarks(cohort);
    CHECK(cases.candidates.size() == 4);
    CHECK(cases.items[0].marks == std::vector<double>{80, 50, 0, 60});
    const auto lines = core::lineItemMarks(cohort);
    CHECK(lines.candidates == std::vector<std::string>{"P1", "P2", "P3"});
    REQUIRE_FALSE(lines.leftOut.empty());
    CHECK(lines.leftOut[0] == "the result of P4 (attempt attempt-P4): graded under older rules, so its line items are not stored, left out");
}

TEST_CASE("item analysis: the cohort error map counts each zone's verdicts over answered cases") {
    // Answered cases: P1 c1 (cheek_left correct, nose unplanned), P1 c2 (no
    // verdicts), P1 pooled (none), P2 c1 (cheek_left too deep), P2 c2
    // (cheek_left too shallow, forehead missed), P2 pooled (none), P3 c2 (none).
    // P3 c1 is unanswered: its forehead "too deep" is not counted.
    //   cheek_left: graded 3 (P1 c1, P2 c1, P2 c2), too deep 1, too shallow 1, other 0.
    //   nose: graded 1, other 1 (unplanned). forehead: graded 1, other 1 (missed).
    //   cases counted 3 (P1 c1, P2 c1, P2 c2); without zones 4 (P1 c2, P1 pooled, P2 pooled, P3 c2).
    const auto map = core::cohortErrorMap(item_analysis_test_support::smallCohort());
    REQUIRE(map.zones.size() == 3);
    const auto& cheek = map.zones.at("cheek_left");
    CHECK(cheek.graded == 3);
    CHECK(cheek.tooDeep == 1);
    CHECK(cheek.tooShallow == 1);
    CHECK(cheek.other == 0);
    CHECK(cheek.errors() == 2);
    CHECK(map.zones.at("nose").graded == 1);
    CHECK(map.zones.at("nose").other == 1);
    CHECK(map.zones.at("forehead").graded == 1);
    CHECK(map.zones.at("forehead").tooDeep == 0);
    CHECK(map.zones.at("forehead").other == 1);
    CHECK(map.casesCounted == 3);
    CHECK(map.casesWithoutZones == 4);
}

TEST_CASE("item analysis: the synthetic cohort as case scores gives the hand-worked statistics") {
    // item_statistics_test.cpp's cohort as four cases under the weighted rule:
    // I1, I2, I4 weight 1 and I3 weight 2, each score 100 x mark / max (I3's
    // 2 -> 100, 1 -> 50). Case marks are then 100 x the hand-worked marks, so
    // facility, SD %, discrimination, efficiency and alpha are unchanged
    // (each a ratio), and the test's mean, sd and standard error are 100 x:
    // mean 260, sd 100 x 1.673320 = 167.3320, standard error 126.4911.
    using namespace item_analysis_test_support;
    const std::vector<std::vector<double>> scores{{100, 100, 100, 0}, {100, 100, 50, 0}, {100, 0, 100, 100}, {0, 100, 0, 100}, {0, 0, 0, 0}};
    std::vector<core::ExamResult> cohort;
    const char* names[] = {"A", "B", "C", "D", "E"};
    for (std::size_t i = 0; i < scores.size(); ++i) {
        std::vector<core::ExamCaseResult> cases;
        for (std::size_t k = 0; k < 4; ++k) cases.push_back(caseResult("I" + std::to_string(k + 1), scores[i][k], true, k == 2 ? 2.0 : 1.0));
        cohort.push_back(result(names[i], cases, core::TotalRule::Weighted));
    }
    const auto analysis = core::analyseCohortItems("exam-x", cohort);
    REQUIRE(analysis.has_value());
    const auto& items = analysis->cases.items;
    REQUIRE(items.size() == 4);
    CHECK(items[0].facility == Approx(60.0));
    CHECK(items[2].facility == Approx(50.0));
    CHECK(items[2].sd == Approx(50.0));
    CHECK(*items[0].discriminationIndex == Approx(74.5356).epsilon(1e-5));
    CHECK(*items[3].discriminationIndex == Approx(-11.1111).epsilon(1e-5));
    CHECK(*items[3].discriminativeEfficiency == Approx(-15.3846).epsilon(1e-5));
    CHECK(items[3].negativeDiscrimination);
    CHECK(analysis->cases.test.mean == Approx(260.0));
    CHECK(analysis->cases.test.sd == Approx(167.3320).epsilon(1e-6));
    CHECK(*analysis->cases.test.cronbachAlpha == Approx(42.8571).epsilon(1e-5));
    CHECK(*analysis->cases.test.errorRatio == Approx(75.5929).epsilon(1e-5));
    CHECK(*analysis->cases.test.standardError == Approx(126.4911).epsilon(1e-6));
    // No line items in these reports: nothing to analyse there, and no error.
    CHECK(analysis->lineItems.items.empty());
}
