// A trainee's progress summary, worked out from the store's rows: curve,
// CUSUM, mastery by group (weakest first), error map, time and streak.
#include "progress/progress_summary.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace core {
namespace progress_summary_detail {

constexpr double kSecondsPerDay = 86400.0;
// An attempt left open (a break, a night) would count as practice: each one counts for at most this.
constexpr double kMaxSecondsPerAttempt = 3.0 * 3600.0;

struct RatedEvent {
    std::int64_t attemptId = 0;
    double atUnix = 0.0;
    int rating = 3;
};

// One event per attempt and skill, the worst rating of the attempt's rows on it, in time order.
std::vector<SkillEvent> mergedEvents(std::vector<RatedEvent>& rows) {
    std::sort(rows.begin(), rows.end(), [](const RatedEvent& a, const RatedEvent& b) {
        return a.atUnix != b.atUnix ? a.atUnix < b.atUnix : a.attemptId < b.attemptId;
    });
    std::vector<SkillEvent> out;
    std::int64_t lastAttempt = -1;
    for (const auto& r : rows) {
        const int rating = std::clamp(r.rating, 1, 4);
        if (!out.empty() && r.attemptId == lastAttempt) {
            out.back().rating = static_cast<Rating>(std::min(static_cast<int>(out.back().rating), rating));
            continue;
        }
        out.push_back(SkillEvent{r.atUnix, static_cast<Rating>(rating)});
        lastAttempt = r.attemptId;
    }
    return out;
}

bool weaker(const SkillProgress& a, const SkillProgress& b) {
    const bool aPractised = a.memory.observations > 0;
    const bool bPractised = b.memory.observations > 0;
    if (aPractised != bPractised) return aPractised; // practised skills first: their estimate means something
    if (a.memory.mastery != b.memory.mastery) return a.memory.mastery < b.memory.mastery;
    if (a.retrievability != b.retrievability) return a.retrievability < b.retrievability;
    return a.id < b.id;
}

long dayOf(double unix) { return static_cast<long>(std::floor(unix / kSecondsPerDay)); }

int streakDays(const std::vector<StoredAttempt>& attempts, double nowUnix) {
    std::unordered_set<long> days;
    for (const auto& a : attempts) days.insert(dayOf(a.finishedUnix));
    long day = dayOf(nowUnix);
    if (!days.count(day)) --day; // a streak is not broken until a whole day passes without practice
    int streak = 0;
    while (days.count(day)) {
        ++streak;
        --day;
    }
    return streak;
}

bool zoneMisjudged(const std::string& verdict) { return !verdict.empty() && verdict != "correct"; }

} // namespace progress_summary_detail

