// Cohort integrity in core: a signed, unchanged result is accepted with its
// re-graded reports; unsigned, tampered, changed-case and doctored-score
// results are refused with a reason each.
#include "cohort/cohort_verdict.hpp"
#include "exam/exam_session.hpp"
#include "platform/atomic_file.hpp"

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
    const auto key = std::optional<core::SigningKey>(core::generateSigningKey()); // a fresh key, in memory only
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

    // Signed by a key the roster does not hold: UNTRUSTED, named by its key id, never TAMPERED.
    const std::optional<core::SigningKey> stranger = core::generateSigningKey();
    REQUIRE(stranger.has_value());
    const auto u = core::judgeResult(content, core::signDetached(*stranger, content, "test"), *pub, cases, data);
    CHECK(u.standing == core::Standing::Untrusted);
    CHECK_FALSE(u.accepted.has_value());
    CHECK(u.problems.at(0).find("UNTRUSTED (key id " + core::hexKeyId(stranger->keyId) + ")") == 0);
    CHECK(good.standing == core::Standing::Accepted);
    CHECK(good.machine == "the given key");

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

// A real export of the previous version (0.1.0, grading rules version 1), kept
// verbatim with its signature and the public key of the machine that sat it.
TEST_CASE("cohort verdicts: a result graded under rules version 1 is accepted as sat, with notes, never as tampered") {
    const auto dir = std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/v1/export";
    const auto content = core::readWholeFile(dir / "v1-sitting.json");
    const auto signature = core::readWholeFile(dir / "v1-sitting.json.minisig");
    const auto pubText = core::readWholeFile(dir / "public.pub");
    REQUIRE(content);
    REQUIRE(signature);
    REQUIRE(pubText);
    const auto pub = core::parsePublicKey(*pubText);
    REQUIRE(pub.has_value());
    const auto cases = core::cohortCases(fixtures::bundledLibrary());
    const auto v = core::judgeResult(*content, *signature, *pub, cases, fixtures::referenceData());
    CHECK(v.problems.empty());
    REQUIRE(v.accepted.has_value());
    // Version 1 passed the deferral that missed isotretinoin at 75; the sitting keeps the score it was sat under.
    REQUIRE(v.accepted->cases.size() == 3);
    CHECK(v.accepted->cases[1].caseId == "a-acne-scars-cold-sore-isotretinoin");
    CHECK(v.accepted->cases[1].report.total == Approx(75.0));
    CHECK(v.accepted->total() == Approx(91.7).margin(0.05));
    bool namedTheRegrade = false;
    for (const auto& note : v.notes) {
        namedTheRegrade = namedTheRegrade || (note.find("a-acne-scars-cold-sore-isotretinoin was graded under grading rules version 1: 75.0 as sat") !=
                                                  std::string::npos &&
                                              note.find("missed_absolute:isotretinoin") != std::string::npos);
    }
    CHECK(namedTheRegrade);
    // The signature still guards it: one changed byte is TAMPERED, whatever the rules version.
    std::string doctored = *content;
    doctored[doctored.find("Vera One") + 1] = 'E';
    const auto t = core::judgeResult(doctored, *signature, *pub, cases, fixtures::referenceData());
    CHECK_FALSE(t.accepted.has_value());
    CHECK(t.problems.at(0).find("TAMPERED") == 0);
}

// The stored line items are cut before parsing (never read, most of the
// bytes); a candidate's text that looks like them must come through whole,
// and brackets inside the items' strings must not end the cut early.
TEST_CASE("cohort verdicts: the line-item cut respects strings and escapes") {
    testing_support::TempDir dir;
    const std::optional<core::SigningKey> key = core::generateSigningKey();
    REQUIRE(key.has_value());
    const auto pub = core::parsePublicKey(core::publicKeyText(*key));
    REQUIRE(pub.has_value());
    auto json = core::Json::parse(sittingJson(dir));
    const std::string name = R"(Ana "items": [1], \ "sections": {)";
    json["candidate"]["name"] = name;
    // An escaped quote before closing brackets inside the cut array must not end the cut early.
    json["cases"][0]["report"]["items"].push_back({{"explanation", "tricky \"]]}} text"}});
    const std::string content = json.dump(2);
    const auto v = core::judgeResult(content, core::signDetached(*key, content, "test"), *pub, core::cohortCases(fixtures::bundledLibrary()),
                                     fixtures::referenceData());
    CHECK(v.problems.empty());
    REQUIRE(v.accepted.has_value());
    CHECK(v.accepted->candidate.name == name);
    CHECK(v.accepted->cases.size() == 2);
}
