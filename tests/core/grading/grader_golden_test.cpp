// Golden tests: flawed attempts whose expected score, verdict and critical
// errors were worked out by hand from the rules (each file says how), and
// every bundled model answer, which must score 100 and pass.
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

namespace fs = std::filesystem;

namespace {

core::Report gradeFiles(const fs::path& caseFile, const fs::path& attemptFile, const std::string& protocolId) {
    core::ReferenceData data = fixtures::referenceData();
    auto c = core::loadCaseFile(caseFile, data);
    INFO(caseFile.string());
    REQUIRE(c.has_value());
    auto a = core::loadAttemptFile(attemptFile);
    INFO(attemptFile.string());
    REQUIRE(a.has_value());
    core::Diagnostics d;
    core::checkAttemptAgainstCase(*a, *c, data, d);
    REQUIRE_FALSE(d.hasErrors());
    auto p = core::resolveProtocol(protocolId, *c, data);
    REQUIRE(p.has_value());
    return core::grade(*c, *a, *p, data);
}

std::vector<fs::path> filesEndingWith(const fs::path& dir, const std::string& suffix) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        const auto name = e.path().filename().string();
        if (name.size() > suffix.size() && name.ends_with(suffix)) out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("golden attempts grade exactly as worked out by hand") {
    const fs::path root = MN_SOURCE_ROOT;
    const auto expectedFiles = filesEndingWith(root / "tests/data/golden", ".expected.json");
    REQUIRE(expectedFiles.size() >= 18);
    for (const auto& expectedFile : expectedFiles) {
        std::ifstream in(expectedFile);
        const auto expected = core::Json::parse(in);
        const std::string name = expectedFile.filename().string();
        const fs::path attemptFile = expectedFile.parent_path() / (name.substr(0, name.size() - 14) + ".attempt.json");
        const auto report = gradeFiles(root / expected["case"].get<std::string>(), attemptFile, expected.value("protocol", ""));
        std::vector<std::string> critical;
        for (const auto& c : report.critical) critical.push_back(c.id);
        std::vector<std::string> wanted = expected["critical"].get<std::vector<std::string>>();
        std::sort(critical.begin(), critical.end());
        std::sort(wanted.begin(), wanted.end());
        INFO(name << ": " << expected["why"].get<std::string>());
        CHECK(report.total == Approx(expected["score"].get<double>()).margin(1e-9));
        CHECK(report.passed == expected["passed"].get<bool>());
        CHECK(critical == wanted);
    }
}

TEST_CASE("every bundled model answer scores 100 and passes") {
    const fs::path root = MN_SOURCE_ROOT;
    const auto answers = filesEndingWith(root / "cases/answers", ".answer.json");
    REQUIRE(answers.size() >= 24);
    for (const auto& answer : answers) {
        const std::string name = answer.filename().string();
        const auto caseFile = root / "cases/library" / (name.substr(0, name.size() - 12) + ".json");
        const auto report = gradeFiles(caseFile, answer, "");
        INFO(name);
        CHECK(report.total == Approx(100.0));
        CHECK(report.passed);
        CHECK(report.critical.empty());
        for (const auto& item : report.items) {
            INFO(item.id());
            CHECK(item.points == Approx(item.max));
            CHECK_FALSE(item.explanation().empty());
            CHECK_FALSE(item.source.empty());
        }
    }
}

TEST_CASE("the same attempt passes under clinic-standard and fails under device-label, for the depth cap") {
    const fs::path root = MN_SOURCE_ROOT;
    const auto caseFile = root / "cases/library/a-acne-scars-cheeks.json";
    const auto answer = root / "cases/answers/a-acne-scars-cheeks.answer.json";
    const auto clinic = gradeFiles(caseFile, answer, "clinic-standard");
    const auto label = gradeFiles(caseFile, answer, "device-label");
    CHECK(clinic.passed);
    CHECK_FALSE(label.passed);
    CHECK(label.hasCritical("deeper_than_safety_max:cheek_left"));
    const auto* depth = label.item("zone:cheek_left:depth");
    REQUIRE(depth);
    CHECK(depth->expected == "1.5 mm"); // the label's 1.5 mm maximum clips the 1.5-2.0 scar band
}
