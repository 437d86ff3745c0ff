// `mntrainer bench progress`: in a temporary data folder, imports N JSON
// attempt records into a new trainee's store, fills a second store with M
// attempts, and times what the progress screen and practise-next do on it.
#include "bench_command.hpp"

#include "cli/progress_command.hpp"

#include "base/clocks.hpp"
#include "exam/exam_session.hpp"
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "grading/report_json.hpp"
#include "model/reference_data.hpp"
#include "practice/attempt_store.hpp"
#include "progress/trainee_progress.hpp"
#include "validation/case_library.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <ctime>
#include <fstream>
#include <iostream>

#include <unistd.h>

namespace cli {
namespace bench_progress_detail {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

// The process's CPU time (user + system), ms: with 2 cores shared by a team, the
// wall time says how loaded the machine was; this says what the work itself cost.
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

constexpr int kRuns = 5;

// Wall and CPU time of each run of one operation.
struct Timing {
    std::vector<double> wallMs;
    std::vector<double> cpu;
    template <typename F> auto time(F&& f) {
        const auto t0 = Clock::now();
        const double c0 = cpuMs();
        auto result = f();
        wallMs.push_back(msSince(t0));
        cpu.push_back(cpuMs() - c0);
        return result;
    }
    [[nodiscard]] std::string text() const {
        char line[160];
        std::snprintf(line, sizeof line, "first %.1f ms (%.1f ms CPU), best of %zu %.1f ms (%.1f ms CPU)", wallMs.front(), cpu.front(), wallMs.size(),
                      *std::min_element(wallMs.begin(), wallMs.end()), *std::min_element(cpu.begin(), cpu.end()));
        return line;
    }
};

struct GradedPair {
    core::Attempt attempt;
    core::Report report;
};

// Every bundled model answer, graded under its case's profile.
std::vector<GradedPair> gradedModelAnswers(const fs::path& root, core::ReferenceData& data) {
    std::vector<GradedPair> pairs;
    for (const auto& entry : fs::directory_iterator(root / "cases" / "answers")) {
        const std::string name = entry.path().filename().string();
        if (!name.ends_with(".answer.json")) continue;
        auto c = core::loadCaseFile(root / "cases" / "library" / (name.substr(0, name.size() - 12) + ".json"), data);
        auto a = core::loadAttemptFile(entry.path());
        if (!c || !a) continue;
        auto protocol = core::resolveProtocol("", *c, data);
        if (!protocol) continue;
        pairs.push_back({*a, core::grade(*c, *a, *protocol, data)});
    }
    std::sort(pairs.begin(), pairs.end(), [](const GradedPair& x, const GradedPair& y) { return x.attempt.caseId < y.attempt.caseId; });
    return pairs;
}

std::uintmax_t storeBytes(const fs::path& file) {
    std::uintmax_t total = 0;
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const auto size = fs::file_size(fs::path(file.string() + suffix), ec);
        if (!ec) total += size;
    }
    return total;
}

// The 1, 5 and 15 minute load averages, as `uptime` shows them: how busy the shared machine was.
std::string loadAverage() {
    std::ifstream in("/proc/loadavg");
    double one = 0.0, five = 0.0, fifteen = 0.0;
    if (!(in >> one >> five >> fifteen)) return "unknown";
    char text[64];
    std::snprintf(text, sizeof text, "%.2f, %.2f, %.2f", one, five, fifteen);
    return text;
}

} // namespace bench_progress_detail

using namespace bench_progress_detail;

