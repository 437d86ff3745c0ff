// Sealed exams end to end with the real binary: the proctor's key, a pack
// whose answer keys `strings` cannot find, a sitting from it that is killed
// and resumed only with the passphrase, results sealed for the proctor, and
// `proctor open` feeding `cohort`.
#include "exam_sitting.hpp"

#include "../support/key_strings.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

namespace sealed_exam_cli_test {

namespace ts = testing_support;

// Every string value anywhere in a JSON document, as a JSON reader sees it.
void allStrings(const nlohmann::json& v, std::vector<std::string>& out) {
    if (v.is_string()) out.push_back(v.get<std::string>());
    if (v.is_structured()) {
        for (const auto& item : v) allStrings(item, out);
    }
}

std::string libraryFile(const nlohmann::json& packedCase) {
    return ts::readFile(std::string(MN_SOURCE_ROOT) + "/cases/library/" + packedCase["file_name"].get<std::string>());
}

// The key-only strings of every case in the pack, from the library files themselves;
// visible: the exam text, every packed case's readable part, and `alsoVisible`.
std::vector<std::string> secretsOf(const nlohmann::json& pack, const std::string& alsoVisible) {
    std::string visible = alsoVisible;
    for (const auto& c : pack["cases"]) visible += "\n" + key_strings::readablePart(libraryFile(c));
    std::vector<std::string> out;
    for (const auto& c : pack["cases"]) {
        auto s = key_strings::keyOnlyStrings(libraryFile(c), visible);
        out.insert(out.end(), s.begin(), s.end());
    }
    return out;
}

void checkNoneFound(const std::vector<std::string>& secrets, const std::string& haystack, const std::string& what) {
    for (const auto& s : secrets) {
        INFO(what << " holds the answer text: " << s);
        CHECK(haystack.find(s) == std::string::npos);
    }
}

} // namespace sealed_exam_cli_test

namespace sealed_exam_cli_helpers {
// These commands name their passphrase file themselves, so the sitting's own is not added.
inline exam_testing::ProcessResult sealedRun(const exam_testing::Sitting& s, const std::string& args) {
    return exam_testing::runShell(s.bin() + " " + args);
}
} // namespace sealed_exam_cli_helpers
using sealed_exam_cli_helpers::sealedRun;

