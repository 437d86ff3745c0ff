// Screening: the contraindications flagged and the decision.
// Rules (README "Scoring rules"; the catalogue's contraindications and precautions):
//  - each contraindication the key expects earns 1 point when flagged;
//  - each distractor (or any flag the case does not support) flagged costs
//    `distractor_penalty` points;
//  - the decision earns 2 points, or 2 x the key's partial credit for a
//    defensible neighbour (e.g. defer when refer is expected);
//  - missing an absolute contraindication while deciding to treat is critical;
//  - deciding to treat when the key says defer or refer is critical.
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

void gradeExpectedFlags(Context& ctx) {
    for (const auto& flag : ctx.c.key.contraindications) {
        const ScreeningItem* item = ctx.data.catalogue.findScreening(flag.id);
        const bool given = ctx.a.flagged(flag.id);
        ctx.add(Section::Screening, "flag", flag.id, "", "flagged", given ? "flagged" : "not flagged", given ? kFlagPoints : 0.0,
                kFlagPoints, given ? "Correctly flagged." : "Missed: this had to be flagged.",
                firstOf(flag.feedback, catalogueExplanation(item)), catalogueSource(item), item ? tiersText(item->tiers) : "")
            .citations = item ? item->citations : SharedText();
        const bool absolute = item && item->kind == ScreeningKind::Absolute;
        if (!given && absolute && ctx.a.decisionGiven && isTreating(ctx.a.decision) && ctx.p.critical.missedAbsoluteWhenTreating) {
            ctx.critical("missed_absolute:" + flag.id,
                         "Missed an absolute contraindication (" + (item ? item->label : flag.id) +
                             ") and went on to treat: this client must not be needled today.");
        }
    }
}

void gradeOtherFlags(Context& ctx) {
    const double penalty = ctx.p.scoring.distractorPenalty * kFlagPoints;
    // Ids the key speaks about; any other flag is unsupported by the case.
    auto inKey = [&](const std::string& id) {
        for (const auto& f : ctx.c.key.contraindications) {
            if (f.id == id) return true;
        }
        for (const auto& f : ctx.c.key.distractors) {
            if (f.id == id) return true;
        }
        return false;
    };
    for (const auto& distractor : ctx.c.key.distractors) {
        const ScreeningItem* item = ctx.data.catalogue.findScreening(distractor.id);
        const bool given = ctx.a.flagged(distractor.id);
        ctx.add(Section::Screening, "distractor", distractor.id, "", "not flagged", given ? "flagged" : "not flagged",
                given ? -penalty : 0.0, 0.0,
                given ? "Not a contraindication here: flagging it costs points." : "Correctly not flagged.",
                firstOf(distractor.feedback, catalogueExplanation(item)), catalogueSource(item), item ? tiersText(item->tiers) : "")
            .citations = item ? item->citations : SharedText();
    }
    for (const auto& id : ctx.a.flags) {
        if (inKey(id)) continue;
        const ScreeningItem* item = ctx.data.catalogue.findScreening(id);
        ctx.add(Section::Screening, "extra_flag", id, "", "not flagged", "flagged", -penalty, 0.0,
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

void gradeDecision(Context& ctx) {
    const auto& key = ctx.c.key.decision;
    double points = 0.0;
    const char* verdict = "Wrong decision.";
    if (!ctx.a.decisionGiven) {
        verdict = "No decision was given.";
    } else if (ctx.a.decision == key.expected) {
        points = kDecisionPoints;
        verdict = "Right decision.";
    } else if (const auto it = key.partial.find(ctx.a.decision); it != key.partial.end()) {
        points = kDecisionPoints * it->second;
        verdict = "Defensible, but not the best decision: partial credit.";
    }
    static const SharedText caseKey("Case key");
    const CaseCitations& cited = ctx.cited;
    ctx.add(Section::Screening, "decision", "", "", toString(key.expected), ctx.a.decisionGiven ? toString(ctx.a.decision) : "none", points,
            kDecisionPoints, verdict, key.reason, cited.source.empty() ? caseKey : cited.source, decisionTiers(ctx))
        .citations = cited.citations;
    const bool keyWithholds = !isTreating(key.expected);
    if (keyWithholds && ctx.a.decisionGiven && isTreating(ctx.a.decision) && ctx.p.critical.treatedWhenKeyDefers) {
        ctx.critical("treated_when_key_defers",
                     "Chose to treat a client who must be " + std::string(key.expected == Decision::Refer ? "referred" : "deferred") +
                         ": all plan points are void.");
    }
}

} // namespace

void gradeScreening(Context& ctx) {
    gradeExpectedFlags(ctx);
    gradeOtherFlags(ctx);
    gradeDecision(ctx);
}

} // namespace core::grading
