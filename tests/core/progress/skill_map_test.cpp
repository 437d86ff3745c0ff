// The skill map: the catalogue's "skills" section read with located errors,
// every line item of every bundled answer and golden attempt mapped to a
// skill, and the ratings (critical on the skill = again, partial = hard, full = good).
#include "progress/skill_map.hpp"

#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "model/attempt.hpp"
#include "model/case_model.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

namespace fs = std::filesystem;

// A named namespace: unity builds compile test files together, and file-local names would clash.
namespace skill_map_fixture {

const core::JsonDocument& bundledCatalogue() {
    static const core::JsonDocument doc = [] {
        auto d = core::JsonDocument::fromFile(fs::path(MN_SOURCE_ROOT) / "assets/catalogue.json");
        if (!d) throw std::runtime_error(d.error().summary());
        return *d;
    }();
    return doc;
}

core::SkillMap bundledSkills() {
    auto map = core::SkillMap::fromCatalogue(bundledCatalogue());
    if (!map) throw std::runtime_error(map.error().summary());
    for (const auto& entry : fixtures::bundledLibrary().entries) {
        if (entry.playable) map->addCase(*entry.playable);
    }
    return *map;
}

struct Graded {
    core::Attempt attempt;
    core::Report report;
};

Graded gradeFiles(const fs::path& caseFile, const fs::path& attemptFile, const std::string& protocolId = "") {
    core::ReferenceData data = fixtures::referenceData();
    auto c = core::loadCaseFile(caseFile, data);
    INFO(caseFile.string());
    REQUIRE(c.has_value());
    auto a = core::loadAttemptFile(attemptFile);
    INFO(attemptFile.string());
    REQUIRE(a.has_value());
    auto p = core::resolveProtocol(protocolId, *c, data);
    REQUIRE(p.has_value());
    return {*a, core::grade(*c, *a, *p, data)};
}

// A catalogue with `skills` as its whole skills section.
core::Result<core::SkillMap> mapFromText(const std::string& skills) {
    auto doc = core::JsonDocument::fromText("{\n\"kind\": \"catalogue\",\n\"skills\": " + skills + "\n}", "test-catalogue.json");
    REQUIRE(doc.has_value());
    return core::SkillMap::fromCatalogue(*doc);
}

const char* kSmallSection = R"json({
  "groups": [{"id": "screening", "label": "Screening"}, {"id": "depth", "label": "Depth"}],
  "skills": [
    {"id": "screen.pregnancy", "label": "Pregnancy", "group": "screening"},
    {"id": "depth.cheek.scars", "label": "Depth on cheeks (scars)", "group": "depth", "bkt": {"prior": 0.1, "learn": 0.2, "guess": 0.33, "slip": 0.05}},
    {"id": "depth.other", "label": "Depth elsewhere", "group": "depth"}
  ],
  "rules": [
    {"match": "flag:*", "skill": "screen.{subject}"},
    {"match": "zone:*:depth", "skill": "depth.{zone_region}.{indication}"},
    {"match": "zone:*:depth", "skill": "depth.other"}
  ],
  "criticals": [{"match": "deeper_than_safety_max:*", "item": "zone:{subject}:depth"}]
})json";

} // namespace skill_map_fixture

TEST_CASE("the bundled catalogue's skills load: six groups, each skill in one") {
    using namespace skill_map_fixture;
    const auto map = core::SkillMap::fromCatalogue(bundledCatalogue());
    REQUIRE(map.has_value());
    std::vector<std::string> groups;
    for (const auto& g : map->groups()) groups.push_back(g.id);
    CHECK(groups == std::vector<std::string>{"screening", "depth", "technique", "aftercare", "schedule", "decision"});
    for (const char* id : {"screen.anticoagulants", "depth.cheek.scars", "technique.patterns", "aftercare.actives", "schedule.interval",
                           "decision.defer_vs_treat_modified"}) {
        INFO(id);
        CHECK(map->skill(id) != nullptr);
    }
    // The three-way decisions guess near 1/3; the rest take default_bkt (guess 0.25).
    CHECK(map->skill("decision.defer_vs_treat_modified")->bkt.guess == Approx(0.33));
    CHECK(map->skill("screen.anticoagulants")->bkt.guess == Approx(0.25));
    CHECK(map->skill("screen.anticoagulants")->label == "Anticoagulants");
}

