// Protocol profile model and reader, with the meaning checks that only need
// the profile itself (bands within safety maxima, weights adding up).
#include "model/protocol.hpp"

#include "base/number_text.hpp"
#include "terms/input_limits.hpp"

#include "base/text_similarity.hpp"

#include <algorithm>
#include <cmath>

namespace core {

const ZoneProfile* Protocol::zone(const std::string& zoneId) const {
    const auto it = zones.find(zoneId);
    return it == zones.end() ? nullptr : &it->second;
}

std::optional<Band> Protocol::band(const std::string& zoneId, BandKind kind) const {
    const ZoneProfile* z = zone(zoneId);
    if (!z) return std::nullopt;
    const auto it = z->bands.find(kind);
    if (it == z->bands.end()) return std::nullopt;
    return it->second;
}

double Protocol::safetyMax(const std::string& zoneId) const {
    const ZoneProfile* z = zone(zoneId);
    return z ? std::min(z->safetyMaxMm, maxDepthMm) : 0.0;
}

const FitzpatrickLimit* Protocol::fitzpatrickLimit(const std::string& zoneId) const {
    for (const auto& limit : modifiers.fitzpatrickLimits) {
        if (limit.zone == zoneId) return &limit;
    }
    return nullptr;
}

const Wait* Protocol::wait(TreatmentKind kind) const {
    for (const auto& w : waits) {
        if (w.kind == kind) return &w;
    }
    return nullptr;
}

std::optional<double> Protocol::skinTypeCap(BandKind kind, int fitzpatrick) const {
    const auto& bands = skinType.shallowBands;
    if (fitzpatrick < skinType.shallowFromType || std::find(bands.begin(), bands.end(), kind) == bands.end()) return std::nullopt;
    return skinType.shallowCapMm;
}

int MinimumIntervals::forBand(BandKind kind) const {
    const auto it = byBand.find(kind);
    return it == byBand.end() ? defaultWeeks : it->second;
}

std::vector<Wait> defaultWaits() {
    // DOMAIN defaults: toxin 2 weeks (at its site), isotretinoin 6 months,
    // peel or ablative 30 days, sunburn or tanning 2 weeks, postpartum 6 months.
    // The references are those the bundled version 2 profiles cite for each wait.
    const auto cite = [](std::vector<std::string> refs) {
        Citation c;
        c.refs = std::move(refs);
        return c;
    };
    return {
        {TreatmentKind::Toxin, 2, "recent_botox", true, cite({"clinic-text-what-is-microneedling", "trainer-clinic-screening-practice"})},
        {TreatmentKind::Isotretinoin, 26, "isotretinoin", false, cite({"fda-2018-den160029-skinpen"})},
        {TreatmentKind::Peel, 4, "recent_peel", false, cite({"trainer-clinic-screening-practice"})},
        {TreatmentKind::Ablative, 4, "recent_peel", false, cite({"trainer-clinic-screening-practice"})},
        {TreatmentKind::Sun, 2, "sunburn_tanning", false, cite({"clinic-text-collagen-induction", "trainer-clinic-screening-practice"})},
        {TreatmentKind::Childbirth, 26, "pregnancy", false, cite({"clinic-text-what-is-microneedling"})},
    };
}

namespace {

std::string mm(double v) { return numberText(v) + " mm"; }

ZoneProfile readZoneProfile(ObjectReader& r, double maxDepth) {
    ZoneProfile z;
    z.safetyMaxMm = r.number("safety_max_mm", Need::Required, 0.0, kAbsoluteMaxDepthMm).value_or(0.0);
    if (z.safetyMaxMm > maxDepth) {
        r.diagnostics().error(r.pointerOf("safety_max_mm"), "safety maximum " + mm(z.safetyMaxMm) +
                                                                 " is deeper than the profile's max_depth_mm " +
                                                                 mm(maxDepth) + ": lower it");
    }
    if (const Json* bands = r.object("bands", Need::Required)) {
        ObjectReader br(*bands, r.pointerOf("bands"), r.diagnostics());
        for (const auto& [name, kind] : bandKindChoices()) {
            if (auto b = br.band(name, Need::Optional, 0.0, kAbsoluteMaxDepthMm)) {
                if (b->max > z.safetyMaxMm) {
                    r.diagnostics().error(br.pointerOf(name), "band goes to " + mm(b->max) +
                                                                   ", deeper than this zone's safety maximum " +
                                                                   mm(z.safetyMaxMm) + ": lower the band's max");
                }
                z.bands[kind] = *b;
            }
        }
    }
    z.note = r.string("note", Need::Optional).value_or("");
    z.refs = r.stringArray("refs", Need::Required);
    if (const Json* bandRefs = r.object("band_refs", Need::Optional)) {
        ObjectReader br(*bandRefs, r.pointerOf("band_refs"), r.diagnostics());
        for (const auto& [name, kind] : bandKindChoices()) {
            if (br.has(name)) z.bandCitations[kind].refs = br.stringArray(name, Need::Required);
        }
    }
    z.tier = r.choice("tier", Need::Required, tierChoices()).value_or(Tier::Industry);
    z.criticalPassesAbove = r.integer("critical_passes_above", Need::Optional, kPassesLimit.min, kPassesLimit.max);
    return z;
}

std::vector<BandKind> readBandKinds(ObjectReader& r, const std::string& key) {
    return readChoiceArray(r, key, Need::Required, bandKindChoices());
}

void readWaits(ObjectReader& r, std::vector<Wait>& waits) {
    for (const auto& [name, kind] : treatmentKindChoices()) {
        const Json* node = r.object(name, Need::Optional);
        if (!node) continue;
        ObjectReader wr(*node, r.pointerOf(name), r.diagnostics());
        Wait w;
        w.kind = kind;
        w.weeks = wr.number("weeks", Need::Required, 0, 520).value_or(0);
        w.flag = wr.string("flag", Need::Required, false).value_or("");
        w.zoneOnly = wr.choice<bool>("scope", Need::Optional, {{"client", false}, {"zone", true}}).value_or(false);
        w.citation.refs = wr.stringArray("refs", Need::Required);
        waits.push_back(std::move(w));
    }
}

void readSkinType(ObjectReader& r, SkinTypeRules& s) {
    s.shallowFromType = r.integer("shallow_from_type", Need::Required, 1, 7).value_or(s.shallowFromType);
    s.shallowCapMm = r.number("shallow_cap_mm", Need::Required, 0.0, kAbsoluteMaxDepthMm).value_or(s.shallowCapMm);
    s.shallowBands = readBandKinds(r, "shallow_bands");
    s.criticalOverCapBands = readBandKinds(r, "critical_over_cap_bands");
    s.bleedingOverTreatmentFromType = r.integer("bleeding_over_treatment_from_type", Need::Required, 1, 7).value_or(s.bleedingOverTreatmentFromType);
    s.bleedingOverTreatmentBands = readBandKinds(r, "bleeding_over_treatment_bands");
    s.citation.refs = r.stringArray("refs", Need::Required);
}

void readMinimumIntervals(ObjectReader& r, MinimumIntervals& m) {
    m.byBand.clear();
    m.defaultWeeks = r.integer("default", Need::Required, 0, kIntervalWeeksLimit.max).value_or(m.defaultWeeks);
    for (const auto& [name, kind] : bandKindChoices()) {
        if (const auto weeks = r.integer(name, Need::Optional, 0, kIntervalWeeksLimit.max)) m.byBand[kind] = *weeks;
    }
    m.citation.refs = r.stringArray("refs", Need::Required);
}

void readModifiers(ObjectReader& r, const ZoneMap& zones, Protocol& p) {
    Modifiers& m = p.modifiers;
    m.fillerCapMm = r.number("filler_cap_mm", Need::Required, 0.0, kAbsoluteMaxDepthMm).value_or(m.fillerCapMm);
    if (p.schemaVersion == 1) {
        // Version 1 kept two waits here; they become the toxin and isotretinoin waits.
        p.waits = defaultWaits();
        for (auto& w : p.waits) {
            if (w.kind == TreatmentKind::Toxin) w.weeks = r.integer("botox_wait_weeks", Need::Required, 0, 52).value_or(2);
            if (w.kind == TreatmentKind::Isotretinoin) {
                // A month is 52/12 weeks; 6 months is 26 weeks.
                w.weeks = std::round(r.integer("isotretinoin_wait_months", Need::Required, 0, 24).value_or(6) * 52.0 / 12.0);
            }
        }
    }
    const Json* limits = r.array("fitzpatrick_limits", Need::Optional);
    if (!limits) return;
    for (std::size_t i = 0; i < limits->size(); ++i) {
        ObjectReader lr((*limits)[i], r.pointerOf("fitzpatrick_limits") + "/" + std::to_string(i), r.diagnostics());
        if (!lr.isObject()) continue;
        FitzpatrickLimit l;
        l.zone = lr.string("zone", Need::Required).value_or("");
        if (!l.zone.empty() && !zones.find(l.zone)) {
            lr.diagnostics().error(lr.pointerOf("zone"), "unknown zone \"" + l.zone + "\"." + didYouMean(l.zone, zones.ids()));
        }
        l.min = lr.integer("min", Need::Required, 1, 6).value_or(1);
        l.max = lr.integer("max", Need::Required, 1, 6).value_or(6);
        if (l.min > l.max) lr.diagnostics().error(lr.pointerOf("min"), "min is greater than max: swap them");
        l.refs = lr.stringArray("refs", Need::Required);
        l.tier = lr.choice("tier", Need::Required, tierChoices()).value_or(Tier::Regulatory);
        m.fitzpatrickLimits.push_back(std::move(l));
    }
}

// The ranges are the issue's: an instructor may set retention 0.70-0.97; the
// failure rates are shares of attempts, the unacceptable one above the acceptable.
// Perform mode's thresholds; every member optional (defaults in TechniqueRules).
void readTechniqueRules(ObjectReader& r, TechniqueRules& t) {
    t.coverageMin = r.number("coverage_min", Need::Optional, 0.1, 1.0).value_or(t.coverageMin);
    t.evennessMaxSpread = r.number("evenness_max_spread", Need::Optional, 0.0, 5.0).value_or(t.evennessMaxSpread);
    if (const auto band = r.band("glide_mm_s", Need::Optional, 0.5, 500.0)) {
        t.glideMinMmS = band->min;
        t.glideMaxMmS = band->max;
    }
    t.strayPenalty = r.number("stray_penalty", Need::Optional, 0.0, 5.0).value_or(t.strayPenalty);
    t.criticalStrayIntoNoGo = r.boolean("critical_stray_into_no_go", Need::Optional).value_or(t.criticalStrayIntoNoGo);
    t.hideFeedbackInExam = r.boolean("hide_feedback_in_exam", Need::Optional).value_or(t.hideFeedbackInExam);
    if (r.has("refs")) t.coverage.refs = r.stringArray("refs", Need::Required);
    if (r.has("handling_refs")) t.handling.refs = r.stringArray("handling_refs", Need::Required);
}

void readProgressRules(ObjectReader& r, ProgressRules& rules) {
    rules.desiredRetention = r.number("desired_retention", Need::Optional, 0.70, 0.97).value_or(rules.desiredRetention);
    rules.courseLengthDays = r.integer("course_length_days", Need::Optional, 1, 3650).value_or(rules.courseLengthDays);
    rules.acceptableFailureRate = r.number("acceptable_failure_rate", Need::Optional, 0.01, 0.98).value_or(rules.acceptableFailureRate);
    rules.unacceptableFailureRate = r.number("unacceptable_failure_rate", Need::Optional, 0.02, 0.99).value_or(rules.unacceptableFailureRate);
    if (rules.unacceptableFailureRate <= rules.acceptableFailureRate) {
        r.diagnostics().error(r.pointerOf("unacceptable_failure_rate"),
                              "the unacceptable failure rate (" + numberText(rules.unacceptableFailureRate) + ") must be above the acceptable one (" +
                                  numberText(rules.acceptableFailureRate) + "): raise it or lower \"acceptable_failure_rate\"");
    }
}

} // namespace

Protocol readProtocol(const Json& root, const ZoneMap& zoneMap, Diagnostics& diagnostics) {
    Protocol p;
    ObjectReader top(root, "", diagnostics);
    if (!top.isObject()) return p;
    (void)top.string("kind", Need::Required);
    p.schemaVersion = top.integer("schema_version", Need::Required, 1, kProtocolSchemaVersion).value_or(kProtocolSchemaVersion);
    const bool v1 = p.schemaVersion == 1;
    p.id = top.string("id", Need::Required, false).value_or("");
    p.title = top.string("title", Need::Required, false).value_or(p.id);
    p.description = top.string("description", Need::Optional).value_or("");
    p.maxDepthMm = top.number("max_depth_mm", Need::Required, 0.25, kAbsoluteMaxDepthMm).value_or(p.maxDepthMm);

    if (const Json* zs = top.object("zones", Need::Required)) {
        for (const auto& [zoneId, node] : zs->items()) {
            const std::string pointer = top.pointerOf("zones") + "/" + escapePointerToken(zoneId);
            const Zone* zone = zoneMap.find(zoneId);
            if (!zone) {
                diagnostics.error(pointer, "unknown zone \"" + zoneId + "\"." + didYouMean(zoneId, zoneMap.treatableIds()));
                continue;
            }
            if (zone->noGo) {
                diagnostics.error(pointer, "\"" + zoneId + "\" is a no-go area: it cannot have depth bands; remove it");
                continue;
            }
            ObjectReader zr(node, pointer, diagnostics);
            if (zr.isObject()) p.zones[zoneId] = readZoneProfile(zr, p.maxDepthMm);
        }
        for (const auto& id : zoneMap.treatableIds()) {
            if (p.zones.count(id) || zs->find(id) != zs->end()) continue;
            if (v1) {
                // Version 1 predates the body zones: those zones cannot be graded under it.
                diagnostics.warning(top.pointerOf("zones"), "zone \"" + id + "\" has no entry in this version 1 profile: it cannot be graded under it");
            } else {
                diagnostics.error(top.pointerOf("zones"), "zone \"" + id + "\" has no entry: every treatable zone needs a safety maximum");
            }
        }
    }
    if (const Json* pd = top.object("plan_defaults", Need::Required)) {
        ObjectReader r(*pd, top.pointerOf("plan_defaults"), diagnostics);
        p.planDefaults.patterns = readChoiceArray(r, "patterns", Need::Required, patternChoices());
        p.planDefaults.passes = r.intRange("passes", Need::Required, kPassesLimit.min, kPassesLimit.max).value_or(p.planDefaults.passes);
        p.planDefaults.erythemaMaxMm = r.number("erythema_max_mm", Need::Required, 0.0, kAbsoluteMaxDepthMm).value_or(0.5);
        p.planDefaults.technique.refs = r.stringArray("refs", Need::Required);
        p.planDefaults.endpoint.refs = r.stringArray("endpoint_refs", Need::Required);
        p.planDefaults.bleedingMinMm = r.number("bleeding_min_mm", Need::Required, 0.0, kAbsoluteMaxDepthMm).value_or(1.0);
    }
    if (const Json* m = top.object("modifiers", Need::Required)) {
        ObjectReader r(*m, top.pointerOf("modifiers"), diagnostics);
        readModifiers(r, zoneMap, p);
    }
    if (!v1) {
        if (const Json* w = top.object("waits", Need::Required)) {
            ObjectReader r(*w, top.pointerOf("waits"), diagnostics);
            readWaits(r, p.waits);
        }
        if (const Json* s = top.object("skin_type", Need::Required)) {
            ObjectReader r(*s, top.pointerOf("skin_type"), diagnostics);
            readSkinType(r, p.skinType);
        }
    } else {
        // Version 1 had no skin-type rules: the migrated profile cites the skin-of-colour sources.
        p.skinType.citation.refs = {"cohen-2016-skin-of-colour", "chu-2021-microneedling-safety", "trainer-clinic-standard-chart"};
    }
    if (const Json* s = top.object("schedule", Need::Required)) {
        ObjectReader r(*s, top.pointerOf("schedule"), diagnostics);
        p.intervalWeeks = r.intRange("interval_weeks", Need::Required, kIntervalWeeksLimit.min, kIntervalWeeksLimit.max).value_or(p.intervalWeeks);
        p.sessions = r.intRange("sessions", Need::Required, kSessionsLimit.min, kSessionsLimit.max).value_or(p.sessions);
        p.schedule.refs = r.stringArray("refs", Need::Required);
        if (!v1) {
            if (const Json* m = r.object("min_interval_weeks", Need::Required)) {
                ObjectReader mr(*m, r.pointerOf("min_interval_weeks"), diagnostics);
                readMinimumIntervals(mr, p.minimumIntervals);
            }
        } else {
            p.minimumIntervals.citation.refs = {"trainer-clinic-standard-chart", "dhurat-2013-alopecia"};
        }
    }
    if (const Json* w = top.object("weights", Need::Required)) {
        ObjectReader r(*w, top.pointerOf("weights"), diagnostics);
        p.weights.screening = r.number("screening", Need::Required, 0, 100).value_or(0);
        p.weights.plan = r.number("plan", Need::Required, 0, 100).value_or(0);
        p.weights.aftercare = r.number("aftercare", Need::Required, 0, 100).value_or(0);
        p.weights.schedule = r.number("schedule", Need::Required, 0, 100).value_or(0);
        // Outside the 100 the four share: it counts only when a follow-up visit was played.
        p.weights.visits = r.number("visits", Need::Optional, 0, 100).value_or(p.weights.visits);
        // Outside the sum of 100: graded only when the attempt was performed, and rescaled with the rest.
        p.weights.technique = r.number("technique", Need::Optional, 0, 100).value_or(p.weights.technique);
        const double sum = p.weights.screening + p.weights.plan + p.weights.aftercare + p.weights.schedule;
        if (!diagnostics.hasErrors() && std::abs(sum - 100.0) > 1e-6) {
            diagnostics.error(top.pointerOf("weights"), "weights add up to " + numberText(sum) + ", not 100: adjust them");
        }
    }
    p.passMark = top.number("pass_mark", Need::Required, 0, 100).value_or(p.passMark);
    if (const Json* s = top.object("scoring", Need::Required)) {
        ObjectReader r(*s, top.pointerOf("scoring"), diagnostics);
        auto& sc = p.scoring;
        if (v1) {
            // Version 1 charged raw points, so one wrong flag cost 5 points in one case
            // and 7.5 in another; the share replaces it (default 10 % of the section).
            (void)r.number("distractor_penalty", Need::Required, 0, 1);
        } else {
            sc.distractorPenaltyShare = r.number("distractor_penalty_share", Need::Required, 0, 1).value_or(sc.distractorPenaltyShare);
            sc.screeningFloor = r.number("screening_floor", Need::Required, 0, 1).value_or(sc.screeningFloor);
        }
        sc.depthNearMm = r.number("depth_near_mm", Need::Required, 0, 1).value_or(sc.depthNearMm);
        sc.depthNearCredit = r.number("depth_near_credit", Need::Required, 0, 1).value_or(sc.depthNearCredit);
        sc.passesNearCredit = r.number("passes_near_credit", Need::Required, 0, 1).value_or(sc.passesNearCredit);
        sc.harmfulAftercarePenalty = r.number("harmful_aftercare_penalty", Need::Required, 0, 2).value_or(sc.harmfulAftercarePenalty);
        sc.intervalNearWeeks = r.integer("interval_near_weeks", Need::Required, 0, 12).value_or(sc.intervalNearWeeks);
        sc.sessionsNear = r.integer("sessions_near", Need::Required, 0, 6).value_or(sc.sessionsNear);
        sc.scheduleNearCredit = r.number("schedule_near_credit", Need::Required, 0, 1).value_or(sc.scheduleNearCredit);
    }
    if (const Json* c = top.object("critical", Need::Required)) {
        ObjectReader r(*c, top.pointerOf("critical"), diagnostics);
        auto& cr = p.critical;
        cr.missedAbsolute = r.boolean(v1 ? "missed_absolute_when_treating" : "missed_absolute", Need::Required).value_or(true);
        cr.treatedWhenKeyDefers = r.boolean("treated_when_key_defers", Need::Required).value_or(true);
        cr.deeperThanSafetyMax = r.boolean("deeper_than_safety_max", Need::Required).value_or(true);
        cr.overFillerCap = r.boolean("over_filler_cap", Need::Required).value_or(true);
        cr.treatedAvoidZone = r.boolean("treated_avoid_zone", Need::Required).value_or(true);
        if (!v1) {
            cr.treatedWithinWait = r.boolean("treated_within_wait", Need::Required).value_or(true);
            cr.treatedOverFinding = r.boolean("treated_over_finding", Need::Required).value_or(true);
            cr.overSkinTypeCap = r.boolean("over_skin_type_cap", Need::Required).value_or(true);
            cr.bleedingOverTreatment = r.boolean("bleeding_over_treatment", Need::Required).value_or(true);
            cr.tooManyPasses = r.boolean("too_many_passes", Need::Required).value_or(true);
            cr.intervalBelowMinimum = r.boolean("interval_below_minimum", Need::Required).value_or(true);
            cr.harmfulAftercare = r.boolean("harmful_aftercare", Need::Required).value_or(true);
        }
    }
    if (const Json* t = top.object("technique", Need::Optional)) {
        ObjectReader r(*t, top.pointerOf("technique"), diagnostics);
        readTechniqueRules(r, p.technique);
    }
    if (const Json* pr = top.object("progress", Need::Optional)) {
        ObjectReader r(*pr, top.pointerOf("progress"), diagnostics);
        readProgressRules(r, p.progress);
    }
    if (v1) {
        diagnostics.warning("/schema_version", "a version 1 profile, migrated on reading: its two waits became \"waits\", missing an absolute "
                                               "contraindication is now critical whatever the decision, a wrong flag costs 10 % of the screening "
                                               "section, and the skin-type, minimum-interval and thin-zone rules take their defaults. Set "
                                               "\"schema_version\": 2 and write them out to choose them.");
    }
    return p;
}

} // namespace core
