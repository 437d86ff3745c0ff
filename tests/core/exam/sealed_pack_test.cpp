// Sealed exam packs: what goes in (the exam and only its cases), that they
// come back byte for byte with the passphrase and not without it, that a
// changed byte is refused, that no answer text is readable in the pack, and
// that a sealed sitting resumes only from its pack.
#include "exam/sealed_pack.hpp"
#include "exam/exam_session.hpp"
#include "exam/exam_variants.hpp"
#include "platform/atomic_file.hpp"
#include "platform/signing.hpp"

#include "../support/key_strings.hpp"
#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <set>

namespace sealed_pack_test {

const std::string kPassphrase = "correct horse battery staple";

// Two listed cases, and a pool of one advanced case: the pack must hold both
// listed cases and every advanced case, since any of them could be drawn.
const char* kExamText = R"({"kind": "exam", "schema_version": 1, "id": "sealed-mini", "title": "Sealed mini exam",
  "cases": ["a-melasma-pregnant-rosacea-flare", "a-fine-lines-forehead-eyes"],
  "pools": [{"id": "one-advanced", "count": 1, "difficulty": "advanced", "seed": 5}],
  "time_limit_minutes": 10, "pass_mark": 70, "protocol": "clinic-standard", "feedback": "none"})";

std::string libraryFile(const std::string& id) { return std::string(MN_SOURCE_ROOT) + "/cases/library/" + id + ".json"; }

struct Packed {
    testing_support::TempDir dir;
    std::filesystem::path examFile = dir.write("sealed-mini.json", kExamText);
    core::BoxKeyPair proctor = core::newBoxKeyPair();
    std::string text;
};

std::unique_ptr<Packed> pack() {
    auto p = std::make_unique<Packed>();
    core::PackRequest request{p->examFile, kPassphrase, p->proctor.publicKey, core::KdfStrength::Interactive};
    auto text = core::buildSealedPack(request, fixtures::referenceData(), fixtures::bundledLibrary());
    if (!text) FAIL(text.error().summary());
    p->text = *text;
    return p;
}

// Flips one bit of the decoded ciphertext of case `index` and re-encodes it.
std::string withFlippedCiphertextBit(const std::string& packText, std::size_t index) {
    auto j = core::Json::parse(packText);
    auto bytes = core::base64Decode(j["cases"][index]["sealed"]["ciphertext"].get<std::string>());
    REQUIRE(bytes.has_value());
    (*bytes)[bytes->size() / 2] = static_cast<char>((*bytes)[bytes->size() / 2] ^ 0x01);
    j["cases"][index]["sealed"]["ciphertext"] = core::base64Encode(*bytes);
    return j.dump(2);
}

} // namespace sealed_pack_test

TEST_CASE("a sealed pack holds the exam and only its cases, and opens byte for byte with the passphrase") {
    const auto p = sealed_pack_test::pack();
    auto opened = core::openSealedPack(p->text, sealed_pack_test::kPassphrase);
    REQUIRE(opened.has_value());
    CHECK(opened->examText == sealed_pack_test::kExamText);
    CHECK(opened->examFileName == "sealed-mini.json");
    CHECK(opened->proctorKey == p->proctor.publicKey);

    // Expected contents worked out from the library files themselves: the two listed
    // cases plus every case whose top-level difficulty is "advanced".
    std::set<std::string> expected{"a-melasma-pregnant-rosacea-flare", "a-fine-lines-forehead-eyes"};
    for (const auto& e : std::filesystem::directory_iterator(std::string(MN_SOURCE_ROOT) + "/cases/library")) {
        const auto j = core::Json::parse(testing_support::readFile(e.path()));
        if (j.value("kind", "") == "case" && j.value("difficulty", "") == "advanced") expected.insert(j["id"].get<std::string>());
    }
    REQUIRE(expected.size() > 3);
    std::set<std::string> got;
    for (const auto& c : opened->cases) {
        const auto id = core::Json::parse(c.text)["id"].get<std::string>();
        got.insert(id);
        CHECK(c.text == testing_support::readFile(sealed_pack_test::libraryFile(id))); // the whole file, byte for byte
    }
    CHECK(got == expected);
    CHECK(opened->cases.size() == expected.size()); // no case twice
}

