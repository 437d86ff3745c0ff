// An exam as sat against the official exam file: identical bytes pass; a
// doctored copy (pass mark 5, 600 minutes) is named field by field.
#include "../support/run_process.hpp"
#include "exam/official_exam.hpp"
#include "platform/signing.hpp"

#include <catch2/catch.hpp>

namespace official_exam_test_support {

const std::string kOfficialText =
    R"({"kind": "exam", "schema_version": 1, "id": "mini", "title": "Mini exam",
  "cases": ["a-fine-lines-forehead-eyes"], "time_limit_minutes": 30, "pass_mark": 70, "protocol": "clinic-standard", "feedback": "none"}
)";

// A result as the exam session records it: the exam's bytes hashed, its JSON embedded.
core::ExamResult satOn(const std::string& examText) {
    core::ExamResult r;
    r.examFile = core::Json::parse(examText);
    r.examSha256 = core::sha256Hex(examText);
    return r;
}

} // namespace official_exam_test_support

TEST_CASE("official exam: a result sat on the same bytes has no differences, a doctored copy is "
          "named field by field") {
    testing_support::TempDir dir;
    const auto file = dir.write("mini.json", official_exam_test_support::kOfficialText);
    const auto official = core::loadOfficialExam(file);
    REQUIRE(official.has_value());
    CHECK(official->exam.id == "mini");
    CHECK(
        core::examDifferences(
            official_exam_test_support::satOn(official_exam_test_support::kOfficialText), *official)
            .empty());

    std::string doctored = official_exam_test_support::kOfficialText;
    doctored.replace(doctored.find("\"pass_mark\": 70"), 15, "\"pass_mark\": 5");
    doctored.replace(doctored.find("\"time_limit_minutes\": 30"), 24,
                     "\"time_limit_minutes\": 600");
    const auto differences =
        core::examDifferences(official_exam_test_support::satOn(doctored), *official);
    // The SHA-256 line, then the two changed fields in name order; the unchanged ones are not
    // listed.
    REQUIRE(differences.size() == 3);
    CHECK(differences[0].find("exam file SHA-256 as sat " + core::sha256Hex(doctored)) == 0);
    CHECK(differences[1] == "pass_mark: as sat 5, official 70");
    CHECK(differences[2] == "time_limit_minutes: as sat 600, official 30");
}

TEST_CASE("official exam: a reformatted copy is refused with a word that only the bytes differ") {
    testing_support::TempDir dir;
    const auto official =
        core::loadOfficialExam(dir.write("mini.json", official_exam_test_support::kOfficialText));
    REQUIRE(official.has_value());
    const std::string reformatted =
        core::Json::parse(official_exam_test_support::kOfficialText).dump(4);
    const auto differences =
        core::examDifferences(official_exam_test_support::satOn(reformatted), *official);
    REQUIRE(differences.size() == 1);
    CHECK(differences[0].find("every field is the same") != std::string::npos);
}

TEST_CASE("official exam: two files with one exam id and an invalid exam file are refused") {
    testing_support::TempDir dir;
    const auto a = dir.write("a.json", official_exam_test_support::kOfficialText);
    const auto b = dir.write("b.json", official_exam_test_support::kOfficialText);
    const auto both = core::loadOfficialExams({a, b});
    REQUIRE_FALSE(both.has_value());
    CHECK(both.error().summary().find("two official exam files have the exam id \"mini\"") !=
          std::string::npos);
    const auto broken = core::loadOfficialExam(
        dir.write("c.json", R"({"kind": "exam", "schema_version": 1, "id": "x"})"));
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error().summary().find("c.json") != std::string::npos);
}
