// Tests wording/technique_words.cpp: technique line items (Perform mode) in
// plain words. Hand-made lines check each sentence; lines made by the real
// grader (a golden attempt with perform data, and the model plan performed
// automatically) check that no technique headline falls back to the
// grader's verdict and "Yours: ... Expected: ...". Zone labels are quoted
// from assets/zones.json ("Cheek (left)" -> "the cheek (left)").
#include "wording/report_wording.hpp"

#include "automation/script.hpp"
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "practice/practice_session.hpp"

#include "fixtures.hpp"
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

namespace technique_words_test_detail {

const std::filesystem::path kRoot = MN_SOURCE_ROOT;

core::LineItem techniqueLine(std::string zone, std::string_view aspect, std::string expected, std::string given, double points, double max = 1.0) {
    core::LineItem item;
    item.section = core::Section::Technique;
    item.kind = "technique";
    item.subject = std::move(zone);
    item.aspect = aspect;
    item.expected = std::move(expected);
    item.given = std::move(given);
    item.points = points;
    item.max = max;
    item.verdict = "A grader verdict the words must not fall back to.";
    return item;
}

core::LineWords wordsOf(const core::LineItem& item, const core::Report* report = nullptr) {
    const auto& data = fixtures::referenceData();
    return core::plainWords(item, {data.catalogue, data.zones, nullptr, report});
}

std::string headline(const core::LineItem& item, const core::Report* report = nullptr) { return wordsOf(item, report).headline; }

core::Report gradeGolden(const std::string& name) {
    const auto& data = fixtures::referenceData();
    auto c = core::loadCaseFile(kRoot / "cases/library/a-acne-scars-cheeks.json", data);
    REQUIRE(c);
    auto a = core::loadAttemptFile(kRoot / "tests/data/golden" / (name + ".attempt.json"));
    REQUIRE(a);
    REQUIRE(a->perform);
    return core::grade(*c, *a, *data.protocol("clinic-standard"), data);
}

// Every technique line of a real report: worded by its own sentence, never the fallback.
int checkNoFallback(const core::Report& report) {
    int lines = 0;
    for (const auto& item : report.items) {
        if (item.kind != "technique") continue;
        ++lines;
        const core::LineWords words = wordsOf(item, &report);
        INFO(item.id() << ": " << words.headline);
        CHECK(words.headline != std::string(item.verdict));
        CHECK(words.detail.empty());
        CHECK(words.headline.find("Yours:") == std::string::npos);
        CHECK(words.headline.find('_') == std::string::npos); // no ids
    }
    return lines;
}

TEST_CASE("technique coverage in words names the missed part") {
    core::Report report;
    core::ZoneMeasures cheek;
    cheek.zone = "cheek_left";
    cheek.missedPart = core::MissedPart::Lower;
    report.perform.zones.push_back(cheek);
    const auto partial = techniqueLine("cheek_left", "coverage", "at least 90%", "78%", 0.867);
    CHECK(headline(partial, &report) == "Covered 78% of the cheek (left): the lower part was missed (at least 90% needed).");
    // Without the measures the sentence still says what happened.
    CHECK(headline(partial) == "Covered 78% of the cheek (left), with gaps left untreated (at least 90% needed).");
    CHECK(headline(techniqueLine("cheek_left", "coverage", "at least 90%", "96%", 1.0)) == "Covered 96% of the cheek (left): enough (at least 90% needed).");
    CHECK(headline(techniqueLine("chin", "coverage", "at least 90%", "0%", 0.0)) == "The chin was not needled: 0% covered (at least 90% needed).");
}

TEST_CASE("technique glide speed in words says faster or slower than the band") {
    CHECK(headline(techniqueLine("chin", "speed", "10-30 mm/s", "42 mm/s", 0.0)) == "Glide 42 mm/s on the chin, faster than the 10-30 mm/s band.");
    CHECK(headline(techniqueLine("chin", "speed", "10-30 mm/s", "7.5 mm/s", 0.0)) == "Glide 7.5 mm/s on the chin, slower than the 10-30 mm/s band.");
    CHECK(headline(techniqueLine("chin", "speed", "10-30 mm/s", "12 mm/s", 1.0)) == "Glide 12 mm/s on the chin, inside the 10-30 mm/s band.");
    core::Report stamped;
    core::ZoneMeasures chin;
    chin.zone = "chin";
    chin.stamps = 4;
    stamped.perform.zones.push_back(chin);
    CHECK(headline(techniqueLine("chin", "speed", "5-30 mm/s", "none", 0.0), &stamped) == "The chin was only stamped, never glided: the glide band is 5-30 mm/s.");
    CHECK(headline(techniqueLine("chin", "speed", "5-30 mm/s", "none", 0.0)) == "No gliding strokes on the chin: the glide band is 5-30 mm/s.");
}

TEST_CASE("technique passes evenness and directions in words") {
    CHECK(headline(techniqueLine("forehead", "passes", "1-3 passes", "2 passes", 1.0)) == "The forehead had 2 passes, in range (1-3 passes).");
    CHECK(headline(techniqueLine("forehead", "passes", "2-3 passes", "1 pass", 0.5)) == "The forehead had 1 pass, fewer than the 2-3 passes planned.");
    CHECK(headline(techniqueLine("forehead", "passes", "1-3 passes", "5 passes", 0.0)) == "The forehead had 5 passes, more than the 1-3 passes planned.");
    CHECK(headline(techniqueLine("forehead", "passes", "1-3 passes", "0 passes", 0.0)) == "The forehead had no passes; the range is 1-3 passes.");
    CHECK(headline(techniqueLine("forehead", "evenness", "spread at most 0.5", "0.32", 1.0)) == "Even passes over the forehead: spread 0.32 (at most 0.5).");
    CHECK(headline(techniqueLine("forehead", "evenness", "spread at most 0.5", "0.71", 0.0)) ==
          "Uneven passes over the forehead: spread 0.71, over the 0.5 allowed; some parts had far more passes than others.");
    CHECK(headline(techniqueLine("forehead", "directions", "vertical, horizontal, oblique", "vertical, horizontal, oblique", 1.0)) ==
          "The forehead: strokes in every direction needed (vertical, horizontal, oblique).");
    CHECK(headline(techniqueLine("forehead", "directions", "vertical, horizontal, oblique", "vertical", 1.0 / 3.0)) ==
          "The forehead: vertical strokes only; missing: horizontal and oblique.");
    CHECK(headline(techniqueLine("forehead", "directions", "vertical, oblique", "none", 0.0)) == "The forehead: no strokes; needed: vertical, oblique.");
}

TEST_CASE("technique strays in words by where they went") {
    core::Report report;
    report.perform.strays.push_back({0, "cheek_left", "chin", core::StrayKind::Avoided});
    report.perform.strays.push_back({1, "cheek_left", "nose", core::StrayKind::Untreated});
    CHECK(headline(techniqueLine("chin", "stray", "no stroke", "1 stroke", 0.0, 0.0), &report) ==
          "1 stroke crossed into the chin, a zone this plan avoids: never needle there.");
    CHECK(headline(techniqueLine("nose", "stray", "no stroke", "2 strokes", -1.0, 0.0), &report) ==
          "2 strokes strayed into the nose, which this plan leaves untreated.");
    // Without the report: a deduction is the untreated kind, no points and no deduction the grave one.
    CHECK(headline(techniqueLine("nogo_vermilion", "stray", "no stroke", "1 stroke", 0.0, 0.0)) ==
          "1 stroke crossed into the lips, vermilion (no-go): never needle there.");
}

TEST_CASE("technique lines from the grader for a stroke into the eyelid are in plain words") {
    // tests/data/golden/acne-stroke-into-eyelid: the model plan plus one 20 mm/s
    // horizontal stroke drawn for the left cheek but lying in the left eyelid; no
    // treated cell is covered. 4 treated zones x 5 lines + 1 stray line = 21.
    const core::Report report = gradeGolden("acne-stroke-into-eyelid");
    CHECK(checkNoFallback(report) == 21);
    const auto say = [&](const std::string& id) {
        const core::LineItem* item = report.item(id);
        REQUIRE(item);
        return headline(*item, &report);
    };
    // The clinic-standard profile: coverage at least 90%, passes 1-3 (plan defaults), glide 5-30 mm/s.
    CHECK(say("technique:cheek_left:coverage") == "The cheek (left) was not needled: 0% covered (at least 90% needed).");
    CHECK(say("technique:cheek_left:passes") == "The cheek (left) had no passes; the range is 1-3 passes.");
    CHECK(say("technique:cheek_left:evenness") == "The cheek (left) was not needled, so its evenness cannot be judged.");
    CHECK(say("technique:cheek_left:directions") == "The cheek (left): horizontal strokes only; missing: vertical and oblique.");
    // 14.4 mm in 0.72 s = 20 mm/s, inside 5-30.
    CHECK(say("technique:cheek_left:speed") == "Glide 20 mm/s on the cheek (left), inside the 5-30 mm/s band.");
    CHECK(say("technique:cheek_right:speed") == "No gliding strokes on the cheek (right): the glide band is 5-30 mm/s.");
    CHECK(say("technique:nogo_eye_left:stray") == "1 stroke crossed into the eye and eyelids, left (no-go): never needle there.");
}

TEST_CASE("technique lines from the grader for the performed model plan are in plain words") {
    // The model plan of a-acne-scars-cheeks with each treated zone performed
    // automatically once in each of the three patterns (perform-auto glides
    // at 15 mm/s), graded with the glide band raised to 20-30 mm/s.
    core::PracticeSession s(fixtures::referenceData(), fixtures::bundledLibrary());
    std::string script = testing_support::readFile(kRoot / "tests/data/scripts/a-acne-scars-cheeks-model.txt");
    for (const char* zone : {"cheek_left", "cheek_right", "jawline_left", "jawline_right"}) {
        for (const char* pattern : {"vertical", "horizontal", "oblique"}) script += std::string("perform-auto ") + zone + " " + pattern + " 1\n";
    }
    auto lines = core::parseScript(script, "test");
    REQUIRE(lines);
    for (const auto& line : *lines) REQUIRE(s.apply(std::get<core::Command>(line.step)));
    core::Protocol p = *fixtures::referenceData().protocol("clinic-standard");
    p.technique.glideMinMmS = 20.0;
    const core::Report report = core::grade(*s.currentCase(), s.attempt(), p, fixtures::referenceData());
    CHECK(checkNoFallback(report) == 20); // 4 zones x 5 lines, no strays
    const core::LineItem* speed = report.item("technique:cheek_left:speed");
    REQUIRE(speed);
    CHECK(headline(*speed, &report) == "Glide 15 mm/s on the cheek (left), slower than the 20-30 mm/s band.");
    const core::LineItem* directions = report.item("technique:cheek_left:directions");
    REQUIRE(directions);
    CHECK(headline(*directions, &report) == "The cheek (left): strokes in every direction needed (vertical, horizontal, oblique).");
}

} // namespace technique_words_test_detail
