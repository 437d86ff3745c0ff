// Headless exam sittings. The journal lives in $XDG_DATA_HOME/mntrainer/exam/.
#include "exam_command.hpp"
#include "proctor_command.hpp"
#include "base/clocks.hpp"

#include "validation/case_library.hpp"
#include "exam/exam_export.hpp"
#include "exam/exam_session.hpp"
#include "exam/sealed_result.hpp"
#include "model/reference_data.hpp"
#include "automation/script.hpp"
#include "platform/user_dirs.hpp"
#include "platform/journal.hpp"
#include "base/bounded_read.hpp"

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

namespace cli {
namespace {

namespace fs = std::filesystem;


constexpr std::size_t kMaxScriptBytes = 4u * 1024u * 1024u;

fs::path journalPath() { return core::dataDir() / "exam" / "current.journal"; }

struct Loaded {
    core::ReferenceData data;
    core::CaseLibrary library;
};

std::optional<Loaded> loadAll() {
    const auto root = core::findDataRoot();
    auto data = core::loadReferenceData(root);
    if (!data) {
        std::cerr << data.error().summary() << "\n";
        return std::nullopt;
    }
    Loaded l{std::move(*data), {}};
    l.library = core::loadCaseLibrary(root / "cases" / "library", l.data);
    return l;
}

// Exports a handed-in sitting and, on success, files the journal away. A sealed
// sitting's full result goes to the proctor's key only.
int exportSitting(const core::ExamSession& session, const std::string& exportDir, const core::BoxPublicKey* proctorKey) {
    auto key = core::loadOrCreateSigningKey(core::dataDir() / "keys");
    if (!key) {
        std::cerr << "mntrainer exam: " << key.error().summary() << "\n";
        return 1;
    }
    const fs::path dir = exportDir.empty() ? core::dataDir() / "exports" : fs::path(exportDir);
    if (!session.sealedPackSha256().empty() && !proctorKey) {
        std::cerr << "mntrainer exam: this sitting is sealed: export it with --pack FILE and the proctor's passphrase\n";
        return 1;
    }
    auto files = session.sealedPackSha256().empty() ? core::writeExamExports(*session.result(), dir, *key)
                                                    : core::writeSealedExamExports(*session.result(), dir, *key, *proctorKey);
    if (!files) {
        std::cerr << "mntrainer exam: " << files.error().summary() << "\n";
        return 1;
    }
    for (const auto& f : *files) std::cout << f.string() << "\n";
    if (auto problem = core::fileJournalAway(journalPath(), core::dataDir() / "exam" / "done", session.attemptId() + ".journal");
        !problem.has_value()) {
        std::cerr << "mntrainer exam: warning: the journal could not be filed away: " << problem.error().summary() << "\n";
    }
    return 0;
}

// Applies a script to the sitting; the clock is checked before every step.
int answer(core::ExamSession& session, const std::string& scriptFile, const std::string& exportDir, const core::BoxPublicKey* proctorKey) {
    auto text = core::readRegularFile(scriptFile, kMaxScriptBytes);
    if (!text) {
        std::cerr << "mntrainer exam: cannot read " << scriptFile << ": it " << text.error().summary() << "\n";
        return 1;
    }
    auto lines = core::parseScript(*text, scriptFile);
    if (!lines) {
        for (const auto& d : lines.error().diagnostics) std::cerr << core::formatDiagnostic(d) << "\n";
        return 1;
    }
    for (const auto& line : *lines) {
        if (session.submitted()) break;
        if (session.timeIsUp(core::nowUnix())) {
            std::cerr << "mntrainer exam: the time is up; the exam was handed in automatically\n";
            if (auto e = session.submit(core::nowUnix(), true); !e) {
                std::cerr << e.error().summary() << "\n";
                return 1;
            }
            break;
        }
        core::Status error;
        if (const auto* c = std::get_if<core::Command>(&line.step)) {
            error = session.apply(*c);
        } else if (const auto* go = std::get_if<core::step::ExamCase>(&line.step)) {
            error = session.goToCase(go->number - 1);
        } else if (const auto* review = std::get_if<core::step::ExamReview>(&line.step)) {
            error = session.setReview(review->number - 1, review->on);
        } else if (std::holds_alternative<core::step::ExamSubmit>(line.step)) {
            error = session.submit(core::nowUnix(), false);
        } else if (const auto* wait = std::get_if<core::step::Wait>(&line.step)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(wait->milliseconds));
        } else {
            error = std::unexpected(core::Error("this step only works in the window"));
        }
        if (!error) {
            std::cerr << scriptFile << ":" << line.line << ": error: " << error.error().summary() << " (in \"" << line.text << "\")\n";
            return 1;
        }
    }
    if (session.submitted()) return exportSitting(session, exportDir, proctorKey);
    return 0;
}

} // namespace

