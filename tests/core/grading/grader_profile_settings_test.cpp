// Every profile setting matters: for each setting a profile can hold, an
// attempt whose grade (score, pass, critical errors) or cited rule changes
// when only that setting changes. A second test reads the bundled profile and
// fails when it holds a setting this table does not name, so a new setting
// cannot be added without proving that the grader reads it.
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"

#include "fixtures.hpp"

#include "perform/stroke_points.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <set>

namespace fs = std::filesystem;

// A named namespace: unity builds compile test files together, and file-local names would clash.
namespace profile_settings {

const core::ReferenceData& data() { return fixtures::referenceData(); }

core::Case libraryCase(const std::string& id) {
    auto c = core::loadCaseFile(fs::path(MN_SOURCE_ROOT) / "cases/library" / (id + ".json"), data());
    REQUIRE(c.has_value());
    return *c;
}

core::Attempt modelAnswer(const std::string& id) {
    auto a = core::loadAttemptFile(fs::path(MN_SOURCE_ROOT) / "cases/answers" / (id + ".answer.json"));
    REQUIRE(a.has_value());
    return *a;
}

core::AttemptZone* zoneOf(core::Attempt& a, const std::string& zone) {
    for (auto& z : a.zones) {
        if (z.zone == zone) return &z;
    }
    FAIL("no zone " << zone);
    return nullptr;
}

// The fixture case (a mole on the left cheek, forehead treated) with an isotretinoin
// course the key does not mention, 10 weeks ago, and no schedule of its own.
core::Case fixtureCase() {
    auto json = fixtures::validCase();
    json["client"]["recent_treatments"] = core::Json::parse(R"([{ "what": "Isotretinoin, last dose", "kind": "isotretinoin", "weeks_ago": 10 }])");
    json["key"].erase("schedule");
    core::Diagnostics d;
    auto c = core::readCase(json, d);
    REQUIRE_FALSE(d.hasErrors());
    return c;
}

core::Attempt fixtureAttempt() {
    core::Attempt a;
    a.caseId = "fixture-mole";
    a.flags = {"raised_lesion", "isotretinoin"};
    a.decision = core::Decision::Defer;
    a.followUp.rebookWeeks = 18;
    return a;
}

// The same case without the isotretinoin: treated, forehead at 0.5 mm, 4 weeks apart, 3 sessions.
core::Case treatingFixtureCase() {
    auto c = fixtureCase();
    c.client.recentTreatments.clear();
    return c;
}

core::Attempt treatingFixtureAttempt() {
    core::Attempt a;
    a.caseId = "fixture-mole";
    a.flags = {"raised_lesion"};
    a.decision = core::Decision::TreatModified;
    a.zones.push_back({"forehead", core::ZoneAction::Treat, 0.5, {core::Pattern::Vertical, core::Pattern::Horizontal, core::Pattern::Oblique}, 2,
                       core::Endpoint::Erythema});
    a.zones.push_back({"cheek_left", core::ZoneAction::Avoid, {}, {}, {}, {}});
    a.intervalWeeks = 4;
    a.sessions = 3;
    return a;
}

// What a setting can change: the grade, or the rule's words and sources the debrief shows.
std::string gradeOf(const core::Report& r) {
    std::string out = std::to_string(r.total) + (r.passed ? " pass" : " fail");
    for (const auto& c : r.critical) out += " " + c.id;
    return out;
}

std::string citedOf(const core::Report& r) {
    std::string out;
    for (const auto& i : r.items) out += i.id() + "|" + i.source.str() + "|" + i.teaching.str() + "|" + i.tier + "\n";
    for (const auto& c : r.critical) out += c.message + "\n";
    return out;
}

struct Setting {
    std::string path;                                 // as in the profile file, with * for a zone or a wait kind
    std::function<void(core::Protocol&)> change;      // only this setting changes
    std::function<core::Case()> makeCase;
    std::function<core::Attempt()> makeAttempt;
    bool citationOnly = false;                        // a source or teaching text: the cited rule changes, not the score
};

std::function<core::Case()> lib(const std::string& id) { return [id] { return libraryCase(id); }; }
std::function<core::Attempt()> answer(const std::string& id, std::function<void(core::Attempt&)> tweak = {}) {
    return [id, tweak] {
        auto a = modelAnswer(id);
        if (tweak) tweak(a);
        return a;
    };
}

// Perform mode: the acne model answer with strokes drawn for the left cheek
// (each {from, to, ms}); a cross of two 20 mm/s glides unless a test adds others.
struct PenLine { glm::dvec2 from; glm::dvec2 to; int ms; };
std::function<core::Attempt()> performed(std::vector<PenLine> lines = {{{0.56, 0.43}, {0.66, 0.43}, 1800}, {{0.61, 0.38}, {0.61, 0.48}, 2400}}) {
    return [lines] {
        auto a = modelAnswer("a-acne-scars-cheeks");
        core::PerformRecord record;
        record.cartridge = "needles_12";
        std::int64_t start = 0;
        for (const auto& l : lines) {
            record.strokes.push_back(core::strokeThrough(data().zones, "cheek_left", {l.from, l.to}, l.ms, start));
            start = record.strokes.back().endMs() + 200;
        }
        a.perform = record;
        return a;
    };
}

core::Wait& waitOf(core::Protocol& p, core::TreatmentKind kind) {
    for (auto& w : p.waits) {
        if (w.kind == kind) return w;
    }
    FAIL("no wait");
    return p.waits.front();
}

const std::vector<Setting>& settings() {
    using core::TreatmentKind;
    static const std::vector<Setting> table{
        // Depths and zones.
        {"max_depth_mm", [](core::Protocol& p) { p.maxDepthMm = 1.5; }, lib("a-acne-scars-cheeks"), answer("a-acne-scars-cheeks")},
        {"zones.*.safety_max_mm", [](core::Protocol& p) { p.zones["cheek_left"].safetyMaxMm = 1.5; }, lib("a-acne-scars-cheeks"), answer("a-acne-scars-cheeks")},
        {"zones.*.bands", [](core::Protocol& p) { p.zones["cheek_left"].bands[core::BandKind::Scars] = {2.0, 2.5}; }, lib("a-acne-scars-cheeks"), answer("a-acne-scars-cheeks")},
        {"zones.*.band_refs", [](core::Protocol& p) { p.zones["cheek_right"].bandCitations[core::BandKind::Pigmentation].source = core::SharedText("Changed"); },
         lib("a-melasma-raised-mole"), answer("a-melasma-raised-mole"), true},
        {"zones.*.note", [](core::Protocol& p) { p.zones["forehead"].note = core::SharedText("Changed note"); }, treatingFixtureCase, treatingFixtureAttempt,
         true},
        {"zones.*.refs", [](core::Protocol& p) { p.zones["cheek_left"].source = core::SharedText("Changed"); }, lib("a-acne-scars-cheeks"), answer("a-acne-scars-cheeks"), true},
        {"zones.*.tier", [](core::Protocol& p) { p.zones["jawline_left"].tier = core::Tier::PeerReviewed; }, lib("a-acne-scars-cheeks"), answer("a-acne-scars-cheeks"), true},
        {"zones.*.critical_passes_above", [](core::Protocol& p) { p.zones["forehead"].criticalPassesAbove.reset(); }, lib("a-fine-lines-forehead-eyes"),
         answer("a-fine-lines-forehead-eyes", [](core::Attempt& a) { zoneOf(a, "forehead")->passes = 4; })},
        // Technique.
        {"plan_defaults.patterns", [](core::Protocol& p) { p.planDefaults.patterns = {core::Pattern::Vertical}; }, lib("a-fine-lines-forehead-eyes"),
         answer("a-fine-lines-forehead-eyes", [](core::Attempt& a) { zoneOf(a, "forehead")->patterns = {core::Pattern::Vertical}; })},
        {"plan_defaults.passes", [](core::Protocol& p) { p.planDefaults.passes = {1, 1}; }, lib("a-fine-lines-forehead-eyes"), answer("a-fine-lines-forehead-eyes")},
        {"plan_defaults.erythema_max_mm", [](core::Protocol& p) { p.planDefaults.erythemaMaxMm = 0.25; }, lib("b-alopecia-crown-hairline"),
         answer("b-alopecia-crown-hairline")},
        {"plan_defaults.bleeding_min_mm", [](core::Protocol& p) { p.planDefaults.bleedingMinMm = 2.0; }, lib("a-acne-scars-cheeks"), answer("a-acne-scars-cheeks")},
        {"plan_defaults.refs", [](core::Protocol& p) { p.planDefaults.technique.source = core::SharedText("Changed"); }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks"), true},
        {"plan_defaults.endpoint_refs", [](core::Protocol& p) { p.planDefaults.endpoint.source = core::SharedText("Changed"); }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks"), true},
        // Perform mode's technique section.
        {"weights.technique", [](core::Protocol& p) { p.weights.technique = 40; }, lib("a-acne-scars-cheeks"), performed()},
        {"technique.coverage_min", [](core::Protocol& p) { p.technique.coverageMin = 0.1; }, lib("a-acne-scars-cheeks"), performed()},
        {"technique.evenness_max_spread", [](core::Protocol& p) { p.technique.evennessMaxSpread = 0.0; }, lib("a-acne-scars-cheeks"), performed()},
        {"technique.glide_mm_s", [](core::Protocol& p) { p.technique.glideMinMmS = 25.0; }, lib("a-acne-scars-cheeks"), performed()},
        {"technique.stray_penalty", [](core::Protocol& p) { p.technique.strayPenalty = 3.0; }, lib("a-acne-scars-cheeks"),
         performed({{{0.66, 0.40}, {0.66, 0.30}, 2400}})},
        {"technique.critical_stray_into_no_go", [](core::Protocol& p) { p.technique.criticalStrayIntoNoGo = false; }, lib("a-acne-scars-cheeks"),
         performed({{{0.56, 0.322}, {0.60, 0.322}, 720}})},
        {"technique.refs", [](core::Protocol& p) { p.technique.coverage.source = core::SharedText("Changed"); }, lib("a-acne-scars-cheeks"), performed(), true},
        {"technique.handling_refs", [](core::Protocol& p) { p.technique.handling.source = core::SharedText("Changed"); }, lib("a-acne-scars-cheeks"), performed(),
         true},
        // Modifiers.
        {"modifiers.filler_cap_mm", [](core::Protocol& p) { p.modifiers.fillerCapMm = 0.0; }, lib("b-dark-circles-toxin-filler"), answer("b-dark-circles-toxin-filler")},
        {"modifiers.fitzpatrick_limits", [](core::Protocol& p) { p.modifiers.fitzpatrickLimits.push_back({"neck", 3, 6, {}, {}, {}, core::Tier::Regulatory}); },
         lib("b-neck-decollete-sun-damage"), answer("b-neck-decollete-sun-damage")},
        // Waits against the intake.
        {"waits.*.weeks", [](core::Protocol& p) { waitOf(p, TreatmentKind::Isotretinoin).weeks = 0; }, lib("a-acne-scars-cold-sore-isotretinoin"),
         answer("a-acne-scars-cold-sore-isotretinoin")},
        {"waits.*.flag", [](core::Protocol& p) { waitOf(p, TreatmentKind::Isotretinoin).flag = "recent_peel"; }, lib("a-acne-scars-cold-sore-isotretinoin"),
         answer("a-acne-scars-cold-sore-isotretinoin")},
        {"waits.*.scope", [](core::Protocol& p) { waitOf(p, TreatmentKind::Toxin).zoneOnly = false; }, lib("b-dark-circles-toxin-filler"),
         answer("b-dark-circles-toxin-filler")},
        {"waits.*.refs", [](core::Protocol& p) { waitOf(p, TreatmentKind::Isotretinoin).citation.source = core::SharedText("Changed"); }, fixtureCase,
         fixtureAttempt, true},
        // Skin type.
        {"skin_type.shallow_from_type", [](core::Protocol& p) { p.skinType.shallowFromType = 7; }, lib("a-texture-pores-type-vi"),
         answer("a-texture-pores-type-vi", [](core::Attempt& a) { zoneOf(a, "cheek_left")->depthMm = 0.75; })},
        {"skin_type.shallow_cap_mm", [](core::Protocol& p) { p.skinType.shallowCapMm = 1.0; }, lib("a-texture-pores-type-vi"),
         answer("a-texture-pores-type-vi", [](core::Attempt& a) { zoneOf(a, "cheek_left")->depthMm = 0.75; })},
        {"skin_type.shallow_bands", [](core::Protocol& p) { p.skinType.shallowBands.clear(); }, lib("a-texture-pores-type-vi"),
         answer("a-texture-pores-type-vi", [](core::Attempt& a) { zoneOf(a, "cheek_left")->depthMm = 0.75; })},
        {"skin_type.critical_over_cap_bands", [](core::Protocol& p) { p.skinType.criticalOverCapBands.clear(); }, lib("a-melasma-raised-mole"),
         answer("a-melasma-raised-mole", [](core::Attempt& a) { zoneOf(a, "cheek_right")->depthMm = 1.0; })},
        {"skin_type.bleeding_over_treatment_from_type", [](core::Protocol& p) { p.skinType.bleedingOverTreatmentFromType = 7; }, lib("a-texture-pores-type-vi"),
         answer("a-texture-pores-type-vi", [](core::Attempt& a) { zoneOf(a, "chin")->endpoint = core::Endpoint::PinpointBleeding; })},
        {"skin_type.bleeding_over_treatment_bands", [](core::Protocol& p) { p.skinType.bleedingOverTreatmentBands.clear(); }, lib("a-texture-pores-type-vi"),
         answer("a-texture-pores-type-vi", [](core::Attempt& a) { zoneOf(a, "chin")->endpoint = core::Endpoint::PinpointBleeding; })},
        {"skin_type.refs", [](core::Protocol& p) { p.skinType.citation.source = core::SharedText("Changed"); }, lib("a-texture-pores-type-vi"),
         answer("a-texture-pores-type-vi"), true},
        // Schedule.
        // The fixture case sets no schedule of its own, so the profile's applies.
        {"schedule.interval_weeks", [](core::Protocol& p) { p.intervalWeeks = {8, 10}; }, treatingFixtureCase, treatingFixtureAttempt},
        {"schedule.sessions", [](core::Protocol& p) { p.sessions = {6, 8}; }, treatingFixtureCase, treatingFixtureAttempt},
        {"schedule.refs", [](core::Protocol& p) { p.schedule.source = core::SharedText("Changed"); }, lib("a-acne-scars-cheeks"), answer("a-acne-scars-cheeks"), true},
        {"schedule.min_interval_weeks.default", [](core::Protocol& p) { p.minimumIntervals.defaultWeeks = 0; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.intervalWeeks = 1; })},
        {"schedule.min_interval_weeks.alopecia", [](core::Protocol& p) { p.minimumIntervals.byBand[core::BandKind::Alopecia] = 3; }, lib("b-alopecia-crown-hairline"),
         answer("b-alopecia-crown-hairline")},
        {"schedule.min_interval_weeks.refs", [](core::Protocol& p) { p.minimumIntervals.citation.source = core::SharedText("Changed"); }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.intervalWeeks = 1; }), true},
        // Weights and the pass mark.
        {"weights.screening", [](core::Protocol& p) { p.weights.screening = 60, p.weights.plan = 10; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.flags.clear(); })},
        {"weights.plan", [](core::Protocol& p) { p.weights.plan = 70, p.weights.screening = 0; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.flags.clear(); })},
        {"weights.aftercare", [](core::Protocol& p) { p.weights.aftercare = 45, p.weights.plan = 10; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.aftercare.clear(); })},
        {"weights.schedule", [](core::Protocol& p) { p.weights.schedule = 45, p.weights.plan = 10; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.intervalWeeks = 12; })},
        {"pass_mark", [](core::Protocol& p) { p.passMark = 99; }, lib("a-acne-scars-cheeks"), answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.intervalWeeks = 12; })},
        // Scoring.
        {"scoring.distractor_penalty_share", [](core::Protocol& p) { p.scoring.distractorPenaltyShare = 0.5; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.flags.push_back("previous_microneedling_6w"); })},
        {"scoring.screening_floor", [](core::Protocol& p) { p.scoring.screeningFloor = 0.0; }, lib("b-dark-circles-toxin-filler"),
         answer("b-dark-circles-toxin-filler", [](core::Attempt& a) { a.flags.clear(); })},
        {"scoring.depth_near_mm", [](core::Protocol& p) { p.scoring.depthNearMm = 0.0; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { zoneOf(a, "cheek_left")->depthMm = 2.25; })},
        {"scoring.depth_near_credit", [](core::Protocol& p) { p.scoring.depthNearCredit = 0.0; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { zoneOf(a, "cheek_left")->depthMm = 2.25; })},
        {"scoring.passes_near_credit", [](core::Protocol& p) { p.scoring.passesNearCredit = 0.0; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { zoneOf(a, "cheek_left")->passes = 4; })},
        {"scoring.harmful_aftercare_penalty", [](core::Protocol& p) { p.scoring.harmfulAftercarePenalty = 2.0; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.aftercare.push_back("hot_yoga_same_day"); })},
        {"scoring.interval_near_weeks", [](core::Protocol& p) { p.scoring.intervalNearWeeks = 0; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.intervalWeeks = 7; })},
        {"scoring.sessions_near", [](core::Protocol& p) { p.scoring.sessionsNear = 0; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.sessions = 9; })},
        {"scoring.schedule_near_credit", [](core::Protocol& p) { p.scoring.scheduleNearCredit = 0.0; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.intervalWeeks = 7; })},
        // Critical switches: each one turns its critical error off.
        {"critical.missed_absolute", [](core::Protocol& p) { p.critical.missedAbsolute = false; }, lib("a-acne-scars-cold-sore-isotretinoin"),
         answer("a-acne-scars-cold-sore-isotretinoin", [](core::Attempt& a) { std::erase(a.flags, "isotretinoin"); })},
        {"critical.treated_when_key_defers", [](core::Protocol& p) { p.critical.treatedWhenKeyDefers = false; }, lib("b-neck-rash-nickel-allergy"),
         answer("b-neck-rash-nickel-allergy", [](core::Attempt& a) { a.decision = core::Decision::Treat; })},
        {"critical.deeper_than_safety_max", [](core::Protocol& p) { p.critical.deeperThanSafetyMax = false; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { zoneOf(a, "jawline_left")->depthMm = 2.5; })},
        {"critical.over_filler_cap", [](core::Protocol& p) { p.critical.overFillerCap = false; }, lib("b-dark-circles-toxin-filler"),
         answer("b-dark-circles-toxin-filler", [](core::Attempt& a) { zoneOf(a, "cheek_left")->depthMm = 1.0; })},
        {"critical.treated_avoid_zone", [](core::Protocol& p) { p.critical.treatedAvoidZone = false; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { *zoneOf(a, "chin") = {"chin", core::ZoneAction::Treat, 1.0, {}, 2, core::Endpoint::PinpointBleeding}; })},
        {"critical.treated_within_wait", [](core::Protocol& p) { p.critical.treatedWithinWait = false; }, lib("b-glycolic-peel-two-weeks"),
         answer("b-glycolic-peel-two-weeks", [](core::Attempt& a) { a.followUp.rebookWeeks = 1; })},
        {"critical.treated_over_finding", [](core::Protocol& p) { p.critical.treatedOverFinding = false; }, lib("a-melasma-raised-mole"),
         answer("a-melasma-raised-mole", [](core::Attempt& a) { *zoneOf(a, "cheek_left") = {"cheek_left", core::ZoneAction::Treat, 0.25, {}, 2, core::Endpoint::Erythema}; })},
        {"critical.over_skin_type_cap", [](core::Protocol& p) { p.critical.overSkinTypeCap = false; }, lib("a-melasma-raised-mole"),
         answer("a-melasma-raised-mole", [](core::Attempt& a) { zoneOf(a, "cheek_right")->depthMm = 1.0; })},
        {"critical.bleeding_over_treatment", [](core::Protocol& p) { p.critical.bleedingOverTreatment = false; }, lib("a-texture-pores-type-vi"),
         answer("a-texture-pores-type-vi", [](core::Attempt& a) { zoneOf(a, "chin")->endpoint = core::Endpoint::PinpointBleeding; })},
        {"critical.too_many_passes", [](core::Protocol& p) { p.critical.tooManyPasses = false; }, lib("a-fine-lines-forehead-eyes"),
         answer("a-fine-lines-forehead-eyes", [](core::Attempt& a) { zoneOf(a, "forehead")->passes = 4; })},
        {"critical.interval_below_minimum", [](core::Protocol& p) { p.critical.intervalBelowMinimum = false; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.intervalWeeks = 1; })},
        {"critical.harmful_aftercare", [](core::Protocol& p) { p.critical.harmfulAftercare = false; }, lib("a-acne-scars-cheeks"),
         answer("a-acne-scars-cheeks", [](core::Attempt& a) { a.aftercare.push_back("sunbed_even_tone"); })},
    };
    return table;
}

