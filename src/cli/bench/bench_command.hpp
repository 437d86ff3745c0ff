// `mntrainer bench grade`: throughput figures for the scoring engine. A
// benchmark, not a test: it prints numbers and never fails on them.
#pragma once

#include <CLI/CLI.hpp>

namespace cli {

struct BenchOptions {
    int files = 2000;         // attempt files to parse and grade
    double seconds = 1.0;     // how long to grade in memory
    bool ui = false;          // `bench ui` was chosen
    bool editor = false;      // `bench editor` was chosen
    bool exam = false;        // `bench exam` was chosen
    int examLibrary = 10000;  // cases in the library `bench exam` sits on
    bool cohort = false;      // `bench cohort` was chosen
    int results = 10000;      // signed results `bench cohort` generates and checks
    bool progress = false;    // `bench progress` was chosen
    int storeAttempts = 100000; // attempts `bench progress` puts in a generated store
    int importFiles = 10000;    // JSON attempt files `bench progress` imports
    bool variants = false;      // `bench variants` was chosen
    int variantCount = 20000;   // variants `bench variants` generates and validates
    bool perform = false;       // `bench perform` was chosen
    double performMinutes = 5.0; // minutes of pen recording `bench perform` generates
};

CLI::App* addBenchCommand(CLI::App& app, BenchOptions& options);
int runBenchGrade(const BenchOptions& options);
// The editor's cost per keystroke (edit + live re-validation) on every bundled case.
int runBenchEditor();
// Wall time of the real `exam start` and `exam answer` commands over a large generated library.
int runBenchExam(const BenchOptions& options);
// `cohort` over a generated room of signed results: verification and re-grading throughput.
int runBenchCohort(const BenchOptions& options);
// The progress store: import time, size, and how fast the summary and practise-next answer on a large store.
int runBenchProgress(const BenchOptions& options);
// Seeded case variants generated per second, validation and model answer included.
int runBenchVariants(const BenchOptions& options);
// Perform mode: coverage update per stroke segment, the size of a recording in the attempt, replay time.
int runBenchPerform(const BenchOptions& options);

} // namespace cli
