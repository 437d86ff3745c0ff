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
