// The proctor's key in a sitting: no sitting starts without the passphrase,
// and a hand-in without it signs nothing but keeps the sitting for a later
// `exam export` with the passphrase.
#include "exam_sitting.hpp"

#include <catch2/catch.hpp>

namespace exam_key_cli_test {

using namespace exam_testing;

// Run with no controlling terminal and stdin closed: no passphrase can come from anywhere.
ProcessResult runLocked(const Sitting& s, const std::string& args) {
    return runShell("setsid -w sh -c " + shellQuote(s.bin() + " " + args + " </dev/null"));
}

int filesIn(const std::filesystem::path& folder) {
    std::error_code ec;
    if (!std::filesystem::exists(folder, ec)) return 0;
    return static_cast<int>(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()));
}

} // namespace exam_key_cli_test

TEST_CASE("exam start without the proctor's passphrase, or with a wrong one, starts nothing") {
    const exam_testing::Sitting s;
    auto r = exam_key_cli_test::runLocked(s, "exam start " + exam_testing::startArgs());
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("the sitting was not started") != std::string::npos);
    CHECK(r.err.find("--passphrase-file") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(s.dir.path() / "data/mntrainer/exam/current.journal"));
    const auto wrong = s.dir.write("wrong.pass", "not the proctor\n");
    r = exam_key_cli_test::runLocked(s, "exam start " + exam_testing::startArgs() + " --passphrase-file " + exam_testing::shellQuote(wrong.string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("wrong passphrase") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(s.dir.path() / "data/mntrainer/exam/current.journal"));
}

TEST_CASE("a hand-in without the passphrase writes no result and no signature, and exam export with it later does") {
    const exam_testing::Sitting s;
    REQUIRE(s.run("exam start " + exam_testing::startArgs()).exitCode == 0);
    const auto out = s.dir.path() / "results";
    const auto script = s.script("a.txt", {"decide defer", "submit-exam"});
    auto r = exam_key_cli_test::runLocked(s, "exam answer --script " + exam_testing::shellQuote(script.string()) + " --export-dir " +
                                                 exam_testing::shellQuote(out.string()));
    INFO(r.err);
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("handed in and kept, but its results were NOT exported") != std::string::npos);
    CHECK(r.err.find("exam export --passphrase-file") != std::string::npos);
    CHECK(exam_key_cli_test::filesIn(out) == 0);
    CHECK(std::filesystem::exists(s.dir.path() / "data/mntrainer/exam/current.journal"));
    CHECK(s.status()["submitted"] == true);

    r = exam_key_cli_test::runLocked(s, "exam export --export-dir " + exam_testing::shellQuote(out.string()));
    CHECK(r.exitCode == 1);
    CHECK(exam_key_cli_test::filesIn(out) == 0);

    r = s.run("exam export --export-dir " + exam_testing::shellQuote(out.string())); // Sitting::run passes the proctor's passphrase
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(exam_key_cli_test::filesIn(out) == 8); // five results, five signatures
    const std::string pub = (s.dir.path() / "data/mntrainer/keys/public.pub").string();
    for (const auto& e : std::filesystem::directory_iterator(out)) {
        if (e.path().extension() == ".minisig") continue;
        const auto v = exam_testing::runShell("minisign -Vm " + exam_testing::shellQuote(e.path().string()) + " -p " + exam_testing::shellQuote(pub));
        INFO(e.path() << v.err);
        CHECK(v.exitCode == 0);
    }
    CHECK_FALSE(std::filesystem::exists(s.dir.path() / "data/mntrainer/exam/current.journal"));
}
