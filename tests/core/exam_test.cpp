// Exam files: reading, the checks the issue names, and reproducible draws.
#include "validation/case_library.hpp"
#include "model/exam.hpp"
#include "validation/validator.hpp"

#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace {


core::CaseById byId() {
    core::CaseById out;
    for (const auto& e : fixtures::bundledLibrary().entries) {
        if (e.playable) out[e.playable->id] = &*e.playable;
    }
    return out;
}

core::Json baseExam() {
    return core::Json::parse(R"({"kind": "exam", "schema_version": 1, "id": "t", "title": "T",
        "cases": ["a-fine-lines-forehead-eyes"],
        "pools": [{"id": "adv", "count": 2, "difficulty": "advanced", "seed": 5}],
        "shuffle": true, "seed": 3, "time_limit_minutes": 20, "pass_mark": 70,
        "protocol": "clinic-standard", "feedback": "none"})");
}

std::string validateText(const core::Json& exam) {
    testing_support::TempDir dir;
    dir.write("exam.json", exam.dump(2));
    const auto r = core::validatePaths({dir.path()}, MN_SOURCE_ROOT);
    std::string out;
    for (const auto& d : r.allDiagnostics()) out += core::formatDiagnostic(d) + "\n";
    return out;
}

} // namespace

TEST_CASE("draws are reproducible from the seeds, and different seeds draw differently") {
    core::Diagnostics d;
    const auto exam = core::readExam(baseExam(), d);
    REQUIRE_FALSE(d.hasErrors());
    const auto first = core::drawExamCases(exam, byId());
    REQUIRE(first.has_value());
    CHECK(first->size() == 3);
    CHECK(*first == *core::drawExamCases(exam, byId()));
    CHECK(std::find(first->begin(), first->end(), "a-fine-lines-forehead-eyes") != first->end());
    for (const auto& id : *first) {
        if (id != "a-fine-lines-forehead-eyes") CHECK(byId().at(id)->difficulty == core::Difficulty::Advanced);
    }
    int differing = 0;
    for (std::uint64_t seed = 6; seed < 16; ++seed) {
        auto other = exam;
        other.pools[0].seed = seed;
        differing += *core::drawExamCases(other, byId()) != *first ? 1 : 0;
    }
    CHECK(differing > 0);
}

TEST_CASE("the bundled exams validate and draw") {
    const auto r = core::validatePaths({std::filesystem::path(MN_SOURCE_ROOT) / "cases/exams"}, MN_SOURCE_ROOT);
    CHECK(r.valid());
    CHECK(r.files.size() == 2);
}

TEST_CASE("exam bad input: a missing case, a short pool, a zero or negative time limit") {
    auto e = baseExam();
    e["cases"] = {"no-such-case"};
    CHECK(validateText(e).find("/cases/0: no valid case \"no-such-case\"") != std::string::npos);
    e = baseExam();
    e["pools"][0]["count"] = 50;
    CHECK(validateText(e).find("/pools/0/count: the pool asks for 50 cases but only") != std::string::npos);
    for (int minutes : {0, -5}) {
        e = baseExam();
        e["time_limit_minutes"] = minutes;
        CHECK(validateText(e).find("/time_limit_minutes: the time limit must be more than 0 minutes") != std::string::npos);
    }
    e = baseExam();
    e["feedback"] = "everything";
    CHECK(validateText(e).find("/feedback") != std::string::npos);
    e = baseExam();
    e.erase("cases");
    e.erase("pools");
    CHECK(validateText(e).find("the exam has no cases") != std::string::npos);
    core::Diagnostics d;
    auto exam = core::readExam(baseExam(), d);
    exam.pools[0].count = 50;
    CHECK_FALSE(core::drawExamCases(exam, byId()).has_value());
}
