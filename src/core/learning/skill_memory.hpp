// One skill's learning state replayed from its outcomes in time order: BKT
// mastery and the FSRS memory state, with when the skill falls due.
#pragma once

#include "learning/bkt.hpp"
#include "learning/fsrs.hpp"

#include <optional>
#include <vector>

namespace core {

// What the trainee did on one skill in one attempt, already rated:
// a critical error on the skill is Again, a partial one Hard, correct Good.
struct SkillEvent {
    double atUnix = 0.0;
    Rating rating = Rating::Good;
};

struct SkillMemory {
    double mastery = 0.0;               // BKT estimate, 0..1
    std::optional<MemoryState> memory;  // none before the first event
    double lastReviewUnix = 0.0;
    double dueUnix = 0.0;               // last review + interval; 0 before the first event
    int observations = 0;
    int correct = 0;                    // Good or Easy ratings

    [[nodiscard]] double retrievabilityAt(const FsrsParams& params, double nowUnix) const;
    [[nodiscard]] bool dueAt(double nowUnix) const { return observations > 0 && nowUnix >= dueUnix; }
};

// Good becomes Easy when the skill was answered correctly before it was due
// (the rule: Easy is reserved for that). Events on the same skill
// in one attempt are merged by the caller (the worst rating counts).
[[nodiscard]] SkillMemory replaySkill(const BktParams& bkt, const FsrsParams& fsrs, const std::vector<SkillEvent>& events);

// One more event on top of a replayed state (the same result as replaying all).
[[nodiscard]] SkillMemory applySkillEvent(const BktParams& bkt, const FsrsParams& fsrs, SkillMemory state,
                                          const SkillEvent& event);

} // namespace core
