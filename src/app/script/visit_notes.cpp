// Visit notes for scripted tests: what the Follow-up visits screen holds, as ids.
#include "app/script/visit_notes.hpp"

#include "model/stroke_direction.hpp"

namespace app {

core::Json visitNotes(const core::PracticeSession& session) {
    const core::VisitTimeline& timeline = session.timeline();
    if (!session.currentCase() || timeline.visits.empty()) return nullptr;
    core::Json j;
    j["seed"] = timeline.seed;
    j["count"] = timeline.visits.size();
    j["current"] = session.currentVisit();
    j["normal_course_only"] = timeline.normalCourseOnly();
    j["outcomes"] = core::Json::array();
    for (const core::VisitOutcome& o : timeline.outcomes) {
        j["outcomes"].push_back({{"id", o.id}, {"happened", o.happened}, {"likelihood", core::toString(o.likelihood)},
                                 {"from_case", o.fromCase}, {"first_visit", o.firstVisit}});
    }
    if (const core::Visit* visit = timeline.visit(session.currentVisit())) {
        j["label"] = visit->label;
        j["days"] = visit->at.days;
        j["messages"] = core::Json::array();
        for (const auto& m : visit->messages) j["messages"].push_back(m.outcomeId);
        j["affected_zones"] = visit->affectedZones;
        // The layers as drawn: kind, zone and, for tracks, the stroke direction.
        j["skin"] = core::Json::array();
        for (const core::SkinLayer& layer : core::withStrokeDirections(visit->skin, session.attempt())) {
            core::Json entry{{"kind", layer.kindName}, {"zone", layer.zone}, {"severity", layer.severity}};
            if (layer.direction) entry["direction"] = core::toString(*layer.direction);
            j["skin"].push_back(entry);
        }
        j["choices"] = core::Json::array();
        if (const core::AttemptVisit* made = session.attempt().visit(visit->number)) {
            for (const auto choice : made->choices) j["choices"].push_back(core::toString(choice));
        }
    }
    if (const auto& report = session.report(); report && report->visitsPlayed) {
        for (const auto& s : report->sections) {
            if (s.section == core::Section::Visits) j["section"] = {{"score", s.score}, {"max", s.max}};
        }
        j["critical"] = core::Json::array();
        for (const auto& c : report->critical) j["critical"].push_back(c.id);
        j["passed"] = report->passed;
        j["total"] = report->total;
    }
    return j;
}

} // namespace app
