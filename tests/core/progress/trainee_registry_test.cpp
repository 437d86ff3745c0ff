// The machine's trainees: file-safe unique ids, names unique whatever their
// case, the legacy history adopted by the first trainee, the last one used.
#include "progress/trainee_registry.hpp"
#include "json/json_document.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

namespace fs = std::filesystem;

TEST_CASE("trainees get file-safe unique ids and names unique whatever their case") {
    testing_support::TempDir dir;
    const core::TraineeRegistry registry(dir.path());
    auto none = registry.list();
    REQUIRE(none.has_value());
    CHECK(none->empty());
    auto ana = registry.add("  Ana O'Neil / Clinic 2  ", 1000.0);
    REQUIRE(ana.has_value());
    CHECK(ana->name == "Ana O'Neil / Clinic 2"); // trimmed, otherwise as typed
    CHECK(ana->id == "ana-o-neil-clinic-2");     // letters and digits, the rest one dash
    CHECK(ana->createdUnix == 1000.0);
    auto again = registry.add("ANA o'neil / clinic 2", 1001.0);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().summary().find("already registered") != std::string::npos);
    auto sameSlug = registry.add("Ana O Neil Clinic 2", 1002.0); // another name, the same slug
    REQUIRE(sameSlug.has_value());
    CHECK(sameSlug->id == "ana-o-neil-clinic-2-2");
    auto accents = registry.add("Zoë", 1003.0);
    REQUIRE(accents.has_value());
    CHECK(accents->id == "zo");
    auto symbols = registry.add("***", 1004.0);
    REQUIRE(symbols.has_value());
    CHECK(symbols->id == "trainee");
    CHECK_FALSE(registry.add("   ", 1005.0).has_value());
    CHECK_FALSE(registry.add("", 1005.0).has_value());

    const core::TraineeRegistry reopened(dir.path()); // saved, not kept in memory
    auto listed = reopened.list();
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 4);
    CHECK((*listed)[1].id == "ana-o-neil-clinic-2-2");
    auto byName = reopened.find("ZOë"); // folding is ASCII only: "ZOË" would not match
    REQUIRE(byName.has_value());
    CHECK(byName->id == "zo");
    auto byId = reopened.find("trainee");
    REQUIRE(byId.has_value());
    CHECK(byId->name == "***");
    CHECK_FALSE(reopened.find("nobody").has_value());
    const auto saved = core::Json::parse(testing_support::readFile(dir.path() / "trainees.json"));
    CHECK(saved["kind"] == "trainee_registry");
    CHECK(saved["trainees"][0]["id"] == "ana-o-neil-clinic-2");
}

TEST_CASE("the first trainee adopts the history saved before trainees existed") {
    testing_support::TempDir dir;
    const core::TraineeRegistry registry(dir.path());
    auto first = registry.add("First", 1.0);
    auto second = registry.add("Second", 2.0);
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    CHECK(first->legacyHistory);
    CHECK_FALSE(second->legacyHistory);
    CHECK(registry.storePath(*first) == dir.path() / "trainees/first/progress.sqlite");
    CHECK(registry.attemptStoreDir(*first) == dir.path() / "trainees/first");
    CHECK(registry.historyDir(*first) == dir.path() / "trainees/first/attempts");
    CHECK(registry.historyDirs(*first) == std::vector<fs::path>{dir.path() / "trainees/first/attempts", dir.path() / "attempts"});
    CHECK(registry.historyDirs(*second) == std::vector<fs::path>{dir.path() / "trainees/second/attempts"});
    auto listed = registry.list();
    REQUIRE(listed.has_value());
    CHECK(listed->at(0).legacyHistory); // kept in trainees.json
}

TEST_CASE("the last trainee used is remembered, and only a registered one") {
    testing_support::TempDir dir;
    const core::TraineeRegistry registry(dir.path());
    auto last = registry.lastUsed();
    REQUIRE(last.has_value());
    CHECK(last->empty());
    auto ana = registry.add("Ana", 1.0);
    REQUIRE(ana.has_value());
    auto unknown = registry.setLastUsed("bob");
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().summary().find("no trainee with id \"bob\"") != std::string::npos);
    REQUIRE(registry.setLastUsed(ana->id).has_value());
    last = core::TraineeRegistry(dir.path()).lastUsed();
    REQUIRE(last.has_value());
    CHECK(*last == "ana");
}

TEST_CASE("a damaged trainee list is reported with its file and line, not replaced") {
    testing_support::TempDir dir;
    const core::TraineeRegistry registry(dir.path());
    const std::string damaged = "{\n  \"kind\": \"trainee_registry\",\n  \"schema_version\": 1,\n  \"trainees\": [ { \"id\": \"../x\", \"name\": \"X\" } ]\n}\n";
    dir.write("trainees.json", damaged);
    auto listed = registry.list();
    REQUIRE_FALSE(listed.has_value());
    const std::string message = listed.error().summary();
    CHECK(message.find("trainees.json:4:") != std::string::npos);
    CHECK(message.find("not a file-safe id") != std::string::npos);
    CHECK_FALSE(registry.add("Y", 1.0).has_value());
    CHECK(testing_support::readFile(dir.path() / "trainees.json") == damaged);
}
