// The roster of machine keys: machines are named by their key file's stem,
// a key is looked up by the id a signature names, and no key is taken from
// the candidates' results folder or listed twice under two names.
#include "../support/run_process.hpp"
#include "exam/key_roster.hpp"

#include <catch2/catch.hpp>

namespace key_roster_test_support {

// A fresh machine key pair, its public half written as NAME.pub into `folder`.
core::SigningKey machineKey(const testing_support::TempDir& dir,
                            const std::filesystem::path& folder, const std::string& name) {
    const std::optional<core::SigningKey> key = core::generateSigningKey();
    REQUIRE(key.has_value());
    std::filesystem::create_directories(folder);
    dir.write((folder / (name + ".pub")).lexically_relative(dir.path()).string(),
              core::publicKeyText(*key));
    return *key;
}

} // namespace key_roster_test_support

TEST_CASE(
    "key roster: every .pub in the folder is a machine named by its file stem, found by key id") {
    testing_support::TempDir dir;
    const auto keys = dir.path() / "roster";
    const auto a = key_roster_test_support::machineKey(dir, keys, "room4-pc01");
    const auto b = key_roster_test_support::machineKey(dir, keys, "room4-pc02");
    const auto c = key_roster_test_support::machineKey(dir, dir.path() / "loose", "laptop");
    dir.write("roster/notes.txt", "not a key");
    std::filesystem::create_directories(dir.path() / "results");
    const auto roster =
        core::loadKeyRoster({dir.path() / "loose" / "laptop.pub"}, {keys}, dir.path() / "results");
    REQUIRE(roster.has_value());
    REQUIRE(roster->keys().size() ==
            3); // two from the folder (the .txt is not a key), one named alone
    REQUIRE(roster->find(a.keyId) != nullptr);
    CHECK(roster->find(a.keyId)->machine == "room4-pc01");
    CHECK(roster->find(b.keyId)->machine == "room4-pc02");
    CHECK(roster->find(c.keyId)->machine == "laptop");
    std::array<unsigned char, 8> unknown{};
    CHECK(roster->find(unknown) == nullptr);
}

TEST_CASE("key roster: a key handed in with the results is refused however it is reached") {
    testing_support::TempDir dir;
    const auto results = dir.path() / "results";
    (void)key_roster_test_support::machineKey(dir, results, "candidate");
    (void)key_roster_test_support::machineKey(dir, results / "keys", "candidate2");
    // Named directly, through "..", and as a folder inside the results.
    const auto direct = core::loadKeyRoster({results / "candidate.pub"}, {}, results);
    REQUIRE_FALSE(direct.has_value());
    CHECK(direct.error().summary().find("lies inside the results folder") != std::string::npos);
    CHECK_FALSE(
        core::loadKeyRoster({results / "keys" / ".." / "candidate.pub"}, {}, results).has_value());
    const auto folder = core::loadKeyRoster({}, {results / "keys"}, results);
    REQUIRE_FALSE(folder.has_value());
    CHECK(folder.error().summary().find("never from the candidates' hand-in") != std::string::npos);
    CHECK_FALSE(core::loadKeyRoster({}, {results}, results).has_value());
}

TEST_CASE("key roster: one key under two machine names is refused, the same file twice is not") {
    testing_support::TempDir dir;
    std::filesystem::create_directories(dir.path() / "results");
    (void)key_roster_test_support::machineKey(dir, dir.path() / "roster", "pc1");
    std::filesystem::copy_file(dir.path() / "roster" / "pc1.pub",
                               dir.path() / "roster" / "pc1-again.pub");
    const auto twice = core::loadKeyRoster({}, {dir.path() / "roster"}, dir.path() / "results");
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().summary().find("is in the roster twice") != std::string::npos);
    std::filesystem::remove(dir.path() / "roster" / "pc1-again.pub");
    const auto same = core::loadKeyRoster({dir.path() / "roster" / "pc1.pub"},
                                          {dir.path() / "roster"}, dir.path() / "results");
    REQUIRE(same.has_value());
    CHECK(same->keys().size() == 1);
    dir.write("empty/readme.txt", "");
    CHECK_FALSE(
        core::loadKeyRoster({}, {dir.path() / "empty"}, dir.path() / "results").has_value());
}
