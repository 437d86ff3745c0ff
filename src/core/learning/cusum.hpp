// The learning-curve CUSUM (LC-CUSUM) of a trainee's attempts against an
// acceptable and an unacceptable failure rate: when the trainee crossed
// into proficiency, and any relapse after it (then a standard CUSUM).
#pragma once

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

struct CusumChart {
    std::vector<double> values;   // the statistic after each attempt
    double successStep = 0.0;     // what a success adds (LC-CUSUM) or subtracts
    double failureStep = 0.0;     // what a failure adds
    double decisionLimit = 0.0;   // h
    std::optional<std::size_t> proficientAt; // index of the attempt that crossed h
    std::vector<std::size_t> relapses;       // attempts after proficiency where the monitoring CUSUM crossed h
};

// `failures[i]` is true when attempt i failed (below the pass mark or critical).
[[nodiscard]] CusumChart learningCusum(const CusumParams& params, const std::vector<bool>& failures);

} // namespace core
