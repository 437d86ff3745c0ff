// The exam journal: records survive reopening; one writer at a time; readers
// never change the file; a damaged frame costs only itself; a failed append
// never strands a later answer.
#include "platform/journal.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {

core::Json answer(int n) { return core::Json{{"t", "answer"}, {"n", n}, {"a", {{"k", "flag"}, {"id", "pregnancy"}, {"on", true}}}}; }

std::filesystem::path writeJournal(const testing_support::TempDir& dir, int records) {
    const auto path = dir.path() / "exam.journal";
    auto j = core::Journal::create(path, core::Json{{"t", "start"}});
    REQUIRE(j.has_value());
    for (int i = 1; i < records; ++i) REQUIRE(j->append(answer(i)).has_value());
    return path;
}

// Closes the journal (and so releases its lock) before the scope ends.
void close(std::expected<core::Journal, core::Error>& journal) { journal = std::unexpected(std::string("closed")); }

void overwrite(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

} // namespace

TEST_CASE("journal records survive reopening, and the first record is there from creation") {
    testing_support::TempDir dir;
    const auto path = writeJournal(dir, 3);
    auto j = core::Journal::openForAppend(path);
    REQUIRE(j.has_value());
    REQUIRE(j->records().size() == 3);
    CHECK(j->records()[0]["t"] == "start");
    CHECK(j->records()[2]["n"] == 2);
    CHECK(j->recoveryWarning().empty());
    REQUIRE(j->append(answer(3)).has_value());
    close(j);
    CHECK(core::Journal::openReadOnly(path)->records().size() == 4);
}

TEST_CASE("creating a journal where one exists is refused and leaves it untouched") {
    testing_support::TempDir dir;
    const auto path = writeJournal(dir, 2);
    const std::string before = testing_support::readFile(path);
    auto again = core::Journal::create(path, core::Json{{"t", "start"}});
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().summary().find("already in progress") != std::string::npos);
    CHECK(testing_support::readFile(path) == before);
    // No temp file is left behind either.
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
    CHECK(entries == 1);
}

TEST_CASE("a second writer is refused while the first holds the journal, and a reader still works") {
    testing_support::TempDir dir;
    const auto path = writeJournal(dir, 2);
    auto first = core::Journal::openForAppend(path);
    REQUIRE(first.has_value());
    auto second = core::Journal::openForAppend(path);
    REQUIRE_FALSE(second.has_value());
    CHECK(second.error().summary().find("in use by another mntrainer") != std::string::npos);
    auto reader = core::Journal::openReadOnly(path);
    REQUIRE(reader.has_value());
    CHECK(reader->records().size() == 2);
    CHECK_FALSE(reader->append(answer(9)).has_value());
    CHECK(reader->append(answer(9)).error().summary().find("read-only") != std::string::npos);
    close(first); // the lock goes with the writer
    CHECK(core::Journal::openForAppend(path).has_value());
}

TEST_CASE("a torn tail: readers leave it, the writer cuts it and appends after the last good record") {
    testing_support::TempDir dir;
    const auto path = writeJournal(dir, 3);
    std::filesystem::resize_file(path, std::filesystem::file_size(path) - 5); // tear the last record
    const std::string torn = testing_support::readFile(path);
    auto reader = core::Journal::openReadOnly(path);
    REQUIRE(reader.has_value());
    CHECK(reader->records().size() == 2);
    CHECK(reader->recoveryWarning().find("torn tail") != std::string::npos);
    CHECK(testing_support::readFile(path) == torn); // the reader changed nothing
    auto j = core::Journal::openForAppend(path);
    REQUIRE(j.has_value());
    REQUIRE(j->append(answer(9)).has_value());
    close(j);
    auto reopened = core::Journal::openReadOnly(path);
    REQUIRE(reopened->records().size() == 3);
    CHECK(reopened->records()[2]["n"] == 9);
    CHECK(reopened->recoveryWarning().empty());
}

// A single changed byte anywhere after the header may cost the record it hits,
// never a later one: the reader resynchronises on the next good frame. Within
// the header the file is refused as not a journal, and left as it was.
TEST_CASE("a changed byte at every offset of a real journal costs at most the one record it hits") {
    testing_support::TempDir dir;
    const auto path = writeJournal(dir, 80);
    const std::string clean = testing_support::readFile(path);
    const std::size_t magic = sizeof(core::kJournalMagic) - 1;
    std::size_t worstLoss = 0;
    std::size_t totalLoss = 0;
    for (std::size_t at = 0; at < clean.size(); ++at) {
        std::string bytes = clean;
        bytes[at] = static_cast<char>(bytes[at] ^ 0x5A);
        auto parsed = core::parseJournal(bytes);
        if (at < magic) {
            REQUIRE_FALSE(parsed.has_value());
            continue;
        }
        REQUIRE(parsed.has_value());
        const std::size_t lost = 80 - parsed->records.size();
        worstLoss = std::max(worstLoss, lost);
        totalLoss += lost;
        // The records kept are the originals, in order, with the hit one missing.
        int expected = 0;
        for (const auto& r : parsed->records) {
            const int n = r.contains("n") ? r["n"].get<int>() : 0;
            if (n != expected) ++expected; // the one skipped record
            REQUIRE(n == expected);
            ++expected;
        }
    }
    CHECK(worstLoss == 1);
    const double meanLoss = static_cast<double>(totalLoss) / static_cast<double>(clean.size() - magic);
    CHECK(meanLoss <= 1.0);
    INFO("mean records lost per changed byte: " << meanLoss);
}

