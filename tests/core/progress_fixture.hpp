// Shared set-up of the progress summary and digest tests: one skill catalogue
// with every group the summary shows, the settings (pass mark 70, FSRS's
// published defaults), and builders for stored attempts and outcome rows.
#pragma once

#include "progress/progress_summary.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

namespace progress_fixture {

// BKT for every skill: prior 0.2, learn 0.15, guess 0.25, slip 0.1 (the tests' hand working uses these).
inline core::SkillMap progressSkills() {
    auto doc = core::JsonDocument::fromText(R"json({"kind": "catalogue", "skills": {
  "default_bkt": {"prior": 0.2, "learn": 0.15, "guess": 0.25, "slip": 0.1},
  "groups": [{"id": "screening", "label": "Screening"}, {"id": "depth", "label": "Depth by zone"},
             {"id": "technique", "label": "Technique"}, {"id": "decision", "label": "Decision"},
             {"id": "aftercare", "label": "Aftercare"}],
  "skills": [
    {"id": "screen.pregnancy", "label": "Pregnancy", "group": "screening"},
    {"id": "screen.anticoagulants", "label": "Anticoagulants", "group": "screening"},
    {"id": "depth.cheek.scars", "label": "Depth on cheeks (scars)", "group": "depth"},
    {"id": "depth.forehead.scars", "label": "Depth on the forehead", "group": "depth"},
    {"id": "technique.patterns", "label": "Needling patterns", "group": "technique"},
    {"id": "decision.treat", "label": "Treating a suitable client", "group": "decision"},
    {"id": "decision.treat_zones", "label": "Zones to treat", "group": "decision"},
    {"id": "aftercare.sun", "label": "Sun protection", "group": "aftercare"}
  ],
  "rules": [{"match": "*", "skill": "decision.treat"}],
  "criticals": []
}})json",
                                            "skills.json");
    REQUIRE(doc.has_value());
    auto map = core::SkillMap::fromCatalogue(*doc);
    REQUIRE(map.has_value());
    return *map;
}

inline core::ProgressSettings progressSettings() {
    core::ProgressSettings s;
    s.passMark = 70;
    s.fsrs = core::fsrsDefaultParams();
    return s;
}

inline core::StoredAttempt storedAttempt(std::int64_t id, const std::string& caseId, double started, double finished, double total, bool passed,
                                         bool critical) {
    return {.id = id, .caseId = caseId, .startedUnix = started, .finishedUnix = finished, .total = total, .passed = passed, .critical = critical,
            .attemptJson = {}, .reportJson = {}, .durationS = {}, .sourceFile = {}};
}

inline core::OutcomeRow outcomeRow(std::int64_t attemptId, double at, const std::string& item, const std::string& section, const std::string& skill,
                                   double points, double max, int rating, const std::string& zone = "", const std::string& verdict = "") {
    return {.attemptId = attemptId, .itemId = item, .section = section, .skill = skill, .zone = zone, .zoneVerdict = verdict,
            .points = points, .max = max, .rating = rating, .atUnix = at};
}

} // namespace progress_fixture
