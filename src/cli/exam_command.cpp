// Headless exam sittings. The journal lives in $XDG_DATA_HOME/mntrainer/exam/.
#include "exam_command.hpp"
#include "proctor_command.hpp"
#include "base/clocks.hpp"

#include "validation/case_index.hpp"
#include "exam/exam_lookup.hpp"
#include "exam/exam_export.hpp"
#include "exam/exam_session.hpp"
#include "exam/sealed_pack.hpp"
#include "exam/sealed_result.hpp"
#include "model/reference_data.hpp"
#include "automation/script.hpp"
#include "platform/user_dirs.hpp"
#include "platform/journal.hpp"
#include "platform/key_store.hpp"
#include "base/bounded_read.hpp"
#include "net/lrs_hand_in.hpp"

#include <chrono>
#include <fstream>
#include <iostream>
#include <optional>
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

// Only an index of the cases a command needs: a sitting loads and validates
// the cases it drew, so exam commands stay fast however large the library
// grows. A start indexes the whole library only when the exam draws from pools.
std::optional<Loaded> loadForExam(const std::vector<std::string>& caseIds, bool wholeLibrary) {
    const auto root = core::findDataRoot();
    auto data = core::loadReferenceData(root);
    if (!data) {
        std::cerr << data.error().summary() << "\n";
        return std::nullopt;
    }
    Loaded l{std::move(*data), {}};
    const std::vector<fs::path> folders{root / "cases" / "library"};
    l.library = wholeLibrary ? core::indexCaseLibrary(folders) : core::indexCasesById(folders, caseIds);
    return l;
}

// The case ids a sitting in progress drew, from its journal's start record.
std::vector<std::string> journalCaseIds() {
    auto journal = core::Journal::openReadOnly(journalPath());
    if (!journal || journal->records().empty()) return {};
    const core::Json& start = journal->records().front();
    std::vector<std::string> ids;
    if (start.is_object() && start.contains("cases") && start["cases"].is_array()) {
        for (const auto& id : start["cases"]) {
            if (id.is_string()) ids.push_back(id.get<std::string>());
        }
    }
    return ids;
}

// The proctor's passphrase, read once per command (a file descriptor can be
// read only once): it unlocks the signing key and opens a sealed pack.
class ProctorPassphrase {
public:
    explicit ProctorPassphrase(const PassphraseSource& source) : m_source(source) {}
    ~ProctorPassphrase() {
        if (m_text) core::wipeSecret(*m_text);
    }
    ProctorPassphrase(const ProctorPassphrase&) = delete;
    ProctorPassphrase& operator=(const ProctorPassphrase&) = delete;
    [[nodiscard]] core::Result<std::string> get() {
        if (!m_text) {
            auto read = readPassphrase(m_source, "Proctor's passphrase: ");
            if (!read) return std::unexpected(read.error());
            m_text = std::move(*read);
        }
        return *m_text;
    }

private:
    const PassphraseSource& m_source;
    std::optional<std::string> m_text;
};

// The proctor's signing key, unlocked with the passphrase.
core::Result<core::SigningKey> unlockKey(ProctorPassphrase& passphrase) {
    auto text = passphrase.get();
    if (!text) return std::unexpected(text.error());
    auto key = core::unlockSigningKey(core::dataDir() / "keys", *text);
    core::wipeSecret(*text);
    return key;
}

// Exports a handed-in sitting and, on success, files the journal away. Without
// the unlocked key nothing is written and the journal stays for `exam export`.
// A sealed sitting's full result goes to the proctor's key only.
int exportSitting(const core::ExamSession& session, const std::string& exportDir, ProctorPassphrase& passphrase,
                  const std::optional<core::SigningKey>& unlocked, const core::BoxPublicKey* proctorKey) {
    if (!session.sealedPackSha256().empty() && !proctorKey) {
        std::cerr << "mntrainer exam: this sitting is sealed: export it with --pack FILE and the proctor's passphrase\n";
        return 1;
    }
    auto key = unlocked ? core::Result<core::SigningKey>(*unlocked) : unlockKey(passphrase);
    if (!key) {
        std::cerr << "mntrainer exam: the sitting is handed in and kept, but its results were NOT exported: " << key.error().summary()
                  << ". The proctor exports them with `mntrainer exam export --passphrase-file FILE`\n";
        return 1;
    }
    const fs::path dir = exportDir.empty() ? core::dataDir() / "exports" : fs::path(exportDir);
    auto files = session.sealedPackSha256().empty() ? core::writeExamExports(*session.result(), dir, *key)
                                                    : core::writeSealedExamExports(*session.result(), dir, *key, *proctorKey);
    if (!files) {
        std::cerr << "mntrainer exam: " << files.error().summary() << "\n";
        return 1;
    }
    for (const auto& f : *files) std::cout << f.string() << "\n";
    // Only after the results are safely on disk; a failed push leaves them in the outbox and the exit status alone.
    if (const auto pushed = net::pushAfterHandIn(*files); pushed.configured) {
        std::cerr << "mntrainer exam: " << (pushed.delivered ? "" : "warning: ") << pushed.message << "\n";
    }
    if (auto problem = core::fileJournalAway(journalPath(), core::dataDir() / "exam" / "done", session.attemptId() + ".journal");
        !problem.has_value()) {
        std::cerr << "mntrainer exam: warning: the journal could not be filed away: " << problem.error().summary() << "\n";
    }
    return 0;
}

