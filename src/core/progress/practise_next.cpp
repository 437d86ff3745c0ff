// Practise next: scores each case by the due and weak skills it trains,
// rests the cases just practised, and picks a session of distinct cases.
#include "progress/practise_next.hpp"

#include "base/ascii_text.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace core {
namespace practise_next_detail {

constexpr double kSecondsPerDay = 86400.0;
// A skill never practised counts half a fully forgotten one: new ground, but what is due comes first.
constexpr double kNewSkillWeight = 0.5;
// A skill the session already trains counts half again in the next pick, so a session covers more skills.
constexpr double kCoveredWeight = 0.5;
// A case practised just now keeps this share of its score, rising to all of it after kRestDays:
// replaying a case from memory trains recall of the case, not the skill. (Three days let a
// scripted month cycle through ten cases; a week, through twenty, weak skills still first.)
constexpr double kJustPractisedShare = 0.2;
constexpr double kRestDays = 7.0;

struct Contribution {
    const SkillProgress* skill = nullptr; // null: the skill is not in the progress summary (never practised)
    std::string id;
    double value = 0.0;
};

// Due: 1, plus how weak it is: (1 - mastery) + (1 - retrievability); never practised: kNewSkillWeight.
double weakness(const SkillProgress* s) {
    if (!s || s->memory.observations == 0) return kNewSkillWeight;
    return (s->due ? 1.0 : 0.0) + (1.0 - s->memory.mastery) + (1.0 - s->retrievability);
}

double restShare(double lastPractisedUnix, double nowUnix) {
    if (lastPractisedUnix <= 0.0) return 1.0;
    const double days = std::max(0.0, nowUnix - lastPractisedUnix) / kSecondsPerDay;
    return kJustPractisedShare + (1.0 - kJustPractisedShare) * std::min(1.0, days / kRestDays);
}

std::string describe(const Contribution& c) {
    if (!c.skill) return c.id + " new";
    const std::string label = lowerFirstInSentence(c.skill->label.empty() ? c.skill->id : c.skill->label);
    if (c.skill->memory.observations == 0) return label + " new";
    if (c.skill->due) return label + " due";
    return label + " " + std::to_string(static_cast<int>(std::lround(100.0 * c.skill->memory.mastery))) + "%";
}

} // namespace practise_next_detail

std::vector<NextPick> practiseNext(const ProgressSummary& progress, const std::vector<CaseSkills>& cases, std::size_t sessionSize, double nowUnix) {
    LastPractised lastPractised;
    for (const auto& p : progress.curve) {
        auto [it, inserted] = lastPractised.try_emplace(p.caseId, p.atUnix);
        if (!inserted) it->second = std::max(it->second, p.atUnix);
    }
    return practiseNext(progress.groups, lastPractised, cases, sessionSize, nowUnix);
}

std::vector<NextPick> practiseNext(const std::vector<GroupProgress>& groups, const LastPractised& lastPractised, const std::vector<CaseSkills>& cases,
                                   std::size_t sessionSize, double nowUnix) {
    using namespace practise_next_detail;
    std::unordered_map<std::string, const SkillProgress*> skills;
    for (const auto& g : groups) {
        for (const auto& s : g.skills) skills[s.id] = &s;
    }

    std::vector<NextPick> picks;
    std::unordered_set<std::string> covered;
    std::vector<bool> taken(cases.size(), false);
    while (picks.size() < sessionSize) {
        std::size_t best = cases.size();
        double bestScore = -1.0;
        std::vector<Contribution> bestParts;
        for (std::size_t i = 0; i < cases.size(); ++i) {
            if (taken[i]) continue;
            const CaseSkills& c = cases[i];
            std::vector<Contribution> parts;
            double sum = 0.0;
            std::unordered_set<std::string> seen;
            for (const auto& id : c.skills) {
                if (!seen.insert(id).second) continue;
                const auto it = skills.find(id);
                Contribution part{it == skills.end() ? nullptr : it->second, id, 0.0};
                part.value = weakness(part.skill) * (covered.count(id) ? kCoveredWeight : 1.0);
                sum += part.value;
                parts.push_back(std::move(part));
            }
            const auto last = lastPractised.find(c.caseId);
            const double score = sum * restShare(last == lastPractised.end() ? 0.0 : last->second, nowUnix);
            // Ties go to the case id first in order, so the pick is the same on every machine.
            if (score > bestScore + 1e-12 || (std::abs(score - bestScore) <= 1e-12 && best < cases.size() && c.caseId < cases[best].caseId)) {
                best = i;
                bestScore = score;
                bestParts = std::move(parts);
            }
        }
        if (best == cases.size()) break;
        taken[best] = true;
        // The reason names the two skills that weigh most: what is due first, then the weakest.
        std::stable_sort(bestParts.begin(), bestParts.end(), [](const Contribution& a, const Contribution& b) { return a.value > b.value; });
        std::string reason;
        for (std::size_t k = 0; k < bestParts.size() && k < 2; ++k) reason += (k ? ", " : "") + describe(bestParts[k]);
        picks.push_back(NextPick{cases[best].caseId, reason, bestScore});
        for (const auto& id : cases[best].skills) covered.insert(id);
    }
    return picks;
}

} // namespace core
