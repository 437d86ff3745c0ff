// Sealed sitting results: the full record opens only with the proctor's key
// and still carries its signature; the candidate's copy holds no more than
// the exam's feedback policy allows.
#include "exam/sealed_result.hpp"
#include "exam/exam_export.hpp"
#include "exam/exam_session.hpp"

#include "../support/key_strings.hpp"
#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace sealed_result_test {

const std::vector<std::string> kCases{"a-melasma-pregnant-rosacea-flare", "a-acne-scars-cheeks"};

std::string examText(const std::string& feedback) {
    return R"({"kind": "exam", "schema_version": 1, "id": "sealed-result", "title": "Sealed result exam",
      "cases": ["a-melasma-pregnant-rosacea-flare", "a-acne-scars-cheeks"],
      "time_limit_minutes": 10, "pass_mark": 70, "protocol": "clinic-standard", "feedback": ")" + feedback + "\"}";
}

// A handed-in sitting: case 1 deferred, case 2 treated with vitamin C straight after
// (a critical error in that case's key), so Full feedback has something to show.
core::ExamResult sit(const testing_support::TempDir& dir, const std::string& feedback) {
    const auto exam = dir.write("exam-" + feedback + ".json", examText(feedback));
    auto s = core::ExamSession::start({exam, {"Ana Ruiz", "S-1", ""}}, dir.path() / ("journal-" + feedback), fixtures::referenceData(),
                                      fixtures::bundledLibrary(), 1000.0);
    REQUIRE(s.has_value());
    REQUIRE((*s)->apply(core::cmd::SetDecision{core::Decision::Defer}).has_value());
    REQUIRE((*s)->goToCase(1).has_value());
    REQUIRE((*s)->apply(core::cmd::SetDecision{core::Decision::TreatModified}).has_value());
    REQUIRE((*s)->apply(core::cmd::SetAftercare{"vitamin_c_straight_after", true}).has_value());
    REQUIRE((*s)->submit(1300.0, false).has_value());
    return *(*s)->result();
}

std::vector<std::string> secretsOfExam(const std::string& visible) {
    std::vector<std::string> out;
    for (const auto& id : kCases) {
        auto s = key_strings::keyOnlyStrings(testing_support::readFile(std::string(MN_SOURCE_ROOT) + "/cases/library/" + id + ".json"), visible);
        out.insert(out.end(), s.begin(), s.end());
    }
    return out;
}

} // namespace sealed_result_test

TEST_CASE("the candidate's copy under feedback none holds no score and no expected answer") {
    testing_support::TempDir dir;
    const auto r = sealed_result_test::sit(dir, "none");
    const auto copy = core::candidateResultJson(r);
    CHECK(copy["candidate"]["name"] == "Ana Ruiz");
    CHECK(copy["attempt_id"] == r.attemptId);
    CHECK(copy["feedback"] == "none");
    CHECK_FALSE(copy.contains("total"));
    CHECK_FALSE(copy.contains("passed"));
    CHECK_FALSE(copy.contains("cases"));
    const std::string text = copy.dump();
    const auto secrets = sealed_result_test::secretsOfExam(sealed_result_test::examText("none"));
    REQUIRE(secrets.size() > 20);
    for (const auto& s : secrets) {
        INFO(s);
        CHECK(text.find(s) == std::string::npos);
    }
    // The full record does hold them (so the check above can fail): the vitamin C critical's sentence, for one.
    CHECK(core::examResultToJson(r).dump().find("vitamin_c_straight_after") != std::string::npos);
}

TEST_CASE("the candidate's copy shows the score under score_only, and each case's criticals only under full") {
    testing_support::TempDir dir;
    const auto scoreOnly = core::candidateResultJson(sealed_result_test::sit(dir, "score_only"));
    CHECK(scoreOnly.contains("total"));
    CHECK(scoreOnly["passed"] == false); // a critical error fails the exam whatever the points
    CHECK_FALSE(scoreOnly.contains("cases"));
    const auto full = core::candidateResultJson(sealed_result_test::sit(dir, "full"));
    REQUIRE(full.contains("cases"));
    REQUIRE(full["cases"].size() == 2);
    // a-acne-scars-cheeks lists vitamin_c_straight_after among its critical aftercare errors.
    CHECK_FALSE(full["cases"][1]["critical_errors"].empty());
}

TEST_CASE("a sealed result opens only with the proctor's key, and its signature still verifies") {
    testing_support::TempDir dir;
    const auto r = sealed_result_test::sit(dir, "none");
    const std::optional<core::SigningKey> signing = core::generateSigningKey();
    const auto proctor = core::newBoxKeyPair();
    const std::string sealed = core::sealedResultText(r, *signing, proctor.publicKey);
    for (const auto& s : sealed_result_test::secretsOfExam(sealed_result_test::examText("none"))) {
        INFO(s);
        CHECK(sealed.find(s) == std::string::npos);
    }

    auto opened = core::openSealedResult(sealed, proctor);
    REQUIRE(opened.has_value());
    CHECK(opened->resultText == core::examResultToJson(r).dump(2) + "\n");
    CHECK(opened->fileName == core::exportBaseName(r) + ".json");
    auto publicKey = core::parsePublicKey(core::publicKeyText(*signing));
    REQUIRE(publicKey.has_value());
    CHECK(core::verifyDetached(*publicKey, opened->resultText, opened->signature).has_value());

    const auto stranger = core::newBoxKeyPair();
    auto refused = core::openSealedResult(sealed, stranger);
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error().summary(), Catch::Contains("does not open with this proctor key"));

    auto j = core::Json::parse(sealed);
    auto box = core::base64Decode(j["sealed"].get<std::string>());
    REQUIRE(box.has_value());
    box->back() = static_cast<char>(box->back() ^ 0x80);
    j["sealed"] = core::base64Encode(*box);
    CHECK_FALSE(core::openSealedResult(j.dump(), proctor).has_value());
}

TEST_CASE("the sealed exports are the sealed record and the candidate's copy, nothing in the clear") {
    testing_support::TempDir dir;
    const auto r = sealed_result_test::sit(dir, "none");
    const std::optional<core::SigningKey> signing = core::generateSigningKey();
    const auto proctor = core::newBoxKeyPair();
    auto files = core::writeSealedExamExports(r, dir.path() / "out", *signing, proctor.publicKey);
    REQUIRE(files.has_value());
    std::set<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir.path() / "out")) names.insert(e.path().filename().string());
    const std::string base = core::exportBaseName(r);
    CHECK(names == std::set<std::string>{base + ".json.sealed", base + ".candidate.json", base + ".candidate.json.minisig"});
}