TEST_CASE("rules pick the first declared skill: templates, sides dropped, the band of the zone's work") {
    using namespace skill_map_fixture;
    auto map = mapFromText(kSmallSection);
    REQUIRE(map.has_value());
    CHECK(map->skill("depth.cheek.scars")->bkt.prior == Approx(0.1));
    CHECK(map->skill("depth.other")->bkt.prior == Approx(0.2)); // the built-in default without default_bkt
    CHECK(map->skillOf("flag:pregnancy", "", "") == "screen.pregnancy");
    CHECK(map->skillOf("flag:anticoagulants", "", "").empty()); // screen.anticoagulants is not declared here
    // Without the case's facts {indication} has no value: the fallback rule applies.
    CHECK(map->skillOf("zone:cheek_left:depth", "", "some-case") == "depth.other");
    core::Case c;
    c.id = "some-case";
    core::KeyZone zone;
    zone.zone = "cheek_left";
    zone.bandKind = core::BandKind::Scars;
    c.key.zones.push_back(zone);
    map->addCase(c);
    CHECK(map->skillOf("zone:cheek_left:depth", "", "some-case") == "depth.cheek.scars");
    // The case's other zones take the client's first indication's band: none here, so the fallback.
    CHECK(map->skillOf("zone:forehead:depth", "", "some-case") == "depth.other");
    CHECK(map->itemOfCritical("deeper_than_safety_max:cheek_left", "some-case") == "zone:cheek_left:depth");
    CHECK(map->itemOfCritical("treated_no_go:nogo_eye_left", "some-case").empty());
}

TEST_CASE("a broken skills section is refused with the pointer and line of each problem") {
    using namespace skill_map_fixture;
    SECTION("a skill in an undeclared group") {
        auto map = mapFromText(R"({
  "groups": [{"id": "screening", "label": "Screening"}],
  "skills": [{"id": "screen.pregnancy", "label": "Pregnancy", "group": "screenin"}],
  "rules": [{"match": "flag:*", "skill": "screen.{subject}"}],
  "criticals": []
})");
        REQUIRE_FALSE(map.has_value());
        const auto& d = map.error().diagnostics.at(0);
        CHECK(d.pointer == "/skills/skills/0/group");
        CHECK(d.file == "test-catalogue.json");
        CHECK(d.line == 5); // line 1 "{", 2 kind, 3 "skills": {, 4 groups, 5 skills
        CHECK(d.message.find("not a group") != std::string::npos);
    }
    SECTION("a rule naming an undeclared skill, and an unknown template variable") {
        auto map = mapFromText(R"({
  "groups": [{"id": "screening", "label": "Screening"}],
  "skills": [{"id": "screen.pregnancy", "label": "Pregnancy", "group": "screening"}],
  "rules": [{"match": "flag:pregnancy", "skill": "screen.pregnant"}, {"match": "flag:*", "skill": "screen.{flag}"}],
  "criticals": []
})");
        REQUIRE_FALSE(map.has_value());
        REQUIRE(map.error().diagnostics.size() == 2);
        CHECK(map.error().diagnostics[0].pointer == "/skills/rules/0/skill");
        CHECK(map.error().diagnostics[1].pointer == "/skills/rules/1/skill");
        CHECK(map.error().diagnostics[1].message.find("{flag}") != std::string::npos);
    }
    SECTION("BKT parameters out of range, or guess + slip of 1 or more") {
        auto map = mapFromText(R"({
  "groups": [{"id": "screening", "label": "Screening"}],
  "skills": [{"id": "a", "label": "A", "group": "screening", "bkt": {"prior": 1.0, "learn": 0.1, "guess": 0.6, "slip": 0.5}}],
  "rules": [{"match": "flag:*", "skill": "a"}],
  "criticals": []
})");
        REQUIRE_FALSE(map.has_value());
        std::vector<std::string> pointers;
        for (const auto& d : map.error().diagnostics) pointers.push_back(d.pointer);
        CHECK(pointers == std::vector<std::string>{"/skills/skills/0/bkt/prior", "/skills/skills/0/bkt"});
    }
    SECTION("no skills section at all") {
        auto doc = core::JsonDocument::fromText(R"({"kind": "catalogue"})", "old-catalogue.json");
        REQUIRE(doc.has_value());
        auto map = core::SkillMap::fromCatalogue(*doc);
        REQUIRE_FALSE(map.has_value());
        CHECK(map.error().summary().find("no \"skills\" section") != std::string::npos);
    }
}

