// Building the follow-up timeline: the seeded draw of each triggered risk,
// time points merged across outcomes and case steps, and the face layers at each.
#include "outcome/visit_timeline.hpp"

#include "base/stable_hash.hpp"
#include "outcome/outcome_match.hpp"

#include <algorithm>
#include <map>

namespace core {
namespace visit_timeline_detail {

struct TimelineSource {
    VisitOutcome outcome;
    std::vector<OutcomeStage> course; // a case step has one stage
    std::vector<std::string> treatedZones;
    std::vector<std::string> findingZones;
};

Citation resolve(const References& references, const std::vector<std::string>& refs) {
    Citation c;
    c.refs = refs;
    c.source = SharedText(shortCitations(references, refs));
    std::string full;
    for (const auto& id : refs) {
        if (const Reference* r = references.find(id)) full += (full.empty() ? "" : "\n") + fullCitation(*r);
    }
    c.citations = SharedText(full);
    c.tiers = tiersText(references, refs);
    return c;
}

std::vector<std::string> layerZones(const OutcomeLayer& layer, const TimelineSource& s) {
    switch (layer.place) {
    case LayerPlace::Treated: return s.treatedZones;
    case LayerPlace::Zones: return layer.zones;
    case LayerPlace::Finding: return s.findingZones.empty() ? s.treatedZones : s.findingZones;
    }
    return {};
}

// The stage showing at `day`: the latest at or before it, while the course lasts.
const OutcomeStage* stageAt(const std::vector<OutcomeStage>& course, int day) {
    if (course.empty() || day < course.front().at.days || day > course.back().at.days) return nullptr;
    const OutcomeStage* current = nullptr;
    for (const auto& stage : course) {
        if (stage.at.days <= day) current = &stage;
    }
    return current;
}

} // namespace visit_timeline_detail

double outcomeDraw(std::uint32_t seed, const std::string& ruleId) {
    const std::uint64_t hash = fnv1a64(std::to_string(seed) + ":" + ruleId);
    return static_cast<double>(hash >> 11) / 9007199254740992.0; // top 53 bits over 2^53: [0, 1)
}

bool VisitTimeline::normalCourseOnly() const {
    return std::all_of(outcomes.begin(), outcomes.end(), [](const VisitOutcome& o) { return !o.happened || (o.likelihood == Likelihood::Expected && !o.fromCase); });
}

const Visit* VisitTimeline::visit(int number) const {
    if (number < 1 || number > static_cast<int>(visits.size())) return nullptr;
    return &visits[static_cast<std::size_t>(number - 1)];
}

const VisitOutcome* VisitTimeline::outcome(const std::string& id) const {
    for (const auto& o : outcomes) {
        if (o.id == id) return &o;
    }
    return nullptr;
}

std::vector<const VisitOutcome*> VisitTimeline::sparedRisks() const {
    std::vector<const VisitOutcome*> out;
    for (const auto& o : outcomes) {
        if (!o.happened) out.push_back(&o);
    }
    return out;
}

VisitTimeline buildVisitTimeline(const Case& c, const Attempt& a, const Protocol& p, const ReferenceData& data) {
    using namespace visit_timeline_detail;
    VisitTimeline timeline;
    timeline.seed = a.visitSeed;
    std::vector<TimelineSource> sources;
    for (const auto& t : triggeredOutcomes(OutcomeFacts{c, a, p, data.catalogue})) {
        TimelineSource s;
        s.outcome.id = t.rule->id;
        s.outcome.label = t.rule->label;
        s.outcome.likelihood = t.rule->likelihood;
        s.outcome.draw = outcomeDraw(a.visitSeed, t.rule->id);
        s.outcome.happened = s.outcome.draw < likelihoodChance(t.rule->likelihood);
        s.outcome.why = describeCondition(t.rule->when);
        s.outcome.manage = &t.rule->manage;
        s.outcome.citation = t.rule->citation;
        s.course = t.rule->course;
        s.treatedZones = t.treatedZones;
        s.findingZones = t.findingZones;
        sources.push_back(std::move(s));
    }
    std::vector<std::string> caseRefs;
    for (const auto& source : c.sources) {
        if (!source.ref.empty()) caseRefs.push_back(source.ref);
    }
    for (const auto& step : c.visits) {
        TimelineSource s;
        s.outcome.id = step.id;
        s.outcome.label = step.label;
        s.outcome.fromCase = true;
        s.outcome.why = "the case's own follow-up step";
        s.outcome.manage = &step.manage;
        s.outcome.citation = resolve(data.references, step.refs.empty() ? caseRefs : step.refs);
        s.course = {step.stage};
        s.treatedZones = treatedZoneIds(a);
        sources.push_back(std::move(s));
    }
    // Time points: every stage of every outcome that happened, merged by day.
    std::map<int, VisitTime> times;
    for (const auto& s : sources) {
        if (!s.outcome.happened) continue;
        for (const auto& stage : s.course) {
            auto [it, added] = times.emplace(stage.at.days, stage.at);
            if (!added && !stage.at.inWeeks) it->second.inWeeks = false; // "Day 14" when any stage says days
        }
    }
    for (const auto& [day, time] : times) {
        Visit v;
        v.number = static_cast<int>(timeline.visits.size()) + 1;
        v.at = time;
        v.label = visitTimeLabel(time);
        std::vector<SkinLayer> outcomeLayers;
        for (auto& s : sources) {
            if (!s.outcome.happened) continue;
            if (s.course.front().at.days == day) {
                v.newOutcomes.push_back(s.outcome.id);
                s.outcome.firstVisit = v.number;
            }
            for (const auto& stage : s.course) {
                if (stage.at.days == day) v.messages.push_back({s.outcome.id, stage.clientSays, stage.practitionerSees});
            }
            const OutcomeStage* now = stageAt(s.course, day);
            if (!now) continue;
            for (const auto& layer : now->layers) {
                for (const auto& zone : layerZones(layer, s)) {
                    SkinLayer drawn;
                    drawn.kindName = layer.kindName;
                    drawn.kind = skinKindFromName(layer.kindName);
                    drawn.zone = zone;
                    drawn.severity = layer.severity;
                    drawn.seen = now->practitionerSees;
                    outcomeLayers.push_back(std::move(drawn));
                    if (std::find(v.affectedZones.begin(), v.affectedZones.end(), zone) == v.affectedZones.end()) v.affectedZones.push_back(zone);
                }
            }
        }
        // The outcome is what this visit is about: its layers win the shader's slots.
        outcomeLayers.resize(std::min(outcomeLayers.size(), kMaxSkinLayers));
        const std::size_t caseRoom = kMaxSkinLayers - outcomeLayers.size();
        v.skin.assign(c.skin.begin(), c.skin.begin() + static_cast<std::ptrdiff_t>(std::min(caseRoom, c.skin.size())));
        v.skin.insert(v.skin.end(), outcomeLayers.begin(), outcomeLayers.end());
        timeline.visits.push_back(std::move(v));
    }
    for (auto& s : sources) timeline.outcomes.push_back(std::move(s.outcome));
    return timeline;
}

} // namespace core
