// Attempt reading, checking against its case, and writing.
#include "model/attempt.hpp"
#include "terms/input_limits.hpp"

#include "json/object_reader.hpp"
#include "base/text_similarity.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace core {

const AttemptZone* Attempt::zone(const std::string& id) const {
    const auto it = std::find_if(zones.begin(), zones.end(), [&](const AttemptZone& z) { return z.zone == id; });
    return it == zones.end() ? nullptr : &*it;
}

void Attempt::dropPlan() {
    zones.clear();
    aftercare.clear();
    intervalWeeks.reset();
    sessions.reset();
    perform.reset();
}

bool Attempt::flagged(const std::string& id) const { return std::find(flags.begin(), flags.end(), id) != flags.end(); }

bool Attempt::asked(const std::string& questionId) const {
    return std::find(questions.begin(), questions.end(), questionId) != questions.end();
}

bool Attempt::choseAftercare(const std::string& id) const {
    return std::find(aftercare.begin(), aftercare.end(), id) != aftercare.end();
}

const AttemptVisit* Attempt::visit(int number) const {
    for (const auto& v : visits) {
        if (v.number == number) return &v;
    }
    return nullptr;
}

bool Attempt::gaveAdvice(const std::string& id) const {
    return std::find(followUp.advice.begin(), followUp.advice.end(), id) != followUp.advice.end();
}

Attempt readAttempt(const Json& root, Diagnostics& diagnostics, const std::string& pointer) {
    Attempt a;
    ObjectReader top(root, pointer, diagnostics);
    if (!top.isObject()) return a;
    (void)top.string("kind", Need::Required);
    (void)top.integer("schema_version", Need::Required, 1, 1);
    a.caseId = top.string("case_id", Need::Required, false).value_or("");
    a.flags = top.stringArray("flags", Need::Optional);
    if (const Json* reasons = top.object("flag_reasons", Need::Optional)) {
        for (const auto& [id, reason] : reasons->items()) {
            if (reason.is_string()) a.flagReasons[id] = reason.get<std::string>();
            else diagnostics.error(top.pointerOf("flag_reasons") + "/" + id, "a flag's reason must be text (the words that prompted it)");
        }
    }
    a.questions = top.stringArray("questions", Need::Optional); // absent in attempts from before the interview
    const auto decision = top.choice("decision", Need::Optional, decisionChoices());
    a.decision = decision.value_or(Decision::Treat);
    a.decisionGiven = decision.has_value() || top.has("decision");
    if (const Json* zones = top.array("zones", Need::Optional)) {
        for (std::size_t i = 0; i < zones->size(); ++i) {
            ObjectReader r((*zones)[i], top.pointerOf("zones") + "/" + std::to_string(i), diagnostics);
            if (!r.isObject()) continue;
            AttemptZone z;
            z.zone = r.string("zone", Need::Required, false).value_or("");
            z.action = r.choice("action", Need::Required, zoneActionChoices()).value_or(ZoneAction::Avoid);
            const Need planNeed = z.action == ZoneAction::Treat ? Need::Required : Need::Optional;
            z.depthMm = r.number("depth_mm", planNeed, 0.25, 3.5);
            if (z.depthMm && std::abs(*z.depthMm * 4.0 - std::round(*z.depthMm * 4.0)) > 1e-9) {
                diagnostics.error(r.pointerOf("depth_mm"), "depth must be a multiple of 0.25 mm (the pen's steps)");
                z.depthMm.reset();
            }
            z.patterns = readChoiceArray(r, "patterns", Need::Optional, patternChoices());
            z.passes = r.integer("passes", Need::Optional, kPassesLimit.min, kPassesLimit.max);
            z.endpoint = r.choice("endpoint", Need::Optional, endpointChoices());
            z.exclude = r.stringArray("exclude", Need::Optional);
            if (z.action == ZoneAction::Avoid) {
                for (const char* key : {"depth_mm", "patterns", "passes", "endpoint", "exclude"}) {
                    if (r.has(key)) diagnostics.error(r.pointerOf(key), std::string("an avoided zone takes no \"") + key + "\": remove it");
                }
            }
            a.zones.push_back(std::move(z));
        }
    }
    a.aftercare = top.stringArray("aftercare", Need::Optional);
    if (const Json* s = top.object("schedule", Need::Optional)) {
        ObjectReader r(*s, top.pointerOf("schedule"), diagnostics);
        a.intervalWeeks = r.integer("interval_weeks", Need::Optional, kIntervalWeeksLimit.min, kIntervalWeeksLimit.max);
        a.sessions = r.integer("sessions", Need::Optional, kSessionsLimit.min, kSessionsLimit.max);
    }
    if (const Json* f = top.object("follow_up", Need::Optional)) {
        ObjectReader r(*f, top.pointerOf("follow_up"), diagnostics);
        a.followUp.rebookWeeks = r.integer("rebook_weeks", Need::Optional, kIntervalWeeksLimit.min, kIntervalWeeksLimit.max);
        a.followUp.referTo = r.string("refer_to", Need::Optional, false).value_or("");
        a.followUp.advice = r.stringArray("advice", Need::Optional);
    }
    a.timeSpentS = top.number("time_spent_s", Need::Optional, 0, 1e7);
    a.visitSeed = static_cast<std::uint32_t>(top.number("visit_seed", Need::Optional, 0, 4294967295.0).value_or(0));
    if (const Json* visits = top.array("visits", Need::Optional)) {
        for (std::size_t i = 0; i < visits->size(); ++i) {
            ObjectReader r((*visits)[i], top.pointerOf("visits") + "/" + std::to_string(i), diagnostics);
            if (!r.isObject()) continue;
            AttemptVisit v;
            v.number = r.integer("visit", Need::Required, 1, 100).value_or(1);
            v.choices = readChoiceArray(r, "choices", Need::Optional, managementChoices());
            r.finish();
            if (a.visit(v.number)) diagnostics.error(r.pointerOf("visit"), "visit " + std::to_string(v.number) + " is listed twice: give each visit's choices once");
            else a.visits.push_back(std::move(v));
        }
    }
    if (const Json* perform = top.object("perform", Need::Optional)) a.perform = readPerformRecord(*perform, diagnostics, top.pointerOf("perform"));
    return a;
}

