// The visits section: how the trainee managed each outcome at the first
// follow-up visit it showed (expected choices earn, harmful ones cost, a
// critical one fails the attempt). Graded only when a visit was played.
#include "grading/grading_context.hpp"

#include "outcome/visit_timeline.hpp"

#include <algorithm>

namespace core::grading {
namespace grade_visits_detail {

// The choice's file name with static storage (line item aspects are views).
std::string_view choiceWord(ManagementChoice choice) {
    for (const auto& [name, value] : managementChoices()) {
        if (value == choice) return name;
    }
    return "?";
}

bool has(const std::vector<ManagementChoice>& list, ManagementChoice choice) { return std::find(list.begin(), list.end(), choice) != list.end(); }

std::string choicesText(const std::vector<ManagementChoice>& choices) {
    std::string out;
    for (auto c : choices) out += (out.empty() ? "" : ", ") + managementLabel(c);
    return out.empty() ? std::string("nothing") : out;
}

void gradeOutcome(Context& ctx, const Visit& visit, const VisitOutcome& outcome, const std::vector<ManagementChoice>& chosen) {
    const ManagementKey& key = *outcome.manage;
    const std::string where = visit.label + ": " + outcome.label;
    auto line = [&](ManagementChoice choice, std::string expected, double points, double max, std::string_view verdict) -> LineItem& {
        LineItem& added = ctx.add(Section::Visits, "visit", outcome.id, choiceWord(choice), std::move(expected) + " (" + where + ")",
                                  has(chosen, choice) ? "chosen" : "not chosen", points, max, verdict, key.feedback, outcome.citation.source,
                                  outcome.citation.tiers);
        added.citations = outcome.citation.citations;
        return added;
    };
    for (auto choice : key.expected) {
        const bool made = has(chosen, choice);
        line(choice, managementLabel(choice), made ? 1.0 : 0.0, 1.0, made ? "Right call." : "Missed: a competent practitioner does this here.");
    }
    for (auto choice : chosen) {
        if (has(key.expected, choice)) continue;
        if (has(key.critical, choice)) {
            LineItem& critical = line(choice, "not " + managementLabel(choice), 0.0, 0.0, "Critical: this choice puts the client at risk.");
            ctx.critical("visit_critical:" + outcome.id + ":" + std::string(choiceWord(choice)),
                         managementLabel(choice) + " at the " + visit.label + " visit (" + outcome.label + ") puts the client at risk.", critical);
        } else if (has(key.harmful, choice)) {
            line(choice, "not " + managementLabel(choice), -1.0, 0.0, "Harmful here: it costs a point.");
        } else if (has(key.acceptable, choice)) {
            line(choice, managementLabel(choice) + " (acceptable)", 0.0, 0.0, "Fine, though not needed here.");
        }
    }
}

} // namespace grade_visits_detail

void gradeVisits(Context& ctx) {
    const VisitTimeline timeline = buildVisitTimeline(ctx.c, ctx.a, ctx.p, ctx.data);
    for (const auto& played : ctx.a.visits) {
        const Visit* visit = timeline.visit(played.number);
        if (!visit) continue; // checkAttemptVisits refuses such an attempt before grading
        for (const auto& id : visit->newOutcomes) {
            const VisitOutcome* outcome = timeline.outcome(id);
            if (outcome && outcome->manage) grade_visits_detail::gradeOutcome(ctx, *visit, *outcome, played.choices);
        }
    }
}

} // namespace core::grading
