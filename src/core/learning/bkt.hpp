// Bayesian Knowledge Tracing for one skill: the mastery estimate and its
// update after one observed outcome (Corbett & Anderson's four parameters).
#pragma once

#include "base/diagnostics.hpp"

namespace core {

struct BktParams {
    double prior = 0.2; // P(L0): mastered before any practice
    double learn = 0.15; // P(T): moves from unmastered to mastered after an opportunity
    double guess = 0.33; // P(G): right without mastery (near 1/3 for three-way decisions)
    double slip = 0.1;  // P(S): wrong despite mastery
};

// Each probability strictly between 0 and 1, and guess + slip < 1 (otherwise
// a correct answer would be evidence against mastery).
[[nodiscard]] Status checkBktParams(const BktParams& params);

// The posterior P(L | outcome) followed by the learning transition:
// the mastery estimate before the next opportunity.
[[nodiscard]] double bktUpdate(const BktParams& params, double mastery, bool correct);

// P(correct) on the next opportunity, given the current estimate.
[[nodiscard]] double bktPredictCorrect(const BktParams& params, double mastery);

} // namespace core
