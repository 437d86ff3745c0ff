// Perform mode's pen: the pen head's footprint from the chosen cartridge and
// the keyboard path's lanes. What the trainee sees while needling (feedback,
// bleeding) is the perform module's policy, included here for the screens.
#pragma once

#include "model/catalogue.hpp"
#include "perform/perform_feedback.hpp"
#include "terms/perform_record.hpp"
#include "model/protocol.hpp"
#include "terms/vocabulary.hpp"
#include "terms/zone_map.hpp"
#include "perform/perform_rules.hpp" // performCartridge, performHeadMm (shared with the grader)

#include <optional>
#include <string>

namespace core {

// The keyboard path: lane `lane` (counted from the first, wrapping) of one
// pass of `pattern` over the zone, glided the other way when `reverse`,
// starting at `startMs`. No samples when no lane fits the zone.
[[nodiscard]] PerformStroke keyboardLane(const ZoneMap& map, const std::string& zone, Pattern pattern, double headMm, int lane,
                                         bool reverse, std::int64_t startMs);

} // namespace core
