// Deriving a case's model answer from its key by the grader's rules (see
// model_answer.hpp). Each choice names the rule it satisfies.
#include "grading/model_answer.hpp"

#include "grading/grading_context.hpp"
#include "validation/case_checks.hpp"
#include "validation/intake_waits.hpp"

#include <algorithm>
#include <cmath>

namespace core {
namespace model_answer_detail {

bool contains(const std::vector<BandKind>& kinds, std::optional<BandKind> kind) {
    return kind && std::find(kinds.begin(), kinds.end(), *kind) != kinds.end();
}

// A depth inside the band: its middle, on the 0.05 mm steps a pen dial shows
// when that stays inside.
double depthInside(const Band& band) {
    const double middle = (band.min + band.max) / 2.0;
    const double stepped = std::round(middle * 20.0) / 20.0;
    return stepped >= band.min - 1e-9 && stepped <= band.max + 1e-9 ? stepped : middle;
}

AttemptZone treatedZone(const grading::Context& ctx, const KeyZone& key) {
    const Protocol& p = ctx.p;
    const int type = ctx.c.client.fitzpatrick;
    AttemptZone z;
    z.zone = key.zone;
    z.action = ZoneAction::Treat;
    const auto kind = grading::workKind(ctx, key.zone);
    const auto band = resolvedBand(key, p) ? effectiveBand(key, p, type) : std::nullopt;
    double depth = band ? depthInside(*band) : std::min(0.25, p.safetyMax(key.zone));
    // The safety limits the grader checks on every treated zone.
    depth = std::min(depth, p.safetyMax(key.zone));
    if (contains(p.skinType.criticalOverCapBands, kind) && type >= p.skinType.shallowFromType) depth = std::min(depth, p.skinType.shallowCapMm);
    for (const auto& f : ctx.c.findings) {
        if (f.zone != key.zone) continue;
        const FindingType* findingType = ctx.data.catalogue.findFindingType(f.type);
        if (!findingType) continue;
        if (findingType->siteRule == SiteRule::CapOrAvoid) depth = std::min(depth, p.modifiers.fillerCapMm);
        if (findingType->siteRule == SiteRule::ExcludeSite) z.exclude.push_back(f.id); // needled around, with a margin
    }
    z.depthMm = depth;
    z.patterns = key.patterns ? *key.patterns : p.planDefaults.patterns;
    int passes = (key.passes ? *key.passes : p.planDefaults.passes).min;
    if (const ZoneProfile* profile = p.zone(key.zone); profile && profile->criticalPassesAbove) passes = std::min(passes, *profile->criticalPassesAbove);
    z.passes = passes;
    const std::vector<Endpoint> accepted = band ? acceptedEndpoints(key, *band, p) : key.endpoints;
    const bool bleedingIsOverTreatment = type >= p.skinType.bleedingOverTreatmentFromType && contains(p.skinType.bleedingOverTreatmentBands, kind);
    for (const Endpoint e : accepted) {
        if (!z.endpoint || (bleedingIsOverTreatment && *z.endpoint == Endpoint::PinpointBleeding)) z.endpoint = e;
    }
    return z;
}

void planTreatment(const grading::Context& ctx, Attempt& a) {
    const Protocol& p = ctx.p;
    int minimumInterval = 0;
    for (const auto& key : ctx.c.key.zones) {
        if (key.action == ZoneAction::Avoid) {
            a.zones.push_back(AttemptZone{key.zone, ZoneAction::Avoid, std::nullopt, {}, std::nullopt, std::nullopt});
            continue;
        }
        a.zones.push_back(treatedZone(ctx, key));
        const auto kind = grading::workKind(ctx, key.zone);
        minimumInterval = std::max(minimumInterval, kind ? p.minimumIntervals.forBand(*kind) : p.minimumIntervals.defaultWeeks);
    }
    if (ctx.c.key.aftercare) a.aftercare = ctx.c.key.aftercare->required;
    const IntRange interval = ctx.c.key.schedule ? ctx.c.key.schedule->intervalWeeks : p.intervalWeeks;
    const IntRange sessions = ctx.c.key.schedule ? ctx.c.key.schedule->sessions : p.sessions;
    // Never closer than the profile's minimum interval (critical), else inside the key's range.
    a.intervalWeeks = std::max(interval.min, std::min(std::max(minimumInterval, interval.min), interval.max));
    a.intervalWeeks = std::max(*a.intervalWeeks, minimumInterval);
    a.sessions = sessions.min;
}

void planFollowUp(const grading::Context& ctx, Attempt& a) {
    const KeyFollowUp* key = ctx.c.key.followUp ? &*ctx.c.key.followUp : nullptr;
    if (key) a.followUp.advice = key->advice;
    if (a.decision == Decision::Refer) {
        if (key && !key->referTo.empty()) {
            a.followUp.referTo = key->referTo.front();
        } else if (!ctx.data.catalogue.referrals.empty()) {
            a.followUp.referTo = ctx.data.catalogue.referrals.front().id; // any referral is accepted
        }
        return;
    }
    // Rebooked after every client-wide wait has run (rebooking inside one is critical).
    double waitWeeks = 0.0;
    for (const auto& w : ctx.intake.active) {
        if (!w.wait->zoneOnly) waitWeeks = std::max(waitWeeks, w.remainingWeeks);
    }
    const int afterWaits = static_cast<int>(std::ceil(waitWeeks - 1e-9));
    const IntRange band = key && key->rebookWeeks ? *key->rebookWeeks : IntRange{std::max(1, afterWaits), 12};
    a.followUp.rebookWeeks = std::max(band.min, afterWaits);
}

} // namespace model_answer_detail

Attempt modelAnswer(const Case& c, const Protocol& protocol, const ReferenceData& data) {
    using namespace model_answer_detail;
    Attempt a;
    a.caseId = c.id;
    // An interview case: a competent practitioner asks the questions the key calls essential.
    a.questions = c.key.essentialQuestions;
    Report scratch;
    grading::Context ctx{c, a, protocol, data, scratch};
    ctx.intake = intakeRules(c, protocol, data.catalogue);
    for (const auto& flag : c.key.contraindications) {
        if (!ctx.intake.waived(flag.id)) a.flags.push_back(flag.id);
    }
    for (const auto& flag : ctx.intake.derivedFlags) a.flags.push_back(flag);
    a.decision = ctx.intake.derivedDecision.value_or(c.key.decision.expected);
    if (isTreatingDecision(a.decision)) {
        planTreatment(ctx, a);
    } else {
        planFollowUp(ctx, a);
    }
    return a;
}

} // namespace core
