// Evaluating outcome conditions against an attempt: one switch over the
// declarative tests, and the list of rules an attempt triggers.
#include "outcome/outcome_match.hpp"

#include "base/ascii_text.hpp"

#include <algorithm>

namespace core {
namespace outcome_match_detail {

bool treating(const Attempt& a) { return a.decisionGiven && isTreatingDecision(a.decision); }

// Treated zones: only a decision to needle today needles anything.
template <typename Fn> bool anyTreatedZone(const Attempt& a, Fn test) {
    if (!treating(a)) return false;
    return std::any_of(a.zones.begin(), a.zones.end(), [&](const AttemptZone& z) { return z.action == ZoneAction::Treat && test(z); });
}

bool mentions(const Client& client, const std::vector<std::string>& words) {
    std::string text = asciiLowered(client.concerns + "\n" + client.intakeNotes);
    for (const auto& list : {&client.medicalHistory, &client.medications, &client.allergies}) {
        for (const auto& entry : *list) text += "\n" + asciiLowered(entry);
    }
    for (const auto& r : client.recentTreatments) text += "\n" + asciiLowered(r.what);
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return text.find(asciiLowered(w)) != std::string::npos; });
}

bool overFinding(const OutcomeFacts& f, const OutcomeCondition& c, std::vector<std::string>* zonesOut) {
    bool any = false;
    for (const auto& finding : f.c.findings) {
        if (finding.type != c.id) continue;
        const AttemptZone* z = f.a.zone(finding.zone);
        if (!treating(f.a) || !z || z->action != ZoneAction::Treat) continue;
        if (std::find(z->exclude.begin(), z->exclude.end(), finding.id) != z->exclude.end()) continue;
        if (c.number > 0.0 && !(z->depthMm && *z->depthMm > c.number + 1e-9)) continue;
        any = true;
        if (zonesOut && std::find(zonesOut->begin(), zonesOut->end(), finding.zone) == zonesOut->end()) zonesOut->push_back(finding.zone);
    }
    return any;
}

// The zones of every treated_over_finding leaf that holds (for layers placed on the finding).
void collectFindingZones(const OutcomeCondition& c, const OutcomeFacts& f, std::vector<std::string>& zones) {
    if (c.test == ConditionTest::TreatedOverFinding) overFinding(f, c, &zones);
    if (c.test == ConditionTest::Not) return; // a negated finding has no zones to draw
    for (const auto& child : c.children) collectFindingZones(child, f, zones);
}

} // namespace outcome_match_detail

bool conditionHolds(const OutcomeCondition& c, const OutcomeFacts& f) {
    using namespace outcome_match_detail;
    const auto& key = f.c.key;
    switch (c.test) {
    case ConditionTest::Treating: return treating(f.a) == c.expected;
    case ConditionTest::ClientHas:
        return std::any_of(key.contraindications.begin(), key.contraindications.end(), [&](const KeyFlag& k) { return k.id == c.id; });
    case ConditionTest::Flagged: return f.a.flagged(c.id);
    case ConditionTest::FitzpatrickAtLeast: return f.c.client.fitzpatrick >= static_cast<int>(c.number);
    case ConditionTest::Endpoint: return anyTreatedZone(f.a, [&](const AttemptZone& z) { return z.endpoint && c.endpoint && *z.endpoint == *c.endpoint; });
    case ConditionTest::DepthAtLeastMm: return anyTreatedZone(f.a, [&](const AttemptZone& z) { return z.depthMm && *z.depthMm + 1e-9 >= c.number; });
    case ConditionTest::DeeperThanZoneMax:
        return anyTreatedZone(f.a, [&](const AttemptZone& z) { return z.depthMm && *z.depthMm > f.p.safetyMax(z.zone) + 1e-9; }) == c.expected;
    case ConditionTest::PassesAbove: return anyTreatedZone(f.a, [&](const AttemptZone& z) { return z.passes && *z.passes > static_cast<int>(c.number); });
    case ConditionTest::Aftercare: return treating(f.a) && f.a.choseAftercare(c.id);
    case ConditionTest::Advised: return (treating(f.a) && f.a.choseAftercare(c.id)) || f.a.gaveAdvice(c.id);
    case ConditionTest::TreatedOverFinding: return overFinding(f, c, nullptr);
    case ConditionTest::Recent:
        return std::any_of(f.c.client.recentTreatments.begin(), f.c.client.recentTreatments.end(),
                           [&](const RecentTreatment& r) { return c.recentKind && r.kind == *c.recentKind && r.weeksAgo <= c.number + 1e-9; });
    case ConditionTest::IntakeMentions: return mentions(f.c.client, c.words);
    case ConditionTest::All: return std::all_of(c.children.begin(), c.children.end(), [&](const OutcomeCondition& x) { return conditionHolds(x, f); });
    case ConditionTest::Any: return std::any_of(c.children.begin(), c.children.end(), [&](const OutcomeCondition& x) { return conditionHolds(x, f); });
    case ConditionTest::Not: return !c.children.empty() && !conditionHolds(c.children.front(), f);
    }
    return false;
}

std::vector<std::string> treatedZoneIds(const Attempt& a) {
    std::vector<std::string> ids;
    if (!outcome_match_detail::treating(a)) return ids;
    for (const auto& z : a.zones) {
        if (z.action == ZoneAction::Treat) ids.push_back(z.zone);
    }
    return ids;
}

std::vector<TriggeredOutcome> triggeredOutcomes(const OutcomeFacts& facts) {
    std::vector<TriggeredOutcome> out;
    for (const auto& rule : facts.catalogue.outcomes) {
        if (!conditionHolds(rule.when, facts)) continue;
        TriggeredOutcome t;
        t.rule = &rule;
        t.treatedZones = treatedZoneIds(facts.a);
        outcome_match_detail::collectFindingZones(rule.when, facts, t.findingZones);
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace core