// "zones.forehead.safety_max_mm" -> "zones.*.safety_max_mm"; arrays of objects stop at the array.
void settingPaths(const core::Json& node, const std::string& path, std::set<std::string>& out) {
    if (!node.is_object()) {
        out.insert(path);
        return;
    }
    for (const auto& [key, value] : node.items()) {
        std::string child = path.empty() ? key : path + "." + key;
        if (path == "zones" || path == "waits") child = path + ".*";
        if (path.starts_with("zones.") && path.size() > 6 && (key == "bands" || key == "band_refs")) {
            out.insert(path + "." + key);
            continue;
        }
        settingPaths(value, child, out);
    }
}

} // namespace profile_settings

TEST_CASE("every profile setting changes the grade (or the cited rule) of an attempt it applies to") {
    for (const auto& s : profile_settings::settings()) {
        INFO(s.path);
        const core::Case c = s.makeCase();
        const core::Attempt a = s.makeAttempt();
        const core::Protocol& base = *profile_settings::data().protocol(c.protocol);
        core::Protocol changed = base;
        s.change(changed);
        const auto before = core::grade(c, a, base, profile_settings::data());
        const auto after = core::grade(c, a, changed, profile_settings::data());
        INFO("before: " << profile_settings::gradeOf(before) << "\nafter: " << profile_settings::gradeOf(after));
        if (s.citationOnly) {
            CHECK(profile_settings::citedOf(before) != profile_settings::citedOf(after));
        } else {
            CHECK(profile_settings::gradeOf(before) != profile_settings::gradeOf(after));
        }
    }
}

