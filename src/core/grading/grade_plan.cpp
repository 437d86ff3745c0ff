// Plan: which zones were treated or avoided, and depth, patterns, passes and
// endpoint per treated zone.
// Rules (README "Scoring rules"; the profile's depth bands, passes and patterns):
//  - a zone the key avoids earns 1 point only when the trainee chose to avoid it
//    (leaving it out of the plan is not a choice); treating it (or any no-go
//    area) is critical, unless its only lesions are ones that may be needled
//    around and the trainee excluded each of them (a mole, with a margin);
//  - a zone the key treats over a filler site may instead be avoided, for full
//    credit: the sources say "cap the depth or avoid";
//  - a zone the key treats is worth 6: 1 for treating it, 2 for depth (full
//    inside the band, `depth_near_credit` within `depth_near_mm` of it, else 0),
//    1 for patterns (in proportion to the required ones chosen), 1 for passes
//    (full in range, `passes_near_credit` one pass out), 1 for the endpoint.
//    Skipping it loses all six;
//  - treating a zone outside the plan costs 1 point;
//  - endpoint: the key's set, else erythema below `bleeding_min_mm`, pinpoint
//    bleeding from it, either for a band that spans it;
//  - the band is capped at `skin_type.shallow_cap_mm` for shallow band kinds
//    from `shallow_from_type` (PIH risk; Cohen and Elbuluk 2016);
//  - critical, for every treated zone whatever the decision, each from the
//    face map or the profile: deeper than the zone's safety maximum; over a
//    filler site's depth cap; outside a zone's skin-type limit; over a finding
//    that may not be needled (cold sore, rash, wart, suspicious lesion; a mole or
//    tattoo not excluded); the toxin site inside its wait; pigmentation work
//    past the shallow cap on darker skin; pinpoint bleeding in the profile's
//    `bleeding_over_treatment_bands` (rejuvenation, pigmentation: not scar or
//    scalp work) from `bleeding_over_treatment_from_type`; more passes than a thin zone's
//    `critical_passes_above`;
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
        ctx.add(Section::Plan, "zone", key.zone, "depth", "no band in profile \"" + ctx.p.shownName() + "\"", givenText, 0.0, 0.0,
                "This profile defines no band for this zone and indication, so depth is not graded here.", {}, source, tier)
            .citations = citations;
        return;
    }
    const Band b = *effectiveBand(key, ctx.p, ctx.c.client.fitzpatrick);
    SharedText teaching = firstOf(key.feedback, profile ? profile->note : SharedText());
    if (b != *effectiveBand(key, ctx.p)) {
        // The skin-type cap narrowed the band: that rule, and its sources, are what the trainee meets.
        const Citation& skin = ctx.p.skinType.citation;
        if (!skin.source.empty()) {
            source = skin.source;
            citations = skin.citations;
            tier = skin.tiers;
        }
        teaching = SharedText("On Fitzpatrick type " + std::to_string(ctx.c.client.fitzpatrick) + " skin, profile \"" + ctx.p.shownName() + "\" caps " +
                              toString(*key.bandKind) + " work at " + mm(ctx.p.skinType.shallowCapMm) +
                              ": deeper needling raises the risk of post-inflammatory hyperpigmentation.");
    }
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
            verdict, teaching, source, tier)
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

std::string endpointsText(const std::vector<Endpoint>& endpoints) {
    std::string out;
    for (const Endpoint e : endpoints) out += (out.empty() ? "" : " or ") + toString(e);
    return out;
}

void gradeEndpoint(Context& ctx, const KeyZone& key, const AttemptZone& given, const std::optional<Band>& band) {
    if (!band && key.endpoints.empty()) return;
    const std::vector<Endpoint> accepted =
        band ? acceptedEndpoints(key, *effectiveBand(key, ctx.p, ctx.c.client.fitzpatrick), ctx.p) : key.endpoints;
    const bool right = given.endpoint && std::find(accepted.begin(), accepted.end(), *given.endpoint) != accepted.end();
    if (!right) ctx.zone(key.zone, ZoneVerdict::Technique);
    ctx.add(Section::Plan, "zone", key.zone, "endpoint", endpointsText(accepted),
            given.endpoint ? toString(*given.endpoint) : "none", right ? kEndpointPoints : 0.0, kEndpointPoints,
            right ? "Right endpoint." : "Wrong endpoint: erythema marks superficial work; pinpoint bleeding is acceptable from 1.0 mm.",
            SharedText(), sourceOr(ctx.p.planDefaults.endpoint, kEndpointFallback), tiersOr(ctx.p.planDefaults.endpoint, "IND, SEED"))
        .citations = ctx.p.planDefaults.endpoint.citations;
}

