// A cohort folder judged as a whole: three machines in the roster and one
// stranger's key, a copy counted once and a conflicting claim refused, two
// exams kept apart, a doctored exam named, and a practice record re-graded
// but kept out of every gradebook.
#include "../support/run_process.hpp"
#include "cohort/cohort_batch.hpp"
#include "exam/exam_session.hpp"
#include "fixtures.hpp"
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "practice/attempt_store.hpp"

#include <catch2/catch.hpp>

namespace cohort_batch_test_support {

namespace fs = std::filesystem;

std::string examText(const std::string& id, const std::string& cases, int passMark, int minutes) {
    return R"({"kind": "exam", "schema_version": 1, "id": ")" + id + R"(", "title": "Exam )" + id +
           R"(", "cases": [)" + cases + R"(], "time_limit_minutes": )" + std::to_string(minutes) +
           R"(, "pass_mark": )" + std::to_string(passMark) +
           R"(, "protocol": "clinic-standard", "feedback": "none"})" + "\n";
}

struct Room {
    testing_support::TempDir dir;
    core::KeyRoster roster;
    std::map<std::string, core::SigningKey> keys; // pc1..pc3 are in the roster, "stranger" is not
    fs::path results = dir.path() / "results";
    int sittings = 0;

    Room() {
        for (const std::string name : {"pc1", "pc2", "pc3", "stranger"}) {
            const std::optional<core::SigningKey> key = core::generateSigningKey();
            REQUIRE(key.has_value());
            keys[name] = *key;
            if (name != "stranger")
                REQUIRE(roster.add({name, {}, *core::parsePublicKey(core::publicKeyText(*key))})
                            .has_value());
        }
        fs::create_directories(results);
    }

    // One honest sitting of `examFile` (answers: defer the first case), as the exported JSON text.
    std::string sit(const fs::path& examFile, const std::string& candidateId) {
        auto s =
            core::ExamSession::start({examFile, {"Candidate " + candidateId, candidateId, ""}},
                                     dir.path() / ("j" + std::to_string(++sittings)),
                                     fixtures::referenceData(), fixtures::bundledLibrary(), 0.0);
        REQUIRE(s.has_value());
        REQUIRE((*s)->apply(core::cmd::SetDecision{core::Decision::Defer}).has_value());
        REQUIRE((*s)->submit(60.0, false).has_value());
        return core::examResultToJson(*(*s)->result()).dump(2) + "\n";
    }

    fs::path handIn(const std::string& name, const std::string& content,
                    const std::string& machine) const {
        const auto file = dir.write("results/" + name, content);
        dir.write("results/" + name + ".minisig",
                  core::signDetached(keys.at(machine), content, "test " + name));
        return file;
    }

