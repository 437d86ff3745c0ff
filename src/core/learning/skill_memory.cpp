// Replaying one skill's rated events into BKT mastery and the FSRS memory state.
#include "learning/skill_memory.hpp"

#include <algorithm>

namespace core {

namespace skill_memory_detail {

constexpr double kSecondsPerDay = 86400.0;

} // namespace skill_memory_detail

double SkillMemory::retrievabilityAt(const FsrsParams& params, double nowUnix) const {
    if (!memory) {
        return 0.0;
    }
    const double elapsedDays = std::max(0.0, nowUnix - lastReviewUnix) / skill_memory_detail::kSecondsPerDay;
    return fsrsRetrievability(params, memory->stability, elapsedDays);
}

SkillMemory applySkillEvent(const BktParams& bkt, const FsrsParams& fsrs, SkillMemory state, const SkillEvent& event) {
    Rating rating = event.rating;
    if (!state.memory) {
        state.mastery = bkt.prior; // no evidence yet: the estimate starts at P(L0)
        state.memory = fsrsInitialState(fsrs, rating);
    } else {
        // Right before it was due: the skill was easier than scheduled.
        if (rating == Rating::Good && event.atUnix < state.dueUnix) {
            rating = Rating::Easy;
        }
        // An event dated before the last review counts as the same moment.
        const double elapsedDays =
            std::max(0.0, event.atUnix - state.lastReviewUnix) / skill_memory_detail::kSecondsPerDay;
        state.memory = fsrsNextState(fsrs, *state.memory, elapsedDays, rating);
    }
    const bool correct = rating == Rating::Good || rating == Rating::Easy;
    state.mastery = bktUpdate(bkt, state.mastery, correct);
    state.observations += 1;
    state.correct += correct ? 1 : 0;
    state.lastReviewUnix = event.atUnix;
    state.dueUnix = event.atUnix + fsrsIntervalDays(fsrs, state.memory->stability) * skill_memory_detail::kSecondsPerDay;
    return state;
}

SkillMemory replaySkill(const BktParams& bkt, const FsrsParams& fsrs, const std::vector<SkillEvent>& events) {
    SkillMemory state;
    state.mastery = bkt.prior;
    for (const SkillEvent& event : events) {
        state = applySkillEvent(bkt, fsrs, state, event);
    }
    return state;
}

} // namespace core