void checkSubmittable(const Attempt& a, Diagnostics& d) {
    if (!a.decisionGiven) {
        d.error("/decision", "choose a decision before submitting: add \"decision\" (treat, treat_modified, defer or refer); an attempt without one is not graded");
    }
}

void checkAttemptAgainstCase(const Attempt& a, const Case& c, const ReferenceData& data, Diagnostics& d) {
    if (a.caseId != c.id) {
        d.error("/case_id", "this attempt is for case \"" + a.caseId + "\", not \"" + c.id + "\": grade it against its own case");
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < a.flags.size(); ++i) {
        const std::string p = "/flags/" + std::to_string(i);
        if (!data.catalogue.findScreening(a.flags[i])) {
            d.error(p, "unknown screening id \"" + a.flags[i] + "\"." + didYouMean(a.flags[i], data.catalogue.screeningIds()));
        } else if (!seen.insert(a.flags[i]).second) {
            d.error(p, "\"" + a.flags[i] + "\" is flagged twice: remove the duplicate");
        }
    }
    for (const auto& [id, reason] : a.flagReasons) {
        if (!a.flagged(id)) d.error("/flag_reasons/" + id, "a reason for \"" + id + "\", which is not flagged: flag it or remove the reason");
    }
    seen.clear();
    if (!a.questions.empty() && !c.interview) {
        d.error("/questions", "case \"" + c.id + "\" has no interview, so no question can be asked: remove \"questions\"");
    }
    for (std::size_t i = 0; c.interview && i < a.questions.size(); ++i) {
        const std::string p = "/questions/" + std::to_string(i);
        if (!data.catalogue.findQuestion(a.questions[i])) {
            d.error(p, "unknown question \"" + a.questions[i] + "\"." + didYouMean(a.questions[i], data.catalogue.questionIds()));
        } else if (!seen.insert(a.questions[i]).second) {
            d.error(p, "\"" + a.questions[i] + "\" is asked twice: keep the first");
        }
    }
    seen.clear();
    for (std::size_t i = 0; i < a.zones.size(); ++i) {
        const std::string p = "/zones/" + std::to_string(i) + "/zone";
        const auto& z = a.zones[i].zone;
        if (!data.zones.find(z)) {
            d.error(p, "unknown zone \"" + z + "\"." + didYouMean(z, data.zones.ids()));
        } else if (!seen.insert(z).second) {
            d.error(p, "zone \"" + z + "\" appears twice: keep one entry per zone");
        }
        const auto& excluded = a.zones[i].exclude;
        for (std::size_t k = 0; k < excluded.size(); ++k) {
            const Finding* f = c.finding(excluded[k]);
            const std::string ep = "/zones/" + std::to_string(i) + "/exclude/" + std::to_string(k);
            if (!f) {
                std::vector<std::string> ids;
                for (const auto& x : c.findings) ids.push_back(x.id);
                d.error(ep, "unknown finding \"" + excluded[k] + "\" in this case." + didYouMean(excluded[k], ids));
            } else if (f->zone != z) {
                d.error(ep, "finding \"" + excluded[k] + "\" lies in the " + f->zone + ", not the " + z + ": exclude it from its own zone");
            }
        }
    }
    if (a.perform) {
        if (!data.catalogue.findCartridge(a.perform->cartridge)) {
            d.error("/perform/cartridge", "unknown cartridge \"" + a.perform->cartridge + "\"." + didYouMean(a.perform->cartridge, data.catalogue.cartridgeIds()));
        }
        for (std::size_t i = 0; i < a.perform->strokes.size(); ++i) {
            const auto& z = a.perform->strokes[i].zone;
            const std::string p = "/perform/strokes/" + std::to_string(i) + "/zone";
            if (!data.zones.find(z)) {
                d.error(p, "unknown zone \"" + z + "\"." + didYouMean(z, data.zones.ids()));
            } else if (const AttemptZone* planned = a.zone(z); !planned || planned->action != ZoneAction::Treat) {
                // The grader lets a stroke cross its own zone only because the plan treats it.
                d.error(p, "a stroke drawn for \"" + z + "\", a zone this attempt does not treat: add it to \"zones\" with \"action\": \"treat\" or remove the stroke");
            }
        }
    }
    if (!a.followUp.referTo.empty() && !data.catalogue.findReferral(a.followUp.referTo)) {
        d.error("/follow_up/refer_to", "unknown referral \"" + a.followUp.referTo + "\"." + didYouMean(a.followUp.referTo, data.catalogue.referralIds()));
    }
    for (std::size_t i = 0; i < a.followUp.advice.size(); ++i) {
        if (!data.catalogue.findAdvice(a.followUp.advice[i])) {
            d.error("/follow_up/advice/" + std::to_string(i),
                    "unknown advice id \"" + a.followUp.advice[i] + "\"." + didYouMean(a.followUp.advice[i], data.catalogue.adviceIds()));
        }
    }
    seen.clear();
    for (std::size_t i = 0; i < a.aftercare.size(); ++i) {
        const std::string p = "/aftercare/" + std::to_string(i);
        if (!data.catalogue.findAftercare(a.aftercare[i])) {
            d.error(p, "unknown aftercare id \"" + a.aftercare[i] + "\"." + didYouMean(a.aftercare[i], data.catalogue.aftercareIds()));
        } else if (!seen.insert(a.aftercare[i]).second) {
            d.error(p, "\"" + a.aftercare[i] + "\" is chosen twice: remove the duplicate");
        }
    }
}

