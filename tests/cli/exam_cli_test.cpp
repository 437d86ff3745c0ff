// Exams through the real binary: a whole sitting exported and signed (checked
// with minisign), kill -9 at several points then resume, and the bad inputs.
#include "exam_sitting.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <thread>
#include <unistd.h>

using namespace testing_support;

using namespace exam_testing;


TEST_CASE("a whole exam headless: JSON, generic and Moodle CSVs and xAPI, each signed and checked by minisign") {
    Sitting s;
    auto lines = kAnswers;
    lines.push_back("submit-exam");
    const auto out = s.dir.path() / "results";
    const auto r = s.run("exam run " + startArgs("=O'Brien, \"Aoife\"\n李") + " --script " + shellQuote(s.script("a.txt", lines).string()) +
                         " --export-dir " + shellQuote(out.string()));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string pub = s.run("keys public").out.substr(0, s.run("keys public").out.find('\n'));
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(out)) {
        if (e.path().extension() == ".minisig") continue;
        ++files;
        const auto v = runShell("minisign -Vm " + shellQuote(e.path().string()) + " -p " + shellQuote(pub));
        INFO(e.path() << v.out << v.err);
        CHECK(v.exitCode == 0);
        CHECK(s.run("verify " + shellQuote(e.path().string())).exitCode == 0);
    }
    CHECK(files == 4); // no Canvas CSV: a sitting cannot know the assignment id Canvas needs (cohort writes it)
    // The record re-grades to what it says; the xAPI array is valid JSON.
    for (const auto& e : std::filesystem::directory_iterator(out)) {
        const std::string name = e.path().filename().string();
        if (name.ends_with(".xapi.json")) CHECK(nlohmann::json::parse(readFile(e.path())).size() == 5);
        if (name.ends_with(".generic.csv")) CHECK(readFile(e.path()).find("\"'=O'Brien, \"\"Aoife\"\"\n李\",S-1,") != std::string::npos);
        if (name.ends_with(".moodle.csv")) CHECK(readFile(e.path()).starts_with("ID number,"));
        CHECK_FALSE(name.ends_with(".canvas.csv"));
    }
    // The sitting is filed away: a new one can start.
    CHECK_FALSE(std::filesystem::exists(s.dir.path() / "data/mntrainer/exam/current.journal"));
}

TEST_CASE("kill -9 at several points: every committed answer survives, and the resumed exam ends the same") {
    // The reference: the same answers without interruption.
    Sitting reference;
    REQUIRE(reference.run("exam start " + startArgs()).exitCode == 0);
    REQUIRE(reference.run("exam answer --script " + shellQuote(reference.script("all.txt", kAnswers).string())).exitCode == 0);
    const auto full = attempts(reference.status());

    // Kill points are set by progress, not by the clock: once at least N answers
    // are committed (the slow script waits 50 ms between answers, so the kill
    // lands while it is still writing).
    for (int killAfterAnswers : {1, 6, 12}) {
        Sitting s;
        REQUIRE(s.run("exam start " + startArgs()).exitCode == 0);
        BackgroundProcess answering(s.env() + "exec " + shellQuote(MNTRAINER_BIN) + " exam answer --script " +
                                    shellQuote(s.script("slow.txt", kAnswers, 50).string()));
        REQUIRE(waitFor([&] {
            const auto r = s.run("exam status");
            return r.exitCode == 0 && nlohmann::json::parse(r.out)["journal_records"].get<int>() >= killAfterAnswers + 1;
        }));
        answering.killHard();

        const auto status = s.status();
        const std::size_t committed = status["journal_records"].get<std::size_t>() - 1; // minus the start record
        INFO("killed after " << killAfterAnswers << "+ answers with " << committed << " answers committed");
        REQUIRE(committed <= kAnswers.size());
        // Exactly the committed prefix, replayed on a fresh sitting, gives the same state.
        Sitting prefix;
        REQUIRE(prefix.run("exam start " + startArgs()).exitCode == 0);
        const std::vector<std::string> head(kAnswers.begin(), kAnswers.begin() + static_cast<long>(committed));
        if (!head.empty()) REQUIRE(prefix.run("exam answer --script " + shellQuote(prefix.script("head.txt", head).string())).exitCode == 0);
        CHECK(attempts(status) == attempts(prefix.status()));
        CHECK(status["seconds_left"].get<double>() < 45 * 60); // the clock kept running from the start

        // Resume with the rest: the same final answers as the uninterrupted run.
        const std::vector<std::string> rest(kAnswers.begin() + static_cast<long>(committed), kAnswers.end());
        if (!rest.empty()) REQUIRE(s.run("exam answer --script " + shellQuote(s.script("rest.txt", rest).string())).exitCode == 0);
        CHECK(attempts(s.status()) == full);
    }
}

