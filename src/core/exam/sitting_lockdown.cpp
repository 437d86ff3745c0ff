// The lock-down rule of an exam sitting.
#include "exam/sitting_lockdown.hpp"

namespace core {

Status checkSittingAllows(SittingPhase phase, ActionScope scope) {
    switch (phase) {
    case SittingPhase::None:
        return {};
    case SittingPhase::Running:
        if (scope == ActionScope::Practice || scope == ActionScope::Authoring) {
            return std::unexpected(Error("an exam is in progress: the library and the editor are closed until it is handed in"));
        }
        return {};
    case SittingPhase::HandedIn:
        if (scope == ActionScope::Display || scope == ActionScope::Proctor) return {};
        return std::unexpected(Error("the exam is handed in: the window stays on the hand-in screen until the proctor closes it"));
    }
    return {};
}

CloseRule closeRuleFor(SittingPhase phase) {
    return phase == SittingPhase::None ? CloseRule::Free : CloseRule::NeedsProctor;
}

} // namespace core
