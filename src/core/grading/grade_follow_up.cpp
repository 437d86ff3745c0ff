// Follow-up: what a trainee who defers or refers plans instead of needling.
// Rules (README "Scoring rules"; the case key's follow_up and the profile's waits):
//  - a deferral books the next visit: 2 points inside the key's rebook band,
//    else inside the band the waits set (from the end of the longest wait still
//    running, 8 weeks wide), else 1-12 weeks;
//  - booking the next visit before a client-wide wait ends is critical;
//  - a referral names who to: 2 points for a target the key accepts (any target
//    when the key names none); a deferral where the key refers is graded on
//    the referral too, since waiting does not remove what it is for;
//  - each piece of advice for today the key lists earns 1 point (aftercare section);
//  - follow-up points need a defensible decision: none when the decision earns
//    no credit (a careless non-treatment), full when it earns any, so a
//    defensible deferral with a good follow-up can pass (its decision line
//    still shows the partial credit).
#include "grading/grading_context.hpp"

#include <algorithm>
#include <cmath>

namespace core::grading {
namespace {

constexpr double kRebookPoints = 2.0;
constexpr double kReferralPoints = 2.0;
constexpr double kAdvicePoints = 1.0;
constexpr int kRebookWidthWeeks = 8;

double followUpCredit(const Context& ctx) { return ctx.decisionCredit > 0.0 ? 1.0 : 0.0; }

const char* scaledVerdict(double credit, const char* full, const char* partial, const char* none) {
    if (credit >= 1.0) return full;
    return credit > 0.0 ? partial : none;
}

void gradeRebook(Context& ctx) {
    const KeyFollowUp* key = ctx.c.key.followUp ? &*ctx.c.key.followUp : nullptr;
    const ActiveWait* longest = nullptr;
    for (const auto& w : ctx.intake.active) {
        if (!w.wait->zoneOnly && (!longest || w.remainingWeeks > longest->remainingWeeks)) longest = &w;
    }
    IntRange band{1, 12};
    const bool fromWait = !(key && key->rebookWeeks) && longest;
    if (key && key->rebookWeeks) {
        band = *key->rebookWeeks;
    } else if (fromWait) {
        band.min = static_cast<int>(std::ceil(longest->remainingWeeks - 1e-9));
        band.max = band.min + kRebookWidthWeeks;
    }
    const auto given = ctx.a.followUp.rebookWeeks;
    const bool inBand = given && *given >= band.min && *given <= band.max;
    const double points = inBand ? kRebookPoints * followUpCredit(ctx) : 0.0;
    const char* verdict = !given ? "No date for the next visit: a deferral must say when to see the client again."
                                 : (!inBand ? (*given < band.min ? "Too soon: the reason for deferring will not have passed."
                                                                 : "Later than needed: the client waits longer than the reason requires.")
                                            : scaledVerdict(ctx.decisionCredit, "Rebooked at the right time.",
                                                            "Rebooked at the right time; the deferral itself earns partial credit above.",
                                                            "Rebooked at a sensible time, but deferring was not defensible here."));
    LineItem& line = ctx.add(Section::Plan, "follow_up", "", "rebook", rangeText(band, "weeks"), given ? std::to_string(*given) + " weeks" : "none", points,
                             kRebookPoints, verdict, key ? key->feedback : SharedText(), SharedText("Case key"), "IND");
    citeCase(ctx, line);
    if (fromWait && !longest->wait->citation.source.empty()) {
        line.source = longest->wait->citation.source;
        line.citations = longest->wait->citation.citations;
        line.tier = longest->wait->citation.tiers;
    }
    // Booking inside a wait that still runs puts the client back in the chair too soon.
    for (const auto& w : ctx.intake.active) {
        if (w.wait->zoneOnly || !given || !ctx.p.critical.treatedWithinWait) continue;
        if (static_cast<double>(*given) + 1e-9 < w.remainingWeeks) {
            ctx.critical("rebooked_inside_wait:" + toString(w.wait->kind),
                         "Rebooked in " + std::to_string(*given) + " weeks, but the " + toString(w.wait->kind) + " wait still runs (\"" + w.treatment->what + "\", " + number(w.treatment->weeksAgo) +
                             " weeks ago; profile \"" + ctx.p.shownName() + "\" waits " + number(w.wait->weeks) + " weeks): " +
                             number(std::ceil(w.remainingWeeks - 1e-9)) + " weeks are still to run.",
                         line);
        }
    }
}

void gradeReferral(Context& ctx) {
    const KeyFollowUp* key = ctx.c.key.followUp ? &*ctx.c.key.followUp : nullptr;
    const std::string& given = ctx.a.followUp.referTo;
    const bool anyAccepted = !key || key->referTo.empty();
    const bool right = !given.empty() && (anyAccepted || std::find(key->referTo.begin(), key->referTo.end(), given) != key->referTo.end());
    std::string expected = "any";
    if (!anyAccepted) {
        expected.clear();
        for (const auto& id : key->referTo) {
            const Referral* r = ctx.data.catalogue.findReferral(id);
            expected += (expected.empty() ? "" : " or ") + (r ? r->label : id);
        }
    }
    const Referral* givenReferral = ctx.data.catalogue.findReferral(given);
    const char* verdict = given.empty() ? "No one to refer to: a referral must say who sees the client next."
                                        : (!right ? "Not the right person for this problem."
                                                  : scaledVerdict(ctx.decisionCredit, "Referred to the right person.",
                                                                  "Referred to the right person; the referral itself earns partial credit above.",
                                                                  "A sensible referral, but referring was not defensible here."));
    LineItem& line = ctx.add(Section::Plan, "follow_up", "", "refer", expected, given.empty() ? "none" : (givenReferral ? givenReferral->label : given),
                             right ? kReferralPoints * followUpCredit(ctx) : 0.0, kReferralPoints, verdict, key ? key->feedback : SharedText(),
                             SharedText("Case key"), "IND");
    citeCase(ctx, line);
}

void gradeAdvice(Context& ctx) {
    if (!ctx.c.key.followUp) return;
    for (const auto& id : ctx.c.key.followUp->advice) {
        const AftercareItem* item = ctx.data.catalogue.findAdvice(id);
        const bool given = ctx.a.gaveAdvice(id);
        static const SharedText fallback("Advice catalogue");
        ctx.add(Section::Aftercare, "advice", id, "", "given", given ? "given" : "not given", given ? kAdvicePoints * followUpCredit(ctx) : 0.0,
                kAdvicePoints, given ? "Given." : "Missing from today's advice.", item ? item->explanation : SharedText(),
                item && !item->source.empty() ? item->source : fallback, item ? tiersText(item->tiers) : "")
            .citations = item ? item->citations : SharedText();
    }
}

} // namespace

void gradeFollowUp(Context& ctx) {
    if (ctx.a.decision == Decision::Refer) {
        gradeReferral(ctx);
    } else {
        gradeRebook(ctx);
        // Waiting does not remove what a referral is for: a deferral must still send the client to the doctor.
        if (ctx.expectedDecision == Decision::Refer) gradeReferral(ctx);
    }
    gradeAdvice(ctx);
}

} // namespace core::grading
