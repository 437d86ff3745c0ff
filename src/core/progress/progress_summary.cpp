// A trainee's progress summary, worked out from the store's rows: curve,
// CUSUM, mastery by group (weakest first), error map, time and streak.
#include "progress/progress_summary.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace core {
namespace progress_summary_detail {

constexpr double kSecondsPerDay = 86400.0;

bool weaker(const SkillProgress& a, const SkillProgress& b) {
    const bool aPractised = a.memory.observations > 0;
    const bool bPractised = b.memory.observations > 0;
    if (aPractised != bPractised) return aPractised; // practised skills first: their estimate means something
    if (a.memory.mastery != b.memory.mastery) return a.memory.mastery < b.memory.mastery;
    if (a.retrievability != b.retrievability) return a.retrievability < b.retrievability;
    return a.id < b.id;
}

long dayOf(double unix) { return static_cast<long>(std::floor(unix / kSecondsPerDay)); }

// `curve` is in time order: walked back from today, it reads only the streak's days, not every attempt.
// (ProgressStore::streakDays is the same walk as index probes.)
int streakDays(const std::vector<DigestAttempt>& curve, double nowUnix) {
    const auto dayAt = [&](std::size_t i) { return dayOf(curve[i - 1].point.atUnix); };
    long day = dayOf(nowUnix);
    std::size_t i = curve.size();
    while (i > 0 && dayAt(i) > day) --i; // attempts dated after now do not count
    if (i == 0 || dayAt(i) != day) --day; // a streak is not broken until a whole day passes without practice
    int streak = 0;
    while (i > 0 && dayAt(i) == day) {
        ++streak;
        while (i > 0 && dayAt(i) == day) --i;
        --day;
    }
    return streak;
}

} // namespace progress_summary_detail

std::vector<GroupProgress> skillProgress(const ProgressDigest& digest, const SkillMap& skills, const ProgressSettings& settings, double nowUnix) {
    using progress_summary_detail::weaker;
    std::vector<GroupProgress> groups;
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
            const auto events = digest.skillEvents.find(skill.id);
            if (const auto cached = digest.skillStates.find(skill.id); cached != digest.skillStates.end()) {
                // The state saved after the earlier events, then only the newer ones (the same as replaying all).
                s.memory = cached->second.memory;
                if (events != digest.skillEvents.end()) {
                    for (const auto& event : events->second) s.memory = applySkillEvent(skill.bkt, settings.fsrs, s.memory, event);
                }
            } else if (events != digest.skillEvents.end()) {
                s.memory = replaySkill(skill.bkt, settings.fsrs, events->second);
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
        groups.push_back(std::move(g));
    }
    // Weakest first; a group not practised yet comes after every practised one, in catalogue order.
    std::stable_sort(groups.begin(), groups.end(), [](const GroupProgress& a, const GroupProgress& b) {
        const bool aPractised = !a.skills.empty() && a.skills.front().memory.observations > 0;
        const bool bPractised = !b.skills.empty() && b.skills.front().memory.observations > 0;
        if (aPractised != bPractised) return aPractised;
        return aPractised && a.mastery < b.mastery;
    });
    return groups;
}

std::vector<Section> curveSections(const ProgressSummary& summary) {
    std::vector<Section> out;
    for (const Section s : sectionsByName()) {
        if (std::any_of(summary.buckets.begin(), summary.buckets.end(), [s](const CurveBucket& b) { return b.graded(s); })) out.push_back(s);
    }
    return out;
}

ProgressSummary summariseProgress(const std::vector<StoredAttempt>& attempts, const std::vector<OutcomeRow>& outcomes, const SkillMap& skills,
                                  const ProgressSettings& settings, double nowUnix, CurveDetail detail) {
    return summariseDigest(digestOfRows(attempts, outcomes), skills, settings, nowUnix, detail);
}

ProgressSummary summariseDigest(ProgressDigest digest, const SkillMap& skills, const ProgressSettings& settings, double nowUnix, CurveDetail detail) {
    using namespace progress_summary_detail;
    std::vector<DigestAttempt>& attempts = digest.attempts;
    ProgressSummary summary;
    summary.passMark = settings.passMark;

    // The store reads them in curve order; anything else is put in it.
    const auto inCurveOrder = [](const DigestAttempt& a, const DigestAttempt& b) {
        return a.point.atUnix != b.point.atUnix ? a.point.atUnix < b.point.atUnix : a.point.attemptId < b.point.attemptId;
    };
    if (!std::is_sorted(attempts.begin(), attempts.end(), inCurveOrder)) std::stable_sort(attempts.begin(), attempts.end(), inCurveOrder);
    // Without stored blocks the digest holds every attempt: the blocks (and the streak) come from them.
    if (digest.blocks.empty()) digest.blocks = curveBlocksOf(attempts);

    std::size_t count = 0;
    for (const CurveBlock& block : digest.blocks) {
        count += static_cast<std::size_t>(block.attempts);
        summary.secondsPractised += block.secondsPractised;
    }
    summary.attempts = static_cast<int>(count);
    // A failure for the CUSUM: the report's own verdict (its case's profile, the screening
    // floor, critical errors), or a total below the pass mark the progress settings ask for.
    summary.cusum = learningCusum(settings.cusum, curveFailures(digest.blocks, settings.passMark));
    summary.buckets = curveBuckets(digest.blocks, summary.cusum.values);

    summary.streakDays = digest.streakDays ? *digest.streakDays : streakDays(attempts, nowUnix);
    std::size_t keep = attempts.size();
    if (detail == CurveDetail::Latest) keep = std::min(keep, kExactCurvePoints);
    summary.curve.reserve(keep);
    for (std::size_t i = attempts.size() - keep; i < attempts.size(); ++i) summary.curve.push_back(std::move(attempts[i].point));
    summary.curveFirst = count >= summary.curve.size() ? count - summary.curve.size() : 0;

    summary.groups = skillProgress(digest, skills, settings, nowUnix);

    for (const auto& [zone, totals] : digest.zones) {
        ZoneErrors e;
        e.graded = totals.graded;
        e.tooDeep = totals.tooDeep;
        e.tooShallow = totals.tooShallow;
        e.other = totals.other;
        const double lost = totals.lost;
        const double available = totals.available;
        // A zone graded only by deductions (an unplanned zone) has nothing to earn: any loss is total.
        e.severity = available > 0.0 ? std::clamp(lost / available, 0.0, 1.0) : (lost > 0.0 ? 1.0 : 0.0);
        summary.errorMap[zone] = e;
    }
    return summary;
}

} // namespace core