    std::vector<fs::path> files() const {
        std::vector<fs::path> out;
        for (const auto& e : fs::directory_iterator(results)) {
            if (e.path().extension() == ".json") out.push_back(e.path());
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    core::Cohort judge(const std::vector<core::OfficialExam>& officials, unsigned jobs = 2) const {
        static const auto cases = core::cohortCases(fixtures::bundledLibrary());
        return core::judgeCohort(files(),
                                 {roster, cases, fixtures::referenceData(), officials, jobs});
    }
};

const core::CohortFile& entry(const core::Cohort& cohort, const std::string& name) {
    for (const auto& f : cohort.files) {
        if (f.file.filename() == name) return f;
    }
    FAIL("no entry " << name);
    return cohort.files.front();
}

} // namespace cohort_batch_test_support

TEST_CASE("cohort batch: results of three machines are graded and say which machine signed them, a "
          "stranger's key is UNTRUSTED") {
    cohort_batch_test_support::Room room;
    const auto exam = room.dir.write(
        "mini.json",
        cohort_batch_test_support::examText("mini", R"("a-fine-lines-forehead-eyes")", 70, 10));
    room.handIn("s1.json", room.sit(exam, "S-1"), "pc1");
    room.handIn("s2.json", room.sit(exam, "S-2"), "pc2");
    room.handIn("s3.json", room.sit(exam, "S-3"), "pc3");
    room.handIn("s4.json", room.sit(exam, "S-4"),
                "stranger"); // signed with the candidate's own key
    for (const unsigned jobs : {1u, 3u}) {
        const auto cohort = room.judge({}, jobs);
        REQUIRE(cohort.gradebooks.count("mini") == 1);
        CHECK(cohort.gradebooks.at("mini").size() == 3);
        CHECK(cohort_batch_test_support::entry(cohort, "s1.json").verdict.machine == "pc1");
        CHECK(cohort_batch_test_support::entry(cohort, "s2.json").verdict.machine == "pc2");
        CHECK(cohort_batch_test_support::entry(cohort, "s3.json").verdict.machine == "pc3");
        const auto& s4 = cohort_batch_test_support::entry(cohort, "s4.json");
        CHECK(s4.verdict.standing == core::Standing::Untrusted);
        CHECK_FALSE(s4.verdict.accepted.has_value());
        REQUIRE(s4.verdict.problems.size() == 1);
        CHECK(s4.verdict.problems[0].find("UNTRUSTED (key id " +
                                          core::hexKeyId(room.keys.at("stranger").keyId) + ")") ==
              0);
        CHECK(core::isProblem(s4.verdict.standing));
    }
}

TEST_CASE("cohort batch: a copy of one signed result counts once, two different files claiming one "
          "attempt are both refused") {
    cohort_batch_test_support::Room room;
    const auto exam = room.dir.write(
        "mini.json",
        cohort_batch_test_support::examText("mini", R"("a-fine-lines-forehead-eyes")", 70, 10));
    const std::string s1 = room.sit(exam, "S-1");
    room.handIn("a-s1.json", s1, "pc1");
    room.handIn("b-s1-copy.json", s1, "pc2"); // the same bytes, even signed again elsewhere
    const std::string s2 = room.sit(exam, "S-2");
    room.handIn("c-s2.json", s2, "pc2");
    auto other = core::Json::parse(s2);
    other["candidate"]["name"] =
        "Someone Else"; // same attempt id, different content, honestly signed
    room.handIn("d-s2-other.json", other.dump(2) + "\n", "pc3");
    const auto cohort = room.judge({});
    REQUIRE(cohort.gradebooks.count("mini") == 1);
    REQUIRE(cohort.gradebooks.at("mini").size() == 1);
    CHECK(cohort.gradebooks.at("mini")[0].candidate.id == "S-1");
    CHECK(cohort_batch_test_support::entry(cohort, "a-s1.json").verdict.standing ==
          core::Standing::Accepted);
    const auto& copy = cohort_batch_test_support::entry(cohort, "b-s1-copy.json");
    CHECK(copy.verdict.standing == core::Standing::Duplicate);
    CHECK(copy.verdict.problems.at(0).find("DUPLICATE: the same signed result as a-s1.json") == 0);
    CHECK_FALSE(core::isProblem(copy.verdict.standing));
    for (const char* name : {"c-s2.json", "d-s2-other.json"}) {
        const auto& f = cohort_batch_test_support::entry(cohort, name);
        CHECK(f.verdict.standing == core::Standing::Conflict);
        CHECK(f.verdict.problems.back().find(
                  "claimed by 2 files with different contents (c-s2.json, d-s2-other.json)") !=
              std::string::npos);
    }
}

TEST_CASE("cohort batch: two exams get two gradebooks, and with an official exam the other is set "
          "aside") {
    cohort_batch_test_support::Room room;
    const auto mini = room.dir.write(
        "mini.json",
        cohort_batch_test_support::examText("mini", R"("a-fine-lines-forehead-eyes")", 70, 10));
    const auto other =
        room.dir.write("other.json", cohort_batch_test_support::examText(
                                         "other", R"("a-melasma-pregnant-rosacea-flare")", 70, 10));
    room.handIn("m1.json", room.sit(mini, "S-1"), "pc1");
    room.handIn("m2.json", room.sit(mini, "S-2"), "pc2");
    room.handIn("o1.json", room.sit(other, "S-3"), "pc3");
    const auto unchecked = room.judge({});
    CHECK(unchecked.gradebooks.size() == 2);
    CHECK(core::examCounts(unchecked) == "mini (2 results), other (1 result)");
    const auto official = core::loadOfficialExam(mini);
    REQUIRE(official.has_value());
    const auto checked = room.judge({*official});
    REQUIRE(checked.gradebooks.size() == 1);
    CHECK(checked.gradebooks.at("mini").size() == 2);
    const auto& aside = cohort_batch_test_support::entry(checked, "o1.json");
    CHECK(aside.verdict.standing == core::Standing::SetAside);
    CHECK(aside.verdict.notes.back().find("exam \"other\"") != std::string::npos);
}

TEST_CASE("cohort batch: a result sat on a doctored copy of the official exam is refused, each "
          "changed field named") {
    cohort_batch_test_support::Room room;
    const auto official = room.dir.write(
        "mini.json",
        cohort_batch_test_support::examText("mini", R"("a-fine-lines-forehead-eyes")", 70, 10));
    const auto doctored = room.dir.write(
        "doctored/mini.json",
        cohort_batch_test_support::examText("mini", R"("a-fine-lines-forehead-eyes")", 5, 600));
    room.handIn("honest.json", room.sit(official, "S-1"), "pc1");
    room.handIn("doctored.json", room.sit(doctored, "S-2"), "pc2");
    const auto loaded = core::loadOfficialExam(official);
    REQUIRE(loaded.has_value());
    const auto cohort = room.judge({*loaded});
    REQUIRE(cohort.gradebooks.at("mini").size() == 1);
    CHECK(cohort.gradebooks.at("mini")[0].candidate.id == "S-1");
    const auto& bad = cohort_batch_test_support::entry(cohort, "doctored.json");
    CHECK(bad.verdict.standing == core::Standing::ExamMismatch);
    const auto& p = bad.verdict.problems;
    CHECK(std::find(p.begin(), p.end(), "exam differs: pass_mark: as sat 5, official 70") !=
          p.end());
    CHECK(std::find(p.begin(), p.end(),
                    "exam differs: time_limit_minutes: as sat 600, official 10") != p.end());
}

TEST_CASE("cohort batch: a practice attempt record is re-graded, reported as unsigned, and never "
          "enters a gradebook") {
    cohort_batch_test_support::Room room;
    auto attempt = core::loadAttemptFile(std::filesystem::path(MN_SOURCE_ROOT) /
                                         "cases/answers/a-fine-lines-forehead-eyes.answer.json");
    REQUIRE(attempt.has_value());
    core::Report report;
    report.caseId = attempt->caseId;
    report.protocolId = "clinic-standard";
    report.total = 100.0; // every bundled model answer scores 100 (grader_golden_test)
    const auto saved = core::AttemptStore(room.dir.path() / "trainee")
                           .saveFinished(*attempt, report, "2026-12-02T10:00:00Z");
    REQUIRE(saved.has_value());
    std::filesystem::copy_file(*saved, room.results / "practice.json");
    const auto cohort = room.judge({});
    CHECK(cohort.gradebooks.empty());
    const auto& f = cohort_batch_test_support::entry(cohort, "practice.json");
    CHECK(f.verdict.standing == core::Standing::Practice);
    CHECK_FALSE(core::isProblem(f.verdict.standing));
    REQUIRE(f.practice.has_value());
    CHECK(f.practice->regraded);
    CHECK(f.practice->caseId == "a-fine-lines-forehead-eyes");
    CHECK(f.practice->regradedScore == Approx(100.0));
    CHECK(f.practice->notes.empty());
    CHECK(f.verdict.notes.at(0).find("not signed") != std::string::npos);
}