// The zone holds a finding that may be capped or avoided (filler).
bool capOrAvoidSite(const Context& ctx, const std::string& zoneId) {
    for (const auto& f : ctx.c.findings) {
        const FindingType* type = ctx.data.catalogue.findFindingType(f.type);
        if (f.zone == zoneId && type && type->siteRule == SiteRule::CapOrAvoid) return true;
    }
    return false;
}

void gradeTreatedKeyZone(Context& ctx, const KeyZone& key) {
    const AttemptZone* given = ctx.a.zone(key.zone);
    const bool treated = given && given->action == ZoneAction::Treat;
    if (given && given->action == ZoneAction::Avoid && capOrAvoidSite(ctx, key.zone)) {
        // Over filler the sources allow either a capped depth or no needling: avoiding earns the zone's points.
        citeCase(ctx, ctx.add(Section::Plan, "zone", key.zone, "cap_or_avoid", "cap the depth or avoid", "avoid",
                              kTreatPoints + kDepthPoints + kPatternPoints + kPassesPoints + kEndpointPoints,
                              kTreatPoints + kDepthPoints + kPatternPoints + kPassesPoints + kEndpointPoints,
                              "Avoided the filler site: as safe as capping the depth, so the zone earns its points.", firstOf(key.feedback, key.reason),
                              caseKeySource(), "SEED"));
        ctx.zone(key.zone, ZoneVerdict::Correct);
        return;
    }
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

// A treated zone whose every lesion may be needled around, each excluded by the trainee.
bool lesionsExcluded(const Context& ctx, const AttemptZone& given) {
    bool any = false;
    for (const auto& f : ctx.c.findings) {
        if (f.zone != given.zone) continue;
        const FindingType* type = ctx.data.catalogue.findFindingType(f.type);
        if (!type || type->siteRule != SiteRule::ExcludeSite) return false;
        if (std::find(given.exclude.begin(), given.exclude.end(), f.id) == given.exclude.end()) return false;
        any = true;
    }
    return any;
}

void gradeAvoidedKeyZone(Context& ctx, const KeyZone& key) {
    const AttemptZone* given = ctx.a.zone(key.zone);
    const bool treated = given && given->action == ZoneAction::Treat;
    const bool chosen = given && given->action == ZoneAction::Avoid;
    const bool around = treated && lesionsExcluded(ctx, *given);
    const std::string& label = zoneLabel(ctx, key.zone);
    const char* verdict = "Not chosen: leaving a zone out of the plan is not deciding to avoid it; mark it avoided.";
    if (chosen) verdict = "Correctly left alone.";
    if (treated) verdict = around ? "Needled around the lesion with a margin: as safe as leaving the zone alone." : "This zone had to be avoided.";
    LineItem& line = ctx.add(Section::Plan, "zone", key.zone, "avoid", "avoid", treated ? (around ? "treated around the lesion" : "treated")
                                                                                    : (chosen ? "avoided" : "not planned"),
                             chosen || around ? 1.0 : 0.0, 1.0, verdict, firstOf(key.feedback, key.reason), caseKeySource(), "IND");
    citeCase(ctx, line);
    ctx.zone(key.zone, treated && !around ? ZoneVerdict::MustAvoid : (chosen || around ? ZoneVerdict::Correct : ZoneVerdict::Missed));
    if (treated && !around && ctx.p.critical.treatedAvoidZone) {
        ctx.critical("treated_avoid_zone:" + key.zone,
                     "Treated the " + label + ", which had to be avoided" + (key.reason.empty() ? std::string(".") : ": " + key.reason.str()), line);
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
            // The no-go areas are the trainer's own chart convention (IND): no published source was confirmed for them.
            static const std::string kNoGoRef = "trainer-clinic-standard-chart";
            LineItem& line = ctx.add(Section::Plan, "zone", z.zone, "no_go", "never treat", given, 0.0, 0.0,
                                     "No-go area: needles here can injure the eye, the lip's vermilion or the nostril lining.", SharedText(),
                                     SharedText("No-go areas of the face map (assets/zones.json): eyes, lips' vermilion, nostrils"), "IND");
            if (const Reference* ref = ctx.data.references.find(kNoGoRef)) {
                line.source = SharedText("No-go areas of the face map: " + shortCitation(*ref));
                line.citations = SharedText(fullCitation(*ref));
            }
            if (ctx.p.critical.treatedAvoidZone) ctx.critical("treated_no_go:" + z.zone, "Treated a no-go area: the " + label + ".", line);
            continue;
        }
        ctx.zone(z.zone, ZoneVerdict::Unplanned);
        citeCase(ctx, ctx.add(Section::Plan, "zone", z.zone, "unplanned", "not part of this plan", given, -kUnplannedPenalty, 0.0,
                              "The client did not need this zone treated; extra zones add trauma and downtime without benefit.",
                              SharedText(), caseKeySource(), "IND"));
    }
}

} // namespace

