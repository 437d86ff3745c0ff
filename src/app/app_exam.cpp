// The app's exam sitting: the proctor starts it (from an exam file or a sealed
// pack) with the signing key unlocked, the candidate moves between its cases,
// it is handed in and its signed results exported, then pushed to the LRS.
#include "app/app.hpp"

#include "base/clocks.hpp"
#include "exam/exam_export.hpp"
#include "exam/exam_lookup.hpp"
#include "exam/sealed_result.hpp"
#include "platform/journal.hpp"
#include "platform/key_store.hpp"
#include "platform/signing.hpp"

#include <chrono>

namespace app {

core::Status App::unlockExamKey(std::string passphrase) {
    auto key = core::unlockSigningKey(m_paths.userData / "keys", passphrase);
    core::wipeSecret(passphrase);
    if (!key) return std::unexpected(key.error());
    m_examKey = std::move(*key);
    if (m_exam && m_exam->submitted() && m_examView.exportWaitsForKey) exportExam();
    return {};
}

core::Status App::startExam(const std::string& exam, const core::Candidate& candidate, const std::string& exportDir, std::string passphrase) {
    auto examFile = core::findExamFile(exam, {m_paths.dataRoot / "cases" / "exams", m_paths.userData / "exams"});
    if (!examFile) return std::unexpected(examFile.error());
    if (!m_data) return std::unexpected(core::Error("the trainer's data is not loaded"));
    if (m_exam && !m_exam->submitted()) return std::unexpected(core::Error("an exam is already in progress"));
    // The proctor unlocks the key to start: a sitting whose results could not be signed never begins.
    if (!passphrase.empty()) {
        if (auto unlocked = unlockExamKey(std::move(passphrase)); !unlocked) return unlocked;
    } else if (!m_examKey) {
        return std::unexpected(core::Error("the signing key is locked: the proctor enters the passphrase to start the exam"));
    }
    auto started = core::ExamSession::start({*examFile, candidate}, examJournal(), *m_data, m_library, core::nowUnix());
    if (!started) return std::unexpected(started.error());
    m_exam = std::move(*started);
    m_pack.reset(); // a finished sealed sitting's pack goes with it
    m_examExportDir = exportDir;
    m_examView.exportStatus.clear();
    m_examView.exportWaitsForKey = false;
    m_ui.examSetup.open = false;
    tick();
    return {};
}

core::Status App::startExamFromPack(const std::filesystem::path& packFile, const core::Candidate& candidate, const std::string& exportDir,
                                    std::string passphrase) {
    if (!m_data) return std::unexpected(core::Error("the trainer's data is not loaded"));
    if (m_exam && !m_exam->submitted()) return std::unexpected(core::Error("an exam is already in progress"));
    if (passphrase.empty()) return std::unexpected(core::Error("the proctor's passphrase opens a sealed pack: enter it to start the exam"));
    // One passphrase opens the pack and unlocks the signing key, as `exam start --pack` does.
    auto opened = core::openPackForSitting(packFile, [&passphrase]() -> core::Result<std::string> { return passphrase; }, *m_data);
    if (!opened) {
        core::wipeSecret(passphrase);
        return std::unexpected(opened.error());
    }
    if (auto unlocked = unlockExamKey(std::move(passphrase)); !unlocked) return unlocked;
    auto pack = std::make_unique<core::OpenedPack>(std::move(*opened));
    std::error_code ec;
    const bool interrupted = !m_exam && std::filesystem::exists(examJournal(), ec);
    auto started = interrupted ? core::ExamSession::resume(examJournal(), *m_data, pack->library)
                               : core::ExamSession::start(core::sittingSetupOf(*pack, candidate), examJournal(), *m_data, pack->library, core::nowUnix());
    if (!started) {
        m_examKey.reset();
        return std::unexpected(started.error());
    }
    m_exam = std::move(*started);
    m_pack = std::move(pack); // after the old session (which read the old pack) is gone
    m_sealedSittingWaits = false;
    if (interrupted) m_ui.warnings.push_back("The sealed exam in progress was resumed from its pack with every committed answer; the clock kept running.");
    m_examExportDir = exportDir;
    m_examView.exportStatus.clear();
    m_examView.exportWaitsForKey = false;
    m_ui.examSetup.open = false;
    if (m_exam->submitted()) exportExam();
    tick();
    return {};
}

core::SittingPhase App::sittingPhase() const {
    if (!m_exam && m_sealedSittingWaits) return core::SittingPhase::Running;
    return !m_exam ? core::SittingPhase::None : (m_exam->submitted() ? core::SittingPhase::HandedIn : core::SittingPhase::Running);
}

core::Status App::checkProctorPassphrase(std::string passphrase) const {
    auto key = core::unlockSigningKey(m_paths.userData / "keys", passphrase);
    core::wipeSecret(passphrase);
    if (!key) return std::unexpected(key.error());
    return {};
}

core::Status App::closeWindowAsProctor(std::string passphrase) {
    if (core::closeRuleFor(sittingPhase()) == core::CloseRule::Free) {
        m_quitRequested = true;
        return {};
    }
    if (auto checked = checkProctorPassphrase(std::move(passphrase)); !checked) {
        return std::unexpected(core::Error("The trainer stays open and the exam goes on: " + checked.error().summary()));
    }
    // The journal already holds every committed answer; nothing else needs saving.
    m_proctorClosed = true;
    m_quitRequested = true;
    return {};
}

bool App::quitRequested() const {
    if (!m_quitRequested) return false;
    return m_proctorClosed || core::closeRuleFor(sittingPhase()) == core::CloseRule::Free;
}

void App::listSealedPacks() {
    const auto folder = core::sealedPackFolder(m_paths.userData);
    m_examView.packFolder = folder.string();
    m_examView.packs = core::listSealedPacks(folder);
}

core::Status App::goToExamCase(int index) {
    if (!m_exam) return std::unexpected(core::Error("no exam is running"));
    return m_exam->goToCase(index);
}
core::Status App::setExamReview(int index, bool on) {
    if (!m_exam) return std::unexpected(core::Error("no exam is running"));
    return m_exam->setReview(index, on);
}

core::Status App::submitExam(bool automatic) {
    if (!examRunning()) return std::unexpected(core::Error("no exam is running"));
    if (auto e = m_exam->submit(core::nowUnix(), automatic); !e) return e;
    exportExam();
    return {};
}

void App::exportExam() {
    if (!m_examKey) {
        // After a restart the key is locked again: the answers are kept and nothing unsigned is written.
        m_examView.exportWaitsForKey = true;
        m_examView.exportStatus = "Results NOT exported yet: the signing key is locked. Every answer is kept; the proctor enters the "
                                  "passphrase below to export the signed results.";
        return;
    }
    m_examView.exportWaitsForKey = false;
    const std::filesystem::path dir = m_examExportDir.empty() ? m_paths.userData / "exports" : std::filesystem::path(m_examExportDir);
    // A sealed sitting's full result (it holds the expected answers) goes only
    // to the proctor's key, named by its pack: without the pack nothing is written.
    const bool sealed = !m_exam->sealedPackSha256().empty();
    if (sealed && !m_pack) {
        m_examView.exportStatus = "Results NOT exported: this sitting is sealed and its pack is not open. Every answer is kept.";
        return;
    }
    auto files = sealed ? core::writeSealedExamExports(*m_exam->result(), dir, *m_examKey, m_pack->exam.proctorKey)
                        : core::writeExamExports(*m_exam->result(), dir, *m_examKey);
    if (!files) {
        m_examView.exportStatus = "Results NOT exported: " + files.error().summary();
        return;
    }
    m_examKey.reset(); // done with it: the next sitting is unlocked again
    m_examView.exportStatus = "Results and signatures written to " + dir.string() + " (" + std::to_string(files->size()) +
                              " files). Public key: " + core::publicKeyPath(m_paths.userData / "keys").string();
    if (auto problem = core::fileJournalAway(examJournal(), m_paths.userData / "exam" / "done", m_exam->attemptId() + ".journal");
        !problem.has_value()) {
        m_examView.exportStatus += "\nWarning: the journal could not be filed away: " + problem.error().summary();
    }
    m_lrsPush = std::async(std::launch::async, [exported = *files] { return net::pushAfterHandIn(exported); });
}

void App::showLrsPushWhenDone() {
    if (!m_lrsPush.valid() || m_lrsPush.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    const net::HandInPush pushed = m_lrsPush.get();
    if (!pushed.configured) return;
    m_examView.exportStatus += "\n" + pushed.message;
    if (!pushed.delivered) addWarning(pushed.message);
}

} // namespace app
