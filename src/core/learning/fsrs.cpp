// FSRS-6: default weights, forgetting curve, memory-state updates and intervals.
#include "learning/fsrs.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace core {

namespace fsrs_detail {

// The bounds fsrs-rs clamps to.
constexpr double kMinStability = 0.001;
constexpr double kMaxStability = 36500.0;
constexpr double kMinDifficulty = 1.0;
constexpr double kMaxDifficulty = 10.0;

int grade(Rating rating) { return static_cast<int>(rating); }

// With decay d = w[20], the curve R(t) = (1 + factor * t / S)^-d passes
// through 0.9 at t = S: factor = 0.9^(-1/d) - 1.
double curveFactor(const FsrsParams& params) { return std::pow(0.9, -1.0 / params.w[20]) - 1.0; }

double clampStability(double stability) { return std::clamp(stability, kMinStability, kMaxStability); }

// D0(G) = w4 - e^(w5 (G - 1)) + 1, before clamping (mean reversion aims at the unclamped D0(Easy)).
double rawInitialDifficulty(const FsrsParams& params, int g) {
    return params.w[4] - std::exp(params.w[5] * (g - 1)) + 1.0;
}

double nextDifficulty(const FsrsParams& params, double difficulty, int g) {
    const auto& w = params.w;
    const double delta = -w[6] * (g - 3);
    // Linear damping: the step shrinks as D approaches 10.
    const double damped = difficulty + delta * (10.0 - difficulty) / 9.0;
    // Mean reversion towards D0(Easy) by w7.
    const double reverted = w[7] * rawInitialDifficulty(params, 4) + (1.0 - w[7]) * damped;
    return std::clamp(reverted, kMinDifficulty, kMaxDifficulty);
}

double stabilityAfterRecall(const FsrsParams& params, const MemoryState& state, double retrievability, int g) {
    const auto& w = params.w;
    const double hardPenalty = g == 2 ? w[15] : 1.0;
    const double easyBonus = g == 4 ? w[16] : 1.0;
    const double growth = std::exp(w[8]) * (11.0 - state.difficulty) * std::pow(state.stability, -w[9]) *
                          (std::exp(w[10] * (1.0 - retrievability)) - 1.0) * hardPenalty * easyBonus;
    return state.stability * (growth + 1.0);
}

double stabilityAfterLapse(const FsrsParams& params, const MemoryState& state, double retrievability) {
    const auto& w = params.w;
    const double relearned = w[11] * std::pow(state.difficulty, -w[12]) *
                             (std::pow(state.stability + 1.0, w[13]) - 1.0) * std::exp(w[14] * (1.0 - retrievability));
    // A lapse never leaves the memory more stable than the short-term formula would.
    const double ceiling = state.stability / std::exp(w[17] * w[18]);
    return std::min(relearned, ceiling);
}

double shortTermStability(const FsrsParams& params, double stability, int g) {
    const auto& w = params.w;
    const double increase = std::exp(w[17] * (g - 3 + w[18])) * std::pow(stability, -w[19]);
    // A same-day Good or Easy never lowers stability.
    return stability * (g >= 3 ? std::max(increase, 1.0) : increase);
}

} // namespace fsrs_detail

FsrsParams fsrsDefaultParams() {
    // FSRS-6 defaults as published in fsrs-rs (src/inference_v6.rs, FSRS6_DEFAULT_PARAMETERS).
    FsrsParams params;
    params.w = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
                1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    return params;
}

Status checkFsrsParams(const FsrsParams& params) {
    if (!(params.desiredRetention >= 0.70 && params.desiredRetention <= 0.97)) {
        return std::unexpected(Error("FSRS desired retention is " + std::to_string(params.desiredRetention) +
                                     ": set it between 0.70 and 0.97"));
    }
    if (!(params.maximumIntervalDays >= 1.0) || !std::isfinite(params.maximumIntervalDays)) {
        return std::unexpected(Error("FSRS maximum interval is " + std::to_string(params.maximumIntervalDays) +
                                     " days: set it to at least 1 day"));
    }
    for (std::size_t i = 0; i < params.w.size(); ++i) {
        if (!std::isfinite(params.w[i])) {
            return std::unexpected(Error("FSRS weight w[" + std::to_string(i) + "] is not a finite number"));
        }
    }
    if (!(params.w[20] > 0.0)) {
        return std::unexpected(Error("FSRS decay w[20] is " + std::to_string(params.w[20]) +
                                     ": it must be positive (the published default is 0.1542)"));
    }
    return {};
}

double fsrsRetrievability(const FsrsParams& params, double stabilityDays, double elapsedDays) {
    const double stability = fsrs_detail::clampStability(stabilityDays);
    const double elapsed = std::max(elapsedDays, 0.0);
    return std::pow(1.0 + fsrs_detail::curveFactor(params) * elapsed / stability, -params.w[20]);
}

MemoryState fsrsInitialState(const FsrsParams& params, Rating rating) {
    const int g = fsrs_detail::grade(rating);
    return {std::clamp(fsrs_detail::rawInitialDifficulty(params, g), fsrs_detail::kMinDifficulty,
                       fsrs_detail::kMaxDifficulty),
            fsrs_detail::clampStability(params.w[static_cast<std::size_t>(g - 1)])};
}

MemoryState fsrsNextState(const FsrsParams& params, const MemoryState& state, double elapsedDays, Rating rating) {
    const int g = fsrs_detail::grade(rating);
    MemoryState next;
    if (elapsedDays < 1.0) {
        next.stability = fsrs_detail::shortTermStability(params, state.stability, g);
    } else {
        const double retrievability = fsrsRetrievability(params, state.stability, elapsedDays);
        next.stability = rating == Rating::Again ? fsrs_detail::stabilityAfterLapse(params, state, retrievability)
                                                 : fsrs_detail::stabilityAfterRecall(params, state, retrievability, g);
    }
    next.stability = fsrs_detail::clampStability(next.stability);
    next.difficulty = fsrs_detail::nextDifficulty(params, state.difficulty, g);
    return next;
}

double fsrsIntervalDays(const FsrsParams& params, double stabilityDays) {
    // Solve R(t) = desired retention for t.
    const double stability = fsrs_detail::clampStability(stabilityDays);
    const double exact = stability / fsrs_detail::curveFactor(params) *
                         (std::pow(params.desiredRetention, -1.0 / params.w[20]) - 1.0);
    const double cap = std::max(1.0, params.maximumIntervalDays);
    return std::clamp(std::round(exact), 1.0, cap);
}

} // namespace core
