// PracticeSession: the follow-up visit commands (play a visit, choose what to
// do there, set the draw's seed). Each change grades the attempt again, so the
// debrief's visits section follows the choices.
#include "practice/practice_session.hpp"

#include "grading/grader.hpp"

#include <algorithm>

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
    if (!m_attempt.visit(c.number)) {
        m_attempt.visits.push_back(AttemptVisit{c.number, {}});
        std::sort(m_attempt.visits.begin(), m_attempt.visits.end(), [](const AttemptVisit& a, const AttemptVisit& b) { return a.number < b.number; });
    }
    return regradeWithVisits();
}

Status PracticeSession::applyOne(const cmd::SetManagement& c) {
    if (m_stage != Stage::Visits || m_currentVisit == 0) return std::unexpected(std::string("open a follow-up visit first (visit N)"));
    for (auto& v : m_attempt.visits) {
        if (v.number != m_currentVisit) continue;
        v.choices.clear();
        for (auto choice : c.choices) {
            if (std::find(v.choices.begin(), v.choices.end(), choice) == v.choices.end()) v.choices.push_back(choice);
        }
    }
    return regradeWithVisits();
}

Status PracticeSession::applyOne(const cmd::ToggleManagement& c) {
    if (m_stage != Stage::Visits || m_currentVisit == 0) return std::unexpected(std::string("open a follow-up visit first (visit N)"));
    const AttemptVisit* v = m_attempt.visit(m_currentVisit);
    std::vector<ManagementChoice> choices = v ? v->choices : std::vector<ManagementChoice>{};
    if (auto it = std::find(choices.begin(), choices.end(), c.choice); it != choices.end()) choices.erase(it);
    else choices.push_back(c.choice);
    return applyOne(cmd::SetManagement{choices});
}

Status PracticeSession::applyOne(const cmd::SetVisitSeed& c) {
    if (!m_case) return std::unexpected(std::string("no case is open"));
    if (!m_attempt.visits.empty()) return std::unexpected(std::string("the seed is fixed once a visit is played: retry the case to draw again"));
    m_attempt.visitSeed = c.seed;
    if (!m_report) m_seedOverride = c.seed; // Submit keeps it instead of drawing
    if (m_report) {
        if (const Protocol* p = protocol()) m_timeline = buildVisitTimeline(*m_case, m_attempt, *p, m_data);
    }
    return {};
}

} // namespace core
