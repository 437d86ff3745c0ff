// Argument parsing with CLI11; each subcommand lives in its own file.
#include "command_line.hpp"

#include "bench/bench_command.hpp"
#include "cohort_command.hpp"
#include "exam_command.hpp"
#include "generate_command.hpp"
#include "grade_command.hpp"
#include "keys_command.hpp"
#include "lrs_command.hpp"
#include "proctor_command.hpp"
#include "progress_command.hpp"
#include "validate_command.hpp"

#include "base/version.hpp"
#include "platform/atomic_file.hpp"
#include "platform/user_dirs.hpp"
#include "model/reference_data.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace cli {

int runCommandLine(int argc, char** argv, const GuiLauncher& launchGui, const UiBenchmark& benchUi,
                   const ProgressPngRenderer& renderProgressPng) {
    CLI::App app{"mntrainer: a training and assessment game for microneedling practitioners.\n"
                 "With no subcommand it opens the trainer window."};
    app.set_version_flag("--version", "mntrainer " + std::string(core::appVersion()));

    GuiOptions gui;
    app.add_option("--cases", gui.casesDir, "Folder of case files to open (default: the bundled cases/)");
    app.add_option("--screenshot", gui.screenshotPath, "Write a PNG of the window after the last frame, then exit");
    app.add_option("--frames", gui.frames, "Render this many frames, then exit (0: run until closed)")->check(CLI::NonNegativeNumber);
    app.add_option("--width", gui.width, "Window width in pixels")->check(CLI::Range(320, 7680));
    app.add_option("--height", gui.height, "Window height in pixels")->check(CLI::Range(240, 4320));
    app.add_option("--script", gui.scriptPath, "Drive the app with a UI script (see README), then exit")->check(CLI::ExistingFile);
    app.add_option("--screenshot-dir", gui.screenshotDir, "Folder for the script's screenshots (default: a temp folder)");
    app.add_flag("--first-frame-report", gui.firstFrameReport)->group(""); // hidden: used by `bench ui`
    app.add_flag("--bare-window", gui.bareWindow)->group("");
    app.add_option("--frame-stats", gui.frameStats)->group("")->check(CLI::Range(1, 100000));
    app.add_option("--pen-bench", gui.penBench)->group("")->check(CLI::Range(1, 100000)); // hidden: used by `bench ui`

    ValidateOptions validate;
    CLI::App* validateCmd = addValidateCommand(app, validate);
    GradeOptions grade;
    CLI::App* gradeCmd = addGradeCommand(app, grade);
    CohortOptions cohort;
    addCohortCommand(app, cohort);
    ExamOptions exam;
    addExamCommands(app, exam);
    KeysOptions keys;
    addKeysCommands(app, keys);
    LrsOptions lrs;
    addLrsCommands(app, lrs);
    ProctorOptions proctor;
    addProctorCommands(app, proctor);
    addExamPackCommand(app.get_subcommand("exam"), proctor);
    ProgressOptions progress;
    addProgressCommands(app, progress);
    GenerateOptions generate;
    CLI::App* generateCmd = addGenerateCommand(app, generate);
    BenchOptions bench;
    CLI::App* benchCmd = addBenchCommand(app, bench);
    CLI::App* pathsCmd = app.add_subcommand("paths", "Print where this install reads its data and keeps user data, as JSON");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }
    // A write killed before its rename leaves a temp copy (maybe of a secret): clear old ones.
    core::removeStaleTempFilesBelow(core::dataDir());
    core::removeStaleTempFilesBelow(core::configDir());
    if (pathsCmd->parsed()) {
        // For support and packaging checks: which folders this binary really uses.
        std::cout << core::Json{{"data_root", core::findDataRoot().string()},
                                {"user_data", core::dataDir().string()},
                                {"config", core::configDir().string()},
                                {"version", std::string(core::appVersion())}}
                         .dump(2)
                  << "\n";
        return 0;
    }
    if (validateCmd->parsed()) return runValidate(validate);
    if (gradeCmd->parsed()) return runGrade(grade);
    if (generateCmd->parsed()) return runGenerate(generate);
    if (const int rc = runKeysCommands(keys); rc >= 0) return rc;
    if (const int rc = runProctorCommands(proctor); rc >= 0) return rc;
    if (const int rc = runProgressCommands(progress, renderProgressPng); rc >= 0) return rc;
    if (!exam.action.empty()) return runExamCommand(exam);
    if (!lrs.action.empty()) return runLrsCommand(lrs);
    if (cohort.chosen) return runCohort(cohort);
    if (benchCmd->parsed()) {
        if (bench.ui) return benchUi();
        if (bench.editor) return runBenchEditor();
        if (bench.exam) return runBenchExam(bench);
        if (bench.cohort) return runBenchCohort(bench);
        if (bench.progress) return runBenchProgress(bench);
        if (bench.variants) return runBenchVariants(bench);
        if (bench.perform) return runBenchPerform(bench);
        return runBenchGrade(bench);
    }
    if (!gui.screenshotPath.empty() && gui.frames == 0) gui.frames = 3;
    return launchGui(gui);
}

} // namespace cli