TEST_CASE("a wrong passphrase is refused with a clear message") {
    const auto p = sealed_pack_test::pack();
    auto opened = core::openSealedPack(p->text, "correct horse battery stapler");
    REQUIRE_FALSE(opened.has_value());
    CHECK_THAT(opened.error().summary(), Catch::Contains("the passphrase is wrong"));
}

TEST_CASE("a changed byte anywhere that matters is refused") {
    const auto p = sealed_pack_test::pack();
    SECTION("one bit of a later case's ciphertext names that case") {
        const std::string changed = sealed_pack_test::withFlippedCiphertextBit(p->text, 1);
        const auto id = core::Json::parse(p->text)["cases"][1]["id"].get<std::string>();
        auto opened = core::openSealedPack(changed, sealed_pack_test::kPassphrase);
        REQUIRE_FALSE(opened.has_value());
        CHECK_THAT(opened.error().summary(), Catch::Contains("case \"" + id + "\" in the pack was changed"));
    }
    SECTION("the exam text (feedback none -> full) with its SHA-256 updated: the cases' associated data no longer match") {
        auto j = core::Json::parse(p->text);
        std::string exam = j["exam"]["text"].get<std::string>();
        exam.replace(exam.find("\"none\""), 6, "\"full\"");
        j["exam"]["text"] = exam;
        j["exam"]["sha256"] = core::sha256Hex(exam);
        auto opened = core::openSealedPack(j.dump(), sealed_pack_test::kPassphrase);
        REQUIRE_FALSE(opened.has_value());
        CHECK_THAT(opened.error().summary(), Catch::Contains("was changed after it was made"));
    }
    SECTION("the proctor key swapped for another: results could not go to someone else") {
        auto j = core::Json::parse(p->text);
        const auto other = core::newBoxKeyPair();
        j["proctor_public_key"] = core::base64Encode(std::string(reinterpret_cast<const char*>(other.publicKey.data()), 32));
        CHECK_FALSE(core::openSealedPack(j.dump(), sealed_pack_test::kPassphrase).has_value());
    }
    SECTION("the exam text alone changed is caught before any key is derived") {
        auto j = core::Json::parse(p->text);
        j["exam"]["text"] = j["exam"]["text"].get<std::string>() + " ";
        auto header = core::readSealedPack(j.dump());
        REQUIRE_FALSE(header.has_value());
        CHECK_THAT(header.error().summary(), Catch::Contains("exam file inside the pack was changed"));
    }
}

TEST_CASE("no expected-answer text of any case in the pack is readable in it") {
    const auto p = sealed_pack_test::pack();
    const auto j = core::Json::parse(p->text);
    // What the candidate may read: the exam file and every packed case's readable part, from the library files.
    std::string visible = sealed_pack_test::kExamText;
    for (const auto& c : j["cases"]) {
        visible += "\n" + key_strings::readablePart(testing_support::readFile(sealed_pack_test::libraryFile(c["id"].get<std::string>())));
    }
    std::size_t checked = 0;
    for (const auto& c : j["cases"]) {
        const std::string original = testing_support::readFile(sealed_pack_test::libraryFile(c["id"].get<std::string>()));
        const auto secrets = key_strings::keyOnlyStrings(original, visible);
        CHECK(secrets.size() >= 5); // every case has feedback sentences at least
        for (const auto& s : secrets) {
            INFO(c["id"] << ": " << s);
            CHECK(p->text.find(s) == std::string::npos);
        }
        checked += secrets.size();
        CHECK_FALSE(c["readable"].contains("key"));
        CHECK(c["readable"]["client"] == core::Json::parse(original)["client"]); // the intake stays readable
    }
    CHECK(checked > 100);
}

