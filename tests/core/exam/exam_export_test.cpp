// Export files on disk: complete and signed, and a failure part-way leaves
// nothing half-written under a final name; exporting again finishes the job.
#include "exam/exam_export.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

TEST_CASE("a write that fails part-way leaves no half-written file, and a retry completes") {
    testing_support::TempDir dir;
    auto key = std::optional<core::SigningKey>(core::generateSigningKey()); // a fresh key, in memory only
    REQUIRE(key.has_value());
    core::ExamResult r;
    r.attemptId = core::newUuid();
    r.exam.id = "mini";
    r.exam.title = "Mini";
    r.candidate = {"Ana", "S-1", ""};
    r.submittedAt = "2026-11-20T10:00:00Z";
    r.examFile = core::Json::object();
    const auto out = dir.path() / "out";
    const std::string base = core::exportBaseName(r);
    CHECK(base == "mini-S-1-20261120T100000Z");
    // Block the third file's final name with a folder.
    std::filesystem::create_directories(out / (base + ".moodle.csv"));
    const auto failed = core::writeExamExports(r, out, *key);
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().summary().find("export again") != std::string::npos);
    for (const auto& e : std::filesystem::directory_iterator(out)) {
        const std::string name = e.path().filename().string();
        INFO(name);
        CHECK(name.find(".tmp") == std::string::npos); // no temp files left behind
    }
    CHECK(std::filesystem::is_directory(out / (base + ".moodle.csv")));
    // The files written before the failure are whole and correctly signed.
    auto pub = core::parsePublicKey(core::publicKeyText(*key));
    const auto json = testing_support::readFile(out / (base + ".json"));
    CHECK(core::Json::parse(json)["kind"] == "exam_result");
    CHECK(core::verifyDetached(*pub, json, testing_support::readFile(out / (base + ".json.minisig"))).has_value());

    std::filesystem::remove(out / (base + ".moodle.csv"));
    const auto retried = core::writeExamExports(r, out, *key);
    REQUIRE(retried.has_value());
    CHECK(retried->size() == 4); // JSON, generic CSV, Moodle CSV, xAPI
    for (const auto& f : *retried) {
        CHECK(core::verifyDetached(*pub, testing_support::readFile(f), testing_support::readFile(f.string() + ".minisig")).has_value());
    }
}

TEST_CASE("a sitting's export: no Canvas CSV (no assignment id), and a Moodle CSV only for an ID Moodle can match") {
    testing_support::TempDir dir;
    const std::optional<core::SigningKey> key = core::generateSigningKey();
    REQUIRE(key.has_value());
    core::ExamResult r;
    r.attemptId = core::newUuid();
    r.exam.id = "mini";
    r.exam.title = "Mini";
    r.candidate = {"Ana", "-007", ""};
    r.submittedAt = "2026-11-20T10:00:00Z";
    r.examFile = core::Json::object();
    const auto written = core::writeExamExports(r, dir.path() / "good", *key);
    REQUIRE(written.has_value());
    std::vector<std::string> names;
    for (const auto& f : *written) names.push_back(f.filename().string());
    CHECK(names == std::vector<std::string>{"mini--007-20261120T100000Z.json", "mini--007-20261120T100000Z.generic.csv",
                                            "mini--007-20261120T100000Z.moodle.csv", "mini--007-20261120T100000Z.xapi.json"});
    // No cases: the total is 0.0; the ID is written as typed.
    CHECK(testing_support::readFile(dir.path() / "good" / names[2]) == "ID number,Mini\r\n-007,0.0\r\n");

    // A journal begun before the identity check could hold an ID Moodle reads as blank.
    r.candidate.id = "0";
    const auto older = core::writeExamExports(r, dir.path() / "older", *key);
    REQUIRE(older.has_value());
    CHECK(older->size() == 3);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "older" / "mini-0-20261120T100000Z.moodle.csv"));
}
