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
        Json& item = j["items"].emplace_back(Json{{"section", toString(i.section)}, {"id", i.id()}, {"expected", i.expected}, {"given", i.given},
                                                  {"points", i.points}, {"max", i.max}, {"explanation", i.explanation()}, {"source", i.source.str()},
                                                  {"citations", i.citations.str()}, {"tier", i.tier}});
        if (i.critical) item["critical"] = true; // only when set, so other lines read as before
    }
    if (r.technique != TechniqueStatus::NotPerformed) { // left out when not performed, so older reports read the same
        j["technique"] = toString(r.technique);
        j["perform"] = Json::array();
        for (const auto& m : r.perform.zones) {
            Json directions = Json::object();
            for (const auto& [pattern, n] : m.directions) directions[toString(pattern)] = n;
            j["perform"].push_back({{"zone", m.zone}, {"coverage", m.coverage}, {"passes", m.passes}, {"evenness", m.evenness},
                                    {"glide_mm_s", m.glideSpeedMmS}, {"strokes", m.strokes}, {"stamps", m.stamps}, {"directions", directions},
                                    {"missed_part", toString(m.missedPart)}});
        }
    }
    return j;
}

} // namespace core

#include "json/object_reader.hpp"

#include <mutex>
#include <set>

namespace core {
namespace report_json_detail {

// LineItem keeps its kind and aspect as views of string literals; a report
// read back needs the same lifetime, so each distinct word is kept once for
// the life of the process (a few dozen words in practice).
std::string_view internWord(std::string_view word) {
    static std::mutex guard;
    static std::set<std::string, std::less<>> words;
    const std::lock_guard lock(guard);
    auto it = words.find(word);
    if (it == words.end()) it = words.emplace(word).first;
    return *it;
}

// The grader's kinds whose items have an aspect but no subject ("schedule:interval").
bool kindHasNoSubject(std::string_view kind) { return kind == "schedule" || kind == "follow_up"; }

void splitItemId(const std::string& id, LineItem& item) {
    const auto first = id.find(':');
    if (first == std::string::npos) {
        item.kind = internWord(id);
        return;
    }
    item.kind = internWord(std::string_view(id).substr(0, first));
    const auto last = id.rfind(':');
    if (last == first) {
        const std::string rest = id.substr(first + 1);
        if (kindHasNoSubject(item.kind)) item.aspect = internWord(rest);
        else item.subject = rest;
        return;
    }
    item.subject = id.substr(first + 1, last - first - 1);
    item.aspect = internWord(std::string_view(id).substr(last + 1));
}

const Choices<Section>& sectionChoices() {
    static const Choices<Section> choices = {{"screening", Section::Screening}, {"plan", Section::Plan},
                                             {"aftercare", Section::Aftercare}, {"schedule", Section::Schedule},
                                             {"visits", Section::Visits},
                                             {"technique", Section::Technique}};
    return choices;
}

const Choices<ZoneVerdict>& zoneVerdictChoices() {
    static const Choices<ZoneVerdict> choices = [] {
        Choices<ZoneVerdict> out;
        for (ZoneVerdict v : {ZoneVerdict::Correct, ZoneVerdict::Technique, ZoneVerdict::TooShallow, ZoneVerdict::TooDeep,
                              ZoneVerdict::Missed, ZoneVerdict::MustAvoid, ZoneVerdict::Unplanned}) {
            out.emplace_back(toString(v), v);
        }
        return out;
    }();
    return choices;
}

constexpr std::string_view kVoidPrefix = "Void: this client should not have been treated today. ";

LineItem readItem(const Json& node, const std::string& pointer, Diagnostics& d) {
    LineItem item;
    ObjectReader r(node, pointer, d);
    if (auto section = r.choice("section", Need::Required, sectionChoices())) item.section = *section;
    if (auto id = r.string("id", Need::Required, false)) splitItemId(*id, item);
    item.expected = r.string("expected", Need::Optional).value_or("");
    item.given = r.string("given", Need::Optional).value_or("");
    item.points = r.number("points", Need::Required, -1e6, 1e6).value_or(0.0);
    item.max = r.number("max", Need::Required, 0.0, 1e6).value_or(0.0);
    std::string explanation = r.string("explanation", Need::Optional).value_or("");
    if (explanation.starts_with(kVoidPrefix)) {
        item.voided = true;
        explanation.erase(0, kVoidPrefix.size());
    }
    item.teaching = std::move(explanation);
    item.source = r.string("source", Need::Optional).value_or("");
    item.citations = r.string("citations", Need::Optional).value_or("");
    item.tier = r.string("tier", Need::Optional).value_or("");
    item.critical = r.boolean("critical", Need::Optional).value_or(false);
    return item;
}

} // namespace report_json_detail

Report readReport(const Json& root, Diagnostics& d, const std::string& pointer) {
    using namespace report_json_detail;
    Report report;
    ObjectReader r(root, pointer, d);
    if (!r.isObject()) return report;
    report.caseId = r.string("case_id", Need::Required, false).value_or("");
    report.protocolId = r.string("protocol", Need::Optional).value_or("");
    report.total = r.number("score", Need::Required, 0.0, 100.0).value_or(0.0);
    report.passed = r.boolean("passed", Need::Required).value_or(false);
    report.passMark = r.number("pass_mark", Need::Optional, 0.0, 100.0).value_or(70.0);
    report.rulesVersion = r.integer("rules_version", Need::Optional, 1, 1000).value_or(1);
    report.followUp = r.boolean("follow_up", Need::Optional).value_or(false);
    report.screeningFloor = r.number("screening_floor", Need::Optional, 0.0, 1.0).value_or(0.0);
    report.screeningFloorMet = r.boolean("screening_floor_met", Need::Optional).value_or(true);
    if (const Json* zones = r.object("zones", Need::Optional)) {
        for (const auto& [zone, verdict] : zones->items()) {
            const std::string at = r.pointerOf("zones") + "/" + escapePointerToken(zone);
            bool known = false;
            for (const auto& [name, value] : zoneVerdictChoices()) {
                if (verdict.is_string() && verdict.get<std::string>() == name) {
                    report.zoneVerdicts[zone] = value;
                    known = true;
                }
            }
            if (!known) d.error(at, "not a zone verdict (correct, technique, too_shallow, too_deep, missed, must_avoid, unplanned)");
        }
    }
    if (const Json* critical = r.array("critical", Need::Optional)) {
        for (std::size_t i = 0; i < critical->size(); ++i) {
            ObjectReader c((*critical)[i], r.pointerOf("critical") + "/" + std::to_string(i), d);
            CriticalError error;
            error.id = c.string("id", Need::Required, false).value_or("");
            error.message = c.string("message", Need::Optional).value_or("");
            report.critical.push_back(std::move(error));
        }
    }
    if (const Json* sections = r.array("sections", Need::Optional)) {
        for (std::size_t i = 0; i < sections->size(); ++i) {
            ObjectReader s((*sections)[i], r.pointerOf("sections") + "/" + std::to_string(i), d);
            SectionScore score;
            if (auto id = s.choice("id", Need::Required, sectionChoices())) score.section = *id;
            score.score = s.number("score", Need::Required, 0.0, 100.0).value_or(0.0);
            score.max = s.number("max", Need::Required, 0.0, 100.0).value_or(0.0);
            (void)s.string("label", Need::Optional);
            (void)s.boolean("graded", Need::Optional);
            report.sections.push_back(score);
        }
    }
    report.technique = r.choice<TechniqueStatus>("technique", Need::Optional,
                                                 {{"not_performed", TechniqueStatus::NotPerformed}, {"not_assessed", TechniqueStatus::NotAssessed},
                                                  {"assessed", TechniqueStatus::Assessed}})
                           .value_or(TechniqueStatus::NotPerformed);
    if (const Json* perform = r.array("perform", Need::Optional)) {
        for (std::size_t i = 0; i < perform->size(); ++i) {
            ObjectReader z((*perform)[i], r.pointerOf("perform") + "/" + std::to_string(i), d);
            if (!z.isObject()) continue;
            ZoneMeasures m;
            m.zone = z.string("zone", Need::Required, false).value_or("");
            m.coverage = z.number("coverage", Need::Required, 0.0, 1.0).value_or(0.0);
            m.passes = z.number("passes", Need::Required, 0.0, 65535.0).value_or(0.0);
            m.evenness = z.number("evenness", Need::Required, 0.0, 1e6).value_or(0.0);
            m.glideSpeedMmS = z.number("glide_mm_s", Need::Required, 0.0, 1e6).value_or(0.0);
            m.strokes = z.integer("strokes", Need::Optional, 0, 1000000).value_or(0);
            m.stamps = z.integer("stamps", Need::Optional, 0, 1000000).value_or(0);
            // "" (nothing missed) is what older reports and a covered zone hold.
            if (z.has("missed_part") && (*perform)[i]["missed_part"] == "") (void)z.string("missed_part", Need::Optional);
            else m.missedPart = z.choice<MissedPart>("missed_part", Need::Optional, missedPartChoices()).value_or(MissedPart::None);
            if (const Json* directions = z.object("directions", Need::Optional)) {
                for (const auto& [name, pattern] : patternChoices()) {
                    if (directions->contains(name) && (*directions)[name].is_number_integer()) m.directions[pattern] = (*directions)[name].get<int>();
                }
            }
            report.perform.zones.push_back(std::move(m));
        }
    }
    if (const Json* items = r.array("items", Need::Required)) {
        report.items.reserve(items->size());
        for (std::size_t i = 0; i < items->size(); ++i) {
            report.items.push_back(readItem((*items)[i], r.pointerOf("items") + "/" + std::to_string(i), d));
        }
    }
    return report;
}

} // namespace core
