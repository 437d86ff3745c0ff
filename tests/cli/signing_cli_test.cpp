// Signatures and the proctor's key through the real binary, checked against
// Debian's minisign both ways: its -S signs with our encrypted key, and a key
// made by its -G signs here. Secret steps need the passphrase; without it
// nothing is signed.
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

namespace signing_cli_test {

using testing_support::ProcessResult;
using testing_support::readFile;
using testing_support::runShell;
using testing_support::shellQuote;

// A user's data folder, the binary run in it, and passphrase files.
struct Install {
    testing_support::TempDir dir;
    std::string bin() const { return "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " " + shellQuote(MNTRAINER_BIN); }
    std::filesystem::path keys() const { return dir.path() / "data/mntrainer/keys"; }
    std::string passphrase(const std::string& name, const std::string& text) const {
        return " --passphrase-file " + shellQuote(dir.write(name, text + "\n").string());
    }
    ProcessResult run(const std::string& args) const { return runShell(bin() + " " + args); }
    // With no controlling terminal (setsid) and stdin closed, so "no passphrase
    // given" cannot fall back to asking on a terminal.
    ProcessResult runDetached(const std::string& args) const { return runShell("setsid -w sh -c " + shellQuote(bin() + " " + args + " </dev/null")); }
};

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

} // namespace signing_cli_test

TEST_CASE("keys init then sign with the passphrase: minisign and verify accept it, one changed byte fails both") {
    const signing_cli_test::Install in;
    const std::string pass = in.passphrase("p.txt", "tall tree");
    auto r = in.run("keys init --kdf-cost interactive" + pass);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string pub = signing_cli_test::firstLine(r.out);
    CHECK(pub == (in.keys() / "public.pub").string());
    CHECK(readFile(pub).find("untrusted comment: minisign public key") == 0);
    CHECK(in.run("keys public").out == r.out);

    const auto file = in.dir.write("results.csv", "Student,Score\n\"O'Brien, Aoife\",88.5\n");
    r = in.run("sign " + shellQuote(file.string()) + pass);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    r = runShell("minisign -Vm " + shellQuote(file.string()) + " -p " + shellQuote(pub));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(in.run("verify " + shellQuote(file.string())).exitCode == 0);

    std::string text = readFile(file);
    text[text.size() - 3] = '9';
    in.dir.write("results.csv", text);
    CHECK(runShell("minisign -Vm " + shellQuote(file.string()) + " -p " + shellQuote(pub)).exitCode != 0);
    r = in.run("verify " + shellQuote(file.string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("changed after signing") != std::string::npos);

    // A wrong passphrase signs nothing.
    const auto other = in.dir.write("other.csv", "x\n");
    r = in.run("sign " + shellQuote(other.string()) + in.passphrase("wrong.txt", "tall trees"));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("wrong passphrase for the signing key") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(other.string() + ".minisig"));

    // A second init keeps the key.
    const std::string secret = readFile(in.keys() / "secret.key");
    r = in.run("keys init --kdf-cost interactive" + in.passphrase("q.txt", "other"));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("already exists") != std::string::npos);
    CHECK(readFile(in.keys() / "secret.key") == secret);
}

TEST_CASE("minisign -S signs with the app's encrypted key given the passphrase on stdin, and refuses a wrong one") {
    const signing_cli_test::Install in;
    REQUIRE(in.run("keys init --kdf-cost interactive" + in.passphrase("p.txt", "tall tree")).exitCode == 0);
    const auto file = in.dir.write("r.json", "{\"score\": 81.5}\n");
    const std::string secret = shellQuote((in.keys() / "secret.key").string());
    // minisign reads the password with fgets from stdin when stdin is not a terminal.
    auto r = runShell("printf 'tall tree\\n' | minisign -S -s " + secret + " -m " + shellQuote(file.string()));
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    r = runShell("minisign -V -p " + shellQuote((in.keys() / "public.pub").string()) + " -m " + shellQuote(file.string()));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(in.run("verify " + shellQuote(file.string())).exitCode == 0);

    r = runShell("printf 'tall trees\\n' | minisign -S -s " + secret + " -m " + shellQuote(file.string()) + " -x " +
                 shellQuote((in.dir.path() / "wrong.minisig").string()));
    CHECK(r.exitCode != 0);
    CHECK(r.err.find("Wrong password") != std::string::npos);
}

