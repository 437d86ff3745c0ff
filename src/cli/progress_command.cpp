// `trainee list|add`, `record`, `progress` and `next`: argument handling and
// printing only; the store, the skill models and the picks are core's.
#include "progress_command.hpp"
#include "progress_output.hpp"

#include "grade_command.hpp"

#include "base/clocks.hpp"
#include "json/json_document.hpp"
#include "model/reference_data.hpp"
#include "platform/user_dirs.hpp"
#include "exam/exam_session.hpp"
#include "practice/attempt_store.hpp"
#include "progress/trainee_progress.hpp"
#include "validation/case_library.hpp"

#include <cmath>
#include <cstdio>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <set>
#include <sstream>

namespace cli {
namespace progress_command_detail {

void printError(const core::Error& e) {
    for (const auto& d : e.diagnostics) std::cerr << core::formatDiagnostic(d) << "\n";
    if (e.diagnostics.empty()) std::cerr << e.summary() << "\n";
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// --trainee as an id or a name; else the last used; else the only one.
std::optional<core::Trainee> pickTrainee(const core::TraineeRegistry& registry, const std::string& wanted) {
    auto trainees = registry.list();
    if (!trainees) {
        printError(trainees.error());
        return std::nullopt;
    }
    std::string key = wanted;
    if (key.empty()) {
        if (auto last = registry.lastUsed(); last && !last->empty()) key = *last;
    }
    if (key.empty() && trainees->size() == 1) return trainees->front();
    for (const auto& t : *trainees) {
        if (t.id == key || lower(t.name) == lower(key)) return t;
    }
    std::string names;
    for (const auto& t : *trainees) names += (names.empty() ? "" : ", ") + t.name;
    if (key.empty()) {
        std::cerr << "mntrainer: name a trainee with --trainee NAME"
                  << (names.empty() ? " (none yet: add one with `mntrainer trainee add NAME`)" : " (trainees: " + names + ")") << "\n";
    } else {
        std::cerr << "mntrainer: no trainee \"" << key << "\" on this machine"
                  << (names.empty() ? "; add one with `mntrainer trainee add NAME`" : " (trainees: " + names + ")") << "\n";
    }
    return std::nullopt;
}

// The data every progress command needs: reference data, the skill map and the profile.
struct Context {
    std::filesystem::path root;
    core::ReferenceData data;
    std::optional<core::SkillMap> skills;
    core::ProgressSettings settings;
    std::vector<core::CaseSkills> cases; // the bundled library, with the skills each trains
};

std::optional<Context> loadContext(const std::string& protocolId) {
    Context c;
    c.root = core::findDataRoot();
    auto data = core::loadReferenceData(c.root);
    if (!data) {
        printError(data.error());
        return std::nullopt;
    }
    c.data = std::move(*data);
    const core::Protocol* protocol = c.data.protocol(protocolId);
    if (!protocol) {
        std::cerr << "mntrainer: no protocol profile \"" << protocolId << "\" (see cases/protocols/)\n";
        return std::nullopt;
    }
    c.settings = core::progressSettingsOf(*protocol);
    auto catalogue = core::JsonDocument::fromFile(c.root / "assets" / "catalogue.json");
    if (!catalogue) {
        printError(catalogue.error());
        return std::nullopt;
    }
    auto skills = core::SkillMap::fromCatalogue(*catalogue);
    if (!skills) {
        printError(skills.error());
        return std::nullopt;
    }
    c.skills = std::move(*skills);
    // Depth items map to their zone's skill only for cases the map knows.
    const core::CaseLibrary library = core::loadCaseLibrary(c.root / "cases" / "library", c.data);
    for (const auto& entry : library.entries) {
        if (entry.playable) c.skills->addCase(*entry.playable);
    }
    for (const auto& entry : library.entries) {
        if (entry.playable) c.cases.push_back({entry.playable->id, entry.title, c.skills->skillsOfCase(*entry.playable)});
    }
    return c;
}

std::optional<double> clockFrom(const std::string& iso, const char* option) {
    if (iso.empty()) return core::nowUnix();
    auto t = core::unixFromIsoUtc(iso);
    if (!t) std::cerr << "mntrainer: " << option << " \"" << iso << "\" is not a UTC time like 2026-11-03T09:30:00Z\n";
    return t;
}

std::optional<core::TraineeProgress> openProgress(const core::TraineeRegistry& registry, const core::Trainee& trainee,
                                                  const core::SkillMap& skills) {
    auto progress = core::TraineeProgress::open(registry, trainee, skills, [](std::size_t done, std::size_t total) {
        if (total >= 200 && (done % 100 == 0 || done == total)) std::cerr << "\rimporting attempt history: " << done << "/" << total << std::flush;
        if (total >= 200 && done == total) std::cerr << "\n";
    });
    if (!progress) {
        printError(progress.error());
        return std::nullopt;
    }
    if (!progress->openNotes().message.empty()) std::cerr << progress->openNotes().message << "\n";
    return std::move(*progress);
}

int runTrainee(const ProgressOptions& o, const core::TraineeRegistry& registry) {
    if (o.traineeAction == "add") {
        auto added = registry.add(o.traineeName);
        if (!added) {
            printError(added.error());
            return 1;
        }
        if (auto set = registry.setLastUsed(added->id); !set) printError(set.error());
        std::cout << "added trainee " << added->name << " (" << added->id << ")\n";
        return 0;
    }
    auto trainees = registry.list();
    if (!trainees) {
        printError(trainees.error());
        return 1;
    }
    if (o.json) {
        core::Json list = core::Json::array();
        for (const auto& t : *trainees) list.push_back({{"id", t.id}, {"name", t.name}, {"created_at", core::isoUtc(t.createdUnix)}});
        std::cout << list.dump(2) << "\n";
        return 0;
    }
    if (trainees->empty()) std::cout << "No trainees yet: add one with `mntrainer trainee add NAME`.\n";
    for (const auto& t : *trainees) std::cout << t.id << "\t" << t.name << "\n";
    return 0;
}

int runRecord(const ProgressOptions& o, const core::TraineeRegistry& registry, const core::Trainee& trainee, Context& c) {
    const auto at = clockFrom(o.at, "--at");
    if (!at) return 2;
    const auto caseFiles = o.caseFile.empty() ? caseFilesByIdIn(c.root / "cases" / "library") : std::map<std::string, std::string>{};
    const auto caseFile = o.caseFile.empty() ? std::nullopt : std::optional(o.caseFile);
    // Graded under the case's own profile, as the window grades practice.
    GradedAttemptFile graded = gradeAttemptFile(o.attemptFile, caseFile, caseFiles, "", c.data);
    if (!graded.report) {
        std::cerr << graded.error << "\n";
        return 1;
    }
    auto progress = openProgress(registry, trainee, *c.skills);
    if (!progress) return 1;
    const core::AttemptStore history(registry.attemptStoreDir(trainee));
    auto saved = history.saveFinished(*graded.attempt, *graded.report, core::isoUtc(*at));
    if (!saved) {
        printError(saved.error());
        return 1;
    }
    auto id = progress->record(*graded.attempt, *graded.report, *at, *saved);
    if (!id) {
        printError(id.error());
        return 1;
    }
    std::cout << "recorded " << graded.attempt->caseId << " for " << trainee.name << ": " << std::fixed << std::setprecision(1)
              << graded.report->total << (graded.report->passed ? " (pass)" : " (not a pass)") << "\n";
    return 0;
}

int runNext(const ProgressOptions& o, const core::TraineeRegistry& registry, const core::Trainee& trainee, const Context& c) {
    const auto now = clockFrom(o.now, "--now");
    if (!now) return 2;
    auto progress = openProgress(registry, trainee, *c.skills);
    if (!progress) return 1;
    const auto& cases = c.cases;
    // The saved skill states are a cache: one not written (a read-only store) only makes this answer replay more.
    (void)progress->refreshSkillStates(c.settings);
    auto picks = progress->next(cases, o.count, c.settings, *now);
    if (!picks) {
        printError(picks.error());
        return 1;
    }
    if (o.json) {
        core::Json list = core::Json::array();
        for (const auto& p : *picks) list.push_back({{"case_id", p.caseId}, {"reason", p.reason}, {"score", p.score}});
        std::cout << core::Json{{"kind", "practise_next"}, {"trainee", trainee.id}, {"now", core::isoUtc(*now)}, {"picks", list}}.dump(2)
                  << "\n";
        return 0;
    }
    if (picks->empty()) {
        std::cout << "No playable case in the library.\n";
        return 0;
    }
    for (std::size_t i = 0; i < picks->size(); ++i) {
        const auto& p = (*picks)[i];
        std::string title;
        for (const auto& cs : cases)
            if (cs.caseId == p.caseId) title = cs.title;
        std::cout << (i + 1) << ". " << p.caseId << (title.empty() ? "" : " (" + title + ")") << ": " << p.reason << "\n";
    }
    return 0;
}

int runProgress(const ProgressOptions& o, const core::TraineeRegistry& registry, const core::Trainee& trainee, const Context& c,
                const ProgressPngRenderer& renderPng) {
    const auto now = clockFrom(o.now, "--now");
    if (!now) return 2;
    if (!o.png.empty()) {
        if (!renderPng) {
            std::cerr << "mntrainer-cli: --png draws the progress screen with OpenGL: run it with the app binary, `mntrainer progress --png "
                      << o.png << "`\n";
            return 2;
        }
        return renderPng(ProgressPngRequest{trainee.id, o.png, *now, o.protocol});
    }
    auto progress = openProgress(registry, trainee, *c.skills);
    if (!progress) return 1;
    // The saved skill states are a cache: one not written (a read-only store) only makes this answer replay more.
    (void)progress->refreshSkillStates(c.settings);
    // JSON and CSV list every attempt; the text shows the latest ten.
    auto summary = progress->summary(c.settings, *now, o.json || o.csv ? core::CurveDetail::Every : core::CurveDetail::Latest);
    if (!summary) {
        printError(summary.error());
        return 1;
    }
    if (o.json) {
        std::cout << summaryJson(trainee, *summary, *now).dump(2) << "\n";
    } else if (o.csv) {
        printSummaryCsv(*summary);
    } else {
        printSummaryText(trainee, *summary);
    }
    return 0;
}

} // namespace progress_command_detail

using namespace progress_command_detail;

void addProgressCommands(CLI::App& app, ProgressOptions& o) {
    const auto addCommon = [&o](CLI::App* cmd) {
        cmd->add_option("--trainee", o.trainee, "Trainee id or name (default: the last one picked, or the only one)");
        cmd->add_option("--protocol", o.protocol, "Profile whose pass mark and progress settings apply")->capture_default_str();
    };
    CLI::App* trainee = app.add_subcommand("trainee", "List or add the trainees of this machine");
    trainee->add_subcommand("list", "List the trainees")->callback([&o] { o.traineeAction = "list"; })->add_flag("--json", o.json, "As JSON");
    trainee->add_subcommand("add", "Add a trainee")->callback([&o] { o.traineeAction = "add"; })->add_option("name", o.traineeName, "Their name")->required();
    trainee->require_subcommand(1);
    trainee->callback([&o] { o.trainees = true; });

    CLI::App* record = app.add_subcommand("record", "Grade a practice attempt and add it to a trainee's progress");
    record->add_option("attempt", o.attemptFile, "The attempt file")->required()->check(CLI::ExistingFile);
    record->add_option("--case", o.caseFile, "The case file (default: found by the attempt's case_id in the bundled library)");
    record->add_option("--at", o.at, "When it was finished, UTC (e.g. 2026-11-03T09:30:00Z; default: now)");
    addCommon(record);
    record->callback([&o] { o.record = true; });

    CLI::App* progress = app.add_subcommand("progress", "A trainee's progress: learning curve, CUSUM, mastery, error map, streak");
    auto* json = progress->add_flag("--json", o.json, "As one JSON object");
    progress->add_flag("--csv", o.csv, "One CSV row per attempt (learning curve and CUSUM)")->excludes(json);
    progress->add_option("--png", o.png, "Render the progress screen to a PNG (app binary only)");
    progress->add_option("--now", o.now, "The clock for due dates and the streak, UTC (default: now)");
    addCommon(progress);
    progress->callback([&o] { o.progress = true; });

    CLI::App* next = app.add_subcommand("next", "Practise next: the cases that best cover the trainee's due and weakest skills");
    next->add_flag("--json", o.json, "As JSON");
    next->add_option("--count", o.count, "Cases in the session (a daily session of N)")->check(CLI::Range(1, 50));
    next->add_option("--now", o.now, "The clock for due skills, UTC (default: now)");
    addCommon(next);
    next->callback([&o] { o.next = true; });
}

int runProgressCommands(const ProgressOptions& o, const ProgressPngRenderer& renderPng) {
    if (!o.trainees && !o.record && !o.progress && !o.next) return -1;
    const core::TraineeRegistry registry(core::dataDir());
    if (o.trainees) return runTrainee(o, registry);
    const auto trainee = pickTrainee(registry, o.trainee);
    if (!trainee) return 1;
    auto context = loadContext(o.protocol);
    if (!context) return 1;
    if (o.record) return runRecord(o, registry, *trainee, *context);
    if (o.next) return runNext(o, registry, *trainee, *context);
    return runProgress(o, registry, *trainee, *context, renderPng);
}

} // namespace cli
