// Exam results: total and pass, xAPI statements, and the JSON record round
// trip (the gradebook CSVs: gradebook_csv_test.cpp and its preset tests).
#include "exam/exam_result.hpp"

#include <catch2/catch.hpp>

#include <cctype>


namespace {

// 8-4-4-4-12 lower-case hex, version 4, RFC 4122 variant.
bool isUuid4(const std::string& s) {
    if (s.size() != 36) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash != (s[i] == '-')) return false;
        if (!dash && !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    return s[14] == '4' && std::string("89ab").find(s[19]) != std::string::npos;
}

core::ExamResult sampleResult(const std::string& name) {
    core::ExamResult r;
    r.attemptId = "5d9ae1c2-3f3e-4a8b-9c1d-0e1f2a3b4c5d";
    r.exam.id = "foundation-certificate";
    r.exam.title = "Foundation, part 1";
    r.exam.passMark = 70;
    r.examFile = core::Json::object();
    r.candidate = {name, "S-001", "a@example.org"};
    r.startedAt = "2026-11-20T09:00:00Z";
    r.submittedAt = "2026-11-20T09:41:30Z";
    r.durationSeconds = 2490;
    for (const auto& [id, score] : std::vector<std::pair<std::string, double>>{{"case-a", 80.0}, {"case-b", 91.0}}) {
        core::ExamCaseResult c;
        c.caseId = id;
        c.caseTitle = "Title " + id;
        c.attempt.caseId = id;
        c.report.caseId = id;
        c.report.total = score;
        r.cases.push_back(c);
    }
    return r;
}

} // namespace

TEST_CASE("the total is the mean of the case scores, and passes at the mark") {
    const auto r = sampleResult("Ann");
    CHECK(r.total() == Approx(85.5)); // (80 + 91) / 2
    CHECK(r.passed());                // 85.5 >= 70
}

TEST_CASE("a critical error in any case fails the exam whatever the total") {
    auto r = sampleResult("Ann");
    r.cases[0].report.critical.push_back({"treated_avoid_zone:chin", "..."});
    CHECK_FALSE(r.passed());
}

// Working for the rules below, with the sample's two cases scoring 80 and 91
// (mean 85.5) and a pass mark of 70:
// - case b unanswered: it counts 0, so the mean is (80 + 0) / 2 = 40.0;
// - three cases 80, 91 and an unanswered one, with all_cases_required off:
//   (80 + 91 + 0) / 3 = 57.0, still under 70, so a blank case sinks a pass;
// - weighted 3:1 on cases a and b: (3*80 + 1*91) / 4 = 82.75, shown 82.8;
// - min_case_score 85: case a (80) is under it although the mean passes.
TEST_CASE("an unanswered case scores 0 in the total whatever its report says, and fails a sitting that requires every case") {
    auto r = sampleResult("Ann");
    r.cases[1].attempt.decisionGiven = false; // its report.total of 91 must not count
    CHECK(r.total() == Approx(40.0));
    const auto reasons = r.failReasons();
    REQUIRE(reasons.size() == 2);
    CHECK(reasons[0] == "the total 40.0 is under the pass mark 70.0");
    CHECK(reasons[1] == "case 2 (case-b) was left unanswered, and this exam requires every case");
    CHECK(core::examResultToJson(r)["cases"][1]["score"] == 0.0);
    CHECK(core::examResultToJson(r)["cases"][1]["answered"] == false);
    CHECK(core::examResultToJson(r)["fail_reasons"].size() == 2);
}

TEST_CASE("all_cases_required: a blank case fails the sitting even when the total would pass") {
    auto r = sampleResult("Ann");
    r.exam.passMark = 30;
    core::ExamCaseResult blank = r.cases[0];
    blank.caseId = "case-c";
    blank.attempt.decisionGiven = false;
    r.cases.push_back(blank);
    CHECK(r.total() == Approx(57.0));
    CHECK_FALSE(r.passed());
    r.exam.allCasesRequired = false;
    CHECK(r.passed()); // 57.0 >= 30 with no case rule left to break
}

