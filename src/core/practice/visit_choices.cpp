// VisitChoices: drafts per visit, the confirm step and the lock after it.
#include "practice/visit_choices.hpp"

#include "base/toggled.hpp"
#include <algorithm>

namespace core {
namespace visit_choices_detail {

Error lockedError(int visit) {
    return Error("what you do at visit " + std::to_string(visit) +
                 " is confirmed and graded: it stays as chosen (retry the case to manage it again)");
}

} // namespace visit_choices_detail

std::vector<ManagementChoice> VisitChoices::shown(const Attempt& attempt, int visit) const {
    if (const AttemptVisit* made = attempt.visit(visit)) return made->choices;
    const auto it = m_drafts.find(visit);
    return it == m_drafts.end() ? std::vector<ManagementChoice>{} : it->second;
}

Status VisitChoices::set(const Attempt& attempt, int visit, const std::vector<ManagementChoice>& choices) {
    if (confirmed(attempt, visit)) return std::unexpected(visit_choices_detail::lockedError(visit));
    std::vector<ManagementChoice>& draft = m_drafts[visit];
    draft.clear();
    for (auto choice : choices) {
        if (std::find(draft.begin(), draft.end(), choice) == draft.end()) draft.push_back(choice);
    }
    return {};
}

Status VisitChoices::toggle(const Attempt& attempt, int visit, ManagementChoice choice) {
    return set(attempt, visit, toggled(shown(attempt, visit), choice));
}

Status VisitChoices::confirm(Attempt& attempt, int visit, const std::string& visitLabel) {
    if (confirmed(attempt, visit)) return std::unexpected(visit_choices_detail::lockedError(visit));
    const auto it = m_drafts.find(visit);
    if (it == m_drafts.end() || it->second.empty())
        return std::unexpected("tick what you do at the " + visitLabel + " visit before confirming (reassuring is a choice too)");
    attempt.visits.push_back(AttemptVisit{visit, it->second});
    std::sort(attempt.visits.begin(), attempt.visits.end(), [](const AttemptVisit& a, const AttemptVisit& b) { return a.number < b.number; });
    m_drafts.erase(it);
    return {};
}

} // namespace core
