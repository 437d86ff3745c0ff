// Aftercare and schedule.
// Rules (README "Scoring rules"; the catalogue's aftercare items and the profile's schedule):
//  - each required aftercare item earns 1 point when chosen;
//  - each harmful item chosen costs `harmful_aftercare_penalty` points; it is
//    critical by the catalogue's rule for its category ("critical_when": always
//    for sunbed advice; after pinpoint-bleeding work, from `bleeding_min_mm`, for
//    actives on open channels: retinol, vitamin C, scrubs; Soltani-Arabshahi
//    2014), or when the case marks it so;
//  - an interval below the profile's minimum for the indication is critical
//    (2 weeks for face and body, 1 week for the scalp by default);
//  - interval and number of sessions earn 1 point each inside the key's band
//    (the profile's `interval_weeks` and `sessions` when the case sets none),
//    `schedule_near_credit` within `interval_near_weeks` / `sessions_near` of
//    it, else 0.
#include "grading/grading_context.hpp"

#include <algorithm>

namespace core::grading {
namespace {

constexpr double kAftercarePoints = 1.0;
constexpr double kSchedulePoints = 1.0;

const SharedText& aftercareSource() {
    static const SharedText source("Aftercare catalogue");
    return source;
}

bool contains(const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

void gradeBand(Context& ctx, std::string_view aspect, const IntRange& band, std::optional<int> given, int near,
               const char* unit, const SharedText& teaching, const SharedText& source, const SharedText& citations,
               const std::string& tiers) {
    double points = 0.0;
    const char* verdict = "Not set.";
    if (given) {
        const int v = *given;
        const int distance = v < band.min ? band.min - v : (v > band.max ? v - band.max : 0);
        if (distance == 0) {
            points = kSchedulePoints;
            verdict = "Inside the recommended range.";
        } else if (distance <= near) {
            points = kSchedulePoints * ctx.p.scoring.scheduleNearCredit;
            verdict = "Close to the recommended range: partial credit.";
        } else {
            verdict = v < band.min ? "Too few / too soon." : "Too many / too late.";
        }
    }
    ctx.add(Section::Schedule, "schedule", "", aspect, rangeText(band, unit), given ? std::to_string(*given) + " " + unit : "none", points,
            kSchedulePoints, verdict, teaching, source, tiers.empty() ? std::string("SEED, IND") : tiers)
        .citations = citations;
}

} // namespace

void gradeAftercare(Context& ctx) {
    if (!ctx.c.key.aftercare) return;
    const auto& key = *ctx.c.key.aftercare;
    for (const auto& id : key.required) {
        const AftercareItem* item = ctx.data.catalogue.findAftercare(id);
        const bool chosen = ctx.a.choseAftercare(id);
        ctx.add(Section::Aftercare, "aftercare", id, "", "given", chosen ? "given" : "not given", chosen ? kAftercarePoints : 0.0,
                kAftercarePoints, chosen ? "Given." : "Missing from the advice.", item ? item->explanation : SharedText(),
                item && !item->source.empty() ? item->source : aftercareSource(), item ? tiersText(item->tiers) : "")
            .citations = item ? item->citations : SharedText();
    }
    for (const auto& id : ctx.a.aftercare) {
        const AftercareItem* item = ctx.data.catalogue.findAftercare(id);
        if (!item || !item->harmful) continue;
        LineItem& line = ctx.add(Section::Aftercare, "aftercare_harmful", id, "", "not given", "given", -ctx.p.scoring.harmfulAftercarePenalty, 0.0,
                                 "Harmful advice.", item->explanation, item->source.empty() ? aftercareSource() : item->source, tiersText(item->tiers));
        line.citations = item->citations;
        const bool byRule = item->critical == HarmfulCritical::Always ||
                            (item->critical == HarmfulCritical::AfterBleedingDepth &&
                             deepestTreatedDepth(ctx.a) >= ctx.p.planDefaults.bleedingMinMm - 1e-9);
        if ((byRule || contains(key.critical, id)) && ctx.p.critical.harmfulAftercare) {
            std::string why = item->critical == HarmfulCritical::AfterBleedingDepth && byRule
                                  ? " after work at " + mm(deepestTreatedDepth(ctx.a)) + ", deep enough to bleed"
                                  : std::string();
            ctx.critical("harmful_aftercare:" + id, "Gave harmful aftercare advice: \"" + item->label + "\"" + why + ".", line);
        }
    }
}

void gradeSchedule(Context& ctx) {
    // A treating case without a schedule of its own is held to the profile's.
    if (!ctx.c.key.schedule && !isTreating(ctx.expectedDecision)) return;
    KeySchedule profileSchedule;
    profileSchedule.intervalWeeks = ctx.p.intervalWeeks;
    profileSchedule.sessions = ctx.p.sessions;
    const KeySchedule& key = ctx.c.key.schedule ? *ctx.c.key.schedule : profileSchedule;
    static const SharedText fallback("The profile's schedule");
    const SharedText& source = ctx.p.schedule.source.empty() ? fallback : ctx.p.schedule.source;
    gradeBand(ctx, "interval", key.intervalWeeks, ctx.a.intervalWeeks, ctx.p.scoring.intervalNearWeeks, "weeks",
              key.feedback, source, ctx.p.schedule.citations, ctx.p.schedule.tiers);
    gradeBand(ctx, "sessions", key.sessions, ctx.a.sessions, ctx.p.scoring.sessionsNear, "sessions", {},
              source, ctx.p.schedule.citations, ctx.p.schedule.tiers);
    // The shortest safe interval: the strictest over the zones the key treats.
    int minimum = 0;
    std::optional<BandKind> strictest;
    for (const auto& z : ctx.c.key.zones) {
        if (z.action != ZoneAction::Treat) continue;
        const auto kind = workKind(ctx, z.zone);
        const int weeks = kind ? ctx.p.minimumIntervals.forBand(*kind) : ctx.p.minimumIntervals.defaultWeeks;
        if (weeks > minimum) {
            minimum = weeks;
            strictest = kind;
        }
    }
    if (ctx.a.intervalWeeks && *ctx.a.intervalWeeks < minimum && ctx.p.critical.intervalBelowMinimum) {
        ctx.critical("interval_below_minimum", "Sessions " + std::to_string(*ctx.a.intervalWeeks) + " week(s) apart: profile \"" + ctx.p.shownName() +
                                                   "\" needs at least " + std::to_string(minimum) + " weeks between sessions" +
                                                   (strictest ? " for " + toString(*strictest) + " work" : std::string()) +
                                                   ", so the skin can finish healing (" + ctx.p.minimumIntervals.citation.source.str() + ").");
    }
}

} // namespace core::grading
