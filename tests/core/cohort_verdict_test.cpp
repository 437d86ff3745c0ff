// Cohort integrity in core: a signed, unchanged result is accepted with its
// re-graded reports; unsigned, tampered, changed-case and doctored-score
// results are refused with a reason each.
#include "exam/cohort_verdict.hpp"
#include "exam/exam_session.hpp"

#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace {


// A handed-in sitting of two cases, as the exported JSON text.
std::string sittingJson(const testing_support::TempDir& dir) {
    const auto exam = dir.write("exam.json", R"({"kind": "exam", "schema_version": 1, "id": "mini", "title": "Mini exam",
        "cases": ["a-melasma-pregnant-rosacea-flare", "a-fine-lines-forehead-eyes"],
        "time_limit_minutes": 10, "pass_mark": 70, "protocol": "clinic-standard", "feedback": "none"})");
    auto s = core::ExamSession::start({exam, {"Ana", "S-1", ""}}, dir.path() / "j", fixtures::referenceData(), fixtures::bundledLibrary(), 0.0);
    REQUIRE(s.has_value());
    REQUIRE((*s)->apply(core::cmd::SetFlag{"pregnancy", true}).has_value());
    REQUIRE((*s)->apply(core::cmd::SetDecision{core::Decision::Defer}).has_value());
    REQUIRE((*s)->submit(60.0, false).has_value());
    return core::examResultToJson(*(*s)->result()).dump(2);
}

} // namespace

TEST_CASE("cohort verdicts: signed and unchanged is accepted, anything else is refused with its reason") {
    testing_support::TempDir dir;
    const auto key = core::loadOrCreateSigningKey(dir.path() / "keys");
    REQUIRE(key.has_value());
    const auto pub = core::parsePublicKey(core::publicKeyText(*key));
    REQUIRE(pub.has_value());
    const auto cases = core::cohortCases(fixtures::bundledLibrary());
    const auto& data = fixtures::referenceData();
    const std::string content = sittingJson(dir);
    const std::string signature = core::signDetached(*key, content, "test");

    const auto good = core::judgeResult(content, signature, *pub, cases, data);
    CHECK(good.problems.empty());
    REQUIRE(good.accepted.has_value());
    CHECK(good.accepted->cases.size() == 2);

    const auto unsigned_ = core::judgeResult(content, std::nullopt, *pub, cases, data);
    CHECK_FALSE(unsigned_.accepted.has_value());
    REQUIRE(unsigned_.problems.size() == 1);
    CHECK(unsigned_.problems[0].find("UNSIGNED") == 0);

    std::string tampered = content;
    tampered[tampered.find("\"Ana\"") + 1] = 'E';
    const auto t = core::judgeResult(tampered, signature, *pub, cases, data);
    CHECK_FALSE(t.accepted.has_value());
    CHECK(t.problems.at(0).find("TAMPERED") == 0);

    auto changed = cases;
    changed["a-fine-lines-forehead-eyes"].sha256 = "0000";
    const auto c = core::judgeResult(content, signature, *pub, changed, data);
    CHECK_FALSE(c.accepted.has_value());
    CHECK(c.problems.at(0).find("a-fine-lines-forehead-eyes has changed since the exam") != std::string::npos);

    // A doctored stored score, honestly signed, fails the re-grade.
    auto doctoredJson = core::Json::parse(content);
    doctoredJson["cases"][0]["score"] = 99.0;
    const std::string doctored = doctoredJson.dump(2);
    const auto d = core::judgeResult(doctored, core::signDetached(*key, doctored, "test"), *pub, cases, data);
    CHECK_FALSE(d.accepted.has_value());
    REQUIRE_FALSE(d.problems.empty());
    CHECK(d.problems[0].find("differs from the re-grade") != std::string::npos);
}
