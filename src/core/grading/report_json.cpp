// Report serialisation (field names documented in the README).
#include "grading/report_json.hpp"

namespace core {

Json reportToJson(const Report& r) {
    Json j;
    j["case_id"] = r.caseId;
    j["protocol"] = r.protocolId;
    j["score"] = r.total;
    j["passed"] = r.passed;
    j["pass_mark"] = r.passMark;
    j["rules_version"] = r.rulesVersion;
    j["follow_up"] = r.followUp;
    j["screening_floor"] = r.screeningFloor;
    j["screening_floor_met"] = r.screeningFloorMet;
    j["zones"] = Json::object();
    for (const auto& [zone, verdict] : r.zoneVerdicts) j["zones"][zone] = toString(verdict);
    j["critical"] = Json::array();
    for (const auto& c : r.critical) j["critical"].push_back({{"id", c.id}, {"message", c.message}});
    j["sections"] = Json::array();
    for (const auto& s : r.sections) {
        j["sections"].push_back({{"id", toString(s.section)}, {"label", sectionLabel(s.section, r.followUp)}, {"score", s.score}, {"max", s.max}, {"graded", s.max > 0.0}});
    }
    j["items"] = Json::array();
    for (const auto& i : r.items) {
        j["items"].push_back({{"section", toString(i.section)}, {"id", i.id()}, {"expected", i.expected}, {"given", i.given},
                              {"points", i.points}, {"max", i.max}, {"explanation", i.explanation()}, {"source", i.source.str()}, {"citations", i.citations.str()},
                              {"tier", i.tier}});
    }
    return j;
}

} // namespace core
