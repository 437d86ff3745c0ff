// The face picker: a case's named face wins, otherwise sex and age choose the
// fitting beardless faces and the client's name picks one of them; unknown or
// ill-fitting names in a case file are reported; every id has its art.
#include "model/face_variant.hpp"
#include "validation/validator.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

core::Client client(std::string name, int age, std::string sex, std::string face = "") {
    core::Client c;
    c.name = std::move(name);
    c.age = age;
    c.sex = std::move(sex);
    c.face = std::move(face);
    return c;
}

core::FileReport validateWithFace(const core::Json& face) {
    core::Json json = fixtures::validCase(); // client: female, 40
    json["client"]["face"] = face;
    auto doc = core::JsonDocument::fromText(json.dump(2), "case.json");
    REQUIRE(doc.has_value());
    return core::validateDocument(*doc, fixtures::referenceData());
}

std::string messagesAt(const core::FileReport& r, const std::string& pointer, core::Severity severity) {
    std::string out;
    for (const auto& d : r.diagnostics.items()) {
        if (d.pointer == pointer && d.severity == severity) out += d.message + "\n";
    }
    return out;
}

} // namespace

// Working for the name hash (FNV-1a, 32 bit): h starts odd (2166136261) and
// each character does h ^= c (flips h's low bit when c is odd) then
// h *= 16777619 (odd, keeps the low bit). So h % 2 = 1 XOR (number of odd
// character codes) % 2, which picks between two fitting faces:
//   "Amy": A=65 odd, m=109 odd, y=121 odd -> 3 odd -> 1 XOR 1 = 0 -> first
//   "Ana": A=65 odd, n=110 even, a=97 odd -> 2 odd -> 1 XOR 0 = 1 -> second
TEST_CASE("the picker fits sex and age band, and the name chooses among the fitting faces") {
    // female, 20s: [female-20s, female-20s-short]
    CHECK(core::faceVariantFor(client("Amy", 28, "female")) == "female-20s");
    CHECK(core::faceVariantFor(client("Ana", 28, "female")) == "female-20s-short");
    // female, 40s: [female-40s, female-40s-short]
    CHECK(core::faceVariantFor(client("Amy", 45, "female")) == "female-40s");
    CHECK(core::faceVariantFor(client("Ana", 45, "female")) == "female-40s-short");
    // one fitting face: the name does not matter
    CHECK(core::faceVariantFor(client("Amy", 70, "female")) == "female-60s");
    CHECK(core::faceVariantFor(client("Ana", 70, "female")) == "female-60s");
    // "other": short hair of either sex, in table order [female-20s-short, male-20s]
    CHECK(core::faceVariantFor(client("Amy", 22, "other")) == "female-20s-short");
    CHECK(core::faceVariantFor(client("Ana", 22, "other")) == "male-20s");
    // the picker never draws a beard: an author names one
    CHECK(core::faceVariantFor(client("Amy", 45, "male")) == "male-40s");
    CHECK(core::faceVariantFor(client("Ana", 45, "male")) == "male-40s");
}

TEST_CASE("age bands change half-way between the decades the art shows") {
    // The art shows about 25, 45 and 65: the bands change at 35 and 55.
    CHECK(core::faceVariantFor(client("Bo", 34, "male")) == "male-20s");
    CHECK(core::faceVariantFor(client("Bo", 35, "male")) == "male-40s");
    CHECK(core::faceVariantFor(client("Bo", 54, "male")) == "male-40s");
    CHECK(core::faceVariantFor(client("Bo", 55, "male")) == "male-60s");
    CHECK(core::faceVariantFor(client("Bo", 16, "male")) == "male-20s");
    CHECK(core::faceVariantFor(client("Bo", 110, "male")) == "male-60s");
}

TEST_CASE("a named face wins over the picker, an unknown one is ignored by it") {
    CHECK(core::faceVariantFor(client("Amy", 28, "male", "male-60s-beard")) == "male-60s-beard");
    CHECK(core::faceVariantFor(client("Amy", 28, "female", "female-20")) == "female-20s"); // falls back to the picker
}

TEST_CASE("a case file naming an unknown face gets an error with a suggestion") {
    const auto r = validateWithFace("female-40");
    const std::string errors = messagesAt(r, "/client/face", core::Severity::Error);
    INFO(errors);
    CHECK(errors.find("unknown face \"female-40\"") != std::string::npos);
    CHECK(errors.find("Did you mean \"female-40s\"?") != std::string::npos);
}

TEST_CASE("a case file naming a face of another sex or age gets a warning, a fitting one nothing") {
    const auto fitting = validateWithFace("female-40s-short");
    CHECK(messagesAt(fitting, "/client/face", core::Severity::Warning).empty());
    CHECK(messagesAt(fitting, "/client/face", core::Severity::Error).empty());

    const std::string man = messagesAt(validateWithFace("male-40s"), "/client/face", core::Severity::Warning);
    INFO(man);
    CHECK(man.find("shows a man in his 40s, but the client is female, 40") != std::string::npos);
    const std::string older = messagesAt(validateWithFace("female-60s"), "/client/face", core::Severity::Warning);
    CHECK(older.find("shows a woman in her 60s or older") != std::string::npos);
}

TEST_CASE("every face id has its art and hair mask, and the generator draws the same ids") {
    const std::filesystem::path faceDir = std::filesystem::path(MN_SOURCE_ROOT) / "assets/face";
    std::ifstream in(faceDir / "face_variants.py");
    std::stringstream generator;
    generator << in.rdbuf();
    REQUIRE_FALSE(generator.str().empty());
    const auto ids = core::faceVariantIds();
    CHECK(ids.size() == 11);
    for (const auto& id : ids) {
        INFO(id);
        CHECK(std::filesystem::is_regular_file(faceDir / "variants" / (id + ".png")));
        CHECK(std::filesystem::is_regular_file(faceDir / "variants" / (id + ".hair.png")));
        CHECK(generator.str().find("\"" + id + "\": (") != std::string::npos);
    }
    CHECK(core::findFaceVariant("male-60s-beard")->greyHair());
    CHECK_FALSE(core::findFaceVariant("male-40s-beard")->greyHair());
}