TEST_CASE("a sealed exam: packed without readable keys, sat, killed, resumed with the passphrase, results only for the proctor") {
    using namespace exam_testing;
    namespace t = sealed_exam_cli_test;
    Sitting s;
    // One proctor passphrase seals the pack and unlocks the signing key (the sitting's own).
    const auto pw = shellQuote((s.dir.path() / "proctor.pass").string());
    const auto wrongPw = shellQuote(s.dir.write("wrong.txt", "proctor secreT\n").string());
    // The foundation exam with feedback none: same cases and order, nothing shown to the candidate.
    std::string examText = readFile(exam_testing::kExam);
    examText.replace(examText.find("\"score_only\""), 12, "\"none\"");
    const auto exam = s.dir.write("foundation-none.json", examText);
    const auto packFile = s.dir.path() / "foundation.mnpack";
    const std::string pack = " --pack " + shellQuote(packFile.string()) + " ";

    REQUIRE(sealedRun(s, "proctor-key init --kdf interactive --passphrase-file " + pw).exitCode == 0);
    auto r = sealedRun(s, "exam pack --kdf interactive --exam " + shellQuote(exam.string()) + " --out " + shellQuote(packFile.string()) +
                   " --passphrase-file " + pw);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    // `strings` (binutils) and a JSON reader find no answer text; both do find the intake.
    const auto packJson = nlohmann::json::parse(readFile(packFile));
    const auto secrets = t::secretsOf(packJson, examText);
    REQUIRE(packJson["cases"].size() >= 4);
    REQUIRE(secrets.size() > 100);
    const auto strings = runShell("strings -n 4 " + shellQuote(packFile.string()));
    REQUIRE(strings.exitCode == 0);
    CHECK(strings.out.find(packJson["cases"][0]["readable"]["client"]["name"].get<std::string>()) != std::string::npos);
    t::checkNoneFound(secrets, strings.out, "strings");
    std::vector<std::string> values;
    t::allStrings(packJson, values);
    std::string joined;
    for (const auto& v : values) joined += v + "\n";
    t::checkNoneFound(secrets, joined, "a JSON string value");

    // A wrong passphrase starts nothing.
    r = sealedRun(s, "exam start" + pack + "--name 'Ana Ruiz' --id S-1 --passphrase-file " + wrongPw);
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("the passphrase is wrong"));
    CHECK_FALSE(std::filesystem::exists(s.dir.path() / "data/mntrainer/exam/current.journal"));

    REQUIRE(sealedRun(s, "exam start" + pack + "--name 'Ana Ruiz' --id S-1 --passphrase-file " + pw).exitCode == 0);
    const std::string status = "exam status" + pack + "--passphrase-file " + pw;
    {
        BackgroundProcess answering(s.env() + "exec " + shellQuote(MNTRAINER_BIN) + " exam answer" + pack + "--passphrase-file " + pw +
                                    " --script " + shellQuote(s.script("slow.txt", kAnswers, 400).string()));
        REQUIRE(waitFor([&] {
            const auto st = sealedRun(s, status);
            return st.exitCode == 0 && nlohmann::json::parse(st.out)["journal_records"].get<int>() >= 4;
        }));
        answering.killHard();
    }
    // The journal holds the candidate's own answers (which may match the key's ids), and nothing more of the key.
    std::string answers;
    for (const auto& a : kAnswers) answers += a + "\n";
    const auto journal = readFile(s.dir.path() / "data/mntrainer/exam/current.journal");
    t::checkNoneFound(t::secretsOf(packJson, examText + answers), journal, "the journal");

    // Without the pack (and so without the proctor), the sitting does not resume.
    r = sealedRun(s, "exam answer --script " + shellQuote(s.script("none.txt", {"case 1"}).string()));
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("resume it with that pack and the proctor's passphrase"));
    r = sealedRun(s, "exam answer" + pack + "--passphrase-file " + wrongPw + " --script " + shellQuote(s.script("none2.txt", {"case 1"}).string()));
    CHECK(r.exitCode == 1);

    const auto st = sealedRun(s, status);
    REQUIRE(st.exitCode == 0);
    const auto committed = nlohmann::json::parse(st.out)["journal_records"].get<std::size_t>() - 1;
    REQUIRE(committed < kAnswers.size());
    std::vector<std::string> rest(kAnswers.begin() + static_cast<long>(committed), kAnswers.end());
    rest.push_back("submit-exam");
    const auto out = s.dir.path() / "out";
    r = sealedRun(s, "exam answer" + pack + "--passphrase-file " + pw + " --export-dir " + shellQuote(out.string()) + " --script " +
              shellQuote(s.script("rest.txt", rest).string()));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    // On the exam machine: the sealed record and the candidate's copy, nothing else.
    std::filesystem::path sealed, copy;
    for (const auto& e : std::filesystem::directory_iterator(out)) {
        const std::string name = e.path().filename().string();
        if (name.ends_with(".json.sealed")) sealed = e.path();
        if (name.ends_with(".candidate.json")) copy = e.path();
        CHECK((name.ends_with(".json.sealed") || name.ends_with(".candidate.json") || name.ends_with(".candidate.json.minisig")));
    }
    REQUIRE(!sealed.empty());
    REQUIRE(!copy.empty());
    const auto candidate = nlohmann::json::parse(readFile(copy));
    CHECK(candidate["feedback"] == "none");
    CHECK_FALSE(candidate.contains("total"));
    t::checkNoneFound(secrets, readFile(copy), "the candidate's copy");
    t::checkNoneFound(secrets, runShell("strings -n 4 " + shellQuote(sealed.string())).out, "strings on the sealed result");

    // Only the proctor opens it; the opened file goes to cohort like any result.
    const auto opened = s.dir.path() / "opened";
    r = sealedRun(s, "proctor open " + shellQuote(sealed.string()) + " --out-dir " + shellQuote(opened.string()) + " --passphrase-file " + wrongPw);
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("the passphrase is wrong"));
    r = sealedRun(s, "proctor open " + shellQuote(sealed.string()) + " --out-dir " + shellQuote(opened.string()) + " --passphrase-file " + pw);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto result = nlohmann::json::parse(readFile(opened / (sealed.stem().string())));
    CHECK(result["kind"] == "exam_result");
    CHECK(result["candidate"]["id"] == "S-1");
    r = sealedRun(s, "cohort " + shellQuote(opened.string()));
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("S-1"));
}