Json attemptToJson(const Attempt& a) {
    Json j;
    j["$schema"] = "../schema/attempt.schema.json";
    j["kind"] = "attempt";
    j["schema_version"] = 1;
    j["case_id"] = a.caseId;
    j["flags"] = a.flags;
    if (!a.flagReasons.empty()) j["flag_reasons"] = a.flagReasons; // left out when none, so older attempts write as before
    if (!a.questions.empty()) j["questions"] = a.questions; // left out when none, so older attempts write as before
    if (a.decisionGiven) j["decision"] = toString(a.decision);
    j["zones"] = Json::array();
    for (const auto& z : a.zones) {
        Json zj;
        zj["zone"] = z.zone;
        zj["action"] = toString(z.action);
        if (z.action == ZoneAction::Treat) {
            if (z.depthMm) zj["depth_mm"] = *z.depthMm;
            Json patterns = Json::array();
            for (auto p : z.patterns) patterns.push_back(toString(p));
            zj["patterns"] = patterns;
            if (z.passes) zj["passes"] = *z.passes;
            if (z.endpoint) zj["endpoint"] = toString(*z.endpoint);
            if (!z.exclude.empty()) zj["exclude"] = z.exclude;
        }
        j["zones"].push_back(zj);
    }
    j["aftercare"] = a.aftercare;
    if (a.intervalWeeks || a.sessions) {
        Json s;
        if (a.intervalWeeks) s["interval_weeks"] = *a.intervalWeeks;
        if (a.sessions) s["sessions"] = *a.sessions;
        j["schedule"] = s;
    }
    if (a.followUp.rebookWeeks || !a.followUp.referTo.empty() || !a.followUp.advice.empty()) {
        Json f = Json::object();
        if (a.followUp.rebookWeeks) f["rebook_weeks"] = *a.followUp.rebookWeeks;
        if (!a.followUp.referTo.empty()) f["refer_to"] = a.followUp.referTo;
        if (!a.followUp.advice.empty()) f["advice"] = a.followUp.advice;
        j["follow_up"] = f;
    }
    if (a.timeSpentS) j["time_spent_s"] = *a.timeSpentS;
    if (a.visitSeed != 0 || !a.visits.empty()) j["visit_seed"] = a.visitSeed;
    if (!a.visits.empty()) {
        Json visits = Json::array();
        for (const auto& v : a.visits) {
            Json choices = Json::array();
            for (auto c : v.choices) choices.push_back(toString(c));
            visits.push_back(Json{{"visit", v.number}, {"choices", choices}});
        }
        j["visits"] = visits;
    }
    if (a.perform) j["perform"] = performRecordToJson(*a.perform); // left out when not performed, as before
    return j;
}

} // namespace core
