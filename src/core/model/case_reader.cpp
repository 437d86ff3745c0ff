// Reads a case file's structure into the Case model, reporting every
// structural problem against its JSON pointer.
#include "model/case_model.hpp"
#include "model/face_variant.hpp"
#include "terms/input_limits.hpp"

#include "model/protocol.hpp"

#include <algorithm>

namespace core {

const KeyZone* AnswerKey::zone(const std::string& id) const {
    const auto it = std::find_if(zones.begin(), zones.end(), [&](const KeyZone& z) { return z.zone == id; });
    return it == zones.end() ? nullptr : &*it;
}

const Choices<ScreeningMode>& screeningModeChoices() {
    static const Choices<ScreeningMode> c{{"checklist", ScreeningMode::Checklist}, {"recall", ScreeningMode::Recall}};
    return c;
}

const Finding* Case::finding(const std::string& findingId) const {
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.id == findingId; });
    return it == findings.end() ? nullptr : &*it;
}

namespace {

// Calls read(reader, index) for each object in an array member.
template <typename Fn> void forEachObject(ObjectReader& parent, const std::string& key, Need need, Fn read) {
    const Json* list = parent.array(key, need);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        ObjectReader r((*list)[i], parent.pointerOf(key) + "/" + std::to_string(i), parent.diagnostics());
        if (r.isObject()) read(r);
    }
}

Client readClient(ObjectReader& r) {
    Client c;
    c.name = r.string("name", Need::Required, false).value_or("");
    c.age = r.integer("age", Need::Required, 16, 110).value_or(0);
    c.sex = r.choice<std::string>("sex", Need::Required, {{"female", "female"}, {"male", "male"}, {"other", "other"}})
                .value_or("");
    c.fitzpatrick = r.integer("fitzpatrick", Need::Required, 1, 6).value_or(1);
    c.concerns = r.string("concerns", Need::Optional).value_or("");
    c.indications = r.stringArray("indications", Need::Optional);
    c.medicalHistory = r.stringArray("medical_history", Need::Optional);
    c.medications = r.stringArray("medications", Need::Optional);
    c.allergies = r.stringArray("allergies", Need::Optional);
    forEachObject(r, "recent_treatments", Need::Optional, [&](ObjectReader& t) {
        RecentTreatment rt;
        rt.what = t.string("what", Need::Required, false).value_or("");
        if (t.has("kind")) {
            rt.kind = t.choice("kind", Need::Required, treatmentKindChoices()).value_or(TreatmentKind::Other);
        } else {
            t.diagnostics().warning(t.pointer(), "no \"kind\": the profile's waits cannot apply to this treatment; add one of toxin, filler, "
                                                 "isotretinoin, peel, ablative, sun, childbirth, microneedling, topical_retinoid, radiotherapy, other");
        }
        rt.zone = t.string("zone", Need::Optional).value_or("");
        rt.weeksAgo = t.number("weeks_ago", Need::Required, 0, 520).value_or(0);
        c.recentTreatments.push_back(std::move(rt));
    });
    if (const Json* l = r.object("lifestyle", Need::Optional)) {
        ObjectReader lr(*l, r.pointerOf("lifestyle"), r.diagnostics());
        c.lifestyle.sunExposure =
            lr.choice<std::string>("sun_exposure", Need::Optional, {{"low", "low"}, {"moderate", "moderate"}, {"high", "high"}})
                .value_or("low");
        c.lifestyle.tanningLast2Weeks = lr.boolean("tanning_last_2_weeks", Need::Optional).value_or(false);
        c.lifestyle.pregnant = lr.boolean("pregnant", Need::Optional).value_or(false);
        c.lifestyle.breastfeeding = lr.boolean("breastfeeding", Need::Optional).value_or(false);
        c.lifestyle.smoker = lr.boolean("smoker", Need::Optional).value_or(false);
    }
    c.intakeNotes = r.string("intake_notes", Need::Optional).value_or("");
    c.face = r.string("face", Need::Optional, false).value_or("");
    checkClientFace(c, r.pointerOf("face"), r.diagnostics());
    return c;
}

Finding readFinding(ObjectReader& r) {
    Finding f;
    f.id = r.string("id", Need::Required, false).value_or("");
    f.type = r.string("type", Need::Required, false).value_or("");
    f.zone = r.string("zone", Need::Required, false).value_or("");
    if (const auto p = r.numberPair("position", Need::Required, 0.0, 1.0)) f.position = {p->first, p->second};
    f.radius = r.number("radius", Need::Optional, 0.003, 0.2).value_or(0.015);
    f.note = r.string("note", Need::Optional).value_or("");
    return f;
}

