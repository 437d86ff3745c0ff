// LC-CUSUM (Biau et al.) for reaching proficiency, then a standard CUSUM for relapses.
#include "learning/cusum.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace core {

Status checkCusumParams(const CusumParams& params) {
    const double p0 = params.acceptableFailureRate;
    const double p1 = params.unacceptableFailureRate;
    if (!(p0 > 0.0 && p0 < p1 && p1 < 1.0)) {
        return std::unexpected(Error("CUSUM failure rates are acceptable " + std::to_string(p0) + ", unacceptable " +
                                     std::to_string(p1) +
                                     ": set 0 < acceptable < unacceptable < 1 (e.g. 0.10 and 0.30)"));
    }
    if (!(params.alpha > 0.0 && params.alpha < 1.0 && params.beta > 0.0 && params.beta < 1.0)) {
        return std::unexpected(Error("CUSUM alpha " + std::to_string(params.alpha) + " and beta " +
                                     std::to_string(params.beta) + ": set each strictly between 0 and 1"));
    }
    if (params.alpha + params.beta >= 1.0) {
        return std::unexpected(Error("CUSUM alpha + beta is " + std::to_string(params.alpha + params.beta) +
                                     ": keep it below 1, or the decision limit is not positive"));
    }
    return {};
}

double cusumDecisionLimit(const CusumParams& params) { return std::log((1.0 - params.beta) / params.alpha); }

CusumChart learningCusum(const CusumParams& params, const std::vector<bool>& failures) {
    const double p0 = params.acceptableFailureRate;
    const double p1 = params.unacceptableFailureRate;
    CusumChart chart;
    // Log-likelihood ratio of one attempt, H1 (failure rate p0) against H0 (p1).
    chart.successStep = std::log((1.0 - p0) / (1.0 - p1));
    chart.failureStep = std::log(p0 / p1);
    chart.decisionLimit = cusumDecisionLimit(params);
    chart.values.reserve(failures.size());

    double statistic = 0.0;
    for (std::size_t i = 0; i < failures.size(); ++i) {
        // Before proficiency the LC-CUSUM climbs on successes; after it the
        // monitoring CUSUM (H0 p0 against H1 p1) climbs on failures: the same
        // steps with the sign turned.
        const double step = failures[i] ? chart.failureStep : chart.successStep;
        const double signedStep = chart.proficientAt ? -step : step;
        statistic = std::max(0.0, statistic + signedStep);
        chart.values.push_back(statistic);
        if (statistic >= chart.decisionLimit) {
            if (!chart.proficientAt) {
                chart.proficientAt = i;
            } else {
                chart.relapses.push_back(i);
            }
            statistic = 0.0; // the monitoring chart starts (or restarts) from zero
        }
    }
    return chart;
}

} // namespace core
