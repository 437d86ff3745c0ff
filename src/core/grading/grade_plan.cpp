// Plan: which zones were treated or avoided, and depth, patterns, passes and
// endpoint per treated zone.
// Rules (README "Scoring rules"; the profile's depth bands, passes and patterns):
//  - a zone the key avoids earns 1 point when left alone; treating it (or any
//    no-go area) is critical;
//  - a zone the key treats is worth 6: 1 for treating it, 2 for depth (full
//    inside the band, `depth_near_credit` within `depth_near_mm` of it, else 0),
//    1 for patterns (in proportion to the required ones chosen), 1 for passes
//    (full in range, `passes_near_credit` one pass out), 1 for the endpoint.
//    Skipping it loses all six;
//  - treating a zone outside the plan costs 1 point;
//  - deeper than the zone's safety maximum, over a filler site's depth cap, or
//    outside a zone's skin-type limit is critical;
//  - when the decision to treat was itself critical, every plan point is void.
#include "grading/grading_context.hpp"

#include "validation/case_checks.hpp"

#include <algorithm>
#include <cmath>

namespace core::grading {
namespace {

constexpr double kTreatPoints = 1.0;
constexpr double kDepthPoints = 2.0;
constexpr double kPatternPoints = 1.0;
constexpr double kPassesPoints = 1.0;
constexpr double kEndpointPoints = 1.0;
constexpr double kUnplannedPenalty = 1.0;
constexpr double kEpsilon = 1e-9;

// A profile rule's short citation, or `fallback` for a profile that cites nothing.
const SharedText& sourceOr(const Citation& citation, const SharedText& fallback) {
    return citation.source.empty() ? fallback : citation.source;
}
const SharedText kTechniqueFallback("Pen technique: vertical, horizontal and oblique passes, up to three over an area");
const SharedText kEndpointFallback("Clinical endpoint: erythema for superficial work, pinpoint bleeding for deep work");
std::string tiersOr(const Citation& citation, const char* fallback) { return citation.tiers.empty() ? std::string(fallback) : citation.tiers; }
const SharedText& caseKeySource() {
    static const SharedText s("Case key");
    return s;
}

// A rule the case key sets cites the case's own sources, when it has some.
void citeCase(const Context& ctx, LineItem& line) {
    const CaseCitations& cited = ctx.cited;
    if (cited.source.empty()) return;
    line.source = SharedText("Case key, from " + cited.source.str());
    line.citations = cited.citations;
    line.tier = cited.tiers;
}

const std::string& zoneLabel(const Context& ctx, const std::string& id) {
    const Zone* z = ctx.data.zones.find(id);
    return z ? z->label : id;
}

void gradeDepth(Context& ctx, const KeyZone& key, const AttemptZone& given, const std::optional<Band>& band) {
    const ZoneProfile* profile = ctx.p.zone(key.zone);
    static const SharedText profileSource("Protocol profile depth table");
    static const SharedText caseBandSource("Case key: depth band set for this case");
    SharedText source = profile && !profile->source.empty() ? profile->source : profileSource;
    SharedText citations = profile ? profile->citations : SharedText();
    std::string tier = profile ? toString(profile->tier) : "IND";
    if (profile && key.bandKind) {
        // A band with sources of its own (melasma on the cheek) cites them, not the zone's.
        if (const auto it = profile->bandCitations.find(*key.bandKind); it != profile->bandCitations.end() && !it->second.source.empty()) {
            source = it->second.source;
            citations = it->second.citations;
            tier = it->second.tiers;
        }
    }
    if (key.depthMm) { // the case set its own band; the profile's citation would not apply
        const CaseCitations& cited = ctx.cited;
        source = cited.source.empty() ? caseBandSource : SharedText("Case key, from " + cited.source.str());
        citations = cited.citations;
        tier = cited.tiers.empty() ? "IND" : cited.tiers;
    }

    const std::string givenText = given.depthMm ? mm(*given.depthMm) : "none";
    if (!band) {
        ctx.add(Section::Plan, "zone", key.zone, "depth", "no band in profile " + ctx.p.id, givenText, 0.0, 0.0,
                "This profile defines no band for this zone and indication, so depth is not graded here.", {}, source, tier)
            .citations = citations;
        return;
    }
    const Band b = *effectiveBand(key, ctx.p);
    double points = 0.0;
    const char* verdict = "";
    if (!given.depthMm) {
        verdict = "No depth given.";
        ctx.zone(key.zone, ZoneVerdict::Technique);
    } else {
        const double d = *given.depthMm;
        const double distance = d < b.min ? b.min - d : (d > b.max ? d - b.max : 0.0);
        if (distance > kEpsilon) ctx.zone(key.zone, d < b.min ? ZoneVerdict::TooShallow : ZoneVerdict::TooDeep);
        if (distance <= kEpsilon) {
            points = kDepthPoints;
            verdict = "Inside the band.";
        } else if (distance <= ctx.p.scoring.depthNearMm + kEpsilon) {
            points = kDepthPoints * ctx.p.scoring.depthNearCredit;
            verdict = d < b.min ? "Slightly too shallow: partial credit." : "Slightly too deep: partial credit.";
        } else {
            verdict = d < b.min ? "Too shallow to reach the target layer." : "Too deep for this zone and indication.";
        }
    }
    ctx.add(Section::Plan, "zone", key.zone, "depth", bandText(b), givenText, points, kDepthPoints,
            verdict, firstOf(key.feedback, profile ? profile->note : SharedText()), source, tier)
        .citations = citations;
}

void gradePatterns(Context& ctx, const KeyZone& key, const AttemptZone& given) {
    const auto& required = key.patterns ? *key.patterns : ctx.p.planDefaults.patterns;
    if (required.empty()) return;
    const auto chosen = static_cast<double>(std::count_if(required.begin(), required.end(), [&](Pattern p) {
        return std::find(given.patterns.begin(), given.patterns.end(), p) != given.patterns.end();
    }));
    const double points = kPatternPoints * chosen / static_cast<double>(required.size());
    const bool all = chosen == static_cast<double>(required.size());
    if (!all) ctx.zone(key.zone, ZoneVerdict::Technique);
    ctx.add(Section::Plan, "zone", key.zone, "patterns", patternsText(required), patternsText(given.patterns), points,
            kPatternPoints,
            all ? "All required directions covered." : "Each direction lays channels across a different axis; missing one leaves uneven coverage.",
            SharedText(), sourceOr(ctx.p.planDefaults.technique, kTechniqueFallback), tiersOr(ctx.p.planDefaults.technique, "SEED"))
        .citations = ctx.p.planDefaults.technique.citations;
}

void gradePasses(Context& ctx, const KeyZone& key, const AttemptZone& given) {
    const IntRange range = key.passes ? *key.passes : ctx.p.planDefaults.passes;
    double points = 0.0;
    const char* verdict = "No number of passes given.";
    if (given.passes) {
        const int n = *given.passes;
        const int distance = n < range.min ? range.min - n : (n > range.max ? n - range.max : 0);
        if (distance == 0) {
            points = kPassesPoints;
            verdict = "In range.";
        } else if (distance == 1) {
            points = kPassesPoints * ctx.p.scoring.passesNearCredit;
            verdict = n > range.max ? "One pass too many: over-treatment risks tram-track marks and prolonged redness."
                                    : "One pass short of the range.";
        } else {
            verdict = n > range.max ? "Far too many passes: over-treatment." : "Too few passes to reach the endpoint.";
        }
    }
    if (points < kPassesPoints) ctx.zone(key.zone, ZoneVerdict::Technique);
    ctx.add(Section::Plan, "zone", key.zone, "passes", rangeText(range, "passes"),
            given.passes ? std::to_string(*given.passes) : "none", points, kPassesPoints, verdict, SharedText(), sourceOr(ctx.p.planDefaults.technique, kTechniqueFallback),
            tiersOr(ctx.p.planDefaults.technique, "SEED"))
        .citations = ctx.p.planDefaults.technique.citations;
}

void gradeEndpoint(Context& ctx, const KeyZone& key, const AttemptZone& given, const std::optional<Band>& band) {
    if (!band && !key.endpoint) return;
    const Endpoint expected = band ? resolvedEndpoint(key, *effectiveBand(key, ctx.p), ctx.p) : *key.endpoint;
    const bool right = given.endpoint && *given.endpoint == expected;
    if (!right) ctx.zone(key.zone, ZoneVerdict::Technique);
    ctx.add(Section::Plan, "zone", key.zone, "endpoint", toString(expected),
            given.endpoint ? toString(*given.endpoint) : "none", right ? kEndpointPoints : 0.0, kEndpointPoints,
            right ? "Right endpoint." : "Wrong endpoint: erythema marks superficial work, pinpoint bleeding deeper work from 1 mm.",
            SharedText(), sourceOr(ctx.p.planDefaults.endpoint, kEndpointFallback), tiersOr(ctx.p.planDefaults.endpoint, "IND, SEED"))
        .citations = ctx.p.planDefaults.endpoint.citations;
}

void gradeTreatedKeyZone(Context& ctx, const KeyZone& key) {
    const AttemptZone* given = ctx.a.zone(key.zone);
    const bool treated = given && given->action == ZoneAction::Treat;
    citeCase(ctx, ctx.add(Section::Plan, "zone", key.zone, "treat", "treat", treated ? "treat" : (given ? "avoid" : "not planned"),
                          treated ? kTreatPoints : 0.0, kTreatPoints,
                          treated ? "Zone included in the plan." : "This zone should have been treated; its plan points are lost.",
                          SharedText(), caseKeySource(), "IND"));
    ctx.zone(key.zone, treated ? ZoneVerdict::Correct : ZoneVerdict::Missed);
    const auto band = resolvedBand(key, ctx.p);
    if (!treated) {
        // Skipping the zone forfeits its technique points too; list them so the maximum is honest.
        AttemptZone none;
        none.zone = key.zone;
        gradeDepth(ctx, key, none, band);
        gradePatterns(ctx, key, none);
        gradePasses(ctx, key, none);
        gradeEndpoint(ctx, key, none, band);
        return;
    }
    gradeDepth(ctx, key, *given, band);
    gradePatterns(ctx, key, *given);
    gradePasses(ctx, key, *given);
    gradeEndpoint(ctx, key, *given, band);
}

void gradeAvoidedKeyZone(Context& ctx, const KeyZone& key) {
    const AttemptZone* given = ctx.a.zone(key.zone);
    const bool treated = given && given->action == ZoneAction::Treat;
    const std::string& label = zoneLabel(ctx, key.zone);
    citeCase(ctx, ctx.add(Section::Plan, "zone", key.zone, "avoid", "avoid", treated ? "treated" : "avoided", treated ? 0.0 : 1.0, 1.0,
                          treated ? "This zone had to be avoided." : "Correctly left alone.", firstOf(key.feedback, key.reason),
                          caseKeySource(), "IND"));
    ctx.zone(key.zone, treated ? ZoneVerdict::MustAvoid : ZoneVerdict::Correct);
    if (treated && ctx.p.critical.treatedAvoidZone) {
        ctx.critical("treated_avoid_zone:" + key.zone,
                     "Treated the " + label + ", which had to be avoided" + (key.reason.empty() ? std::string(".") : ": " + key.reason.str()));
    }
}

// Safety limits apply to every treated zone, in the key or not.
void checkSafetyLimits(Context& ctx, const AttemptZone& z) {
    const Zone* zone = ctx.data.zones.find(z.zone);
    if (!zone || zone->noGo || !z.depthMm) return;
    const std::string& label = zone->label;
    const double max = ctx.p.safetyMax(z.zone);
    // The zone's verdict follows the finding whether or not this profile makes it critical.
    if (*z.depthMm > max + kEpsilon) ctx.zone(z.zone, ZoneVerdict::TooDeep);
    if (*z.depthMm > max + kEpsilon && ctx.p.critical.deeperThanSafetyMax) {
        ctx.critical("deeper_than_safety_max:" + z.zone, "Needled the " + label + " at " + mm(*z.depthMm) + ", past its safety maximum of " +
                                                             mm(max) + " in profile \"" + ctx.p.id + "\".");
    }
    for (const auto& f : ctx.c.findings) {
        const bool overFiller = f.zone == z.zone && f.type == "filler_site" && *z.depthMm > ctx.p.modifiers.fillerCapMm + kEpsilon;
        if (overFiller) ctx.zone(z.zone, ZoneVerdict::TooDeep);
        if (overFiller && ctx.p.critical.overFillerCap) {
            ctx.critical("over_filler_cap:" + z.zone, "Needled over the filler site in the " + label + " at " + mm(*z.depthMm) +
                                                          "; over filler stay at or under " + mm(ctx.p.modifiers.fillerCapMm) + ".");
        }
    }
    if (const FitzpatrickLimit* limit = ctx.p.fitzpatrickLimit(z.zone)) {
        const int type = ctx.c.client.fitzpatrick;
        if (type < limit->min || type > limit->max) ctx.zone(z.zone, ZoneVerdict::MustAvoid);
        if ((type < limit->min || type > limit->max) && ctx.p.critical.treatedAvoidZone) {
            ctx.critical("outside_skin_type_limit:" + z.zone,
                         "Profile \"" + ctx.p.id + "\" allows the " + label + " only for Fitzpatrick " + std::to_string(limit->min) + "-" +
                             std::to_string(limit->max) + " (" + limit->source.str() + "); this client is type " + std::to_string(type) + ".");
        }
    }
}

void gradeUnplannedZones(Context& ctx) {
    for (const auto& z : ctx.a.zones) {
        if (z.action != ZoneAction::Treat || ctx.c.key.zone(z.zone)) continue;
        const Zone* zone = ctx.data.zones.find(z.zone);
        const std::string label = zone ? zone->label : z.zone;
        const std::string given = "treated" + (z.depthMm ? " at " + mm(*z.depthMm) : std::string());
        if (zone && zone->noGo) {
            ctx.zone(z.zone, ZoneVerdict::MustAvoid);
            ctx.add(Section::Plan, "zone", z.zone, "no_go", "never treat", given, 0.0, 0.0,
                    "No-go area: needles here can injure the eye, the lip's vermilion or the nostril lining.", SharedText(),
                    SharedText("No-go areas of the face map (assets/zones.json): eyes, lips' vermilion, nostrils"), "IND");
            if (ctx.p.critical.treatedAvoidZone) ctx.critical("treated_no_go:" + z.zone, "Treated a no-go area: the " + label + ".");
            continue;
        }
        ctx.zone(z.zone, ZoneVerdict::Unplanned);
        citeCase(ctx, ctx.add(Section::Plan, "zone", z.zone, "unplanned", "not part of this plan", given, -kUnplannedPenalty, 0.0,
                              "The client did not need this zone treated; extra zones add trauma and downtime without benefit.",
                              SharedText(), caseKeySource(), "IND"));
    }
}

} // namespace

void gradePlan(Context& ctx) {
    const std::size_t firstPlanItem = ctx.report.items.size();
    for (const auto& key : ctx.c.key.zones) {
        if (key.action == ZoneAction::Treat) {
            gradeTreatedKeyZone(ctx, key);
        } else {
            gradeAvoidedKeyZone(ctx, key);
        }
    }
    gradeUnplannedZones(ctx);
    for (const auto& z : ctx.a.zones) {
        if (z.action == ZoneAction::Treat) checkSafetyLimits(ctx, z);
    }
    if (ctx.report.hasCritical("treated_when_key_defers")) {
        for (std::size_t i = firstPlanItem; i < ctx.report.items.size(); ++i) {
            auto& item = ctx.report.items[i];
            item.points = std::min(item.points, 0.0);
            item.voided = true;
        }
    }
}

} // namespace core::grading
