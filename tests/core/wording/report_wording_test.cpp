// Report lines in plain words: one hand-written line per kind, worded from the
// bundled catalogue and zone map (labels quoted in the comments).
#include "wording/report_wording.hpp"
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "grading/report_json.hpp"
#include "practice/practice_session.hpp"

#include "fixtures.hpp"
#include "session_script.hpp"
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

core::LineItem line(std::string_view kind, std::string subject, std::string_view aspect, std::string expected, std::string given, double points,
                    double max) {
    core::LineItem item;
    item.kind = kind;
    item.subject = std::move(subject);
    item.aspect = aspect;
    item.expected = std::move(expected);
    item.given = std::move(given);
    item.points = points;
    item.max = max;
    return item;
}

std::string headline(const core::LineItem& item, const core::Case* c = nullptr) {
    const auto& data = fixtures::referenceData();
    return core::plainWords(item, {data.catalogue, data.zones, c}).headline;
}

// No line id, no id-shaped word, no "expected given, given given".
void checkNoIds(const std::string& text) {
    INFO(text);
    CHECK(text.find("flag:") == std::string::npos);
    CHECK(text.find("zone:") == std::string::npos);
    CHECK(text.find('_') == std::string::npos);
    CHECK(text.find("expected") == std::string::npos);
}

} // namespace

TEST_CASE("screening lines name the catalogue item, never its id") {
    // raised_lesion's label: "Raised moles, warts or actinic keratoses".
    const auto missed = line("flag", "raised_lesion", "", "flagged", "not flagged", 0.0, 1.0);
    CHECK(headline(missed) == "You missed a contraindication: Raised moles, warts or actinic keratoses.");
    checkNoIds(headline(missed));
    CHECK(headline(line("flag", "raised_lesion", "", "flagged", "flagged", 1.0, 1.0)) ==
          "You flagged a contraindication: Raised moles, warts or actinic keratoses.");
    // fitzpatrick_v_vi's label: "Fitzpatrick skin type V or VI".
    const auto distractor = line("distractor", "fitzpatrick_v_vi", "", "not flagged", "flagged", -0.5, 0.0);
    CHECK(headline(distractor) == "You flagged something that is not a contraindication here: Fitzpatrick skin type V or VI.");
    checkNoIds(headline(distractor));
    // controlled_hypothyroidism: "Hypothyroidism controlled with medication", first letter lowered inside the sentence.
    CHECK(headline(line("distractor", "controlled_hypothyroidism", "", "not flagged", "not flagged", 0.0, 0.0)) ==
          "You rightly did not flag hypothyroidism controlled with medication: it is not a contraindication here.");
    CHECK(headline(line("extra_flag", "pregnancy", "", "not flagged", "flagged", -0.5, 0.0)) ==
          "You flagged pregnant, breastfeeding, or under 6 months postpartum, but nothing in this client's intake or face map supports it.");
}

TEST_CASE("a missed flag says where it showed on the map, in catalogue words") {
    // The fixture case: raised_lesion is keyed to finding mole-1, a raised_mole ("Raised mole") on cheek_left ("Cheek (left)").
    core::Diagnostics diagnostics;
    const core::Case fixture = core::readCase(fixtures::validCase(), diagnostics);
    REQUIRE(diagnostics.errorCount() == 0);
    const auto missed = line("flag", "raised_lesion", "", "flagged", "not flagged", 0.0, 1.0);
    const core::MapTarget target = core::mapTarget(missed, &fixture);
    CHECK(target.zone == "cheek_left");
    CHECK(target.findingId == "mole-1");
    CHECK(core::mapTarget(line("zone", "forehead", "depth", "", "", 0.0, 2.0), &fixture).zone == "forehead");
    CHECK(core::mapTarget(line("decision", "", "", "treat", "treat", 2.0, 2.0), &fixture).empty());
    CHECK(headline(missed, &fixture) ==
          "You missed a contraindication: Raised moles, warts or actinic keratoses. It showed on the map: raised mole on the cheek (left).");
}

TEST_CASE("the decision line in words") {
    CHECK(headline(line("decision", "", "", "treat_modified", "treat_modified", 2.0, 2.0)) == "Your decision was right: treat with changes.");
    // Partial credit (0.25 x 2 = 0.5 points) for a defensible neighbour.
    const auto partial = line("decision", "", "", "treat_modified", "defer", 0.5, 2.0);
    CHECK(headline(partial) == "You decided to defer; the right decision was to treat with changes. Yours earns part of the points.");
    CHECK(headline(line("decision", "", "", "refer", "none", 0.0, 2.0)) == "You made no decision; the right decision was to refer.");
    // Treat against a key of treat-with-changes earns full points in the grader
    // (one decision under two labels), so the words must not say it was wrong.
    CHECK(headline(line("decision", "", "", "treat_modified", "treat", 2.0, 2.0)) ==
          "Your decision, treat, counts as right: the right decision was to treat with changes.");
}