TEST_CASE("every graded line item of every bundled model answer maps to a skill") {
    using namespace skill_map_fixture;
    const fs::path root = MN_SOURCE_ROOT;
    const core::SkillMap map = bundledSkills();
    int files = 0;
    std::size_t rows = 0;
    for (const auto& e : fs::directory_iterator(root / "cases/answers")) {
        const std::string name = e.path().filename().string();
        const std::string caseId = name.substr(0, name.size() - std::string(".answer.json").size());
        const auto graded = gradeFiles(root / "cases/library" / (caseId + ".json"), e.path());
        const auto outcomes = map.outcomesOf(graded.attempt, graded.report, 1000.0);
        REQUIRE(outcomes.size() == graded.report.items.size());
        for (const auto& row : outcomes) {
            INFO(name << " " << row.itemId);
            CHECK_FALSE(row.skill.empty());
            CHECK(row.rating == 3); // a model answer earns every point: good
            CHECK(row.atUnix == 1000.0);
        }
        rows += outcomes.size();
        ++files;
    }
    CHECK(files == 42);
    CHECK(rows > 500);
}

TEST_CASE("every line item and critical error of the golden attempts maps to a skill, and a critical rates its skill again") {
    using namespace skill_map_fixture;
    const fs::path root = MN_SOURCE_ROOT;
    const core::SkillMap map = bundledSkills();
    int criticals = 0;
    for (const auto& e : fs::directory_iterator(root / "tests/data/golden")) {
        const std::string name = e.path().filename().string();
        if (!name.ends_with(".expected.json")) continue;
        std::ifstream in(e.path());
        const auto expected = core::Json::parse(in);
        const fs::path attemptFile = e.path().parent_path() / (name.substr(0, name.size() - 14) + ".attempt.json");
        const auto graded = gradeFiles(root / expected["case"].get<std::string>(), attemptFile, expected.value("protocol", ""));
        const auto outcomes = map.outcomesOf(graded.attempt, graded.report, 0.0);
        for (const auto& row : outcomes) {
            INFO(name << " " << row.itemId);
            CHECK_FALSE(row.skill.empty());
        }
        for (const auto& c : graded.report.critical) {
            INFO(name << " " << c.id);
            const auto candidates = map.itemsOfCritical(c.id, graded.report.caseId);
            REQUIRE_FALSE(candidates.empty());
            std::string item = candidates.front();
            for (const auto& candidate : candidates) {
                if (graded.report.item(candidate)) {
                    item = candidate;
                    break;
                }
            }
            const std::string skill = map.skillOf(item, graded.report.item(item) ? graded.report.item(item)->expected : "", graded.report.caseId);
            REQUIRE_FALSE(skill.empty());
            // Some row on that skill carries the critical: rated again.
            const bool again = std::any_of(outcomes.begin(), outcomes.end(), [&](const core::OutcomeRow& r) { return r.skill == skill && r.rating == 1; });
            CHECK(again);
            ++criticals;
        }
    }
    CHECK(criticals >= 10);
}