int runBenchProgress(const BenchOptions& o) {
    std::cout << "machine load at start: " << loadAverage() << "\n";
    const fs::path root = core::findDataRoot();
    auto loaded = core::loadReferenceData(root);
    if (!loaded) {
        std::cerr << loaded.error().summary() << "\n";
        return 1;
    }
    core::ReferenceData& data = *loaded;
    auto catalogue = core::JsonDocument::fromFile(root / "assets" / "catalogue.json");
    if (!catalogue) {
        std::cerr << catalogue.error().summary() << "\n";
        return 1;
    }
    auto skills = core::SkillMap::fromCatalogue(*catalogue);
    if (!skills) {
        std::cerr << skills.error().summary() << "\n";
        return 1;
    }
    const std::vector<GradedPair> pairs = gradedModelAnswers(root, data);
    if (pairs.empty()) {
        std::cerr << "bench progress: no model answers under " << (root / "cases" / "answers").string() << "\n";
        return 1;
    }
    const core::Protocol* protocol = data.protocol("clinic-standard");
    const core::ProgressSettings settings = protocol ? core::progressSettingsOf(*protocol) : core::ProgressSettings{};
    std::vector<core::CaseSkills> cases;
    const core::CaseLibrary library = core::loadCaseLibrary(root / "cases" / "library", data);
    for (const auto& entry : library.entries) {
        if (entry.playable) skills->addCase(*entry.playable);
    }
    for (const auto& entry : library.entries) {
        if (entry.playable) cases.push_back({entry.playable->id, entry.title, skills->skillsOfCase(*entry.playable)});
    }

    const fs::path scratch = fs::temp_directory_path() / ("mntrainer-bench-progress-" + std::to_string(::getpid()));
    std::error_code ec;
    fs::remove_all(scratch, ec);
    const core::TraineeRegistry registry(scratch);
    const double start = 1'780'000'000.0; // 2026-05-28: a fixed clock, so runs compare
    int rc = 0;
    do {
        // 1. Import: N JSON attempt records written as the app writes them, then opened.
        auto importer = registry.add("Bench Import");
        if (!importer) {
            std::cerr << importer.error().summary() << "\n";
            rc = 1;
            break;
        }
        const core::AttemptStore history(registry.attemptStoreDir(*importer));
        for (int i = 0; i < o.importFiles; ++i) {
            const auto& p = pairs[static_cast<std::size_t>(i) % pairs.size()];
            if (auto saved = history.saveFinished(p.attempt, p.report, core::isoUtc(start + i * 3600.0)); !saved) {
                std::cerr << saved.error().summary() << "\n";
                rc = 1;
                break;
            }
        }
        if (rc) break;
        auto t0 = Clock::now();
        double c0 = cpuMs();
        auto imported = core::TraineeProgress::open(registry, *importer, *skills);
        const double importMs = msSince(t0);
        const double importCpuMs = cpuMs() - c0;
        if (!imported) {
            std::cerr << imported.error().summary() << "\n";
            rc = 1;
            break;
        }
        std::cout << "import: " << imported->importedAtOpen() << " JSON attempts in " << importMs / 1000.0 << " s, " << importCpuMs / 1000.0
                  << " s CPU (target < 10 s)\n";

        // 2. A large store: M attempts recorded one transaction each, as the app does.
        auto heavy = registry.add("Bench Store");
        if (!heavy) {
            std::cerr << heavy.error().summary() << "\n";
            rc = 1;
            break;
        }
        {
            auto progress = core::TraineeProgress::open(registry, *heavy, *skills);
            if (!progress) {
                std::cerr << progress.error().summary() << "\n";
                rc = 1;
                break;
            }
            // In transactions of 1,000 (one fsync each): one transaction per
            // attempt, as the app records, would take 100,000 fsyncs.
            t0 = Clock::now();
            std::vector<core::TraineeProgress::GradedAttempt> chunk;
            for (int i = 0; i < o.storeAttempts && rc == 0; ++i) {
                const auto& p = pairs[static_cast<std::size_t>(i) % pairs.size()];
                chunk.push_back({&p.attempt, &p.report, start + i * 600.0});
                if (chunk.size() == 1000 || i + 1 == o.storeAttempts) {
                    if (auto ids = progress->recordBatch(chunk); !ids) {
                        std::cerr << ids.error().summary() << "\n";
                        rc = 1;
                    }
                    chunk.clear();
                    std::cerr << "\rfilling the store: " << (i + 1) << "/" << o.storeAttempts << std::flush;
                }
            }
            std::cerr << "\n";
            if (rc) break;
            const double fillMs = msSince(t0);
            std::cout << "record: " << o.storeAttempts << " attempts in " << fillMs / 1000.0 << " s in batches of 1,000\n";
            // One attempt as the app records it: its own transaction, fsynced.
            t0 = Clock::now();
            if (auto id = progress->record(pairs.front().attempt, pairs.front().report, start + o.storeAttempts * 600.0); !id) {
                std::cerr << id.error().summary() << "\n";
                rc = 1;
                break;
            }
            std::cout << "record one attempt (the app's save): " << msSince(t0) << " ms\n";
            // The app saves the skill states under the profile's settings at every trainee pick and
            // keeps them current with each record: a later session finds them in the store.
            t0 = Clock::now();
            c0 = cpuMs();
            if (auto refreshed = progress->refreshSkillStates(settings); !refreshed) {
                std::cerr << refreshed.error().summary() << "\n";
                rc = 1;
                break;
            }
            std::cout << "save the skill states (a full replay of every skill, once): " << msSince(t0) << " ms, " << cpuMs() - c0 << " ms CPU\n";
        } // the connection closes: what follows is a new session's
        const fs::path storeFile = registry.storePath(*heavy);
        std::cout << "store size: " << static_cast<double>(storeBytes(storeFile)) / 1e6 << " MB for " << o.storeAttempts << " attempts (target < 200 MB)\n";

        // 3. A new session picks the trainee: a new connection to the store file (SQLite's page cache
        // empty; the OS's holds the file, just written and read whole by the open's integrity check).
        const double now = start + o.storeAttempts * 600.0;
        t0 = Clock::now();
        c0 = cpuMs();
        auto progress = core::TraineeProgress::open(registry, *heavy, *skills);
        if (!progress) {
            std::cerr << progress.error().summary() << "\n";
            rc = 1;
            break;
        }
        std::cout << "open the store (integrity check, once per trainee pick, on the app's worker thread): " << msSince(t0) << " ms, "
                  << cpuMs() - c0 << " ms CPU\n";
        // The progress screen's first open is the first summary read through that new connection; then
        // four more (warm). Each timed wall and CPU: with 2 cores shared by a team, wall time says how
        // loaded the machine was, CPU time what the work cost.
        Timing summaryTime;
        std::optional<core::ProgressSummary> summary;
        for (int run = 0; run < kRuns && rc == 0; ++run) {
            auto s = summaryTime.time([&] { return progress->summary(settings, now); });
            if (!s) {
                std::cerr << s.error().summary() << "\n";
                rc = 1;
            } else if (!summary) {
                summary = std::move(*s);
            }
        }
        if (rc) break;
        std::cout << "progress screen, first open (new connection), then warm: over " << summary->attempts << " attempts (" << summary->curve.size()
                  << " exact points, " << summary->buckets.size() << " buckets): " << summaryTime.text() << " (target < 50 ms)\n";
        t0 = Clock::now();
        c0 = cpuMs();
        if (auto refreshed = progress->refreshSkillStates(settings); !refreshed) {
            std::cerr << refreshed.error().summary() << "\n";
            rc = 1;
            break;
        }
        std::cout << "refresh the skill states at the pick (already current): " << msSince(t0) << " ms, " << cpuMs() - c0 << " ms CPU\n";
        Timing nextTime;
        std::size_t picked = 0;
        for (int run = 0; run < kRuns && rc == 0; ++run) {
            auto picks = nextTime.time([&] { return progress->next(cases, 5, settings, now); });
            if (!picks) {
                std::cerr << picks.error().summary() << "\n";
                rc = 1;
            } else {
                picked = picks->size();
            }
        }
        if (rc) break;
        std::cout << "practise next, a session of " << picked << " over " << cases.size() << " cases: " << nextTime.text() << " (target < 20 ms)\n";
    } while (false);
    fs::remove_all(scratch, ec);
    std::cout << "machine load at end: " << loadAverage() << "\n";
    return rc;
}

} // namespace cli
