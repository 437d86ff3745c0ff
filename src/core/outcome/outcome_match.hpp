// Which outcome rules an attempt triggers: evaluates the catalogue's
// declarative conditions (model/outcome_condition.hpp) against the attempt,
// the case's client and the profile. Pure; no randomness (the draw is in
// visit_timeline).
#pragma once

#include "model/attempt.hpp"
#include "model/case_model.hpp"
#include "model/protocol.hpp"
#include "model/reference_data.hpp"

#include <string>
#include <vector>

namespace core {

// The facts a condition is evaluated against.
struct OutcomeFacts {
    const Case& c;
    const Attempt& a;
    const Protocol& p;
    const Catalogue& catalogue;
};

// True when the condition holds for this attempt.
[[nodiscard]] bool conditionHolds(const OutcomeCondition& condition, const OutcomeFacts& facts);

// A rule whose condition holds, and the zones its layers go on.
struct TriggeredOutcome {
    const OutcomeRule* rule = nullptr;
    std::vector<std::string> treatedZones;  // the zones the attempt needled, in attempt order
    std::vector<std::string> findingZones;  // per rule: zones of the finding type the condition treated over
};

// Every catalogue rule whose condition holds, in catalogue order. The normal
// course rules (likelihood "expected") are included when their condition holds.
[[nodiscard]] std::vector<TriggeredOutcome> triggeredOutcomes(const OutcomeFacts& facts);

// The zones the attempt needles (action treat), in attempt order.
[[nodiscard]] std::vector<std::string> treatedZoneIds(const Attempt& a);

} // namespace core