TEST_CASE("zone lines name the zone and give the values with their units") {
    // forehead: "Forehead"; cheek_left: "Cheek (left)"; nogo_vermilion: "Lips, vermilion (no-go)".
    CHECK(headline(line("zone", "forehead", "depth", "0.25-0.5 mm", "1.5 mm", 0.0, 2.0)) ==
          "The forehead: your depth, 1.5 mm, is outside the band (0.25-0.5 mm).");
    CHECK(headline(line("zone", "forehead", "depth", "0.25-0.5 mm", "0.5 mm", 2.0, 2.0)) ==
          "The forehead: your depth, 0.5 mm, is inside the band (0.25-0.5 mm).");
    CHECK(headline(line("zone", "forehead", "depth", "0.25-0.5 mm", "none", 0.0, 2.0)) == "The forehead: you gave no depth; the band is 0.25-0.5 mm.");
    CHECK(headline(line("zone", "forehead", "patterns", "vertical, horizontal, oblique", "vertical", 0.0, 1.0)) ==
          "The forehead: you used vertical; needed: vertical, horizontal, oblique.");
    CHECK(headline(line("zone", "forehead", "passes", "2-3 passes", "5", 0.0, 1.0)) == "The forehead: 5 passes; the range is 2-3 passes.");
    CHECK(headline(line("zone", "forehead", "passes", "2-3 passes", "1", 0.5, 1.0)) == "The forehead: 1 pass; the range is 2-3 passes.");
    const auto endpoint = line("zone", "forehead", "endpoint", "erythema", "pinpoint_bleeding", 0.0, 1.0);
    CHECK(headline(endpoint) == "The forehead: you aimed for pinpoint bleeding; the right endpoint is erythema.");
    checkNoIds(headline(endpoint));
    CHECK(headline(line("zone", "cheek_left", "avoid", "avoid", "treated", 0.0, 1.0)) == "You treated the cheek (left), which had to be avoided.");
    CHECK(headline(line("zone", "cheek_left", "avoid", "avoid", "avoided", 1.0, 1.0)) == "You rightly avoided the cheek (left).");
    CHECK(headline(line("zone", "cheek_left", "avoid", "avoid", "not planned", 0.0, 1.0)) ==
          "You left the cheek (left) out of the plan but did not mark it avoided.");
    CHECK(headline(line("zone", "forehead", "treat", "treat", "not planned", 0.0, 1.0)) == "You left out the forehead, which needed treating.");
    CHECK(headline(line("zone", "nogo_vermilion", "no_go", "never treat", "treated at 0.5 mm", 0.0, 0.0)) ==
          "You treated the lips, vermilion (no-go), a no-go area: never treat it.");
    CHECK(headline(line("zone", "cheek_left", "unplanned", "not part of this plan", "treated", -1.0, 0.0)) ==
          "You treated the cheek (left), which was not part of this plan.");
}

TEST_CASE("schedule, follow-up and advice lines in words") {
    CHECK(headline(line("schedule", "", "interval", "4-6 weeks", "2 weeks", 0.0, 1.0)) == "Time between sessions: you gave 2 weeks; the range is 4-6 weeks.");
    CHECK(headline(line("schedule", "", "sessions", "3-6 sessions", "4 sessions", 1.0, 1.0)) == "Number of sessions: 4 sessions, in range (3-6 sessions).");
    CHECK(headline(line("follow_up", "", "rebook", "6-8 weeks", "none", 0.0, 1.0)) == "You did not say when to rebook; the range is 6-8 weeks.");
    CHECK(headline(line("follow_up", "", "refer", "The client's GP", "A dermatologist", 0.0, 1.0)) ==
          "You referred to a dermatologist; expected: the client's GP.");
    // spf30_daily: "Broad-spectrum SPF 30+ daily; avoid direct sun for several days".
    const auto aftercare = line("aftercare", "spf30_daily", "", "given", "not given", 0.0, 1.0);
    CHECK(headline(aftercare) == "You left out the aftercare: Broad-spectrum SPF 30+ daily; avoid direct sun for several days.");
    checkNoIds(headline(aftercare));
    CHECK(headline(line("aftercare_harmful", "retinol_same_night", "", "not given", "given", -1.0, 0.0)) ==
          "You gave harmful advice: Apply your retinol serum tonight to boost results.");
    CHECK(headline(line("advice", "antiviral_cover", "", "given", "given", 1.0, 1.0)) ==
          "You gave today's advice: Arrange antiviral cover with the GP or pharmacist before the next session.");
}

