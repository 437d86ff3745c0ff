// The scoring engine's top level: runs each section, weights it, and decides
// pass or fail. See README "Scoring rules" for the rules in words.
#include "grading/grader.hpp"

#include "grading/grading_context.hpp"

#include <algorithm>
#include <cmath>

namespace core {
namespace {

double round1(double v) { return std::round(v * 10.0) / 10.0; }
double round2(double v) { return std::round(v * 100.0) / 100.0; }

double weightOf(const Protocol& p, Section s) {
    switch (s) {
    case Section::Screening: return p.weights.screening;
    case Section::Plan: return p.weights.plan;
    case Section::Aftercare: return p.weights.aftercare;
    case Section::Schedule: return p.weights.schedule;
    case Section::Visits: return p.weights.visits;
    case Section::Technique: return p.weights.technique;
    }
    return 0.0;
}

// A wrong flag costs a fixed share of the screening section, whatever the case:
// `distractor_penalty_share` x the section's raw points (expected flags + decision).
void fixWrongFlagPenalties(Report& report, const Protocol& protocol) {
    double rawMax = 0.0;
    for (const auto& item : report.items) {
        if (item.section == Section::Screening) rawMax += item.max;
    }
    for (auto& item : report.items) {
        if ((item.kind == "distractor" || item.kind == "extra_flag") && item.points < 0.0) {
            item.points = -protocol.scoring.distractorPenaltyShare * rawMax;
        }
    }
}

} // namespace

Report grade(const Case& c, const Attempt& attempt, const Protocol& protocol, const ReferenceData& data) {
    Report report;
    report.caseId = c.id;
    report.protocolId = protocol.id;
    report.passMark = protocol.passMark;
    // One allocation for all line items: the count is known up front.
    report.items.reserve(c.key.contraindications.size() + c.key.distractors.size() + attempt.flags.size() + 1 +
                         c.key.zones.size() * 6 + attempt.zones.size() +
                         (c.key.aftercare ? c.key.aftercare->required.size() : 0) + attempt.aftercare.size() + 8);
    grading::Context ctx{c, attempt, protocol, data, report, grading::caseCitations(c, data.references)};
    ctx.intake = intakeRules(c, protocol, data.catalogue);
    ctx.expectedDecision = ctx.intake.derivedDecision.value_or(c.key.decision.expected);
    grading::gradeScreening(ctx);
    if (!attempt.decisionGiven || isTreatingDecision(attempt.decision)) {
        grading::gradePlan(ctx);
        grading::gradeAftercare(ctx);
        grading::gradeSchedule(ctx);
    } else {
        // Not treating today: the plan is what happens instead (rebook, referral, advice).
        report.followUp = true;
        grading::gradeFollowUp(ctx);
    }
    // Whatever the decision, anything the attempt needles is held to the safety limits.
    for (const auto& z : attempt.zones) {
        if (z.action == ZoneAction::Treat) grading::checkSafetyLimits(ctx, z);
    }
    // Perform mode: graded only when the attempt carries strokes (else no lines,
    // no section), and only for a decision that treats: a deferred session did not happen.
    if (!attempt.decisionGiven || isTreatingDecision(attempt.decision)) grading::gradeTechnique(ctx);
    // Follow-up visits: graded only when one was played, so an attempt
    // without visits grades exactly as it did before visits existed.
    if (!attempt.visits.empty()) {
        report.visitsPlayed = true;
        grading::gradeVisits(ctx);
    }
    fixWrongFlagPenalties(report, protocol);

    // A section is graded when the case gives it points to earn; the total is
    // rescaled over the graded sections' weights (a deferral has no plan).
    double earned = 0.0;
    double available = 0.0;
    for (Section s : {Section::Screening, Section::Plan, Section::Aftercare, Section::Schedule, Section::Technique, Section::Visits}) {
        // Attempts without perform data or visits list the four sections they always did.
        if (s == Section::Technique && report.technique == TechniqueStatus::NotPerformed) continue;
        if (s == Section::Visits && !report.visitsPlayed) continue;
        SectionScore score;
        score.section = s;
        for (const auto& item : report.items) {
            if (item.section != s) continue;
            score.rawPoints += item.points;
            score.rawMax += item.max;
        }
        if (score.rawMax > 0.0) {
            score.max = weightOf(protocol, s);
            score.score = round2(score.max * std::clamp(score.rawPoints / score.rawMax, 0.0, 1.0));
            earned += score.max * std::clamp(score.rawPoints / score.rawMax, 0.0, 1.0);
            available += score.max;
        }
        report.sections.push_back(score);
    }
    report.total = available > 0.0 ? round1(100.0 * earned / available) : 0.0;
    // Screening cannot be skipped: a pass needs the screening section at its floor.
    report.screeningFloor = protocol.scoring.screeningFloor;
    if (const SectionScore* screening = report.section(Section::Screening); screening && screening->max > 0.0) {
        report.screeningFloorMet = screening->score + 1e-9 >= protocol.scoring.screeningFloor * screening->max;
    }
    report.passed = report.critical.empty() && report.total >= protocol.passMark && report.screeningFloorMet;
    return report;
}

} // namespace core