TEST_CASE("a sitting from a pack keeps no key in its journal and resumes only from the pack opened again") {
    const auto p = sealed_pack_test::pack();
    const auto& data = fixtures::referenceData();
    const auto journal = p->dir.path() / "exam.journal";
    std::string attemptId;
    {
        auto opened = core::openSealedPack(p->text, sealed_pack_test::kPassphrase);
        REQUIRE(opened.has_value());
        const core::CaseLibrary library = core::caseLibraryOf(*opened, data);
        core::ExamSetup setup{opened->examFileName, {"Ana Ruiz", "S-1", ""}, opened->examText};
        auto s = core::ExamSession::start(setup, journal, data, library, 1000.0);
        REQUIRE(s.has_value());
        CHECK_FALSE((*s)->sealedPackSha256().empty());
        REQUIRE((*s)->apply(core::cmd::SetDecision{core::Decision::Defer}).has_value());
        attemptId = (*s)->attemptId();
    } // the sitting ends as in a crash: no hand-in
    const std::string journalBytes = testing_support::readFile(journal);
    for (const auto& id : {"a-melasma-pregnant-rosacea-flare", "a-fine-lines-forehead-eyes"}) {
        for (const auto& s : key_strings::keyOnlyStrings(testing_support::readFile(sealed_pack_test::libraryFile(id)), sealed_pack_test::kExamText)) {
            INFO(id << ": " << s);
            CHECK(journalBytes.find(s) == std::string::npos);
        }
    }

    CHECK(core::sealedPackOfSitting(journal) == core::sha256Hex(p->text));
    CHECK(core::sealedPackOfSitting(p->dir.path() / "no.journal").empty());
    auto plain = core::ExamSession::resume(journal, data, fixtures::bundledLibrary());
    REQUIRE_FALSE(plain.has_value());
    CHECK_THAT(plain.error().summary(), Catch::Contains("resume it with that pack and the proctor's passphrase"));

    auto again = core::openSealedPack(p->text, sealed_pack_test::kPassphrase);
    REQUIRE(again.has_value());
    const core::CaseLibrary library = core::caseLibraryOf(*again, data);
    auto resumed = core::ExamSession::resume(journal, data, library);
    REQUIRE(resumed.has_value());
    CHECK((*resumed)->attemptId() == attemptId);
    CHECK((*resumed)->caseSession(0).decisionMade());
}

TEST_CASE("a pack is opened for a sitting the one way: no passphrase asked for a file that is no pack") {
    const auto p = sealed_pack_test::pack();
    const auto& data = fixtures::referenceData();
    int asked = 0;
    const auto passphrase = [&asked]() -> core::Result<std::string> {
        ++asked;
        return sealed_pack_test::kPassphrase;
    };
    const auto notPack = p->dir.write("notes.mnpack", "{\"kind\": \"exam\"}");
    auto refused = core::openPackForSitting(notPack, passphrase, data);
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error().summary(), Catch::Contains("is not a sealed exam pack"));
    CHECK(asked == 0);

    const auto packFile = p->dir.write("mini.mnpack", p->text);
    auto opened = core::openPackForSitting(packFile, passphrase, data);
    REQUIRE(opened.has_value());
    CHECK(asked == 1);
    CHECK(opened->file == packFile);
    CHECK(opened->library.sealedPackSha256 == opened->exam.packSha256);
    const core::ExamSetup setup = core::sittingSetupOf(*opened, {"Ana Ruiz", "S-1", ""});
    REQUIRE(setup.examText.has_value());
    CHECK(*setup.examText == sealed_pack_test::kExamText);
    CHECK(setup.candidate.id == "S-1");
}

