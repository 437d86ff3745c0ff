// A trainee's progress, worked out from the store's digest: the learning
// curve (exact points and bounded buckets), the CUSUM, mastery by skill group, the personal error map, time
// practised and the streak. The progress screen, `mntrainer progress` and
// the PNG export all show this one structure.
#pragma once

#include "learning/cusum.hpp"
#include "learning/fsrs.hpp"
#include "learning/skill_memory.hpp"
#include "progress/progress_curve.hpp"
#include "progress/progress_digest.hpp"
#include "progress/progress_store.hpp"
#include "progress/skill_map.hpp"

#include <map>
#include <string>
#include <vector>

namespace core {

struct SkillProgress {
    std::string id;
    std::string label;
    std::string group;
    SkillMemory memory;
    double retrievability = 0.0; // now
    bool due = false;
};

struct GroupProgress {
    std::string id;
    std::string label;
    double mastery = 0.0;              // mean of its practised skills
    std::vector<SkillProgress> skills; // weakest first
};

// Counted per attempt that graded the zone, by its zone verdict (the graver wins).
struct ZoneErrors {
    int graded = 0;     // attempts with plan items on the zone
    int tooDeep = 0;
    int tooShallow = 0;
    int other = 0;      // missed, must-avoid, technique, unplanned
    double severity = 0.0; // lost points / available over those items, 0..1
};

struct ProgressSettings {
    double passMark = 70.0;
    CusumParams cusum;
    FsrsParams fsrs; // desired retention and the course-length cap set here
};

// How much of the curve a summary holds point by point.
enum class CurveDetail {
    Latest, // the latest kExactCurvePoints (all of them up to that many): the screen, which draws the rest in buckets
    Every,  // every attempt: `progress --json` and `--csv`
};

struct ProgressSummary {
    std::vector<CurvePoint> curve; // exact points, in curve order, of the attempts curveFirst..attempts-1
    std::size_t curveFirst = 0;    // the index of curve.front() among every attempt
    std::vector<CurveBucket> buckets; // every attempt in at most kMaxCurveBuckets buckets, for a plot of any length
    double passMark = 70.0;
    CusumChart cusum;
    std::vector<GroupProgress> groups;        // weakest first
    std::map<std::string, ZoneErrors> errorMap; // zone id -> errors
    double secondsPractised = 0.0;
    int streakDays = 0;   // consecutive days with an attempt, ending today or yesterday
    int attempts = 0;
};

[[nodiscard]] ProgressSummary summariseProgress(const std::vector<StoredAttempt>& attempts, const std::vector<OutcomeRow>& outcomes,
                                                const SkillMap& skills, const ProgressSettings& settings, double nowUnix,
                                                CurveDetail detail = CurveDetail::Latest);

// The same summary from the store's digest (what TraineeProgress reads: no outcome rows).
// Taken by value: its attempts become the curve's points without a copy. A digest
// without blocks must hold every attempt (the blocks, CUSUM and streak come from them).
[[nodiscard]] ProgressSummary summariseDigest(ProgressDigest digest, const SkillMap& skills, const ProgressSettings& settings,
                                              double nowUnix, CurveDetail detail = CurveDetail::Latest);

// The sections the curve plots: every section of the report that some attempt
// graded (one with no data is left out), in sectionsByName order.
[[nodiscard]] std::vector<Section> curveSections(const ProgressSummary& summary);

// Mastery by skill group, weakest first: each skill from its saved state (when
// the digest has one) and the events after it. Only `skillStates`,
// `skillEvents` of the digest are read, so a ProgressStore::skillDigest will do.
[[nodiscard]] std::vector<GroupProgress> skillProgress(const ProgressDigest& digest, const SkillMap& skills, const ProgressSettings& settings,
                                                       double nowUnix);

} // namespace core
