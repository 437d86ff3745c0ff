// The exam journal: records survive reopening; torn, corrupt or foreign
// files are handled without losing the good records.
#include "core/journal.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace {

std::filesystem::path writeThree(const testing_support::TempDir& dir) {
    const auto path = dir.path() / "exam.journal";
    auto j = core::Journal::open(path);
    REQUIRE(j.has_value());
    for (int i = 0; i < 3; ++i) REQUIRE(j->append(core::Json{{"n", i}, {"answer", "flag pregnancy"}}).empty());
    return path;
}

} // namespace

TEST_CASE("journal records survive reopening") {
    testing_support::TempDir dir;
    const auto path = writeThree(dir);
    auto j = core::Journal::open(path);
    REQUIRE(j.has_value());
    REQUIRE(j->records().size() == 3);
    CHECK(j->records()[2]["n"] == 2);
    CHECK(j->recoveryWarning().empty());
    REQUIRE(j->append(core::Json{{"n", 3}}).empty());
    CHECK(core::Journal::open(path)->records().size() == 4);
}

TEST_CASE("a truncated journal is cut at the last good record, and can be appended to") {
    testing_support::TempDir dir;
    const auto path = writeThree(dir);
    const auto size = std::filesystem::file_size(path);
    std::filesystem::resize_file(path, size - 5); // tear the last record
    auto j = core::Journal::open(path);
    REQUIRE(j.has_value());
    CHECK(j->records().size() == 2);
    CHECK(j->recoveryWarning().find("damaged tail") != std::string::npos);
    REQUIRE(j->append(core::Json{{"n", 9}}).empty());
    auto reopened = core::Journal::open(path);
    REQUIRE(reopened->records().size() == 3);
    CHECK(reopened->records()[2]["n"] == 9);
    CHECK(reopened->recoveryWarning().empty());
}

TEST_CASE("a corrupt byte in the middle keeps the records before it") {
    testing_support::TempDir dir;
    const auto path = writeThree(dir);
    std::string text = testing_support::readFile(path);
    text[text.size() / 2] ^= 0x5A;
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    auto j = core::Journal::open(path);
    REQUIRE(j.has_value());
    CHECK(j->records().size() < 3);
    CHECK_FALSE(j->recoveryWarning().empty());
}

TEST_CASE("garbage after the header, or a file that is not a journal") {
    testing_support::TempDir dir;
    const auto path = dir.write("j", std::string(core::kJournalMagic) + "\xff\xff\xff\xff garbage");
    auto j = core::Journal::open(path);
    REQUIRE(j.has_value());
    CHECK(j->records().empty());
    CHECK_FALSE(j->recoveryWarning().empty());
    const auto other = dir.write("notes.txt", "hello");
    const auto bad = core::Journal::open(other);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().find("not an exam journal") != std::string::npos);
    CHECK(testing_support::readFile(other) == "hello"); // never overwritten
}