// Applies a script to the sitting; the clock is checked before every step.
int answer(core::ExamSession& session, const ExamOptions& o, ProctorPassphrase& passphrase, const std::optional<core::SigningKey>& unlocked,
           const core::BoxPublicKey* proctorKey) {
    const std::string& scriptFile = o.script;
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
    if (session.submitted()) return exportSitting(session, o.exportDir, passphrase, unlocked, proctorKey);
    return 0;
}

} // namespace

void addExamCommands(CLI::App& app, ExamOptions& o) {
    CLI::App* exam = app.add_subcommand("exam", "Run an exam sitting without a display");
    exam->require_subcommand(1);
    auto candidateOptions = [&o](CLI::App* cmd) {
        auto* examOption = cmd->add_option("--exam", o.examFile, "The exam file, or the id of an exam in cases/exams/ or your own exams folder (or --pack)");
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
    std::optional<Loaded> loaded;
    ProctorPassphrase passphrase(o.passphrase);
    if ((o.action == "start" || o.action == "run") && o.examFile.empty() && o.packFile.empty()) {
        std::cerr << "mntrainer exam: give the exam: --exam FILE|ID, or --pack FILE for a sealed one\n";
        return 2;
    }
    // Declared before the session, which keeps a reference to its library.
    std::optional<core::OpenedPack> pack;
    const auto openPack = [&]() -> bool {
        auto opened = core::openPackForSitting(o.packFile, [&passphrase] { return passphrase.get(); }, loaded->data);
        if (!opened) {
            std::cerr << "mntrainer exam: " << opened.error().summary() << "\n";
            return false;
        }
        pack = std::move(*opened);
        return true;
    };
    std::unique_ptr<core::ExamSession> session;
    std::optional<core::SigningKey> unlocked; // for `run`'s hand-in; wiped when it goes
    if (o.action == "start" || o.action == "run") {
        if (!o.packFile.empty()) {
            loaded = loadForExam({}, false);
            if (!loaded) return 1;
            if (!openPack()) return 1;
        }
        std::filesystem::path examPath;
        if (!pack) {
            auto examFile = core::findExamFile(o.examFile, {core::findDataRoot() / "cases" / "exams", core::dataDir() / "exams"});
            if (!examFile) {
                std::cerr << "mntrainer exam: " << examFile.error().summary() << "\n";
                return 1;
            }
            examPath = *examFile;
            // The listed cases are looked up by name; pools need the whole index.
            std::vector<std::string> listed;
            bool pools = true;
            if (auto doc = core::JsonDocument::fromFile(examPath); doc) {
                core::Diagnostics ignored; // the sitting's start reports the exam's errors in full
                const core::Exam exam = core::readExam(doc->root(), ignored);
                listed = exam.cases;
                pools = !exam.pools.empty();
            }
            loaded = loadForExam(listed, pools);
            if (!loaded) return 1;
        }
        // The proctor unlocks the key to start: a sitting that could not be signed never begins.
        auto key = unlockKey(passphrase);
        if (!key) {
            std::cerr << "mntrainer exam: the sitting was not started: " << key.error().summary() << "\n";
            return 1;
        }
        if (o.action == "run") unlocked = std::move(*key);
        const core::Candidate candidate{o.name, o.id, o.email};
        const core::ExamSetup setup = pack ? core::sittingSetupOf(*pack, candidate) : core::ExamSetup{examPath, candidate};
        const core::CaseLibrary& library = pack ? pack->library : loaded->library;
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
        loaded = loadForExam(journalCaseIds(), false);
        if (!loaded) return 1;
        if (!o.packFile.empty() && !openPack()) return 1;
        const core::CaseLibrary& library = pack ? pack->library : loaded->library;
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
    const core::BoxPublicKey* proctorKey = pack ? &pack->exam.proctorKey : nullptr;
    if (o.action == "status") {
        core::Json j{{"exam_id", session->exam().id},
                     {"attempt_id", session->attemptId()},
                     {"candidate", session->candidate().name},
                     {"current_case", session->currentIndex() + 1},
                     {"draw_seed", core::drawSeedText(session->drawSeed())},
                     {"seconds_left", std::max(0.0, session->secondsLeft(core::nowUnix()))},
                     {"submitted", session->submitted()},
                     {"journal_records", session->committedRecords()},
                     {"cases", core::Json::array()}};
        for (int i = 0; i < session->caseCount(); ++i) {
            // The session's attempt holds the default decision until one is
            // made; status says "decision": null outright for a case never
            // decided, so a proctor's tool never reads the default as a choice.
            const bool decided = session->caseSession(i).decisionMade();
            core::Json attemptJson = core::attemptToJson(session->caseSession(i).attempt());
            if (!decided) attemptJson["decision"] = nullptr;
            j["cases"].push_back({{"case_id", session->caseIds()[static_cast<std::size_t>(i)]},
                                  {"review", session->markedForReview(i)},
                                  {"attempt", attemptJson}});
        }
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    if (o.action == "export") {
        if (!session->submitted()) {
            std::cerr << "mntrainer exam: the sitting is not handed in yet\n";
            return 1;
        }
        return exportSitting(*session, o.exportDir, passphrase, unlocked, proctorKey);
    }
    return answer(*session, o, passphrase, unlocked, proctorKey);
}

} // namespace cli