TEST_CASE("the weighted total rule weighs each case by its recorded weight") {
    auto r = sampleResult("Ann");
    r.cases[0].weight = 3;
    r.cases[1].weight = 1;
    CHECK(r.total() == Approx(85.5)); // the mean rule ignores weights
    r.exam.totalRule = core::TotalRule::Weighted;
    CHECK(r.total() == Approx(82.8));
    r.cases[0].weight = 0;
    r.cases[1].weight = 0;
    CHECK(r.total() == Approx(0.0)); // no weight at all: nothing earned
}

TEST_CASE("min_case_score fails a sitting with one weak case whatever the total") {
    auto r = sampleResult("Ann");
    r.exam.minCaseScore = 85;
    REQUIRE(r.total() >= r.exam.passMark);
    const auto reasons = r.failReasons();
    REQUIRE(reasons.size() == 1);
    CHECK(reasons[0] == "case 1 (case-a) scored 80.0, under this exam's case minimum 85.0");
    r.exam.minCaseScore = 80;
    CHECK(r.passed()); // exactly at the minimum is enough
}

TEST_CASE("the draw seed and case weights survive the JSON round trip, and a bad seed is refused") {
    auto r = sampleResult("Ann");
    r.drawSeed = 0x0123456789abcdefull;
    r.cases[0].weight = 2.5;
    auto j = core::examResultToJson(r);
    CHECK(j["draw_seed"] == "0123456789abcdef");
    j["exam"] = {{"kind", "exam"}, {"schema_version", 1}, {"id", "x"}, {"title", "X"}, {"cases", {"case-a", "case-b"}},
                 {"time_limit_minutes", 10}, {"pass_mark", 70}, {"protocol", "clinic-standard"}, {"feedback", "none"}};
    const auto back = core::examResultFromJson(j);
    REQUIRE(back.has_value());
    CHECK(back->drawSeed == 0x0123456789abcdefull);
    CHECK(back->cases[0].weight == 2.5);
    j["draw_seed"] = "12";
    const auto bad = core::examResultFromJson(j);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().summary().find("draw_seed") != std::string::npos);
}

TEST_CASE("xAPI: one assessment statement and one answered statement per case") {
    const auto r = sampleResult("Ann Lee");
    const auto s = core::examResultXapi(r);
    REQUIRE(s.is_array());
    REQUIRE(s.size() == 3);
    for (const auto& st : s) {
        CHECK(isUuid4(st["id"].get<std::string>()));
        CHECK(st["timestamp"] == "2026-11-20T09:41:30Z");
        CHECK(st["actor"]["account"]["name"] == "S-001");
        CHECK(st["context"]["registration"] == r.attemptId);
    }
    CHECK(s[0]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed");
    CHECK(s[0]["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/assessment");
    CHECK(s[0]["result"]["score"]["scaled"].get<double>() == Approx(0.855));
    CHECK(s[0]["result"]["score"]["raw"].get<double>() == Approx(85.5));
    CHECK(s[0]["result"]["duration"] == "PT2490S");
    CHECK(s[0]["result"]["completion"] == true);
    CHECK(s[1]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
    CHECK(s[1]["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction");
    CHECK(s[1]["context"]["contextActivities"]["parent"][0]["id"] == s[0]["object"]["id"]);
    CHECK(s[1]["id"] != s[2]["id"]);
}

TEST_CASE("the JSON record round-trips") {
    auto r = sampleResult("Ann Lee");
    r.examFile = core::Json::parse(R"({"kind": "exam", "schema_version": 1, "id": "foundation-certificate", "title": "Foundation, part 1",
        "cases": ["case-a", "case-b"], "time_limit_minutes": 45, "pass_mark": 70, "protocol": "clinic-standard", "feedback": "none"})");
    const auto j = core::examResultToJson(r);
    CHECK(j["total"].get<double>() == Approx(85.5));
    const auto back = core::examResultFromJson(j);
    REQUIRE(back.has_value());
    CHECK(back->candidate.name == "Ann Lee");
    CHECK(back->cases.size() == 2);
    CHECK(back->total() == Approx(85.5));
    CHECK_FALSE(core::examResultFromJson(core::Json::object()).has_value());
}
