// Screening: the contraindications flagged and the decision.
// Rules (README "Scoring rules"; the catalogue's contraindications and the profile's waits):
//  - each contraindication the key expects earns 1 point when flagged; a wait
//    that still runs (isotretinoin stopped 10 weeks ago, 26-week wait) adds its
//    flag when the key lacks it, and a key flag whose only ground is a wait that
//    has passed is graded as a distractor instead;
//  - each distractor (or any flag the case does not support) flagged costs
//    `distractor_penalty_share` of the screening section (fixed, whatever the case);
//  - the decision earns 2 points, or 2 x the key's partial credit for a
//    defensible neighbour; treat and treat_modified are one decision (the plan
//    carries the changes); a client-wide wait turns the key's treat into defer;
//  - missing an absolute contraindication is critical whatever the decision:
//    a deferral that misses isotretinoin rebooks the client inside the wait;
//  - deciding to treat when the key says defer or refer, or inside a client-wide
//    wait, is critical.
#include "grading/grading_context.hpp"

#include <set>

namespace core::grading {
namespace {

constexpr double kFlagPoints = 1.0;
constexpr double kDecisionPoints = 2.0;

const SharedText& catalogueSource(const ScreeningItem* item) {
    static const SharedText fallback("Screening catalogue (assets/catalogue.json)");
    return item && !item->source.empty() ? item->source : fallback;
}

const SharedText& catalogueExplanation(const ScreeningItem* item) {
    static const SharedText none;
    return item ? item->explanation : none;
}

// A line the profile's wait decides cites the wait's references.
void citeWait(LineItem& line, const Wait& w) {
    if (w.citation.source.empty()) return;
    line.source = w.citation.source;
    line.citations = w.citation.citations;
    line.tier = w.citation.tiers;
}

std::string weeksText(double weeks) { return number(weeks) + (weeks == 1.0 ? " week" : " weeks"); }

void gradeExpectedFlag(Context& ctx, const std::string& id, const SharedText& keyFeedback) {
    const ScreeningItem* item = ctx.data.catalogue.findScreening(id);
    const bool given = ctx.a.flagged(id);
    const ActiveWait* running = ctx.intake.activeFor(id);
    SharedText teaching = firstOf(keyFeedback, catalogueExplanation(item));
    if (running && keyFeedback.empty()) {
        teaching = SharedText("\"" + running->treatment->what + "\", " + weeksText(running->treatment->weeksAgo) + " ago: profile \"" + ctx.p.shownName() +
                              "\" waits " + weeksText(running->wait->weeks) + ", so " + weeksText(running->remainingWeeks) +
                              " are still to run. " + catalogueExplanation(item).str());
    }
    LineItem& line = ctx.add(Section::Screening, "flag", id, "", "flagged", given ? "flagged" : "not flagged", given ? kFlagPoints : 0.0,
                             kFlagPoints, given ? "Correctly flagged." : "Missed: this had to be flagged.", teaching, catalogueSource(item),
                             item ? tiersText(item->tiers) : "");
    line.citations = item ? item->citations : SharedText();
    if (running && keyFeedback.empty()) citeWait(line, *running->wait);
    const bool absolute = item && item->kind == ScreeningKind::Absolute;
    if (!given && absolute && ctx.p.critical.missedAbsolute) {
        ctx.critical("missed_absolute:" + id, "Missed an absolute contraindication (" + (item ? item->label : id) +
                                                   "): whatever the decision, screening must find it, or the client is treated or "
                                                   "rebooked while it still applies.",
                     line);
    }
}

void gradeExpectedFlags(Context& ctx) {
    for (const auto& flag : ctx.c.key.contraindications) {
        if (ctx.intake.waived(flag.id)) continue;
        gradeExpectedFlag(ctx, flag.id, flag.feedback);
    }
    for (const auto& id : ctx.intake.derivedFlags) gradeExpectedFlag(ctx, id, SharedText());
}

void gradeOtherFlags(Context& ctx) {
    // The penalty is fixed in raw points later, once the section's size is known (grader.cpp).
    constexpr double kProvisional = -1.0;
    auto expected = [&](const std::string& id) {
        for (const auto& f : ctx.c.key.contraindications) {
            if (f.id == id && !ctx.intake.waived(id)) return true;
        }
        for (const auto& d : ctx.intake.derivedFlags) {
            if (d == id) return true;
        }
        return false;
    };
    auto distractor = [&](const std::string& id) {
        for (const auto& f : ctx.c.key.distractors) {
            if (f.id == id) return true;
        }
        return ctx.intake.waived(id);
    };
    for (const auto& d : ctx.c.key.distractors) {
        const ScreeningItem* item = ctx.data.catalogue.findScreening(d.id);
        const bool given = ctx.a.flagged(d.id);
        ctx.add(Section::Screening, "distractor", d.id, "", "not flagged", given ? "flagged" : "not flagged", given ? kProvisional : 0.0, 0.0,
                given ? "Not a contraindication here: flagging it costs points." : "Correctly not flagged.",
                firstOf(d.feedback, catalogueExplanation(item)), catalogueSource(item), item ? tiersText(item->tiers) : "")
            .citations = item ? item->citations : SharedText();
    }
    for (const auto& id : ctx.intake.waivedFlags) {
        const ScreeningItem* item = ctx.data.catalogue.findScreening(id);
        const bool given = ctx.a.flagged(id);
        const Wait* w = nullptr;
        for (const auto& t : ctx.c.client.recentTreatments) {
            if (const Wait* candidate = ctx.p.wait(t.kind); candidate && candidate->flag == id) w = candidate;
        }
        std::string why = "The wait has passed";
        if (w) why = "Profile \"" + ctx.p.shownName() + "\" waits " + weeksText(w->weeks) + " for this, and that time has passed";
        LineItem& line = ctx.add(Section::Screening, "distractor", id, "", "not flagged", given ? "flagged" : "not flagged",
                                 given ? kProvisional : 0.0, 0.0,
                                 given ? "The wait is over: flagging it turns away a client who can be treated."
                                       : "Correctly not flagged: the wait is over.",
                                 SharedText(why + ": it no longer stops treatment."), catalogueSource(item), item ? tiersText(item->tiers) : "");
        line.citations = item ? item->citations : SharedText();
        if (w) citeWait(line, *w);
    }
    for (const auto& id : ctx.a.flags) {
        if (expected(id) || distractor(id)) continue;
        const ScreeningItem* item = ctx.data.catalogue.findScreening(id);
        ctx.add(Section::Screening, "extra_flag", id, "", "not flagged", "flagged", kProvisional, 0.0,
                "Nothing in this client's intake or face map supports this flag; over-flagging turns away clients who could be treated.",
                {}, catalogueSource(item), item ? tiersText(item->tiers) : "")
            .citations = item ? item->citations : SharedText();
    }
}

std::string decisionTiers(const Context& ctx) {
    std::set<std::string> tiers;
    for (const auto& flag : ctx.c.key.contraindications) {
        if (const ScreeningItem* item = ctx.data.catalogue.findScreening(flag.id)) {
            for (auto t : item->tiers) tiers.insert(toString(t));
        }
    }
    std::string out;
    for (const auto& t : tiers) out += (out.empty() ? "" : ", ") + t;
    if (out.empty()) out = ctx.cited.tiers;
    return out.empty() ? std::string("IND") : out;
}

double creditFor(const Context& ctx, const char*& verdict) {
    const auto& key = ctx.c.key.decision;
    if (!ctx.a.decisionGiven) {
        verdict = "No decision was given.";
        return 0.0;
    }
    if (ctx.a.decision == ctx.expectedDecision) {
        verdict = "Right decision.";
        return 1.0;
    }
    if (isTreating(ctx.a.decision) && isTreating(ctx.expectedDecision)) {
        // One decision under two labels: whether the plan is changed is graded in the plan itself.
        verdict = "Right decision: treat and treat with changes are one decision; the plan shows the changes.";
        return 1.0;
    }
    if (ctx.intake.derivedDecision) {
        verdict = "Wrong decision: a wait in the profile still runs, so this client must be deferred.";
        return 0.0;
    }
    if (const auto it = key.partial.find(ctx.a.decision); it != key.partial.end()) {
        verdict = "Defensible, but not the best decision: partial credit.";
        return it->second;
    }
    verdict = "Wrong decision.";
    return 0.0;
}

void gradeDecision(Context& ctx) {
    const auto& key = ctx.c.key.decision;
    const char* verdict = "";
    ctx.decisionCredit = creditFor(ctx, verdict);
    static const SharedText caseKey("Case key");
    const CaseCitations& cited = ctx.cited;
    SharedText reason = key.reason;
    if (ctx.intake.derivedDecision) {
        const ActiveWait& w = ctx.intake.active.front();
        reason = SharedText("\"" + w.treatment->what + "\", " + weeksText(w.treatment->weeksAgo) + " ago: profile \"" + ctx.p.shownName() + "\" waits " +
                            weeksText(w.wait->weeks) + ", so treatment must wait another " + weeksText(w.remainingWeeks) + ".");
    }
    LineItem& line = ctx.add(Section::Screening, "decision", "", "", toString(ctx.expectedDecision), ctx.a.decisionGiven ? toString(ctx.a.decision) : "none",
                             kDecisionPoints * ctx.decisionCredit, kDecisionPoints, verdict, reason, cited.source.empty() ? caseKey : cited.source,
                             decisionTiers(ctx));
    line.citations = cited.citations;
    if (!ctx.a.decisionGiven || !isTreating(ctx.a.decision)) return;
    if (!isTreating(key.expected) && ctx.p.critical.treatedWhenKeyDefers) {
        ctx.planVoid = true;
        ctx.critical("treated_when_key_defers",
                     "Chose to treat a client who must be " + std::string(key.expected == Decision::Refer ? "referred" : "deferred") +
                         ": all plan points are void.",
                     line);
    }
    for (const auto& w : ctx.intake.active) {
        if (w.wait->zoneOnly || !ctx.p.critical.treatedWithinWait) continue;
        ctx.planVoid = true;
        ctx.critical("treated_within_wait:" + toString(w.wait->kind),
                     "Chose to treat inside the " + toString(w.wait->kind) + " wait: \"" + w.treatment->what + "\" was " + weeksText(w.treatment->weeksAgo) + " ago, and profile \"" +
                         ctx.p.shownName() + "\" waits " + weeksText(w.wait->weeks) + ".",
                     line);
    }
}

} // namespace

void gradeScreening(Context& ctx) {
    gradeInterview(ctx); // asking comes before flagging, as in the consultation
    gradeExpectedFlags(ctx);
    gradeOtherFlags(ctx);
    gradeDecision(ctx);
}

} // namespace core::grading
