// ExamSession: how an answer is checked, resolved and journaled before it
// counts, including perform strokes and, in exams with follow-up steps, the
// follow-up that closes a case's answers and its visits.
#include "exam/exam_session.hpp"

#include "base/toggled.hpp"
#include "exam/answer_codec.hpp"
#include "exam/exam_variants.hpp"

#include <algorithm>

namespace core {
namespace exam_session_answers_detail {

// The commands of the follow-up visits: the first one a case meets opens its follow-up.
bool isFollowUpCommand(const Command& command) {
    if (const auto* go = std::get_if<cmd::GoTo>(&command)) return go->stage == Stage::Visits;
    return std::holds_alternative<cmd::PlayVisit>(command) || std::holds_alternative<cmd::SetManagement>(command) ||
           std::holds_alternative<cmd::ToggleManagement>(command) || std::holds_alternative<cmd::ConfirmManagement>(command);
}

bool allowedInExam(const Command& command, const Exam& exam) {
    if (std::holds_alternative<cmd::OpenCase>(command) || std::holds_alternative<cmd::Submit>(command) ||
        std::holds_alternative<cmd::Retry>(command) || std::holds_alternative<cmd::NextCase>(command) ||
        std::holds_alternative<cmd::BackToLibrary>(command)) {
        return false;
    }
    // The sitting draws the follow-up's seed itself (examFollowUpSeed), so the candidate never picks it.
    if (std::holds_alternative<cmd::SetVisitSeed>(command)) return false;
    // Follow-up visits only when the exam includes them ("follow_up": true).
    if (isFollowUpCommand(command)) return exam.followUp;
    if (const auto* go = std::get_if<cmd::GoTo>(&command)) return go->stage != Stage::Library && go->stage != Stage::Debrief;
    return true;
}

// Toggles depend on the state they meet; the journal stores what they did.
// Opening the follow-up stage is stored as the visit it opens.
Command resolved(const Command& command, const PracticeSession& session) {
    const Attempt& attempt = session.attempt();
    if (const auto* go = std::get_if<cmd::GoTo>(&command); go && go->stage == Stage::Visits && session.currentVisit() == 0) return cmd::PlayVisit{1};
    if (const auto* t = std::get_if<cmd::ToggleFlag>(&command)) return cmd::SetFlag{t->id, !attempt.flagged(t->id)};
    if (const auto* t = std::get_if<cmd::ToggleAftercare>(&command)) return cmd::SetAftercare{t->id, !attempt.choseAftercare(t->id)};
    if (const auto* t = std::get_if<cmd::ToggleAdvice>(&command)) return cmd::SetAdvice{t->id, !attempt.gaveAdvice(t->id)};
    if (const auto* t = std::get_if<cmd::TogglePattern>(&command)) {
        std::vector<Pattern> patterns;
        if (const AttemptZone* z = attempt.zone(t->zone)) patterns = z->patterns;
        return cmd::SetPatterns{t->zone, toggled(patterns, t->pattern)};
    }
    if (const auto* t = std::get_if<cmd::ToggleManagement>(&command)) {
        // The ticks as shown (the draft, before confirming).
        return cmd::SetManagement{toggled(session.visitChoices(session.currentVisit()), t->choice)};
    }
    return command;
}

} // namespace exam_session_answers_detail

Status ExamSession::applyToCase(int index, const Command& command) {
    using namespace exam_session_answers_detail;
    if (m_result) return std::unexpected(Error("the exam is handed in: answers can no longer change"));
    if (!allowedInExam(command, m_exam)) {
        if (isFollowUpCommand(command)) return std::unexpected(Error("this exam has no follow-up visits"));
        return std::unexpected(Error("not available during an exam"));
    }
    if (followUpOpen(index) && !isFollowUpCommand(command)) {
        return std::unexpected(Error("the follow-up of case " + std::to_string(index + 1) + " is open, so its answers can no longer change"));
    }
    PracticeSession& session = *m_sessions[static_cast<std::size_t>(index)];
    // The first follow-up command closes the case's answers (see closeForFollowUp).
    const bool closes = isFollowUpCommand(command) && !followUpOpen(index);
    // Try on a copy first, so only answers that apply are committed.
    PracticeSession probe = session;
    if (closes) {
        if (auto ok = closeForFollowUp(probe, index); !ok) return ok;
    }
    const Command journaled = resolved(command, probe);
    if (auto ok = probe.apply(journaled); !ok) return ok;
    if (closes) {
        if (auto e = m_journal.append({{"t", "follow_up"}, {"case", index}}); !e) return e;
        if (auto ok = closeForFollowUp(session, index); !ok) return ok;
    }
    if (isJournalledAnswer(journaled)) {
        if (auto e = m_journal.append({{"t", "answer"}, {"case", index}, {"a", encodeAnswer(journaled)}}); !e) return e;
    }
    // The probe succeeded, so this does too; its result is still passed on.
    return session.apply(journaled);
}

bool ExamSession::followUpOpen(int index) const { return caseSession(index).report().has_value(); }

Status ExamSession::closeForFollowUp(PracticeSession& session, int index) const {
    if (!session.decisionMade()) {
        return std::unexpected(Error("decide on case " + std::to_string(index + 1) + " first: the follow-up shows what happened after your decision"));
    }
    // The seed comes from the sitting's draw, so the resume and `cohort` draw the same risks.
    const std::string& id = m_caseIds[static_cast<std::size_t>(index)];
    if (auto ok = session.apply(cmd::SetVisitSeed{examFollowUpSeed(m_drawSeed, id)}); !ok) return ok;
    if (auto ok = session.apply(cmd::Submit{}); !ok) return ok;
    if (session.timeline().visits.empty()) {
        return std::unexpected(Error("nothing follows this case: no needling today and no follow-up step in the case"));
    }
    return {};
}

} // namespace core