TEST_CASE("a torn journal tail: status reports it and changes nothing, the next answer cuts it, garbage is refused and kept") {
    Sitting s;
    REQUIRE(s.run("exam start " + startArgs()).exitCode == 0);
    REQUIRE(s.run("exam answer --script " + shellQuote(s.script("a.txt", {"flag pregnancy", "decide defer"}).string())).exitCode == 0);
    const auto journal = s.dir.path() / "data/mntrainer/exam/current.journal";
    std::filesystem::resize_file(journal, std::filesystem::file_size(journal) - 3);
    const std::string torn = readFile(journal);
    auto r = s.run("exam status");
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.find("torn tail") != std::string::npos);
    CHECK(nlohmann::json::parse(r.out)["journal_records"] == 2);
    CHECK(readFile(journal) == torn); // status only reads
    r = s.run("exam answer --script " + shellQuote(s.script("b.txt", {"flag rosacea_flare"}).string()));
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.find("torn tail") != std::string::npos);
    r = s.run("exam status");
    CHECK(r.err.find("torn tail") == std::string::npos); // the writer cut it
    CHECK(nlohmann::json::parse(r.out)["journal_records"] == 3);
    std::ofstream(journal, std::ios::trunc) << "garbage";
    r = s.run("exam status");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("not an exam journal") != std::string::npos);
    CHECK(readFile(journal) == "garbage");
}

TEST_CASE("an export folder that cannot be written: a clear error, the journal kept, and a retry works") {
    Sitting s;
    const auto blocked = s.dir.write("not-a-folder", "x");
    auto r = s.run("exam run " + startArgs() + " --script " + shellQuote(s.script("a.txt", {"decide defer", "submit-exam"}).string()) +
                   " --export-dir " + shellQuote((blocked / "sub").string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("The exam journal is kept") != std::string::npos);
    CHECK(std::filesystem::exists(s.dir.path() / "data/mntrainer/exam/current.journal"));
    r = s.run("exam export --export-dir " + shellQuote((s.dir.path() / "ok").string()));
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK_FALSE(std::filesystem::exists(s.dir.path() / "data/mntrainer/exam/current.journal"));
    // A second sitting could not have started while the first was pending; now it can.
    CHECK(s.run("exam start " + startArgs()).exitCode == 0);
}


// Read-only folders: root passes every permission check through its DAC
// capabilities, so the commands run with those two dropped (still root).
TEST_CASE("a read-only exam folder: start says it is not writable, status still reads the sitting") {
    const std::string limited = geteuid() == 0 ? "setpriv --bounding-set -dac_override,-dac_read_search " : "";
    Sitting blocked;
    const auto examDir = blocked.dir.path() / "data/mntrainer/exam";
    std::filesystem::create_directories(examDir);
    std::filesystem::permissions(examDir, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    auto r = runShell(blocked.env() + limited + shellQuote(MNTRAINER_BIN) + " exam start " + startArgs() + blocked.unlock());
    INFO(r.err);
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("not writable") != std::string::npos);

    Sitting s;
    REQUIRE(s.run("exam start " + startArgs()).exitCode == 0);
    REQUIRE(s.run("exam answer --script " + shellQuote(s.script("a.txt", {"flag pregnancy"}).string())).exitCode == 0);
    const auto journalDir = s.dir.path() / "data/mntrainer/exam";
    std::filesystem::permissions(journalDir / "current.journal", std::filesystem::perms::owner_read);
    std::filesystem::permissions(journalDir, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    r = runShell(s.env() + limited + shellQuote(MNTRAINER_BIN) + " exam status");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(nlohmann::json::parse(r.out)["journal_records"] == 2);
    r = runShell(s.env() + limited + shellQuote(MNTRAINER_BIN) + " exam answer --script " + shellQuote(s.script("b.txt", {"decide defer"}).string()) + s.unlock());
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("not writable") != std::string::npos);
    std::filesystem::permissions(journalDir, std::filesystem::perms::owner_all); // so the TempDir can go
}
