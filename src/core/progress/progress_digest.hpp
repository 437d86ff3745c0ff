// What the progress summary needs from one attempt's outcome rows, worked out
// once when the attempt is recorded: section sums, the worst rating per skill,
// and per zone its verdict and lost/available points; plus the digest of a whole store.
#pragma once

#include "grading/report.hpp"
#include "learning/skill_memory.hpp"
#include "progress/progress_curve.hpp"
#include "progress/progress_store.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <map>
#include <string>
#include <vector>

namespace core {

struct SectionSums {
    double points = 0.0;
    double max = 0.0;
};

// 100 x points / max, clamped to 0..100, for each section with points available (max > 0);
// sums under a name that is no section are left out.
[[nodiscard]] SectionPercents sectionPercentsOf(const std::map<std::string, SectionSums>& sums);

// One attempt's part of a zone's errors.
struct ZoneAttempt {
    int worst = 0; // 0 correct, 1 other, 2 too shallow, 3 too deep
    double lost = 0.0;
    double available = 0.0;
};

// A zone's errors summed over every attempt that graded it.
struct ZoneTotals {
    int graded = 0;
    int tooDeep = 0;
    int tooShallow = 0;
    int other = 0;
    double lost = 0.0;
    double available = 0.0;
    void add(const ZoneAttempt& z);
};

struct AttemptDigest {
    std::map<std::string, SectionSums> sections; // section -> raw points and maximum, rows summed in order
    std::map<std::string, int> skillRatings;     // skill -> the worst rating of the attempt's rows on it (1..4)
    std::map<std::string, ZoneAttempt> zones;
};

// `rows` are one attempt's outcome rows in their stored order.
[[nodiscard]] AttemptDigest digestOfAttempt(const std::vector<OutcomeRow>& rows);

// Version 3's section_sums text column ("name US points US max RS ..."), exact (%.17g): written
// only by the migration test, to make a version 3 store (the v4 -> v5 step rebuilds every score from the rows).
[[nodiscard]] std::string encodeSectionSums(const std::map<std::string, SectionSums>& sections);

// A skill's replayed state as the store last saved it: valid while the skill's
// BKT parameters and the FSRS settings are the ones it was replayed with
// (`key`) and no event earlier than its last one has been recorded since.
struct CachedSkillState {
    std::string key;
    double lastAtUnix = 0.0;
    std::int64_t lastAttemptId = 0;
    SkillMemory memory;
};

// Everything the summary reads: the curve's blocks, light attempt columns with
// their section scores, per-skill events (one per attempt, time order) and per-zone totals.
struct ProgressDigest {
    // In (finish time, id) order: every attempt, or (read from a store for the screen) the latest kExactCurvePoints.
    std::vector<DigestAttempt> attempts;
    // Every attempt in blocks (progress_curve.hpp); empty when `attempts` holds every one (the summary makes them).
    std::vector<CurveBlock> blocks;
    std::optional<int> streakDays; // worked out by the store; else from `attempts`, which then holds every one
    // Per skill: the events after its cached state (all of them when none is valid), in time order.
    std::map<std::string, std::vector<SkillEvent>> skillEvents;
    std::map<std::string, CachedSkillState> skillStates; // valid cached states only
    // Per skill with events: the last event's finish time and attempt (the watermark a saved state gets).
    std::map<std::string, std::pair<double, std::int64_t>> lastEvents;
    std::int64_t digestedAttempts = 0;
    std::map<std::string, ZoneTotals> zones;
};

// The text a cached state is keyed by: the skill's BKT and the FSRS settings, exact.
[[nodiscard]] std::string skillStateKey(const BktParams& bkt, const FsrsParams& fsrs);

// The digest by replaying every outcome row (rows of one attempt together, as ProgressStore::outcomes gives them).
[[nodiscard]] ProgressDigest digestOfRows(const std::vector<StoredAttempt>& attempts, const std::vector<OutcomeRow>& outcomes);

} // namespace core
