// The skin-feedback policy of Perform mode.
#include "perform/perform_feedback.hpp"

#include <algorithm>

namespace core {

bool showsPerformFeedback(const TechniqueRules& rules, bool inExam) { return !(inExam && rules.hideFeedbackInExam); }

bool showsBleeding(const Protocol& protocol, double depthMm, int cellCount, int plannedPasses) {
    return depthMm + 1e-9 >= protocol.planDefaults.bleedingMinMm && cellCount >= std::max(1, plannedPasses);
}

} // namespace core
