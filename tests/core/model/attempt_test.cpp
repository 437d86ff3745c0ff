// Attempt files: the interview's questions are read and written in the order
// asked, attempts from before the interview load and write as before, and an
// attempt JSON grades its essential questions asked and missed; flag reasons
// are read, written and checked against the flags.
#include "model/attempt.hpp"

#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace {

std::filesystem::path root() { return MN_SOURCE_ROOT; }

// Every diagnostic, one per line.
std::string allText(const core::Diagnostics& d) {
    std::string out;
    for (const auto& item : d.items()) out += core::formatDiagnostic(item) + "\n";
    return out;
}

} // namespace

TEST_CASE("attempt: questions are read in the order asked and written back") {
    const auto json = core::Json::parse(R"({"kind": "attempt", "schema_version": 1, "case_id": "c-lidocaine-allergy-no-numbing",
        "flags": [], "questions": ["medications", "allergies"], "decision": "treat"})");
    core::Diagnostics d;
    const core::Attempt a = core::readAttempt(json, d);
    REQUIRE_FALSE(d.hasErrors());
    CHECK(a.questions == std::vector<std::string>{"medications", "allergies"});
    CHECK(core::attemptToJson(a)["questions"] == json["questions"]);
}

TEST_CASE("attempt: an attempt from before the interview loads with no questions and writes no questions member") {
    const auto json = core::Json::parse(R"({"kind": "attempt", "schema_version": 1, "case_id": "a-acne-scars-cheeks",
        "flags": ["isotretinoin"], "decision": "defer"})");
    core::Diagnostics d;
    const core::Attempt a = core::readAttempt(json, d);
    CHECK(d.items().empty()); // no warning either
    CHECK(a.questions.empty());
    CHECK_FALSE(core::attemptToJson(a).contains("questions"));
}

TEST_CASE("attempt: question ids are checked against the bank and the case") {
    const auto& data = fixtures::referenceData();
    auto c = core::loadCaseFile(root() / "cases/library/c-lidocaine-allergy-no-numbing.json", data);
    REQUIRE(c);
    core::Attempt a;
    a.caseId = c->id;
    a.questions = {"allergies", "alergies", "allergies"};
    core::Diagnostics d;
    core::checkAttemptAgainstCase(a, *c, data, d);
    const std::string text = allText(d);
    CHECK(text.find("/questions/1") != std::string::npos);
    CHECK(text.find("Did you mean \"allergies\"") != std::string::npos);
    CHECK(text.find("asked twice") != std::string::npos);
    // The same questions in a case without an interview: refused as a whole.
    auto plain = core::loadCaseFile(root() / "cases/library/a-acne-scars-cheeks.json", data);
    REQUIRE(plain);
    core::Attempt b;
    b.caseId = plain->id;
    b.questions = {"allergies"};
    core::Diagnostics d2;
    core::checkAttemptAgainstCase(b, *plain, data, d2);
    CHECK(allText(d2).find("has no interview") != std::string::npos);
}

TEST_CASE("attempt: the model answer's JSON with one essential question left out grades it missed") {
    // c-lidocaine-allergy-no-numbing: essential allergies, medications, medical_conditions.
    // The model answer asks all three and scores 100. Without "medications":
    // screening raw = flag 1 + decision 2 + questions 2 of 3 = 5 of 6 -> 30 x 5/6 = 25;
    // the other sections full (70): total 95.
    const auto& data = fixtures::referenceData();
    auto c = core::loadCaseFile(root() / "cases/library/c-lidocaine-allergy-no-numbing.json", data);
    REQUIRE(c);
    auto doc = core::JsonDocument::fromFile(root() / "cases/answers/c-lidocaine-allergy-no-numbing.answer.json");
    REQUIRE(doc);
    core::Json json = doc->root();
    REQUIRE(json["questions"] == core::Json({"allergies", "medications", "medical_conditions"}));
    core::Diagnostics d;
    const core::Attempt full = core::readAttempt(json, d);
    REQUIRE_FALSE(d.hasErrors());
    const core::Protocol& p = *data.protocol(c->protocol);
    CHECK(core::grade(*c, full, p, data).total == Approx(100));

    json["questions"] = {"allergies", "medical_conditions"};
    const core::Attempt missing = core::readAttempt(json, d);
    const auto r = core::grade(*c, missing, p, data);
    const auto* line = r.item("question:medications");
    REQUIRE(line);
    CHECK(line->points == 0.0);
    CHECK(line->teaching.str().starts_with("You did not ask \"Are you taking any medicines at the moment, including anything from the pharmacy?\""));
    CHECK(r.item("question:allergies")->points == 1.0);
    CHECK(r.total == Approx(95));
}

TEST_CASE("attempt: flag reasons are read and written back and a reason needs its flag") {
    const auto json = core::Json::parse(R"({"kind": "attempt", "schema_version": 1, "case_id": "c-prednisolone-colitis-flare",
        "flags": ["immunosuppression"], "flag_reasons": {"immunosuppression": "Prednisolone 40 mg every morning"}, "decision": "refer"})");
    core::Diagnostics d;
    const core::Attempt a = core::readAttempt(json, d);
    REQUIRE_FALSE(d.hasErrors());
    CHECK(a.flagReasons.at("immunosuppression") == "Prednisolone 40 mg every morning");
    CHECK(core::attemptToJson(a)["flag_reasons"] == json["flag_reasons"]);
    // No reasons: no member, as attempts from before reasons were written.
    core::Attempt plain;
    plain.flags = {"immunosuppression"};
    CHECK_FALSE(core::attemptToJson(plain).contains("flag_reasons"));
    // A reason for an item not flagged is refused, by its pointer.
    const auto& data = fixtures::referenceData();
    auto c = core::loadCaseFile(root() / "cases/library/c-prednisolone-colitis-flare.json", data);
    REQUIRE(c);
    core::Attempt stray = a;
    stray.flagReasons["pregnancy"] = "she said so";
    core::Diagnostics d2;
    core::checkAttemptAgainstCase(stray, *c, data, d2);
    CHECK(allText(d2).find("/flag_reasons/pregnancy") != std::string::npos);
    // A reason that is not text is refused when read.
    core::Diagnostics d3;
    (void)core::readAttempt(core::Json::parse(R"({"kind": "attempt", "schema_version": 1, "case_id": "x", "flags": ["immunosuppression"],
        "flag_reasons": {"immunosuppression": 3}})"), d3);
    CHECK(allText(d3).find("/flag_reasons/immunosuppression") != std::string::npos);
}