// Safety limits apply to every treated zone, in the key or not, whatever the decision.
void checkSafetyLimits(Context& ctx, const AttemptZone& z) {
    const Zone* zone = ctx.data.zones.find(z.zone);
    if (!zone || zone->noGo) return;
    const std::string& label = zone->label;
    // Findings on the face map, by the rule of their type (catalogue "site_rule").
    for (const auto& f : ctx.c.findings) {
        if (f.zone != z.zone) continue;
        const FindingType* type = ctx.data.catalogue.findFindingType(f.type);
        const SiteRule rule = type ? type->siteRule : SiteRule::None;
        const bool excluded = std::find(z.exclude.begin(), z.exclude.end(), f.id) != z.exclude.end();
        // A site whose flag a zone-only wait names (a toxin site) is off limits while that wait runs.
        bool waitRuns = false;
        for (const auto& w : ctx.intake.active) {
            waitRuns = waitRuns || (w.wait->zoneOnly && type && type->screening == w.wait->flag && (w.treatment->zone.empty() || w.treatment->zone == z.zone));
        }
        const bool forbidden = rule == SiteRule::NoTreatment || rule == SiteRule::AvoidZone || (rule == SiteRule::ExcludeSite && !excluded) || waitRuns;
        if (forbidden) ctx.zone(z.zone, ZoneVerdict::MustAvoid);
        // Named even where the key avoids the zone: the finding is the specific error.
        if (forbidden && ctx.p.critical.treatedOverFinding) {
            ctx.critical("treated_over_finding:" + f.id, "Needled the " + label + " over the " + (type ? type->label : f.type) +
                                                              (rule == SiteRule::ExcludeSite ? " without leaving a margin around it." : ", which must not be needled."));
        }
        if (rule == SiteRule::CapOrAvoid && z.depthMm && *z.depthMm > ctx.p.modifiers.fillerCapMm + kEpsilon) {
            ctx.zone(z.zone, ZoneVerdict::TooDeep);
            if (ctx.p.critical.overFillerCap) {
                ctx.critical("over_filler_cap:" + z.zone, "Needled over the filler site in the " + label + " at " + mm(*z.depthMm) +
                                                              "; over filler stay at or under " + mm(ctx.p.modifiers.fillerCapMm) + ", or avoid it.");
            }
        }
    }
    // The toxin site inside its wait (a zone-only wait).
    for (const auto& w : ctx.intake.active) {
        if (!w.wait->zoneOnly || w.treatment->zone != z.zone) continue;
        ctx.zone(z.zone, ZoneVerdict::MustAvoid);
        if (ctx.p.critical.treatedWithinWait) {
            ctx.critical("treated_within_wait:" + toString(w.wait->kind), "Needled the " + label + " " + number(w.treatment->weeksAgo) +
                                                                               " weeks after \"" + w.treatment->what + "\"; profile \"" + ctx.p.shownName() + "\" waits " +
                                                                               number(w.wait->weeks) + " weeks there.");
        }
    }
    if (const FitzpatrickLimit* limit = ctx.p.fitzpatrickLimit(z.zone)) {
        const int type = ctx.c.client.fitzpatrick;
        if (type < limit->min || type > limit->max) ctx.zone(z.zone, ZoneVerdict::MustAvoid);
        if ((type < limit->min || type > limit->max) && ctx.p.critical.treatedAvoidZone) {
            ctx.critical("outside_skin_type_limit:" + z.zone,
                         "Profile \"" + ctx.p.shownName() + "\" allows the " + label + " only for Fitzpatrick " + std::to_string(limit->min) + "-" +
                             std::to_string(limit->max) + " (" + limit->source.str() + "); this client is type " + std::to_string(type) + ".");
        }
    }
    const int type = ctx.c.client.fitzpatrick;
    const auto& skin = ctx.p.skinType;
    const auto kind = workKind(ctx, z.zone);
    if (z.depthMm) {
        const double max = ctx.p.safetyMax(z.zone);
        if (*z.depthMm > max + kEpsilon) ctx.zone(z.zone, ZoneVerdict::TooDeep);
        if (*z.depthMm > max + kEpsilon && ctx.p.critical.deeperThanSafetyMax) {
            ctx.critical("deeper_than_safety_max:" + z.zone, "Needled the " + label + " at " + mm(*z.depthMm) + ", past its safety maximum of " +
                                                                 mm(max) + " in profile \"" + ctx.p.shownName() + "\".");
        }
        const bool capped = kind && type >= skin.shallowFromType &&
                            std::find(skin.criticalOverCapBands.begin(), skin.criticalOverCapBands.end(), *kind) != skin.criticalOverCapBands.end();
        if (capped && *z.depthMm > skin.shallowCapMm + kEpsilon) {
            ctx.zone(z.zone, ZoneVerdict::TooDeep);
            if (ctx.p.critical.overSkinTypeCap) {
                ctx.critical("over_skin_type_cap:" + z.zone, "Needled the " + label + " at " + mm(*z.depthMm) + " for " + toString(*kind) +
                                                                 " on Fitzpatrick type " + std::to_string(type) + "; profile \"" + ctx.p.shownName() +
                                                                 "\" caps that work at " + mm(skin.shallowCapMm) + " from type " +
                                                                 std::to_string(skin.shallowFromType) + " (post-inflammatory hyperpigmentation).");
            }
        }
    }
    const bool bleedingBand = kind && std::find(skin.bleedingOverTreatmentBands.begin(), skin.bleedingOverTreatmentBands.end(), *kind) !=
                                          skin.bleedingOverTreatmentBands.end();
    if (z.endpoint == Endpoint::PinpointBleeding && type >= skin.bleedingOverTreatmentFromType && bleedingBand) {
        ctx.zone(z.zone, ZoneVerdict::TooDeep);
        if (ctx.p.critical.bleedingOverTreatment) {
            ctx.critical("bleeding_over_treatment:" + z.zone, "Worked the " + label + " to pinpoint bleeding on Fitzpatrick type " + std::to_string(type) +
                                                                  " outside scar work: over-treatment that risks post-inflammatory hyperpigmentation.");
        }
    }
    const ZoneProfile* profile = ctx.p.zone(z.zone);
    if (profile && profile->criticalPassesAbove && z.passes && *z.passes > *profile->criticalPassesAbove) {
        ctx.zone(z.zone, ZoneVerdict::Technique);
        if (ctx.p.critical.tooManyPasses) {
            ctx.critical("too_many_passes:" + z.zone, std::to_string(*z.passes) + " passes over the thin skin of the " + label + "; profile \"" + ctx.p.shownName() +
                                                          "\" allows at most " + std::to_string(*profile->criticalPassesAbove) + " there.");
        }
    }
}

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
    if (ctx.planVoid) {
        for (std::size_t i = firstPlanItem; i < ctx.report.items.size(); ++i) {
            auto& item = ctx.report.items[i];
            item.points = std::min(item.points, 0.0);
            item.voided = true;
        }
    }
}

} // namespace core::grading
