// Zone verdicts, using the same bands and rules as the grader.
#include "grading/zone_verdicts.hpp"

#include "validation/case_checks.hpp"

#include <algorithm>

namespace core {

std::string toString(ZoneVerdict v) {
    switch (v) {
    case ZoneVerdict::Correct: return "correct";
    case ZoneVerdict::Technique: return "technique";
    case ZoneVerdict::TooShallow: return "too_shallow";
    case ZoneVerdict::TooDeep: return "too_deep";
    case ZoneVerdict::Missed: return "missed";
    case ZoneVerdict::MustAvoid: return "must_avoid";
    case ZoneVerdict::Unplanned: return "unplanned";
    }
    return "?";
}

std::string verdictLabel(ZoneVerdict v) {
    switch (v) {
    case ZoneVerdict::Correct: return "OK";
    case ZoneVerdict::Technique: return "TECH";
    case ZoneVerdict::TooShallow: return "SHALLOW";
    case ZoneVerdict::TooDeep: return "DEEP";
    case ZoneVerdict::Missed: return "MISSED";
    case ZoneVerdict::MustAvoid: return "AVOID!";
    case ZoneVerdict::Unplanned: return "EXTRA";
    }
    return "?";
}

std::map<std::string, ZoneVerdict> zoneVerdicts(const Case& c, const Attempt& a, const Protocol& p, const ZoneMap& zones) {
    std::map<std::string, ZoneVerdict> out;
    for (const auto& key : c.key.zones) {
        const AttemptZone* given = a.zone(key.zone);
        const bool treated = given && given->action == ZoneAction::Treat;
        if (key.action == ZoneAction::Avoid) {
            out[key.zone] = treated ? ZoneVerdict::MustAvoid : ZoneVerdict::Correct;
            continue;
        }
        if (!treated) {
            out[key.zone] = ZoneVerdict::Missed;
            continue;
        }
        const auto band = effectiveBand(key, p);
        if (band && given->depthMm && *given->depthMm < band->min - 1e-9) {
            out[key.zone] = ZoneVerdict::TooShallow;
        } else if (band && given->depthMm && *given->depthMm > band->max + 1e-9) {
            out[key.zone] = ZoneVerdict::TooDeep;
        } else if (band && !given->depthMm) {
            out[key.zone] = ZoneVerdict::Technique;
        } else {
            const auto& required = key.patterns ? *key.patterns : p.planDefaults.patterns;
            const bool allPatterns = std::all_of(required.begin(), required.end(), [&](Pattern pat) {
                return std::find(given->patterns.begin(), given->patterns.end(), pat) != given->patterns.end();
            });
            const IntRange passes = key.passes ? *key.passes : p.planDefaults.passes;
            const bool passesOk = given->passes && *given->passes >= passes.min && *given->passes <= passes.max;
            const bool endpointOk = !band || (given->endpoint && *given->endpoint == resolvedEndpoint(key, *band, p));
            out[key.zone] = allPatterns && passesOk && endpointOk ? ZoneVerdict::Correct : ZoneVerdict::Technique;
        }
        // Past the safety maximum is "too deep" whatever the band said.
        if (given->depthMm && *given->depthMm > p.safetyMax(key.zone) + 1e-9) out[key.zone] = ZoneVerdict::TooDeep;
    }
    for (const auto& z : a.zones) {
        if (z.action != ZoneAction::Treat || c.key.zone(z.zone)) continue;
        const Zone* zone = zones.find(z.zone);
        out[z.zone] = zone && zone->noGo ? ZoneVerdict::MustAvoid : ZoneVerdict::Unplanned;
    }
    return out;
}

} // namespace core
