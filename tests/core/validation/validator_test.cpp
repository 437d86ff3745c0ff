// validatePaths: folders, ids across files, and paths that cannot be read.
#include "validation/validator.hpp"

#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

using testing_support::TempDir;

namespace {

bool mentions(const core::ValidationReport& r, const std::string& text) {
    for (const auto& d : r.allDiagnostics()) {
        if (d.message.find(text) != std::string::npos) return true;
    }
    return false;
}

} // namespace

TEST_CASE("a folder is searched recursively and JSON Schemas are skipped") {
    TempDir dir;
    dir.write("a/one.json", fixtures::validCase().dump(2));
    dir.write("b/c/notes.txt", "not json, not looked at");
    dir.write("schema.json", R"({"$schema": "http://json-schema.org/draft-07/schema#", "type": "object"})");
    const auto r = core::validatePaths({dir.path()}, MN_SOURCE_ROOT);
    CHECK(r.valid());
    REQUIRE(r.files.size() == 2);
    CHECK(r.files[0].kind == "case");
    CHECK(r.files[1].kind == "schema");
}

TEST_CASE("case ids must be unique across the files validated together") {
    TempDir dir;
    dir.write("one.json", fixtures::validCase().dump(2));
    dir.write("two.json", fixtures::validCase().dump(2));
    const auto r = core::validatePaths({dir.path()}, MN_SOURCE_ROOT);
    CHECK_FALSE(r.valid());
    CHECK(mentions(r, "case id \"fixture-mole\" is already used by"));
    const auto all = r.allDiagnostics();
    REQUIRE(all.size() == 1);
    CHECK(all[0].line == 4); // the "id" line of the second file, pretty-printed
}

TEST_CASE("a protocol id may not clash with a bundled profile") {
    TempDir dir;
    auto protocol = core::Json::parse(testing_support::readFile(std::string(MN_SOURCE_ROOT) + "/cases/protocols/clinic-standard.json"));
    dir.write("copy.json", protocol.dump(2));
    const auto r = core::validatePaths({dir.path()}, MN_SOURCE_ROOT);
    CHECK(mentions(r, "protocol id \"clinic-standard\" is already used by"));
    protocol["id"] = "my-clinic";
    dir.write("copy.json", protocol.dump(2));
    CHECK(core::validatePaths({dir.path()}, MN_SOURCE_ROOT).valid());
}

TEST_CASE("a path that does not exist is an error") {
    const auto r = core::validatePaths({"/definitely/not/here.json"}, MN_SOURCE_ROOT);
    CHECK_FALSE(r.valid());
    CHECK(mentions(r, "no such file or folder"));
}

TEST_CASE("symlink loops neither hang nor crash") {
    TempDir dir;
    dir.write("cases/ok.json", fixtures::validCase().dump(2));
    std::filesystem::create_directory_symlink(dir.path() / "cases", dir.path() / "cases" / "again");
    std::filesystem::create_symlink("self.json", dir.path() / "cases" / "self.json");
    const auto r = core::validatePaths({dir.path() / "cases"}, MN_SOURCE_ROOT);
    CHECK(r.files.size() == 1);                 // ok.json once, not again through the loop
    CHECK(mentions(r, "cannot read this entry")); // self.json loops onto itself
    CHECK(mentions(r, "already visited"));
    CHECK_FALSE(r.valid());
}

TEST_CASE("reference data that cannot be found is one clear error") {
    TempDir dir;
    dir.write("one.json", fixtures::validCase().dump(2));
    const auto r = core::validatePaths({dir.path()}, dir.path() / "no-install-here");
    CHECK_FALSE(r.valid());
    CHECK(mentions(r, "reference data is broken"));
}
