// Grading benchmark: in-memory throughput, then parse-only versus
// parse-plus-grade over real files in a temporary folder.
#include "bench_command.hpp"

#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "model/reference_data.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>

namespace cli {
namespace {

using Clock = std::chrono::steady_clock;

struct Pair {
    core::Case c;
    core::Attempt a;
    std::string caseFile;
    std::string attemptFile;
};

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

} // namespace

CLI::App* addBenchCommand(CLI::App& app, BenchOptions& o) {
    CLI::App* bench = app.add_subcommand("bench", "Print performance figures (benchmarks, not tests)");
    CLI::App* grade = bench->add_subcommand("grade", "Scoring engine throughput");
    grade->add_option("--files", o.files, "Attempt files to parse and grade")->check(CLI::Range(1, 1000000));
    grade->add_option("--seconds", o.seconds, "Seconds of in-memory grading")->check(CLI::Range(0.1, 600.0));
    CLI::App* ui = bench->add_subcommand("ui", "Start-up time, frame CPU time and idle CPU of the trainer window (headless)");
    ui->callback([&o] { o.ui = true; });
    CLI::App* editor = bench->add_subcommand("editor", "Case editor: time per edit with live validation, undo memory");
    editor->callback([&o] { o.editor = true; });
    CLI::App* exam = bench->add_subcommand("exam", "Wall time of `exam start` and `exam answer` with a large case library");
    exam->add_option("--library", o.examLibrary, "Cases in the generated library")->check(CLI::Range(42, 200000));
    exam->callback([&o] { o.exam = true; });
    CLI::App* cohort = bench->add_subcommand("cohort", "Generate signed results, then verify, re-grade and collect them as `cohort` does");
    cohort->add_option("--results", o.results, "Signed results to generate")->check(CLI::Range(1, 1000000));
    cohort->callback([&o] { o.cohort = true; });
    CLI::App* progress = bench->add_subcommand("progress", "Progress store: JSON import, store size, progress summary and practise-next time");
    progress->add_option("--attempts", o.storeAttempts, "Attempts in the generated store")->check(CLI::Range(1, 10000000));
    progress->add_option("--import", o.importFiles, "JSON attempt files to import")->check(CLI::Range(1, 1000000));
    progress->callback([&o] { o.progress = true; });
    CLI::App* variants = bench->add_subcommand("variants", "Seeded case variants per second over the bundled cases, validation and model answer included");
    variants->add_option("--count", o.variantCount, "Variants to generate")->check(CLI::Range(1, 10000000));
    variants->callback([&o] { o.variants = true; });
    CLI::App* perform = bench->add_subcommand("perform", "Perform mode: coverage update per stroke segment, recording size in the attempt, replay time");
    perform->add_option("--minutes", o.performMinutes, "Minutes of pen recording to generate")->check(CLI::Range(0.1, 120.0));
    perform->callback([&o] { o.perform = true; });
    bench->require_subcommand(1);
    return bench;
}

int runBenchGrade(const BenchOptions& o) {
    const auto root = core::findDataRoot();
    auto loaded = core::loadReferenceData(root);
    if (!loaded) {
        std::cerr << loaded.error().summary() << "\n";
        return 1;
    }
    const core::ReferenceData& data = *loaded;
    std::vector<Pair> pairs;
    for (const auto& entry : std::filesystem::directory_iterator(root / "cases" / "answers")) {
        const std::string name = entry.path().filename().string();
        if (!name.ends_with(".answer.json")) continue;
        const auto caseFile = root / "cases" / "library" / (name.substr(0, name.size() - 12) + ".json");
        auto c = core::loadCaseFile(caseFile, data);
        auto a = core::loadAttemptFile(entry.path());
        if (c && a) pairs.push_back({*c, *a, caseFile.string(), entry.path().string()});
    }
    if (pairs.empty()) {
        std::cerr << "bench: no case/answer pairs found under " << (root / "cases").string() << "\n";
        return 1;
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.attemptFile < y.attemptFile; });
    std::map<std::string, const Pair*> byCase;
    for (const auto& p : pairs) byCase[p.c.id] = &p;

    // 1. In memory.
    std::size_t graded = 0;
    double checksum = 0.0;
    const auto start = Clock::now();
    double elapsed = 0.0;
    while (elapsed < o.seconds) {
        for (const auto& p : pairs) {
            const core::Protocol& protocol = *data.protocol(p.c.protocol);
            checksum += core::grade(p.c, p.a, protocol, data).total;
        }
        graded += pairs.size();
        elapsed = secondsSince(start);
    }
    std::printf("in memory: %zu attempts graded in %.2f s = %.0f attempts/s (%zu distinct cases; checksum %.0f)\n", graded,
                elapsed, static_cast<double>(graded) / elapsed, pairs.size(), checksum);

    // 2. Files: copies of the model answers in a temporary folder.
    std::random_device rd;
    const auto dir = std::filesystem::temp_directory_path() / ("mntrainer-bench-" + std::to_string(rd()));
    std::filesystem::create_directories(dir);
    std::vector<std::filesystem::path> files;
    for (int i = 0; i < o.files; ++i) {
        const auto& p = pairs[static_cast<std::size_t>(i) % pairs.size()];
        const auto target = dir / (std::to_string(i) + ".json");
        std::filesystem::copy_file(p.attemptFile, target);
        files.push_back(target);
    }
    double gradeOnly = 0.0;
    auto parseAll = [&](bool alsoGrade) {
        double sum = 0.0;
        for (const auto& f : files) {
            auto a = core::loadAttemptFile(f);
            if (!a) continue;
            if (alsoGrade) {
                const auto t = Clock::now();
                const Pair* p = byCase.at(a->caseId);
                sum += core::grade(p->c, *a, *data.protocol(p->c.protocol), data).total;
                gradeOnly += secondsSince(t);
            }
        }
        return sum;
    };
    double bestParse = 1e300;
    double bestBoth = 1e300;
    for (int round = 0; round < 5; ++round) { // interleaved, best of five, to damp noise
        auto t = Clock::now();
        checksum += parseAll(false);
        bestParse = std::min(bestParse, secondsSince(t));
        t = Clock::now();
        checksum += parseAll(true);
        bestBoth = std::min(bestBoth, secondsSince(t));
    }
    std::filesystem::remove_all(dir);
    std::printf("files: %d attempt files, parse only %.1f ms (%.0f files/s), parse + grade %.1f ms (%.0f files/s)\n", o.files,
                bestParse * 1000.0, o.files / bestParse, bestBoth * 1000.0, o.files / bestBoth);
    std::printf("parse + grade / parse only = %.3f (grading alone inside that loop: %.2f us per attempt)\n", bestBoth / bestParse,
                gradeOnly / 5.0 / o.files * 1e6);
    return 0;
}

} // namespace cli