TEST_CASE("interview lines in words name the question") {
    // The grader writes "asked" / "not asked" (grade_interview.cpp); the
    // catalogue's cold_sores label is the question the trainee would read.
    const auto missed = line("question", "cold_sores", "", "asked", "not asked", 0.0, 1.0);
    CHECK(headline(missed) == "You missed an essential question: \"Do you get cold sores, and do you have one now or feel one coming?\"");
    const auto asked = line("question", "cold_sores", "", "asked", "asked", 1.0, 1.0);
    CHECK(headline(asked) == "You asked an essential question: \"Do you get cold sores, and do you have one now or feel one coming?\"");
    // Efficiency: given and expected as grade_interview writes them ("6 non-essential", "at most 3 non-essential").
    CHECK(headline(line("question_efficiency", "", "", "at most 3 non-essential", "6 non-essential", -0.75, 0.0)) ==
          "You asked 6 non-essential questions, more than a focused history needs (at most 3 non-essential).");
}

TEST_CASE("a line kind the wording does not know falls back to the verdict and the values in words") {
    auto item = line("made_up_kind", "some_subject", "", "asked", "not_asked", 0.0, 1.0);
    item.verdict = "A line of a kind the wording does not know.";
    const auto words = core::plainWords(item, {fixtures::referenceData().catalogue, fixtures::referenceData().zones, nullptr});
    CHECK(words.headline == "A line of a kind the wording does not know.");
    CHECK(words.detail == "Yours: not asked. Expected: asked.");
}

TEST_CASE("lost points: below the maximum or a deduction") {
    CHECK(core::lostPoints(line("flag", "x", "", "", "", 0.0, 1.0)));
    CHECK_FALSE(core::lostPoints(line("flag", "x", "", "", "", 1.0, 1.0)));
    CHECK(core::lostPoints(line("distractor", "x", "", "", "", -0.5, 0.0)));
    CHECK_FALSE(core::lostPoints(line("distractor", "x", "", "", "", 0.0, 0.0)));
}

TEST_CASE("mistakes first: critical, then most points lost, then the rest in report order") {
    core::Report r;
    r.items = {line("decision", "", "", "treat", "treat", 2.0, 2.0),                 // 0: full
               line("zone", "forehead", "passes", "", "", 0.5, 1.0),               // 1: lost 0.5
               line("aftercare", "spf30_daily", "", "", "", 0.0, 1.0),            // 2: lost 1
               line("flag", "pregnancy", "", "", "", 0.0, 1.0),                   // 3: lost 1, critical
               line("zone", "forehead", "depth", "", "", 2.0, 2.0),               // 4: full
               line("distractor", "fitzpatrick_v_vi", "", "", "", -0.5, 0.0)};    // 5: deduction 0.5
    r.critical.push_back({"missed_absolute:pregnancy", "Missed an absolute contraindication."});
    // Critical: 3. Lost, most first, ties in report order: 2 (1.0), then 1 (0.5), 5 (0.5). Full: 0, 4.
    CHECK(core::mistakesFirst(r) == std::vector<std::size_t>{3, 2, 1, 5, 0, 4});
}

namespace report_wording_critical {

// Where a line sits in the debrief's order.
std::size_t rankOf(const core::Report& r, const std::string& id) {
    const auto order = core::mistakesFirst(r);
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (r.items[order[i]].id() == id) return i;
    }
    FAIL("no line " << id);
    return order.size();
}

