// Per-zone verdicts for the debrief overlay: what went right or wrong in each
// zone of the face, derived from the case key, the attempt and the profile.
#pragma once

#include "model/attempt.hpp"
#include "model/case_model.hpp"
#include "model/protocol.hpp"
#include "model/zone_map.hpp"

#include <map>
#include <string>

namespace core {

enum class ZoneVerdict {
    Correct,          // treated in band with the right technique, or correctly avoided
    Technique,        // depth right, but patterns, passes or endpoint lost points
    TooShallow,
    TooDeep,
    Missed,           // should have been treated and was not
    MustAvoid,        // treated, but had to be avoided (or a no-go area)
    Unplanned,        // treated, but not part of the plan
};

std::string toString(ZoneVerdict verdict);
// A short label drawn on the zone, so colour is never the only cue.
std::string verdictLabel(ZoneVerdict verdict);

// Verdicts for every zone the key or the attempt mentions.
std::map<std::string, ZoneVerdict> zoneVerdicts(const Case& c, const Attempt& a, const Protocol& p, const ZoneMap& zones);

} // namespace core