KeyFlag readFlag(ObjectReader& r) {
    KeyFlag k;
    k.id = r.string("id", Need::Required, false).value_or("");
    k.findings = r.stringArray("findings", Need::Optional);
    k.feedback = r.string("feedback", Need::Optional).value_or("");
    return k;
}

KeyZone readKeyZone(ObjectReader& r) {
    KeyZone z;
    z.zone = r.string("zone", Need::Required, false).value_or("");
    z.action = r.choice("action", Need::Required, zoneActionChoices()).value_or(ZoneAction::Avoid);
    z.bandKind = r.choice("band", Need::Optional, bandKindChoices());
    z.depthMm = r.band("depth_mm", Need::Optional, 0.0, kAbsoluteMaxDepthMm);
    if (r.has("patterns")) z.patterns = readChoiceArray(r, "patterns", Need::Optional, patternChoices());
    z.passes = r.intRange("passes", Need::Optional, kPassesLimit.min, kPassesLimit.max);
    if (r.has("endpoint") && r.has("endpoints")) {
        r.diagnostics().error(r.pointerOf("endpoint"), "give either \"endpoint\" or \"endpoints\", not both: keep \"endpoints\"");
    } else if (r.has("endpoints")) {
        z.endpoints = readChoiceArray(r, "endpoints", Need::Required, endpointChoices());
    } else if (const auto one = r.choice("endpoint", Need::Optional, endpointChoices())) {
        z.endpoints = {*one};
    }
    z.reason = r.string("reason", Need::Optional).value_or("");
    z.feedback = r.string("feedback", Need::Optional).value_or("");
    if (z.action == ZoneAction::Treat && !r.has("band") && !r.has("depth_mm")) {
        r.diagnostics().error(r.pointer(), "a treated zone needs \"band\" (e.g. \"rejuvenation\") or \"depth_mm\" [min, max]: add one");
    }
    if (z.action == ZoneAction::Treat && r.has("band") && r.has("depth_mm")) {
        r.diagnostics().error(r.pointerOf("depth_mm"), "give either \"band\" or \"depth_mm\", not both: remove one");
    }
    if (z.action == ZoneAction::Avoid) {
        for (const char* key : {"band", "depth_mm", "patterns", "passes", "endpoint", "endpoints"}) {
            if (r.has(key)) {
                r.diagnostics().error(r.pointerOf(key), std::string("an avoided zone takes no \"") + key + "\": remove it or set action to \"treat\"");
            }
        }
    }
    return z;
}

AnswerKey readKey(ObjectReader& r) {
    AnswerKey key;
    forEachObject(r, "contraindications", Need::Optional, [&](ObjectReader& f) { key.contraindications.push_back(readFlag(f)); });
    forEachObject(r, "distractors", Need::Optional, [&](ObjectReader& f) { key.distractors.push_back(readFlag(f)); });
    if (const Json* d = r.object("decision", Need::Required)) {
        ObjectReader dr(*d, r.pointerOf("decision"), r.diagnostics());
        key.decision.expected = dr.choice("expected", Need::Required, decisionChoices()).value_or(Decision::Treat);
        if (const Json* partial = dr.object("partial", Need::Optional)) {
            ObjectReader pr(*partial, dr.pointerOf("partial"), r.diagnostics());
            for (const auto& [name, value] : decisionChoices()) {
                if (const auto credit = pr.number(name, Need::Optional, 0.0, 1.0)) {
                    if (value == key.decision.expected) {
                        r.diagnostics().warning(pr.pointerOf(name), "partial credit for the expected decision itself is ignored (it earns full credit)");
                    } else if (isTreatingDecision(value) && isTreatingDecision(key.decision.expected)) {
                        r.diagnostics().warning(pr.pointerOf(name), "treat and treat_modified are one decision (the plan shows the changes), so "
                                                                    "this partial credit is ignored: remove it");
                    } else {
                        key.decision.partial[value] = *credit;
                    }
                }
            }
        }
        key.decision.reason = dr.string("reason", Need::Optional).value_or("");
    }
    forEachObject(r, "zones", Need::Required, [&](ObjectReader& z) { key.zones.push_back(readKeyZone(z)); });
    if (const Json* a = r.object("aftercare", Need::Optional)) {
        ObjectReader ar(*a, r.pointerOf("aftercare"), r.diagnostics());
        KeyAftercare k;
        k.required = ar.stringArray("required", Need::Required);
        k.harmful = ar.stringArray("harmful", Need::Optional);
        k.critical = ar.stringArray("critical", Need::Optional);
        k.feedback = ar.string("feedback", Need::Optional).value_or("");
        key.aftercare = std::move(k);
    }
    if (const Json* s = r.object("schedule", Need::Optional)) {
        ObjectReader sr(*s, r.pointerOf("schedule"), r.diagnostics());
        KeySchedule k;
        k.intervalWeeks = sr.intRange("interval_weeks", Need::Required, kIntervalWeeksLimit.min, kIntervalWeeksLimit.max).value_or(k.intervalWeeks);
        k.sessions = sr.intRange("sessions", Need::Required, kSessionsLimit.min, kSessionsLimit.max).value_or(k.sessions);
        k.feedback = sr.string("feedback", Need::Optional).value_or("");
        key.schedule = std::move(k);
    }
    if (const Json* f = r.object("follow_up", Need::Optional)) {
        ObjectReader fr(*f, r.pointerOf("follow_up"), r.diagnostics());
        KeyFollowUp k;
        k.rebookWeeks = fr.intRange("rebook_weeks", Need::Optional, kIntervalWeeksLimit.min, kIntervalWeeksLimit.max);
        k.referTo = fr.stringArray("refer_to", Need::Optional);
        k.advice = fr.stringArray("advice", Need::Optional);
        k.feedback = fr.string("feedback", Need::Optional).value_or("");
        key.followUp = std::move(k);
    }
    key.essentialQuestions = r.stringArray("essential_questions", Need::Optional);
    return key;
}

} // namespace