TEST_CASE("a damaged record in the middle is skipped, later records are kept and the writer appends after them") {
    testing_support::TempDir dir;
    const auto path = writeJournal(dir, 5);
    std::string bytes = testing_support::readFile(path);
    const std::size_t second = bytes.find("\"n\":2");
    REQUIRE(second != std::string::npos);
    bytes[second + 4] = '7'; // CRC no longer matches
    overwrite(path, bytes);
    auto j = core::Journal::openForAppend(path);
    REQUIRE(j.has_value());
    REQUIRE(j->records().size() == 4);
    CHECK(j->records()[2]["n"] == 3);
    CHECK(j->recoveryWarning().find("1 damaged region") != std::string::npos);
    REQUIRE(j->append(answer(5)).has_value());
    close(j);
    auto after = core::Journal::openReadOnly(path);
    REQUIRE(after->records().size() == 5);
    CHECK(after->records()[4]["n"] == 5);
}

TEST_CASE("CRC-valid frames that are not JSON objects are skipped as damage, never thrown on") {
    testing_support::TempDir dir;
    std::string bytes = std::string(core::kJournalMagic) + core::journalFrame(R"({"t":"start"})") + core::journalFrame("[1,2,3]") +
                        core::journalFrame("{not json") + core::journalFrame("42") + core::journalFrame(R"({"t":"goto","case":0})");
    auto parsed = core::parseJournal(bytes);
    REQUIRE(parsed.has_value());
    REQUIRE(parsed->records.size() == 2);
    CHECK(parsed->records[1]["t"] == "goto");
    CHECK(parsed->damagedRegions == 1);
}

TEST_CASE("a file that is not a journal, or not a regular file, is refused without blocking or writing") {
    testing_support::TempDir dir;
    const auto other = dir.write("notes.txt", "hello");
    const auto bad = core::Journal::openForAppend(other);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().summary().find("not an exam journal") != std::string::npos);
    CHECK(testing_support::readFile(other) == "hello");
    const auto fifo = dir.path() / "fifo.journal";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto fromFifo = core::Journal::openReadOnly(fifo); // would block forever without O_NONBLOCK
    REQUIRE_FALSE(fromFifo.has_value());
    CHECK(fromFifo.error().summary().find("not a regular file") != std::string::npos);
    CHECK_FALSE(core::Journal::openForAppend(fifo).has_value());
}

// A write that fails part-way (here: the file-size limit, as a full disk would)
// is cut back at once; answers committed after it all survive reopening.
TEST_CASE("a failed append is cut back, and every answer committed after it survives") {
    testing_support::TempDir dir;
    const auto path = writeJournal(dir, 3);
    auto j = core::Journal::openForAppend(path);
    REQUIRE(j.has_value());
    const auto sizeBefore = std::filesystem::file_size(path);
    rlimit saved{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tight = saved;
    tight.rlim_cur = static_cast<rlim_t>(sizeBefore + 100); // room for part of the big record only
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &tight) == 0);
    auto failed = j->append(core::Json{{"t", "answer"}, {"n", 99}, {"pad", std::string(4000, 'x')}});
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &saved) == 0);
    std::signal(SIGXFSZ, previousHandler);
    CHECK_FALSE(failed.has_value());
    CHECK(failed.error().summary().find("not saved") != std::string::npos);
    CHECK(std::filesystem::file_size(path) == sizeBefore); // cut back before anything else
    for (int i = 3; i < 6; ++i) REQUIRE(j->append(answer(i)).has_value());
    close(j);
    auto reopened = core::Journal::openReadOnly(path);
    REQUIRE(reopened.has_value());
    REQUIRE(reopened->records().size() == 6);
    CHECK(reopened->records()[5]["n"] == 5);
    CHECK(reopened->recoveryWarning().empty());
}

TEST_CASE("filing a journal away moves it into the done folder") {
    testing_support::TempDir dir;
    const auto path = writeJournal(dir, 2);
    REQUIRE(core::fileJournalAway(path, dir.path() / "done", "abc.journal").has_value());
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(core::Journal::openReadOnly(dir.path() / "done" / "abc.journal")->records().size() == 2);
}
