// The learning-curve CUSUM (LC-CUSUM) of a trainee's attempts against an
// acceptable and an unacceptable failure rate: when the trainee crossed
// into proficiency, and any relapse after it (then a standard CUSUM).
#pragma once

#include "base/diagnostics.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace core {

struct CusumParams {
    double acceptableFailureRate = 0.10;   // p0
    double unacceptableFailureRate = 0.30; // p1
    double alpha = 0.05;                   // type I error, sets the decision limit
    double beta = 0.20;                    // type II error
};

// 0 < p0 < p1 < 1, 0 < alpha < 1, 0 < beta < 1 and alpha + beta < 1 (so h > 0).
[[nodiscard]] Status checkCusumParams(const CusumParams& params);

// h = ln((1 - beta) / alpha): Wald's approximation of the SPRT boundary.
[[nodiscard]] double cusumDecisionLimit(const CusumParams& params);

struct CusumChart {
    std::vector<double> values;   // the statistic after each attempt (LC-CUSUM, then the monitoring CUSUM)
    double successStep = 0.0;     // LC-CUSUM: what a success adds, ln((1-p0)/(1-p1)) > 0; the monitoring CUSUM subtracts it
    double failureStep = 0.0;     // LC-CUSUM: what a failure adds, ln(p0/p1) < 0; the monitoring CUSUM subtracts it
    double decisionLimit = 0.0;   // h
    std::optional<std::size_t> proficientAt; // index of the attempt that crossed h
    std::vector<std::size_t> relapses;       // attempts after proficiency where the monitoring CUSUM crossed h
};

// `failures[i]` is true when attempt i failed (below the pass mark or critical).
// `params` must pass checkCusumParams.
[[nodiscard]] CusumChart learningCusum(const CusumParams& params, const std::vector<bool>& failures);

} // namespace core