Case readCase(const Json& root, Diagnostics& diagnostics) {
    Case c;
    ObjectReader top(root, "", diagnostics);
    if (!top.isObject()) return c;
    (void)top.string("kind", Need::Required);
    (void)top.integer("schema_version", Need::Required, 1, 1);
    c.id = top.string("id", Need::Required, false).value_or("");
    const auto idChar = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-'; };
    if (!c.id.empty() && (c.id.front() == '-' || !std::all_of(c.id.begin(), c.id.end(), idChar))) {
        diagnostics.error(top.pointerOf("id"), "\"" + c.id + "\" is not a valid id: use lower-case letters, digits and '-'");
    }
    c.title = top.string("title", Need::Required, false).value_or(c.id);
    c.difficulty = top.choice("difficulty", Need::Required, difficultyChoices()).value_or(Difficulty::Beginner);
    c.tags = top.stringArray("tags", Need::Optional);
    c.protocol = top.string("protocol", Need::Required, false).value_or("");
    c.allowHints = top.boolean("allow_hints", Need::Optional).value_or(true);
    if (const Json* client = top.object("client", Need::Required)) {
        ObjectReader r(*client, top.pointerOf("client"), diagnostics);
        c.client = readClient(r);
    }
    if (const Json* interview = top.object("interview", Need::Optional)) {
        ObjectReader ir(*interview, top.pointerOf("interview"), diagnostics);
        Interview in;
        if (const Json* answers = ir.object("answers", Need::Required)) {
            ObjectReader ar(*answers, ir.pointerOf("answers"), diagnostics);
            for (const auto& [questionId, value] : answers->items()) {
                if (auto text = ar.string(questionId, Need::Required, false)) in.answers[questionId] = *text;
            }
        }
        c.interview = std::move(in);
    }
    c.screening = top.choice("screening", Need::Optional, screeningModeChoices());
    forEachObject(top, "findings", Need::Optional, [&](ObjectReader& r) { c.findings.push_back(readFinding(r)); });
    forEachObject(top, "skin", Need::Optional, [&](ObjectReader& r) { c.skin.push_back(readSkinLayer(r)); });
    if (const Json* visits = top.array("visits", Need::Optional)) c.visits = readCaseVisitSteps(*visits, top.pointerOf("visits"), diagnostics);
    if (const Json* key = top.object("key", Need::Required)) {
        ObjectReader r(*key, top.pointerOf("key"), diagnostics);
        c.key = readKey(r);
    }
    forEachObject(top, "sources", Need::Optional, [&](ObjectReader& r) {
        Source s;
        if (r.has("ref") || !r.has("citation")) {
            s.ref = r.string("ref", Need::Required, false).value_or("");
            s.note = r.string("note", Need::Optional).value_or("");
        } else {
            s.citation = r.string("citation", Need::Required, false).value_or("");
            s.tier = r.choice("tier", Need::Required, tierChoices()).value_or(Tier::Industry);
            r.diagnostics().warning(r.pointer(), "a free-text citation: cite a reference from assets/references.json instead, as "
                                                 "{\"ref\": \"id\"}, so trainees can open the full reference");
        }
        c.sources.push_back(std::move(s));
    });
    readCaseVary(top, c.vary, c.variantOf);
    return c;
}

} // namespace core