void addExamCommands(CLI::App& app, ExamOptions& o) {
    CLI::App* exam = app.add_subcommand("exam", "Run an exam sitting without a display");
    exam->require_subcommand(1);
    auto candidateOptions = [&o](CLI::App* cmd) {
        auto* examOption = cmd->add_option("--exam", o.examFile, "The exam file (or --pack)")->check(CLI::ExistingFile);
        cmd->add_option("--pack", o.packFile, "A sealed exam pack (from `exam pack`) instead of --exam")->check(CLI::ExistingFile)->excludes(examOption);
        addPassphraseOptions(cmd, o.passphrase);
        cmd->add_option("--name", o.name, "Candidate's name")->required();
        cmd->add_option("--id", o.id, "Candidate's ID")->required();
        cmd->add_option("--email", o.email, "Candidate's email (optional)");
    };
    CLI::App* start = exam->add_subcommand("start", "Start a sitting (draws the cases, opens the journal)");
    candidateOptions(start);
    start->callback([&o] { o.action = "start"; });
    CLI::App* ans = exam->add_subcommand("answer", "Apply a script of answers to the sitting in progress (resuming it)");
    ans->add_option("--script", o.script, "Answers, one command per line (see README)")->required();
    ans->add_option("--export-dir", o.exportDir, "Where results go when the script hands in");
    // A sealed sitting resumes only with its pack, opened again by the proctor.
    const auto packOptions = [&o](CLI::App* cmd) {
        cmd->add_option("--pack", o.packFile, "The sealed pack this sitting was started from")->check(CLI::ExistingFile);
        addPassphraseOptions(cmd, o.passphrase);
    };
    packOptions(ans);
    ans->callback([&o] { o.action = "answer"; });
    CLI::App* run = exam->add_subcommand("run", "start, then answer");
    candidateOptions(run);
    run->add_option("--script", o.script, "Answers, one command per line")->required();
    run->add_option("--export-dir", o.exportDir, "Where results go");
    run->callback([&o] { o.action = "run"; });
    CLI::App* status = exam->add_subcommand("status", "Print the sitting in progress as JSON");
    packOptions(status);
    status->callback([&o] { o.action = "status"; });
    CLI::App* exp = exam->add_subcommand("export", "Export a handed-in sitting again (after a failed export)");
    exp->add_option("--export-dir", o.exportDir, "Where results go");
    packOptions(exp);
    exp->callback([&o] { o.action = "export"; });
}

int runExamCommand(const ExamOptions& o) {
    auto loaded = loadAll();
    if (!loaded) return 1;
    if ((o.action == "start" || o.action == "run") && o.examFile.empty() && o.packFile.empty()) {
        std::cerr << "mntrainer exam: give the exam: --exam FILE, or --pack FILE for a sealed one\n";
        return 2;
    }
    // Declared before the session, which keeps a reference to its library.
    std::optional<OpenedPack> pack;
    if (!o.packFile.empty()) {
        auto opened = openPackForSitting(o.packFile, o.passphrase, loaded->data);
        if (!opened) {
            std::cerr << "mntrainer exam: " << opened.error().summary() << "\n";
            return 1;
        }
        pack = std::move(*opened);
    }
    const core::CaseLibrary& library = pack ? pack->library : loaded->library;
    const core::BoxPublicKey* proctorKey = pack ? &pack->exam.proctorKey : nullptr;
    std::unique_ptr<core::ExamSession> session;
    if (o.action == "start" || o.action == "run") {
        core::ExamSetup setup{o.examFile, {o.name, o.id, o.email}};
        if (pack) {
            setup.examFile = pack->exam.examFileName;
            setup.examText = pack->exam.examText;
        }
        auto started = core::ExamSession::start(setup, journalPath(), loaded->data, library, core::nowUnix());
        if (!started) {
            std::cerr << "mntrainer exam: " << started.error().summary() << "\n";
            return 1;
        }
        session = std::move(*started);
        std::cerr << "exam " << session->exam().id << " started for " << session->candidate().name << ": " << session->caseCount()
                  << " cases, " << session->exam().timeLimitMinutes << " minutes\n";
        if (o.action == "start") return 0;
    } else {
        // status only reads: no lock, no repair, so it is safe beside a sitting in progress.
        const auto access = o.action == "status" ? core::ExamSession::Access::ReadOnly : core::ExamSession::Access::Append;
        auto resumed = core::ExamSession::resume(journalPath(), loaded->data, library, access);
        if (!resumed) {
            std::cerr << "mntrainer exam: " << resumed.error().summary() << "\n";
            return 1;
        }
        session = std::move(*resumed);
        if (!session->recoveryWarning().empty()) std::cerr << "mntrainer exam: warning: " << session->recoveryWarning() << "\n";
    }
    if (o.action == "status") {
        core::Json j{{"exam_id", session->exam().id},
                     {"attempt_id", session->attemptId()},
                     {"candidate", session->candidate().name},
                     {"current_case", session->currentIndex() + 1},
                     {"seconds_left", std::max(0.0, session->secondsLeft(core::nowUnix()))},
                     {"submitted", session->submitted()},
                     {"journal_records", session->committedRecords()},
                     {"cases", core::Json::array()}};
        for (int i = 0; i < session->caseCount(); ++i) {
            j["cases"].push_back({{"case_id", session->caseIds()[static_cast<std::size_t>(i)]},
                                  {"review", session->markedForReview(i)},
                                  {"attempt", core::attemptToJson(session->caseSession(i).attempt())}});
        }
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    if (o.action == "export") {
        if (!session->submitted()) {
            std::cerr << "mntrainer exam: the sitting is not handed in yet\n";
            return 1;
        }
        return exportSitting(*session, o.exportDir, proctorKey);
    }
    return answer(*session, o.script, o.exportDir, proctorKey);
}

} // namespace cli
