// Signatures through the real binary, checked by Debian's minisign too.
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

using namespace testing_support;

TEST_CASE("a signed file verifies with minisign and with verify, one changed byte fails both") {
    TempDir dir;
    const std::string env = "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " ";
    const std::string bin = env + shellQuote(MNTRAINER_BIN);
    auto r = runShell(bin + " keys public");
    REQUIRE(r.exitCode == 0);
    const std::string pub = r.out.substr(0, r.out.find('\n'));
    CHECK(readFile(pub).find("untrusted comment: minisign public key") == 0);

    const auto file = dir.write("results.csv", "Student,Score\n\"O'Brien, Aoife\",88.5\n");
    REQUIRE(runShell(bin + " sign " + shellQuote(file.string())).exitCode == 0);
    r = runShell("minisign -Vm " + shellQuote(file.string()) + " -p " + shellQuote(pub));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(runShell(bin + " verify " + shellQuote(file.string())).exitCode == 0);

    std::string text = readFile(file);
    text[text.size() - 3] = '9';
    dir.write("results.csv", text);
    CHECK(runShell("minisign -Vm " + shellQuote(file.string()) + " -p " + shellQuote(pub)).exitCode != 0);
    r = runShell(bin + " verify " + shellQuote(file.string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("changed after signing") != std::string::npos);
}

TEST_CASE("verify: a missing signature, a malformed one, or another key fails clearly") {
    TempDir dir;
    const std::string bin = "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " " + shellQuote(MNTRAINER_BIN);
    const auto file = dir.write("r.json", "{}");
    auto r = runShell(bin + " verify " + shellQuote(file.string()));
    CHECK(r.exitCode == 1); // no key yet, or no signature
    REQUIRE(runShell(bin + " keys public").exitCode == 0);
    r = runShell(bin + " verify " + shellQuote(file.string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("is missing: the file is unsigned") != std::string::npos);
    dir.write("r.json.minisig", "not a signature\n");
    r = runShell(bin + " verify " + shellQuote(file.string()));
    CHECK(r.err.find("malformed") != std::string::npos);
    REQUIRE(runShell(bin + " sign " + shellQuote(file.string())).exitCode == 0);
    const std::string otherBin = "XDG_DATA_HOME=" + shellQuote((dir.path() / "other").string()) + " " + shellQuote(MNTRAINER_BIN);
    const auto otherPub = runShell(otherBin + " keys public").out;
    r = runShell(bin + " verify " + shellQuote(file.string()) + " --pubkey " + shellQuote(otherPub.substr(0, otherPub.find('\n'))));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("not by the given public key") != std::string::npos);
}
