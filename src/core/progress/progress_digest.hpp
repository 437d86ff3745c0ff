// What the progress summary needs from one attempt's outcome rows, worked out
// once when the attempt is recorded: section sums, the worst rating per skill,
// and per zone its verdict and lost/available points; plus the digest of a whole store.
#pragma once

#include "grading/report.hpp"
#include "learning/skill_memory.hpp"
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

inline constexpr std::size_t kSectionCount = 4; // Section::Screening .. Section::Schedule

// One attempt's score per section, 0..100, in fixed slots indexed by Section
// (a curve of 100,000 attempts is one flat array, nothing to look up by name).
// A section is graded when the attempt had points available in it.
struct SectionPercents {
    std::array<double, kSectionCount> value{}; // 0 where not graded
    unsigned gradedMask = 0;                   // bit (1 << Section) set where graded

    [[nodiscard]] bool graded(Section s) const { return (gradedMask >> static_cast<unsigned>(s)) & 1u; }
    [[nodiscard]] double at(Section s) const { return value[static_cast<std::size_t>(s)]; }
    void set(Section s, double percent) {
        value[static_cast<std::size_t>(s)] = percent;
        gradedMask |= 1u << static_cast<unsigned>(s);
    }
    [[nodiscard]] bool operator==(const SectionPercents&) const = default;
};

// The sections in the order the curve, its legend and the CSV columns list them: by name.
inline constexpr std::array<Section, kSectionCount> kSectionsByName = {Section::Aftercare, Section::Plan, Section::Schedule, Section::Screening};

// "plan" -> Section::Plan; a name that is no section (none is recorded today) -> nullopt.
[[nodiscard]] std::optional<Section> sectionNamed(std::string_view name);

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

// Version 3's section_sums text column ("name US points US max RS ..."), exact (%.17g) both ways:
// read once by the v3 -> v4 migration (encoded only by its test, to write a version 3 store).
[[nodiscard]] std::string encodeSectionSums(const std::map<std::string, SectionSums>& sections);
[[nodiscard]] std::map<std::string, SectionSums> decodeSectionSums(const std::string& text);

// A skill's replayed state as the store last saved it: valid while the skill's
// BKT parameters and the FSRS settings are the ones it was replayed with
// (`key`) and no event earlier than its last one has been recorded since.
struct CachedSkillState {
    std::string key;
    double lastAtUnix = 0.0;
    std::int64_t lastAttemptId = 0;
    SkillMemory memory;
};

// One attempt on the learning curve.
struct CurvePoint {
    std::int64_t attemptId = 0;
    std::string caseId;
    double atUnix = 0.0;
    double total = 0.0;             // 0..100
    SectionPercents sectionPercent; // per section 0..100, graded sections only
    bool passed = false;
    bool critical = false;
};

// One attempt as the learning curve and the CUSUM see it: its point, and when
// it started (for the time practised).
struct DigestAttempt {
    CurvePoint point;
    double startedUnix = 0.0;
};

// Everything the summary reads: light attempt columns with their section
// scores, per-skill events (one per attempt, time order) and per-zone totals.
struct ProgressDigest {
    std::vector<DigestAttempt> attempts; // in (finish time, id) order
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