TEST_CASE("outcome rows: too deep on the cheek is again with its zone verdict, a missed direction hard, the rest good") {
    using namespace skill_map_fixture;
    const fs::path root = MN_SOURCE_ROOT;
    const core::SkillMap map = bundledSkills();
    auto graded = gradeFiles(root / "cases/library/a-acne-scars-cheeks.json", root / "cases/answers/a-acne-scars-cheeks.answer.json");
    // The model answer, changed in two places: the left cheek at 3.0 mm (past its safety
    // maximum: critical), and the right cheek worked in two directions of the three.
    core::Attempt attempt = graded.attempt;
    for (auto& z : attempt.zones) {
        if (z.zone == "cheek_left") z.depthMm = 3.0;
        if (z.zone == "cheek_right") z.patterns = {core::Pattern::Vertical, core::Pattern::Horizontal};
    }
    core::ReferenceData data = fixtures::referenceData();
    auto c = core::loadCaseFile(root / "cases/library/a-acne-scars-cheeks.json", data);
    REQUIRE(c.has_value());
    auto p = core::resolveProtocol("", *c, data);
    REQUIRE(p.has_value());
    const core::Report report = core::grade(*c, attempt, *p, data);
    REQUIRE(report.hasCritical("deeper_than_safety_max:cheek_left"));
    const auto rows = map.outcomesOf(attempt, report, 86400.0);
    auto row = [&](const std::string& id) {
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const core::OutcomeRow& r) { return r.itemId == id; });
        REQUIRE(it != rows.end());
        return *it;
    };
    const auto leftDepth = row("zone:cheek_left:depth");
    CHECK(leftDepth.skill == "depth.cheek.scars");
    CHECK(leftDepth.rating == 1);
    CHECK(leftDepth.zone == "cheek_left");
    CHECK(leftDepth.zoneVerdict == "too_deep");
    CHECK(leftDepth.section == "plan");
    // The right cheek's depth was right, but it is the same skill (depth on the cheeks, scars)
    // as the critical one: the skill is rated again wherever it shows in this attempt.
    CHECK(row("zone:cheek_right:depth").rating == 1);
    // 2 of 3 directions: 0.67 of the point, partial: hard; its zone shows the technique loss.
    const auto rightPatterns = row("zone:cheek_right:patterns");
    CHECK(rightPatterns.skill == "technique.patterns");
    CHECK(rightPatterns.points == Approx(2.0 / 3.0));
    CHECK(rightPatterns.rating == 2);
    CHECK(rightPatterns.zoneVerdict == "technique");
    // Untouched: good; a jawline depth is a different skill from the cheek's.
    CHECK(row("zone:jawline_left:depth").skill == "depth.jawline.scars");
    CHECK(row("zone:jawline_left:depth").rating == 3);
    CHECK(row("flag:active_acne").skill == "screen.active_acne");
    CHECK(row("flag:active_acne").rating == 3);
    CHECK(row("flag:active_acne").zone.empty());
    CHECK(row("decision").skill == "decision.defer_vs_treat_modified");
}

TEST_CASE("the skills a case trains come from its key, each once") {
    using namespace skill_map_fixture;
    const core::SkillMap map = bundledSkills();
    const core::Case* acne = nullptr;
    const core::Case* deferral = nullptr;
    for (const auto& e : fixtures::bundledLibrary().entries) {
        if (e.playable && e.playable->id == "a-acne-scars-cheeks") acne = &*e.playable;
        if (e.playable && e.playable->key.decision.expected == core::Decision::Defer && !deferral) deferral = &*e.playable;
    }
    REQUIRE(acne);
    REQUIRE(deferral);
    const auto skills = map.skillsOfCase(*acne);
    CHECK(skills.front() == "screen.active_acne");
    for (const char* id : {"screen.previous_microneedling_6w", "decision.defer_vs_treat_modified", "depth.cheek.scars", "depth.jawline.scars",
                           "technique.patterns", "decision.avoid_zones", "schedule.interval"}) {
        INFO(id);
        CHECK(std::count(skills.begin(), skills.end(), id) == 1);
    }
    // A deferral trains the rebooking, not the plan.
    const auto deferred = map.skillsOfCase(*deferral);
    CHECK(std::count(deferred.begin(), deferred.end(), "schedule.rebook") == 1);
    CHECK(std::count(deferred.begin(), deferred.end(), "technique.patterns") == 0);
}

TEST_CASE("perform mode's technique lines feed the technique skills") {
    const auto map = skill_map_fixture::bundledSkills();
    CHECK(map.skillOf("technique:cheek_left:coverage", "", "") == "technique.coverage");
    CHECK(map.skillOf("technique:cheek_left:evenness", "", "") == "technique.coverage");
    CHECK(map.skillOf("technique:cheek_left:passes", "", "") == "technique.passes");
    CHECK(map.skillOf("technique:cheek_left:directions", "", "") == "technique.directions");
    CHECK(map.skillOf("technique:cheek_left:speed", "", "") == "technique.speed");
    CHECK(map.skillOf("technique:temple_left:stray", "", "") == "technique.stay_in_zone");
}
