// Whether the face shows the skin's response (reddening, bleeding dots, the
// live coverage) while performing: the profile may hide it in an exam.
#pragma once

#include "model/protocol.hpp"

namespace core {

[[nodiscard]] bool showsPerformFeedback(const TechniqueRules& rules, bool inExam);

// Pinpoint bleeding dots show on a cell once the zone is worked at a depth of
// at least the profile's `bleeding_min_mm` and the cell has had `passes`
// passes (the endpoint reached); below that depth only reddening shows.
[[nodiscard]] bool showsBleeding(const Protocol& protocol, double depthMm, int cellCount, int plannedPasses);

} // namespace core
