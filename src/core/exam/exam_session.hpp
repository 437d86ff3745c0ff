// One candidate sitting one exam: the drawn cases, the answers so far, the
// clock, and the journal that makes every committed answer survive a crash.
// No hints, no debrief, no case library while it runs. Time comes in from the
// caller (wall-clock seconds), so the logic stays testable.
#pragma once

#include "model/exam.hpp"
#include "exam/exam_result.hpp"
#include "platform/journal.hpp"
#include "practice/practice_session.hpp"

#include <expected>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct ExamSetup {
    std::filesystem::path examFile;
    Candidate candidate;
    // A sitting from a sealed pack: the exam file's text comes from the opened
    // pack (examFile then only names it) and the library is caseLibraryOf(pack).
    std::optional<std::string> examText = std::nullopt;
};

class ExamSession {
public:
    // Draws the cases, opens a new journal at journalPath and records the start.
    [[nodiscard]] static std::expected<std::unique_ptr<ExamSession>, core::Error> start(const ExamSetup& setup, const std::filesystem::path& journalPath,
                                                                          const ReferenceData& data, const CaseLibrary& library,
                                                                          double nowUnix);
    // Rebuilds a sitting from its journal; every committed answer is replayed.
    // ReadOnly takes no lock and never writes (for status); its answers are refused.
    // A case whose file changed since the start (SHA-256) is refused, never graded silently.
    enum class Access { Append, ReadOnly };
    [[nodiscard]] static std::expected<std::unique_ptr<ExamSession>, core::Error> resume(const std::filesystem::path& journalPath,
                                                                           const ReferenceData& data, const CaseLibrary& library,
                                                                           Access access = Access::Append);

    // Answers (flags, decision, plan, aftercare, schedule, perform strokes and,
    // when the exam includes them, follow-up visits) for the current case.
    // Navigation to the library, debriefs or other cases is refused here.
    [[nodiscard]] Status apply(const Command& command);
    [[nodiscard]] Status goToCase(int index);
    [[nodiscard]] Status setReview(int index, bool on);
    // Hands in; `automatic` when the time ran out. Grades every case.
    [[nodiscard]] Status submit(double nowUnix, bool automatic);

    [[nodiscard]] double secondsLeft(double nowUnix) const;
    [[nodiscard]] bool timeIsUp(double nowUnix) const { return secondsLeft(nowUnix) <= 0.0; }
    [[nodiscard]] bool submitted() const { return m_result.has_value(); }
    [[nodiscard]] const std::optional<ExamResult>& result() const { return m_result; }
    [[nodiscard]] int currentIndex() const { return m_current; }
    [[nodiscard]] int caseCount() const { return static_cast<int>(m_sessions.size()); }
    [[nodiscard]] const PracticeSession& caseSession(int index) const { return *m_sessions[static_cast<std::size_t>(index)]; }
    [[nodiscard]] const PracticeSession& current() const { return caseSession(m_current); }
    [[nodiscard]] bool markedForReview(int index) const { return m_review[static_cast<std::size_t>(index)]; }
    // True once the case's follow-up is open (exams with "follow_up": true):
    // its answers are closed and its visits may be played.
    [[nodiscard]] bool followUpOpen(int index) const;
    [[nodiscard]] const Exam& exam() const { return m_exam; }
    [[nodiscard]] const Candidate& candidate() const { return m_candidate; }
    [[nodiscard]] const std::string& attemptId() const { return m_attemptId; }
    // Set for a sitting from a sealed pack: its results are sealed for the proctor.
    [[nodiscard]] const std::string& sealedPackSha256() const { return m_sealedPackSha; }
    [[nodiscard]] const std::vector<std::string>& caseIds() const { return m_caseIds; }
    [[nodiscard]] std::uint64_t drawSeed() const { return m_drawSeed; }
    [[nodiscard]] const std::string& recoveryWarning() const { return m_journal.recoveryWarning(); }
    [[nodiscard]] std::size_t committedRecords() const { return m_journal.records().size(); }
    // Unanswered items across all cases, "Case 2: no decision" etc.
    [[nodiscard]] std::vector<std::string> unansweredItems() const;

private:
    ExamSession(Journal journal, const ReferenceData& data, const CaseLibrary& library);
    [[nodiscard]] Status begin(const Json& startRecord); // sets up from a start record
    [[nodiscard]] Status applyRecord(const Json& record); // replays one journal record
    [[nodiscard]] Status applyToCase(int index, const Command& command);
    // Closes a case's answers and opens its follow-up: the visit seed from the
    // draw, then the case submitted (graded inside, never shown). Refused when
    // there is no decision yet or nothing follows; `session` may be a probe copy.
    [[nodiscard]] Status closeForFollowUp(PracticeSession& session, int index) const;
    void finish(double nowUnix, bool automatic);

    Journal m_journal;
    const ReferenceData& m_data;
    const CaseLibrary& m_library; // the full library the cases come from
    CaseLibrary m_examLibrary;    // only the drawn cases, hints off
    Exam m_exam;
    Json m_examFile;
    std::string m_examSha;
    Candidate m_candidate;
    std::string m_attemptId;
    std::string m_sealedPackSha;
    double m_startedUnix = 0;
    std::vector<std::string> m_caseIds;
    std::map<std::string, std::string> m_caseSha;
    std::map<std::string, double> m_caseWeight;
    std::uint64_t m_drawSeed = 0;
    std::vector<std::unique_ptr<PracticeSession>> m_sessions;
    std::vector<bool> m_review;
    int m_current = 0;
    std::optional<ExamResult> m_result;
};


// The SHA-256 of the sealed pack the sitting in `journalPath` was started
// from; empty when it was not (or there is no readable journal). Read only:
// the window uses it to wait for the proctor to open that pack again.
[[nodiscard]] std::string sealedPackOfSitting(const std::filesystem::path& journalPath);

} // namespace core