TEST_CASE("the window's pack list: every .mnpack in the folder by file name with its exam's title, a damaged one with its problem") {
    const auto p = sealed_pack_test::pack();
    const auto folder = core::sealedPackFolder(p->dir.path() / "user");
    CHECK(folder == p->dir.path() / "user" / "packs");
    CHECK(core::listSealedPacks(folder).empty()); // no folder yet: nothing, no error
    std::filesystem::create_directories(folder);
    p->dir.write("user/packs/b-mini.mnpack", p->text);
    p->dir.write("user/packs/a-broken.mnpack", "not json");
    p->dir.write("user/packs/c-notes.txt", p->text);
    const auto packs = core::listSealedPacks(folder);
    REQUIRE(packs.size() == 2);
    CHECK(packs[0].file.filename() == "a-broken.mnpack");
    CHECK_FALSE(packs[0].readable);
    CHECK_THAT(packs[0].title, Catch::Contains("This file is not a sealed exam pack"));
    CHECK(packs[1].readable);
    CHECK(packs[1].title == "Sealed mini exam");
}

TEST_CASE("an exam with variants sat from a sealed pack plays the variant its draw seed makes from the sealed case file") {
    // The variant comes from the case file's bytes, so by hand: a sitting from the
    // pack must show the client examVariantCase makes from the library's file with
    // the sitting's draw seed, a different client for another candidate, and the
    // same client again when the pack is opened again to resume.
    testing_support::TempDir dir;
    const auto examFile = dir.write("varied.json", R"({"kind": "exam", "schema_version": 1, "id": "varied-sealed", "title": "Varied sealed exam",
        "cases": ["c-lidocaine-allergy-no-numbing"], "variants": true,
        "time_limit_minutes": 10, "pass_mark": 70, "protocol": "clinic-standard", "feedback": "none"})");
    const auto& data = fixtures::referenceData();
    const core::BoxKeyPair proctor = core::newBoxKeyPair();
    auto text = core::buildSealedPack({examFile, sealed_pack_test::kPassphrase, proctor.publicKey, core::KdfStrength::Interactive}, data,
                                      fixtures::bundledLibrary());
    REQUIRE(text.has_value());
    auto opened = core::openSealedPack(*text, sealed_pack_test::kPassphrase);
    REQUIRE(opened.has_value());
    const core::CaseLibrary library = core::caseLibraryOf(*opened, data);
    const core::ExamSetup ana{opened->examFileName, {"Ana Ruiz", "S-1", ""}, opened->examText};
    const core::ExamSetup ben{opened->examFileName, {"Ben Ode", "S-2", ""}, opened->examText};
    auto a = core::ExamSession::start(ana, dir.path() / "a.journal", data, library, 0.0);
    auto b = core::ExamSession::start(ben, dir.path() / "b.journal", data, library, 0.0);
    INFO((a ? std::string() : a.error().summary()));
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    const core::Case* sat = (*a)->caseSession(0).currentCase();
    REQUIRE(sat);
    auto file = core::JsonDocument::fromFile(sealed_pack_test::libraryFile("c-lidocaine-allergy-no-numbing"));
    REQUIRE(file.has_value());
    auto expected = core::examVariantCase(file->root(), "c-lidocaine-allergy-no-numbing", (*a)->drawSeed(), data);
    REQUIRE(expected.has_value());
    CHECK(sat->id == "c-lidocaine-allergy-no-numbing");
    CHECK(sat->client.name == expected->client.name);
    CHECK(sat->client.age == expected->client.age);
    CHECK(sat->client.name != "Catherine Doyle"); // the hand-written client
    REQUIRE((*b)->caseSession(0).currentCase());
    CHECK((*b)->caseSession(0).currentCase()->client.name != sat->client.name);
    const std::string name = sat->client.name;
    a->reset();
    auto again = core::openSealedPack(*text, sealed_pack_test::kPassphrase);
    REQUIRE(again.has_value());
    const core::CaseLibrary reopened = core::caseLibraryOf(*again, data);
    auto resumed = core::ExamSession::resume(dir.path() / "a.journal", data, reopened);
    REQUIRE(resumed.has_value());
    REQUIRE((*resumed)->caseSession(0).currentCase());
    CHECK((*resumed)->caseSession(0).currentCase()->client.name == name);
}
