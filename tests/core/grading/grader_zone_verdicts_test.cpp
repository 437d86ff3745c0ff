// Zone verdicts are written by the grader into the Report (the debrief map
// only draws them), so they agree with the grade: every expected verdict here
// follows from the rule named beside it, not from the grader's output.
#include "grading/grader.hpp"
#include "grading/report_json.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace {

// forehead: rejuvenation band 0.25-0.5 mm (clinic-standard); cheek_right: an
// explicit band 1.0-1.5 mm; cheek_left: avoid.
core::Case verdictCase(int fitzpatrick = 2) {
    core::Diagnostics d;
    auto json = fixtures::validCase();
    json["client"]["fitzpatrick"] = fitzpatrick;
    json["key"]["zones"] = core::Json::parse(R"([
      { "zone": "forehead", "action": "treat", "band": "rejuvenation" },
      { "zone": "cheek_right", "action": "treat", "depth_mm": [1.0, 1.5] },
      { "zone": "cheek_left", "action": "avoid" },
      { "zone": "neck", "action": "treat", "band": "rejuvenation" } ])");
    core::Case c = core::readCase(json, d);
    REQUIRE_FALSE(d.hasErrors());
    return c;
}

const std::vector<core::Pattern> kAll{core::Pattern::Vertical, core::Pattern::Horizontal, core::Pattern::Oblique};

core::Attempt verdictAttempt() {
    core::Attempt a;
    a.caseId = "fixture-mole";
    a.flags = {"raised_lesion"};
    a.decision = core::Decision::TreatModified;
    a.decisionGiven = true;
    a.zones.push_back({"forehead", core::ZoneAction::Treat, 0.5, kAll, 2, core::Endpoint::Erythema});
    a.zones.push_back({"cheek_right", core::ZoneAction::Treat, 1.25, kAll, 2, core::Endpoint::PinpointBleeding});
    a.zones.push_back({"neck", core::ZoneAction::Treat, 0.25, kAll, 2, core::Endpoint::Erythema});
    a.zones.push_back({"cheek_left", core::ZoneAction::Avoid, {}, {}, {}, {}}); // avoidance is chosen, not implied
    a.aftercare = {"spf30_daily"};
    a.intervalWeeks = 4;
    a.sessions = 3;
    return a;
}

core::ZoneVerdict verdictOf(const core::Report& r, const std::string& zone) {
    const auto it = r.zoneVerdicts.find(zone);
    REQUIRE(it != r.zoneVerdicts.end());
    return it->second;
}

const core::ReferenceData& data() { return fixtures::referenceData(); }

} // namespace

TEST_CASE("zone verdicts: right plan OK everywhere, each fault named on its zone") {
    const auto& clinic = *data().protocol("clinic-standard");
    const auto perfect = core::grade(verdictCase(), verdictAttempt(), clinic, data());
    for (const char* zone : {"forehead", "cheek_right", "cheek_left", "neck"}) CHECK(verdictOf(perfect, zone) == core::ZoneVerdict::Correct);

    auto a = verdictAttempt();
    a.zones[0].depthMm = 0.75;                         // forehead past 0.5 mm
    a.zones[1].depthMm = 0.75;                         // cheek_right short of 1.0 mm
    a.zones[2].patterns = {core::Pattern::Vertical};   // neck: two directions missing
    a.zones[3] = {"cheek_left", core::ZoneAction::Treat, 0.5, kAll, 2, core::Endpoint::Erythema}; // an avoid zone
    a.zones.push_back({"nose", core::ZoneAction::Treat, 0.25, kAll, 2, core::Endpoint::Erythema});      // not in the key
    const auto r = core::grade(verdictCase(), a, clinic, data());
    CHECK(verdictOf(r, "forehead") == core::ZoneVerdict::TooDeep);
    CHECK(verdictOf(r, "cheek_right") == core::ZoneVerdict::TooShallow);
    CHECK(verdictOf(r, "neck") == core::ZoneVerdict::Technique);
    CHECK(verdictOf(r, "cheek_left") == core::ZoneVerdict::MustAvoid);
    CHECK(verdictOf(r, "nose") == core::ZoneVerdict::Unplanned);

    auto skipped = verdictAttempt();
    skipped.zones.erase(skipped.zones.begin()); // forehead left out
    CHECK(verdictOf(core::grade(verdictCase(), skipped, clinic, data()), "forehead") == core::ZoneVerdict::Missed);

    // Leaving an avoid zone out of the plan is not choosing to avoid it: no point, and the map says so.
    auto unchosen = verdictAttempt();
    unchosen.zones.pop_back(); // cheek_left no longer marked avoid
    const auto u = core::grade(verdictCase(), unchosen, clinic, data());
    CHECK(verdictOf(u, "cheek_left") == core::ZoneVerdict::Missed);
    CHECK(u.item("zone:cheek_left:avoid")->points == Approx(0.0));
    CHECK(perfect.item("zone:cheek_left:avoid")->points == Approx(1.0));
}

// device-label allows the neck only for Fitzpatrick II-IV (SkinPen De Novo
// DEN160029). On a type VI client an in-band neck plan is critical, and the
// debrief map must not call that zone OK (the old map re-graded and did).
TEST_CASE("zone verdicts: the device-label neck on type VI is AVOID on the map, as the grade says") {
    const auto& label = *data().protocol("device-label");
    const auto r = core::grade(verdictCase(6), verdictAttempt(), label, data());
    CHECK(r.hasCritical("outside_skin_type_limit:neck"));
    CHECK_FALSE(r.passed);
    CHECK(verdictOf(r, "neck") == core::ZoneVerdict::MustAvoid);
    CHECK(core::verdictLabel(verdictOf(r, "neck")) == "AVOID!");
    // The same plan on type III is within the label: OK.
    CHECK(verdictOf(core::grade(verdictCase(3), verdictAttempt(), label, data()), "neck") == core::ZoneVerdict::Correct);
}

TEST_CASE("zone verdicts are in the JSON report the CLI prints") {
    const auto& clinic = *data().protocol("clinic-standard");
    auto a = verdictAttempt();
    a.zones[0].depthMm = 0.75;
    const auto json = core::reportToJson(core::grade(verdictCase(), a, clinic, data()));
    CHECK(json["zones"]["forehead"] == "too_deep");
    CHECK(json["zones"]["cheek_left"] == "correct");
}
