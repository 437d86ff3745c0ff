// Kill -9 at every durable I/O call (each write, pwrite, fsync, rename, link
// and ftruncate) of `exam start`, `exam answer` and the hand-in and export,
// through an LD_PRELOAD shim that counts the calls and kills the process just
// before call N. After each kill the sitting is resumed: no committed answer
// may be lost, no kill point may wedge a sitting, and the end is the same.
#include "exam_sitting.hpp"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace exam_testing;

namespace {

struct ShimRun {
    bool killed = false;
    long calls = 0;  // calls counted before the kill (or in all, when it finished)
    long fsyncs = 0; // fsyncs that had returned before the kill
    int exitCode = -1;
};

ShimRun underShim(const Sitting& s, const std::string& args, long killAt) {
    const auto report = s.dir.path() / "kill-report.txt";
    std::filesystem::remove(report);
    const std::string shim = "LD_PRELOAD=" + shellQuote(MN_IO_KILL_SHIM) + " ASAN_OPTIONS=verify_asan_link_order=0 MN_KILL_REPORT=" +
                             shellQuote(report.string()) + (killAt > 0 ? " MN_KILL_AT=" + std::to_string(killAt) : std::string()) + " ";
    ShimRun run;
    run.exitCode = runShell(shim + s.bin() + " " + s.withKey(args)).exitCode;
    const std::string text = readFile(report);
    char what[16] = {};
    INFO("shim report: " << text);
    REQUIRE(std::sscanf(text.c_str(), "%15s calls=%ld fsyncs=%ld", what, &run.calls, &run.fsyncs) == 3);
    run.killed = std::string(what) == "killed";
    REQUIRE((run.killed || std::string(what) == "finished"));
    return run;
}

std::vector<std::string> slice(const std::vector<std::string>& lines, std::size_t from, std::size_t to) {
    return {lines.begin() + static_cast<long>(from), lines.begin() + static_cast<long>(std::min(to, lines.size()))};
}

} // namespace

TEST_CASE("exam answer: a kill at every durable I/O call loses no committed answer, and resuming ends the same") {
    Sitting reference;
    REQUIRE(reference.run("exam start " + startArgs()).exitCode == 0);
    const auto all = reference.script("all.txt", kAnswers);
    const ShimRun counted = underShim(reference, "exam answer --script " + shellQuote(all.string()), 0);
    REQUIRE_FALSE(counted.killed);
    REQUIRE(counted.exitCode == 0);
    const auto full = attempts(reference.status());
    REQUIRE(counted.calls >= static_cast<long>(kAnswers.size())); // at least one durable call per answer

    long lostInAll = 0;
    for (long n = 1; n <= counted.calls; ++n) {
        Sitting s;
        REQUIRE(s.run("exam start " + startArgs()).exitCode == 0);
        const ShimRun run = underShim(s, "exam answer --script " + shellQuote(s.script("all.txt", kAnswers).string()), n);
        INFO("kill before I/O call " << n << " of " << counted.calls);
        REQUIRE(run.killed);
        const auto status = s.status();
        const long committed = status["journal_records"].get<long>() - 1; // minus the start record
        // Each fsync that returned made one answer durable: none may be missing.
        lostInAll += std::max(0L, run.fsyncs - committed);
        CHECK(committed >= run.fsyncs);
        const auto rest = slice(kAnswers, static_cast<std::size_t>(committed), kAnswers.size());
        if (!rest.empty()) REQUIRE(s.run("exam answer --script " + shellQuote(s.script("rest.txt", rest).string())).exitCode == 0);
        CHECK(attempts(s.status()) == full);
    }
    CHECK(lostInAll == 0);
}

TEST_CASE("exam start: a kill at every durable I/O call leaves no sitting or a whole one, never a wedged one") {
    Sitting reference;
    const ShimRun counted = underShim(reference, "exam start " + startArgs(), 0);
    REQUIRE(counted.exitCode == 0);
    for (long n = 1; n <= counted.calls; ++n) {
        Sitting s;
        const ShimRun run = underShim(s, "exam start " + startArgs(), n);
        INFO("kill before I/O call " << n << " of " << counted.calls);
        REQUIRE(run.killed);
        const auto status = s.run("exam status");
        if (status.exitCode == 0) {
            // A whole sitting: it takes answers.
            CHECK(nlohmann::json::parse(status.out)["journal_records"] == 1);
            CHECK(s.run("exam answer --script " + shellQuote(s.script("one.txt", {"flag pregnancy"}).string())).exitCode == 0);
        } else {
            // No sitting: a new start works.
            CHECK(status.err.find("no exam in progress") != std::string::npos);
            CHECK(s.run("exam start " + startArgs()).exitCode == 0);
        }
    }
}

TEST_CASE("hand-in and export: a kill at every durable I/O call leaves a sitting that hands in and exports in full") {
    const auto prepare = [](Sitting& s) {
        REQUIRE(s.run("exam start " + startArgs()).exitCode == 0);
        REQUIRE(s.run("exam answer --script " + shellQuote(s.script("all.txt", kAnswers).string())).exitCode == 0);
    };
    Sitting reference;
    prepare(reference);
    const auto submit = reference.script("submit.txt", {"submit-exam"});
    const ShimRun counted = underShim(reference, "exam answer --script " + shellQuote(submit.string()) + " --export-dir out", 0);
    REQUIRE(counted.exitCode == 0);
    for (long n = 1; n <= counted.calls; ++n) {
        Sitting s;
        prepare(s);
        const auto out = s.dir.path() / "out";
        const ShimRun run = underShim(s, "exam answer --script " + shellQuote(s.script("submit.txt", {"submit-exam"}).string()) +
                                             " --export-dir " + shellQuote(out.string()),
                                     n);
        INFO("kill before I/O call " << n << " of " << counted.calls);
        REQUIRE(run.killed);
        const bool filedAway = !std::filesystem::exists(s.dir.path() / "data/mntrainer/exam/current.journal");
        const auto again = s.dir.path() / "again";
        if (!filedAway) {
            const auto status = s.status();
            const std::string finish = status["submitted"] == true ? "exam export --export-dir " + shellQuote(again.string())
                                                                     : "exam answer --script " +
                                                                           shellQuote(s.script("s2.txt", {"submit-exam"}).string()) +
                                                                           " --export-dir " + shellQuote(again.string());
            const auto r = s.run(finish);
            INFO(r.err);
            REQUIRE(r.exitCode == 0);
        }
        // Four signed files (JSON, generic and Moodle CSVs, xAPI), from the first run (it finished before filing away) or the retry.
        const auto folder = filedAway ? out : again;
        int files = 0;
        for (const auto& e : std::filesystem::directory_iterator(folder)) {
            if (e.path().extension() == ".minisig") continue;
            ++files;
            CHECK(s.run("verify " + shellQuote(e.path().string())).exitCode == 0);
        }
        CHECK(files == 4);
    }
}
