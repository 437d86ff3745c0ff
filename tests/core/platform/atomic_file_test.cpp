// Atomic file writes (platform/atomic_file): whole files or nothing, and failures reported.
#include "platform/atomic_file.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

TEST_CASE("atomic writes replace whole files and report failures") {
    testing_support::TempDir dir;
    const auto file = dir.path() / "sub" / "settings.json";
    CHECK(core::writeFileAtomically(file, "one").has_value());
    CHECK(testing_support::readFile(file) == "one");
    CHECK(core::writeFileAtomically(file, "two, longer").has_value());
    CHECK(testing_support::readFile(file) == "two, longer");
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(file.parent_path())) ++entries;
    CHECK(entries == 1); // no temp file left behind
    const auto blocked = dir.write("plainfile", "x") / "child.json";
    CHECK_FALSE(core::writeFileAtomically(blocked, "x").has_value());
}
