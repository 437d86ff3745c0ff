// PracticeSession: the follow-up visit commands (play a visit, tick what to do
// there, confirm it, set the draw's seed). Opening a visit and ticking grade
// nothing; confirming puts the visit into the attempt (visit_choices.hpp) and
// grades the attempt again, so the debrief's visits section follows.
#include "practice/practice_session.hpp"

#include "grading/grader.hpp"

namespace core {


Status PracticeSession::regradeWithVisits() {
    const Protocol* p = protocol();
    if (!p || !m_case) return std::unexpected(std::string("no case is open"));
    m_report = grade(*m_case, m_attempt, *p, m_data);
    return {};
}

Status PracticeSession::applyOne(const cmd::PlayVisit& c) {
    if (auto ok = stageAccess(Stage::Visits); !ok) return ok;
    if (!m_timeline.visit(c.number))
        return std::unexpected("there is no visit " + std::to_string(c.number) + ": this follow-up has " + std::to_string(m_timeline.visits.size()) + " visit(s)");
    m_currentVisit = c.number;
    m_stage = Stage::Visits;
    return {};
}

Status PracticeSession::applyOne(const cmd::SetManagement& c) {
    if (m_stage != Stage::Visits || m_currentVisit == 0) return std::unexpected(std::string("open a follow-up visit first (visit N)"));
    return m_visitChoices.set(m_attempt, m_currentVisit, c.choices);
}

Status PracticeSession::applyOne(const cmd::ToggleManagement& c) {
    if (m_stage != Stage::Visits || m_currentVisit == 0) return std::unexpected(std::string("open a follow-up visit first (visit N)"));
    return m_visitChoices.toggle(m_attempt, m_currentVisit, c.choice);
}

Status PracticeSession::applyOne(const cmd::ConfirmManagement&) {
    if (m_stage != Stage::Visits || m_currentVisit == 0) return std::unexpected(std::string("open a follow-up visit first (visit N)"));
    const Visit* visit = m_timeline.visit(m_currentVisit);
    if (auto ok = m_visitChoices.confirm(m_attempt, m_currentVisit, visit ? visit->label : std::to_string(m_currentVisit)); !ok) return ok;
    return regradeWithVisits();
}

Status PracticeSession::applyOne(const cmd::SetVisitSeed& c) {
    if (!m_case) return std::unexpected(std::string("no case is open"));
    // Fixed once a visit is opened: changing it then would redraw what the trainee already saw.
    if (m_currentVisit != 0 || !m_attempt.visits.empty())
        return std::unexpected(std::string("the seed is fixed once a visit is opened: retry the case to draw again"));
    m_attempt.visitSeed = c.seed;
    if (!m_report) m_seedOverride = c.seed; // Submit keeps it instead of drawing
    if (m_report) {
        if (const Protocol* p = protocol()) m_timeline = buildVisitTimeline(*m_case, m_attempt, *p, m_data);
    }
    return {};
}

} // namespace core
