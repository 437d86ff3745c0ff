// The management choices at follow-up visits as a commitment: the trainee
// ticks what to do (a draft: never graded, never shown as right or wrong),
// then confirms. Only a confirmed visit goes into the attempt, is graded and
// counts as played; once confirmed its choices are locked until a new attempt.
// Without the lock a trainee could toggle until the result turned green.
#pragma once

#include "base/diagnostics.hpp"
#include "model/attempt.hpp"

#include <map>
#include <vector>

namespace core {

class VisitChoices {
public:
    // What the visit's ticks show: the confirmed choices once confirmed, else the draft.
    [[nodiscard]] std::vector<ManagementChoice> shown(const Attempt& attempt, int visit) const;
    [[nodiscard]] static bool confirmed(const Attempt& attempt, int visit) { return attempt.visit(visit) != nullptr; }
    // Replace or toggle the draft at `visit`; refused once the visit is confirmed.
    [[nodiscard]] Status set(const Attempt& attempt, int visit, const std::vector<ManagementChoice>& choices);
    [[nodiscard]] Status toggle(const Attempt& attempt, int visit, ManagementChoice choice);
    // Moves the draft into the attempt (in visit order) and locks it. Refused
    // when nothing is ticked or the visit is already confirmed.
    [[nodiscard]] Status confirm(Attempt& attempt, int visit, const std::string& visitLabel);
    // A new attempt starts over.
    void clear() { m_drafts.clear(); }

private:
    std::map<int, std::vector<ManagementChoice>> m_drafts;
};

} // namespace core