TEST_CASE("the settings table names every setting the bundled profiles hold") {
    std::set<std::string> inFiles;
    for (const char* name : {"clinic-standard", "device-label"}) {
        std::ifstream in(fs::path(MN_SOURCE_ROOT) / "cases/protocols" / (std::string(name) + ".json"));
        profile_settings::settingPaths(core::Json::parse(in), "", inFiles);
    }
    // Identity and format, not rules.
    for (const char* notARule : {"$schema", "kind", "schema_version", "id", "title", "description"}) inFiles.erase(notARule);
    // The progress settings schedule and judge practice, not the grade: trainee_progress_test proves each one matters.
    for (const char* progress : {"progress.desired_retention", "progress.course_length_days", "progress.acceptable_failure_rate",
                                 "progress.unacceptable_failure_rate"}) {
        CHECK(inFiles.erase(progress) == 1);
    }
    // Hiding the skin's response in exams changes what the face shows, not the grade: perform_feedback_test proves it matters.
    CHECK(inFiles.erase("technique.hide_feedback_in_exam") == 1);
    std::set<std::string> tested;
    for (const auto& s : profile_settings::settings()) tested.insert(s.path);
    for (const auto& path : inFiles) {
        INFO(path);
        CHECK(tested.count(path) == 1);
    }
}
