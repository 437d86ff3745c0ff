// The declarative condition of an outcome rule ("treated over active acne and
// no antiviral cover"): a small tree of tests read from JSON, evaluated by
// outcome/outcome_match against one attempt. One reader, no code per rule.
#pragma once

#include "json/object_reader.hpp"
#include "terms/vocabulary.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace core {

// What one leaf of a condition tests. The file spelling is the JSON key:
//   {"treating": true}                        the decision needles today
//   {"client_has": "active_acne"}             the case's key lists this screening item (contraindication or distractor)
//   {"flagged": "herpes_active"}              the trainee flagged this screening item
//   {"fitzpatrick_at_least": 5}               the client's Fitzpatrick type is at least this
//   {"endpoint": "pinpoint_bleeding"}         a treated zone aims for this endpoint
//   {"depth_at_least_mm": 1.5}                a treated zone is needled at least this deep
//   {"deeper_than_zone_max": true}            a treated zone is deeper than the profile's safety maximum for it
//   {"passes_above": 4}                       a treated zone has more passes than this
//   {"aftercare": "retinol_same_night"}       the trainee chose this aftercare item
//   {"advised": "antiviral_cover"}            this aftercare item or advice was given (either list)
//   {"treated_over_finding": "active_acne"}   a treated zone holds a finding of this type that was not needled around
//   {"treated_over_finding": "filler_site", "deeper_than_mm": 0.5}   ... and that zone is needled deeper than this
//   {"intake_mentions": ["cold sore", "herpes"]}  the intake (history, medications, allergies, notes, concerns) names one of these words
//   {"recent": "filler", "within_weeks": 4}   the intake has this kind of treatment within the weeks (recent needs within_weeks)
//   {"all": [..]} {"any": [..]} {"not": {..}} combinations
enum class ConditionTest {
    Treating,
    ClientHas,
    Flagged,
    FitzpatrickAtLeast,
    Endpoint,
    DepthAtLeastMm,
    DeeperThanZoneMax,
    PassesAbove,
    Aftercare,
    Advised,
    TreatedOverFinding,
    Recent,
    IntakeMentions,
    All,
    Any,
    Not,
};

const Choices<ConditionTest>& conditionTestChoices();

struct OutcomeCondition {
    ConditionTest test = ConditionTest::Treating;
    std::string id;                  // ClientHas, Flagged, Aftercare, Advised, TreatedOverFinding: the catalogue id
    std::optional<core::Endpoint> endpoint; // Endpoint
    std::optional<TreatmentKind> recentKind; // Recent
    double number = 0.0;             // FitzpatrickAtLeast, DepthAtLeastMm, PassesAbove, Recent (within_weeks), TreatedOverFinding (deeper_than_mm; 0: any depth)
    std::vector<std::string> words;  // IntakeMentions: matched case-insensitively
    bool expected = true;            // Treating, DeeperThanZoneMax: the value that makes the leaf true
    std::vector<OutcomeCondition> children; // All, Any (one or more), Not (exactly one)
    std::string pointer;             // where it was read, for the meaning checks' messages
};

// Reads one condition object at `pointer`. Every problem is an error at its
// JSON pointer: an object with no test or two tests, an unknown test (with the
// nearest name), an empty "all"/"any". Catalogue ids are checked afterwards
// (checkOutcomeConditionIds), once the catalogue is read.
OutcomeCondition readOutcomeCondition(const Json& node, const std::string& pointer, Diagnostics& diagnostics);

// The condition in words, for the debrief ("treating and client has active_acne").
std::string describeCondition(const OutcomeCondition& condition);

} // namespace core
