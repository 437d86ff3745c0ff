// Exam files: reading, the checks the issue names, and reproducible draws.
#include "validation/case_library.hpp"
#include "model/exam.hpp"
#include "validation/validator.hpp"

#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <set>

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
    const auto drawn = core::drawExamCases(exam, byId());
    REQUIRE(drawn.has_value());
    const auto first = drawn->order;
    CHECK(first.size() == 3);
    CHECK(first == core::drawExamCases(exam, byId())->order);
    CHECK(std::find(first.begin(), first.end(), "a-fine-lines-forehead-eyes") != first.end());
    for (const auto& id : first) {
        if (id != "a-fine-lines-forehead-eyes") CHECK(byId().at(id)->difficulty == core::Difficulty::Advanced);
    }
    int differing = 0;
    for (std::uint64_t seed = 6; seed < 16; ++seed) {
        auto other = exam;
        other.pools[0].seed = seed;
        differing += core::drawExamCases(other, byId())->order != first ? 1 : 0;
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

TEST_CASE("a sitting's draw seed differs by candidate and by sitting, and is the exam's own when the draw is the same for all") {
    core::Diagnostics d;
    auto exam = core::readExam(baseExam(), d);
    REQUIRE_FALSE(d.hasErrors());
    CHECK(exam.draw == core::DrawRule::PerCandidate); // the default
    const auto ann = core::sittingDrawSeed(exam, "c-001", "sitting-1");
    CHECK(ann == core::sittingDrawSeed(exam, "c-001", "sitting-1")); // reproducible
    CHECK(ann != core::sittingDrawSeed(exam, "c-002", "sitting-1"));
    CHECK(ann != core::sittingDrawSeed(exam, "c-001", "sitting-2"));
    // The parts are separated, so "ab"+"c" and "a"+"bc" do not collide.
    CHECK(core::sittingDrawSeed(exam, "ab", "c") != core::sittingDrawSeed(exam, "a", "bc"));
    exam.draw = core::DrawRule::SameForAll;
    CHECK(core::sittingDrawSeed(exam, "c-001", "sitting-1") == 0);
    CHECK(core::sittingDrawSeed(exam, "c-002", "sitting-9") == 0);
}

TEST_CASE("different draw seeds give different draws of one exam, and seed 0 is the exam's own draw") {
    core::Diagnostics d;
    const auto exam = core::readExam(baseExam(), d);
    REQUIRE_FALSE(d.hasErrors());
    const auto own = core::drawExamCases(exam, byId(), 0)->order;
    CHECK(own == core::drawExamCases(exam, byId())->order);
    // The advanced pool holds more than two cases, so twenty candidates cannot all
    // draw alike: count distinct draws (sets of cases, and orders).
    std::set<std::vector<std::string>> orders;
    std::set<std::set<std::string>> sets;
    for (int i = 0; i < 20; ++i) {
        const auto seed = core::sittingDrawSeed(exam, "cand-" + std::to_string(i), "s");
        const auto order = core::drawExamCases(exam, byId(), seed)->order;
        orders.insert(order);
        sets.insert(std::set<std::string>(order.begin(), order.end()));
        CHECK(order == core::drawExamCases(exam, byId(), seed)->order);
    }
    CHECK(orders.size() > 10);
    CHECK(sets.size() > 1);
}

TEST_CASE("the draw seed is written as 16 hex digits and read back exactly") {
    CHECK(core::drawSeedText(0) == "0000000000000000");
    CHECK(core::drawSeedText(0xfedcba9876543210ull) == "fedcba9876543210");
    CHECK(core::parseDrawSeed("fedcba9876543210") == 0xfedcba9876543210ull);
    CHECK_FALSE(core::parseDrawSeed("FEDCBA9876543210").has_value());
    CHECK_FALSE(core::parseDrawSeed("123").has_value());
    CHECK_FALSE(core::parseDrawSeed("zz00000000000000").has_value());
}

TEST_CASE("exam scoring fields: defaults, weights by listed case and pool, and their errors") {
    core::Diagnostics d;
    auto exam = core::readExam(baseExam(), d);
    REQUIRE_FALSE(d.hasErrors());
    CHECK(exam.totalRule == core::TotalRule::Mean);
    CHECK(exam.allCasesRequired);
    CHECK(exam.minCaseScore == 0);
    auto j = baseExam();
    j["total"] = "weighted";
    j["weights"] = {{"a-fine-lines-forehead-eyes", 3}};
    j["pools"][0]["weight"] = 0.5;
    j["min_case_score"] = 40;
    j["all_cases_required"] = false;
    j["draw"] = "same_for_all";
    core::Diagnostics d2;
    exam = core::readExam(j, d2);
    REQUIRE_FALSE(d2.hasErrors());
    const auto drawn = core::drawExamCases(exam, byId());
    REQUIRE(drawn.has_value());
    for (const auto& id : drawn->order) CHECK(drawn->weights.at(id) == (id == "a-fine-lines-forehead-eyes" ? 3.0 : 0.5));
    CHECK(exam.minCaseScore == 40);
    CHECK_FALSE(exam.allCasesRequired);
    CHECK(exam.draw == core::DrawRule::SameForAll);

    auto bad = baseExam();
    bad["weights"] = {{"a-fine-lines-forehead-eyes", 2}};
    CHECK(validateText(bad).find("/total: weights are set but the total is the plain mean") != std::string::npos);
    bad["total"] = "weighted";
    bad["weights"] = {{"not-listed", 2}};
    CHECK(validateText(bad).find("/weights/not-listed: \"not-listed\" is not a listed case") != std::string::npos);
    bad["weights"] = {{"a-fine-lines-forehead-eyes", -1}};
    CHECK(validateText(bad).find("/weights/a-fine-lines-forehead-eyes: a case's weight must be a number from 0 to 100") != std::string::npos);
    bad = baseExam();
    bad["total"] = "median";
    CHECK(validateText(bad).find("/total") != std::string::npos);
    bad = baseExam();
    bad["min_case_score"] = 120;
    CHECK(validateText(bad).find("/min_case_score") != std::string::npos);
}

TEST_CASE("screening mode: the exam's choice overrides the case's, the default is the checklist") {
    core::Diagnostics d;
    auto caseJson = fixtures::validCase();
    const core::Case checklistCase = core::readCase(caseJson, d);
    caseJson["screening"] = "recall";
    const core::Case recallCase = core::readCase(caseJson, d);
    REQUIRE_FALSE(d.hasErrors());
    CHECK(core::screeningModeFor(checklistCase, nullptr) == core::ScreeningMode::Checklist);
    CHECK(core::screeningModeFor(recallCase, nullptr) == core::ScreeningMode::Recall);
    const auto plainExam = core::readExam(baseExam(), d);
    CHECK(core::screeningModeFor(recallCase, &plainExam) == core::ScreeningMode::Recall); // no exam setting: the case's
    auto json = baseExam();
    json["screening"] = "checklist";
    const auto checklistExam = core::readExam(json, d);
    CHECK(core::screeningModeFor(recallCase, &checklistExam) == core::ScreeningMode::Checklist);
    json["screening"] = "recall";
    const auto recallExam = core::readExam(json, d);
    CHECK(core::screeningModeFor(checklistCase, &recallExam) == core::ScreeningMode::Recall);
    REQUIRE_FALSE(d.hasErrors());
    json["screening"] = "recal";
    (void)core::readExam(json, d);
    CHECK(d.hasErrors()); // a misspelt mode is refused, not read as the default
}
