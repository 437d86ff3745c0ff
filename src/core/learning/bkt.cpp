// Bayesian Knowledge Tracing: Corbett & Anderson's posterior and learning transition.
#include "learning/bkt.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace core {

namespace bkt_detail {

bool isOpenProbability(double value) { return std::isfinite(value) && value > 0.0 && value < 1.0; }

} // namespace bkt_detail

Status checkBktParams(const BktParams& params) {
    const struct {
        const char* name;
        double value;
    } fields[] = {{"prior", params.prior}, {"learn", params.learn}, {"guess", params.guess}, {"slip", params.slip}};
    for (const auto& field : fields) {
        if (!bkt_detail::isOpenProbability(field.value)) {
            return std::unexpected(Error("BKT " + std::string(field.name) + " is " + std::to_string(field.value) +
                                         ": set it strictly between 0 and 1"));
        }
    }
    if (params.guess + params.slip >= 1.0) {
        return std::unexpected(Error("BKT guess + slip is " + std::to_string(params.guess + params.slip) +
                                     ": keep it below 1, or a correct answer would count against mastery"));
    }
    return {};
}

double bktUpdate(const BktParams& params, double mastery, bool correct) {
    const double known = std::clamp(mastery, 0.0, 1.0);
    // Bayes: P(L | obs) = P(obs | L) P(L) / P(obs).
    const double ifKnown = known * (correct ? 1.0 - params.slip : params.slip);
    const double ifUnknown = (1.0 - known) * (correct ? params.guess : 1.0 - params.guess);
    const double evidence = ifKnown + ifUnknown;
    const double posterior = evidence > 0.0 ? ifKnown / evidence : known;
    // The opportunity itself may teach: P(L_next) = P(L|obs) + (1 - P(L|obs)) P(T).
    return posterior + (1.0 - posterior) * params.learn;
}

double bktPredictCorrect(const BktParams& params, double mastery) {
    const double known = std::clamp(mastery, 0.0, 1.0);
    return known * (1.0 - params.slip) + (1.0 - known) * params.guess;
}

} // namespace core