// The model answer for a-acne-scars-cheeks (tests/data/scripts), then `extra`.
core::PracticeSession& modelAnswer(core::PracticeSession& s, const std::string& extra) {
    session_script::applyScript(s, testing_support::readFile(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/scripts/a-acne-scars-cheeks-model.txt") + extra);
    return s;
}

} // namespace report_wording_critical

TEST_CASE("a stroke into a no-go area is a mistake at 0 of 0 points and comes first") {
    using namespace report_wording_critical;
    const auto& data = fixtures::referenceData();
    core::PracticeSession s(data, fixtures::bundledLibrary());
    modelAnswer(s, "perform-auto cheek_left vertical 1\n");
    core::Attempt a = s.attempt();
    // Across the left eyelid (nogo_eye_left spans y 0.311-0.358 around x 0.53-0.63).
    core::PerformStroke eyelid;
    eyelid.zone = "cheek_left";
    eyelid.startMs = a.perform->durationMs() + 200;
    eyelid.samples = {core::PenSample::at({0.56, 0.322}, 0), core::PenSample::at({0.60, 0.322}, 720)};
    a.perform->strokes.push_back(eyelid);
    const core::Report r = core::grade(*s.currentCase(), a, *data.protocol("clinic-standard"), data);
    REQUIRE(r.hasCritical("stroke_into_no_go:nogo_eye_left"));
    const core::LineItem* stray = r.item("technique:nogo_eye_left:stray");
    REQUIRE(stray);
    // The grader's line: no points to earn or lose (0 of 0), yet the critical error is its.
    CHECK(stray->points == 0.0);
    CHECK(stray->max == 0.0);
    CHECK(stray->critical);
    CHECK(core::lostPoints(*stray)); // never under "Done right"
    CHECK(rankOf(r, stray->id()) == 0); // the only critical line: first in the debrief
    // The flag survives the saved report (history, progress store).
    core::Diagnostics d;
    const core::Report reread = core::readReport(core::reportToJson(r), d);
    REQUIRE_FALSE(d.hasErrors());
    CHECK(reread.item("technique:nogo_eye_left:stray")->critical);
    CHECK_FALSE(reread.item("decision")->critical);
}

TEST_CASE("a critical choice at a follow-up visit is a mistake at 0 of 0 points and comes first") {
    using namespace report_wording_critical;
    const auto& data = fixtures::referenceData();
    core::PracticeSession s(data, fixtures::bundledLibrary());
    modelAnswer(s, "submit\n");
    // The case's own step (session two, isotretinoin started); reassuring there is critical.
    int step = 0;
    for (const auto& v : s.timeline().visits) {
        if (std::find(v.newOutcomes.begin(), v.newOutcomes.end(), "session_two_isotretinoin") != v.newOutcomes.end()) step = v.number;
    }
    REQUIRE(step > 0);
    core::Attempt a = s.attempt();
    a.visits = {core::AttemptVisit{step, {core::ManagementChoice::Reassure}}};
    const core::Report r = core::grade(*s.currentCase(), a, *data.protocol("clinic-standard"), data);
    REQUIRE(r.hasCritical("visit_critical:session_two_isotretinoin:reassure"));
    const core::LineItem* reassure = r.item("visit:session_two_isotretinoin:reassure");
    REQUIRE(reassure);
    CHECK(reassure->points == 0.0);
    CHECK(reassure->max == 0.0);
    CHECK(reassure->critical);
    CHECK(core::lostPoints(*reassure));
    CHECK(rankOf(r, reassure->id()) == 0);
    // Its neighbours at that visit are not critical: the two expected choices
    // not made (pause the course, document) lost 1 point each, and only rank after it.
    CHECK_FALSE(r.item("visit:session_two_isotretinoin:pause_course")->critical);
    CHECK(rankOf(r, "visit:session_two_isotretinoin:pause_course") > 0);
}

TEST_CASE("the expected decision is the graded one: a running wait defers a key that treats") {
    // b-glycolic-peel-two-weeks with its key switched to "treat": the peel two
    // weeks ago is inside clinic-standard's 30-day wait, so the grader expects
    // defer whatever the key says, and explains the wait.
    const auto& data = fixtures::referenceData();
    auto c = core::loadCaseFile(std::filesystem::path(MN_SOURCE_ROOT) / "cases/library/b-glycolic-peel-two-weeks.json", data);
    REQUIRE(c.has_value());
    c->key.decision.expected = core::Decision::Treat;
    auto a = core::loadAttemptFile(std::filesystem::path(MN_SOURCE_ROOT) / "cases/answers/b-glycolic-peel-two-weeks.answer.json");
    REQUIRE(a.has_value());
    const auto r = core::grade(*c, *a, *data.protocol("clinic-standard"), data);
    const auto graded = core::expectedDecision(&r, *c);
    CHECK(graded.decision == core::Decision::Defer);
    CHECK(graded.reason.find("wait another") != std::string::npos);
    // Without a report (nothing graded yet) the key stands.
    CHECK(core::expectedDecision(nullptr, *c).decision == c->key.decision.expected);
}

TEST_CASE("points in the column keep their digits and never use an exponent") {
    // 0.875 of 1 (seven eighths of a flag), 12.5 of 15, a deduction of 0.5 with
    // no maximum, a whole 100: "%.2g" gave "+0.88", "+12" and "+1e+02".
    CHECK(core::pointsText(line("flag", "x", "", "", "", 0.875, 1.0)) == "+0.875 / 1");
    CHECK(core::pointsText(line("flag", "x", "", "", "", 12.5, 15.0)) == "+12.5 / 15");
    CHECK(core::pointsText(line("distractor", "x", "", "", "", -0.5, 0.0)) == "-0.5");
    CHECK(core::pointsText(line("zone", "x", "", "", "", 100.0, 100.0)) == "+100 / 100");
    CHECK(core::pointsText(line("zone", "x", "", "", "", 0.0, 2.0)) == "+0 / 2");
}
