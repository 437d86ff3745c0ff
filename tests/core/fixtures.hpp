// Shared fixtures for core tests: the bundled reference data and library, and a small,
// valid case that each test breaks in one specific way.
#pragma once

#include "json/json_document.hpp"
#include "model/case_model.hpp"
#include "model/reference_data.hpp"
#include "validation/case_library.hpp"

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

namespace fixtures {

inline const core::ReferenceData& referenceData() {
    static const core::ReferenceData data = [] {
        auto loaded = core::loadReferenceData(MN_SOURCE_ROOT);
        if (!loaded) throw std::runtime_error(loaded.error().summary());
        return *loaded;
    }();
    return data;
}

// The bundled case library, loaded once.
inline const core::CaseLibrary& bundledLibrary() {
    static const core::CaseLibrary library = core::loadCaseLibrary(std::filesystem::path(MN_SOURCE_ROOT) / "cases/library", referenceData());
    return library;
}

// A valid case: a raised mole on the left cheek (avoided), forehead treated.
inline core::Json validCase() {
    return core::Json::parse(R"({
  "kind": "case",
  "schema_version": 1,
  "id": "fixture-mole",
  "title": "Fixture: mole on the cheek",
  "difficulty": "beginner",
  "protocol": "clinic-standard",
  "client": { "name": "Test Client", "age": 40, "sex": "female", "fitzpatrick": 2,
              "indications": ["fine_lines"] },
  "findings": [ { "id": "mole-1", "type": "raised_mole", "zone": "cheek_left",
                  "position": [0.60, 0.437], "radius": 0.012 } ],
  "key": {
    "contraindications": [ { "id": "raised_lesion", "findings": ["mole-1"] } ],
    "distractors": [ { "id": "controlled_hypothyroidism" } ],
    "decision": { "expected": "treat_modified", "partial": { "defer": 0.25 } },
    "zones": [
      { "zone": "forehead", "action": "treat", "band": "rejuvenation" },
      { "zone": "cheek_left", "action": "avoid", "reason": "mole" }
    ],
    "aftercare": { "required": ["spf30_daily"], "harmful": ["retinol_same_night"] },
    "schedule": { "interval_weeks": [4, 6], "sessions": [3, 6] }
  }
})");
}

// The valid case read into the model after `edit` changes its JSON. A case that
// does not read throws with the reader's first message, which fails the test.
inline core::Case readValidCase(const std::function<void(core::Json&)>& edit = {}) {
    core::Json j = validCase();
    if (edit) edit(j);
    core::Diagnostics d;
    core::Case c = core::readCase(j, d);
    for (const auto& item : d.items()) {
        if (item.severity == core::Severity::Error) throw std::runtime_error("the fixture case does not read: " + core::formatDiagnostic(item));
    }
    return c;
}

} // namespace fixtures
