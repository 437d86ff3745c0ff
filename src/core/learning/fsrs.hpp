// FSRS-6 memory model for one skill: difficulty, stability, retrievability,
// and the interval to the next review (the published formulas and default
// weights of the Free Spaced Repetition Scheduler, version 6).
#pragma once

#include "base/diagnostics.hpp"

#include <array>
#include <optional>

namespace core {

enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

struct FsrsParams {
    std::array<double, 21> w{}; // set by fsrsDefaultParams()
    double desiredRetention = 0.9; // the instructor may set 0.70..0.97
    double maximumIntervalDays = 36500.0; // capped at the length of a course by the caller
};

[[nodiscard]] FsrsParams fsrsDefaultParams();

// Desired retention 0.70..0.97, a maximum interval of at least one day, and
// weights that keep the formulas finite (w[20] > 0).
[[nodiscard]] Status checkFsrsParams(const FsrsParams& params);

struct MemoryState {
    double difficulty = 0.0; // 1..10
    double stability = 0.0;  // days until retrievability falls to 90%
};

// R(t, S) with FSRS-6's trainable decay w[20].
[[nodiscard]] double fsrsRetrievability(const FsrsParams& params, double stabilityDays, double elapsedDays);
// The state after the first review.
[[nodiscard]] MemoryState fsrsInitialState(const FsrsParams& params, Rating rating);
// The state after a later review, `elapsedDays` after the previous one
// (the same-day short-term formula when elapsedDays < 1).
[[nodiscard]] MemoryState fsrsNextState(const FsrsParams& params, const MemoryState& state, double elapsedDays,
                                        Rating rating);
// Days until retrievability falls to the desired retention, rounded to whole
// days, at least 1, at most maximumIntervalDays.
[[nodiscard]] double fsrsIntervalDays(const FsrsParams& params, double stabilityDays);

} // namespace core