// Each step with minisign's key derives with its sensitive cost (1 GiB, seconds
// each), so this test does only the two it needs.
TEST_CASE("a key made by minisign -G with a password signs here, and minisign verifies the signature") {
    const signing_cli_test::Install in;
    std::filesystem::create_directories(in.keys());
    const std::string secret = shellQuote((in.keys() / "secret.key").string());
    const std::string pub = shellQuote((in.keys() / "public.pub").string());
    // minisign -G asks twice; it uses its own (sensitive) scrypt cost, so this test takes seconds.
    auto r = runShell("printf 'minisign made me\\nminisign made me\\n' | minisign -G -p " + pub + " -s " + secret);
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);

    const auto file = in.dir.write("r.csv", "a,b\n1,2\n");
    r = in.run("sign " + shellQuote(file.string()) + in.passphrase("right.txt", "minisign made me"));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    r = runShell("minisign -V -p " + pub + " -m " + shellQuote(file.string()));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
}

TEST_CASE("sign without a passphrase, or with no key, fails clearly and writes nothing") {
    const signing_cli_test::Install in;
    const auto file = in.dir.write("r.json", "{}");
    auto r = in.runDetached("sign " + shellQuote(file.string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("keys init") == std::string::npos); // the passphrase is asked for before the key is looked at
    CHECK(r.err.find("no passphrase given and no terminal") != std::string::npos);
    r = in.run("sign " + shellQuote(file.string()) + in.passphrase("p.txt", "x"));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("keys init") != std::string::npos);
    CHECK(in.run("keys public").exitCode == 1);

    REQUIRE(in.run("keys init --kdf-cost interactive" + in.passphrase("p.txt", "x")).exitCode == 0);
    r = in.runDetached("sign " + shellQuote(file.string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("nothing was signed") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(file.string() + ".minisig"));
    r = in.run("sign " + shellQuote(file.string()) + " --passphrase-fd 7 7</dev/null");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("the passphrase is empty") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(file.string() + ".minisig"));
}

TEST_CASE("an old unencrypted key is refused with what to do, and keys migrate keeps its public key") {
    const signing_cli_test::Install in;
    // The first version's key file: a header line and base64(key id[8] | Ed25519 secret key[64]).
    // This one is RFC 8032's test 1 key (seed 9d61b1...7f60, public key d75a98...511a), key id bytes 01..08.
    const std::string oldSecret = "mntrainer secret key v1\n"
                                  "AQIDBAUGBwidYbGd7/1aYLqESvSS7CzEREnFaXsyaRlwO6wDHK5/YNdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea\n";
    in.dir.write("data/mntrainer/keys/secret.key", oldSecret);
    const auto file = in.dir.write("r.json", "{}");
    auto r = in.run("sign " + shellQuote(file.string()) + in.passphrase("p.txt", "new pass"));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("old unencrypted format") != std::string::npos);
    CHECK(r.err.find("mntrainer keys migrate") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(file.string() + ".minisig"));

    r = in.run("keys migrate --kdf-cost interactive" + in.passphrase("p.txt", "new pass"));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    // public.pub is base64("Ed" | key id | RFC 8032's public key), worked out from the RFC's bytes with Python's
    // base64 module; the key id prints little-endian as minisign does (bytes 01..08 -> 0807060504030201).
    CHECK(readFile(in.keys() / "public.pub") == "untrusted comment: minisign public key 0807060504030201\n"
                                                "RWQBAgMEBQYHCNdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea\n");
    CHECK(readFile(in.keys() / "secret.key").find("AQIDBAUGBwidYbGd") == std::string::npos);
    r = in.run("sign " + shellQuote(file.string()) + in.passphrase("p.txt", "new pass"));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(runShell("minisign -V -p " + shellQuote((in.keys() / "public.pub").string()) + " -m " + shellQuote(file.string())).exitCode == 0);
}

TEST_CASE("verify: a missing signature, a malformed one, or another key fails clearly") {
    const signing_cli_test::Install in;
    const auto file = in.dir.write("r.json", "{}");
    auto r = in.run("verify " + shellQuote(file.string()));
    CHECK(r.exitCode == 1); // no key yet, or no signature
    REQUIRE(in.run("keys init --kdf-cost interactive" + in.passphrase("p.txt", "x")).exitCode == 0);
    r = in.run("verify " + shellQuote(file.string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("is missing: the file is unsigned") != std::string::npos);
    in.dir.write("r.json.minisig", "not a signature\n");
    r = in.run("verify " + shellQuote(file.string()));
    CHECK(r.err.find("malformed") != std::string::npos);
    REQUIRE(in.run("sign " + shellQuote(file.string()) + in.passphrase("p.txt", "x")).exitCode == 0);
    const signing_cli_test::Install other;
    REQUIRE(other.run("keys init --kdf-cost interactive" + other.passphrase("p.txt", "y")).exitCode == 0);
    r = in.run("verify " + shellQuote(file.string()) + " --pubkey " + shellQuote((other.keys() / "public.pub").string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("not by the given public key") != std::string::npos);
}
