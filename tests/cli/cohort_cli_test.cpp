// `mntrainer cohort`: a class's results verified, re-graded and collected;
// tampered, re-signed, unsigned and unreadable files are named, the rest kept.
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace testing_support;

namespace {

const std::string kExam = std::string(MN_SOURCE_ROOT) + "/cases/exams/quick-screening-quiz.json";

std::filesystem::path resultFile(const std::filesystem::path& dir, const std::string& candidateId) {
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (name.find("-" + candidateId + "-") != std::string::npos && name.ends_with(".json") && !name.ends_with(".xapi.json")) return e.path();
    }
    return {};
}

} // namespace

TEST_CASE("cohort catches tampered, re-signed, unsigned and unreadable results and grades the rest") {
    TempDir dir;
    const std::string env = "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " ";
    const std::string bin = env + shellQuote(MNTRAINER_BIN);
    // The proctor's key signs the results; the same passphrase unlocks it for `sign` below.
    const std::string unlock = " --passphrase-file " + shellQuote(dir.write("proctor.pass", "proctor\n").string());
    REQUIRE(runShell(bin + " keys init --kdf-cost interactive" + unlock).exitCode == 0);
    const auto out = dir.path() / "class";
    const auto answers = dir.write("answers.txt", "decide treat\ncase 2\ndecide defer\nsubmit-exam\n");
    for (const std::string id : {"S-1", "S-2", "S-3", "S-4", "S-5"}) {
        const auto r = runShell(bin + " exam run --exam " + shellQuote(kExam) + " --name " + shellQuote("Student " + id) + " --id " + id +
                                " --script " + shellQuote(answers.string()) + " --export-dir " + shellQuote(out.string()) + unlock);
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
    auto clean = runShell(bin + " cohort " + shellQuote(out.string()) + " --csv canvas");
    INFO(clean.err);
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.find("Points Possible") != std::string::npos);

    // S-2: a changed score, signature left as it was.
    const auto s2 = resultFile(out, "S-2");
    auto j2 = nlohmann::json::parse(readFile(s2));
    j2["cases"][0]["score"] = 100.0;
    std::ofstream(s2, std::ios::trunc) << j2.dump(2) << "\n";
    // S-3: a changed score re-signed with the install's key (caught by re-grading).
    const auto s3 = resultFile(out, "S-3");
    auto j3 = nlohmann::json::parse(readFile(s3));
    j3["cases"][1]["score"] = 99.0;
    std::ofstream(s3, std::ios::trunc) << j3.dump(2) << "\n";
    REQUIRE(runShell(bin + " sign " + shellQuote(s3.string()) + unlock).exitCode == 0);
    // S-4: unsigned. S-5: not a result at all, but signed.
    std::filesystem::remove(resultFile(out, "S-4").string() + ".minisig");
    const auto s5 = resultFile(out, "S-5");
    std::ofstream(s5, std::ios::trunc) << "{ broken";
    REQUIRE(runShell(bin + " sign " + shellQuote(s5.string()) + unlock).exitCode == 0);

    const auto r = runShell(bin + " cohort " + shellQuote(out.string()) + " --csv generic --out " + shellQuote((dir.path() / "book.csv").string()));
    INFO(r.err);
    CHECK(r.exitCode == 1);
    CHECK(r.err.find(s2.filename().string() + ": TAMPERED") != std::string::npos);
    CHECK(r.err.find(s3.filename().string() + ": stored score 99.0") != std::string::npos);
    CHECK(r.err.find("UNSIGNED") != std::string::npos);
    CHECK(r.err.find(s5.filename().string() + ": unreadable") != std::string::npos);
    const std::string book = readFile(dir.path() / "book.csv");
    CHECK(book.find("S-1") != std::string::npos);
    for (const char* bad : {"S-2", "S-3", "S-4", "S-5"}) CHECK(book.find(bad) == std::string::npos);
}

TEST_CASE("cohort flags a case file that changed since the exam") {
    TempDir dir;
    const auto install = dir.path() / "install";
    std::filesystem::create_directories(install);
    for (const char* folder : {"assets", "cases", "shaders"}) {
        std::filesystem::copy(std::string(MN_SOURCE_ROOT) + "/" + folder, install / folder, std::filesystem::copy_options::recursive);
    }
    const std::string env = "MNTRAINER_DATA_DIR=" + shellQuote(install.string()) + " XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " ";
    const std::string bin = env + shellQuote(MNTRAINER_BIN);
    const auto exam = dir.write("exam.json", R"({"kind": "exam", "schema_version": 1, "id": "one", "title": "One",
        "cases": ["a-fine-lines-forehead-eyes"], "time_limit_minutes": 5, "pass_mark": 70, "protocol": "clinic-standard", "feedback": "none"})");
    const auto answers = dir.write("a.txt", "decide treat\nsubmit-exam\n");
    const std::string unlock = " --passphrase-file " + shellQuote(dir.write("proctor.pass", "proctor\n").string());
    REQUIRE(runShell(bin + " keys init --kdf-cost interactive" + unlock).exitCode == 0);
    REQUIRE(runShell(bin + " exam run --exam " + shellQuote(exam.string()) + " --name Ann --id S-9 --script " + shellQuote(answers.string()) +
                     " --export-dir " + shellQuote((dir.path() / "out").string()) + unlock)
                .exitCode == 0);
    // An instructor edits the case afterwards (a title tweak: still valid, different bytes).
    const auto caseFile = install / "cases/library/a-fine-lines-forehead-eyes.json";
    auto c = nlohmann::ordered_json::parse(readFile(caseFile));
    c["title"] = "Edited title";
    std::ofstream(caseFile, std::ios::trunc) << c.dump(2) << "\n";
    const auto r = runShell(bin + " cohort " + shellQuote((dir.path() / "out").string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("has changed since the exam (SHA-256 differs)") != std::string::npos);
}