ProgressSummary summariseProgress(const std::vector<StoredAttempt>& attempts, const std::vector<OutcomeRow>& outcomes, const SkillMap& skills,
                                  const ProgressSettings& settings, double nowUnix) {
    using namespace progress_summary_detail;
    ProgressSummary summary;
    summary.passMark = settings.passMark;
    summary.attempts = static_cast<int>(attempts.size());

    std::vector<const StoredAttempt*> ordered;
    ordered.reserve(attempts.size());
    for (const auto& a : attempts) ordered.push_back(&a);
    std::stable_sort(ordered.begin(), ordered.end(), [](const StoredAttempt* a, const StoredAttempt* b) {
        return a->finishedUnix != b->finishedUnix ? a->finishedUnix < b->finishedUnix : a->id < b->id;
    });

    // Section percentages from the outcome rows: raw points over raw maximum, as the grader scores a section.
    struct SectionSums {
        double points = 0.0;
        double max = 0.0;
    };
    std::unordered_map<std::int64_t, std::map<std::string, SectionSums>> sections;
    std::unordered_map<std::string, std::vector<RatedEvent>> bySkill;
    struct ZoneAttempt {
        int worst = 0; // 0 correct, 1 other, 2 too shallow, 3 too deep
        double lost = 0.0;
        double available = 0.0;
    };
    std::map<std::string, std::unordered_map<std::int64_t, ZoneAttempt>> zones;
    sections.reserve(attempts.size());
    bySkill.reserve(skills.skills().size());
    // The store gives an attempt's rows together, a zone's items one after another: remember the
    // last look-up instead of hashing every row again (a 100,000-attempt store has 1.5 million rows).
    std::int64_t lastAttempt = 0;
    std::map<std::string, SectionSums>* attemptSections = nullptr;
    const std::string* lastZone = nullptr;
    std::int64_t lastZoneAttempt = 0;
    ZoneAttempt* zoneAttempt = nullptr;
    for (const auto& row : outcomes) {
        if (!attemptSections || row.attemptId != lastAttempt) {
            attemptSections = &sections[row.attemptId];
            lastAttempt = row.attemptId;
        }
        auto& sum = (*attemptSections)[row.section];
        sum.points += row.points;
        sum.max += row.max;
        if (!row.skill.empty()) bySkill[row.skill].push_back(RatedEvent{row.attemptId, row.atUnix, row.rating});
        if (!row.zone.empty()) {
            if (!zoneAttempt || row.attemptId != lastZoneAttempt || *lastZone != row.zone) {
                zoneAttempt = &zones[row.zone][row.attemptId];
                lastZone = &row.zone;
                lastZoneAttempt = row.attemptId;
            }
            ZoneAttempt& z = *zoneAttempt;
            const int kind = row.zoneVerdict == "too_deep" ? 3 : row.zoneVerdict == "too_shallow" ? 2 : zoneMisjudged(row.zoneVerdict) ? 1 : 0;
            z.worst = std::max(z.worst, kind);
            z.lost += std::max(0.0, row.max - row.points);
            z.available += row.max;
        }
    }

    std::vector<bool> failures;
    failures.reserve(ordered.size());
    for (const StoredAttempt* a : ordered) {
        CurvePoint point;
        point.attemptId = a->id;
        point.caseId = a->caseId;
        point.atUnix = a->finishedUnix;
        point.total = a->total;
        point.passed = a->passed;
        point.critical = a->critical;
        if (const auto it = sections.find(a->id); it != sections.end()) {
            for (const auto& [name, sum] : it->second) {
                if (sum.max > 0.0) point.sectionPercent[name] = 100.0 * std::clamp(sum.points / sum.max, 0.0, 1.0);
            }
        }
        summary.curve.push_back(std::move(point));
        // A failure for the CUSUM: below the profile's pass mark, or any critical error.
        failures.push_back(a->critical || a->total < settings.passMark);
        if (a->startedUnix > 0.0 && a->finishedUnix >= a->startedUnix) {
            summary.secondsPractised += std::min(a->finishedUnix - a->startedUnix, kMaxSecondsPerAttempt);
        }
    }
    summary.cusum = learningCusum(settings.cusum, failures);
    summary.streakDays = streakDays(attempts, nowUnix);

    for (const auto& group : skills.groups()) {
        GroupProgress g;
        g.id = group.id;
        g.label = group.label;
        double masterySum = 0.0;
        int practised = 0;
        for (const auto& skill : skills.skills()) {
            if (skill.group != group.id) continue;
            SkillProgress s;
            s.id = skill.id;
            s.label = skill.label;
            s.group = skill.group;
            if (auto it = bySkill.find(skill.id); it != bySkill.end()) {
                s.memory = replaySkill(skill.bkt, settings.fsrs, mergedEvents(it->second));
            }
            if (s.memory.observations > 0) {
                s.retrievability = s.memory.retrievabilityAt(settings.fsrs, nowUnix);
                s.due = s.memory.dueAt(nowUnix);
                masterySum += s.memory.mastery;
                ++practised;
            } else {
                s.memory.mastery = skill.bkt.prior; // BKT's estimate before any practice: P(L0)
            }
            g.skills.push_back(std::move(s));
        }
        std::sort(g.skills.begin(), g.skills.end(), weaker);
        g.mastery = practised > 0 ? masterySum / practised : 0.0;
        summary.groups.push_back(std::move(g));
    }
    // Weakest first; a group not practised yet comes after every practised one, in catalogue order.
    std::stable_sort(summary.groups.begin(), summary.groups.end(), [](const GroupProgress& a, const GroupProgress& b) {
        const bool aPractised = !a.skills.empty() && a.skills.front().memory.observations > 0;
        const bool bPractised = !b.skills.empty() && b.skills.front().memory.observations > 0;
        if (aPractised != bPractised) return aPractised;
        return aPractised && a.mastery < b.mastery;
    });

    for (const auto& [zone, byAttempt] : zones) {
        ZoneErrors e;
        double lost = 0.0, available = 0.0;
        for (const auto& [attemptId, z] : byAttempt) {
            ++e.graded;
            if (z.worst == 3) ++e.tooDeep;
            if (z.worst == 2) ++e.tooShallow;
            if (z.worst == 1) ++e.other;
            lost += z.lost;
            available += z.available;
        }
        // A zone graded only by deductions (an unplanned zone) has nothing to earn: any loss is total.
        e.severity = available > 0.0 ? std::clamp(lost / available, 0.0, 1.0) : (lost > 0.0 ? 1.0 : 0.0);
        summary.errorMap[zone] = e;
    }
    return summary;
}

} // namespace core
