// The Report: everything the grader decided about one attempt. The debrief,
// the CLI, exports and cohort re-scoring all read this one structure.
#pragma once

#include "base/shared_text.hpp"
#include "perform/zone_measures.hpp"

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace core {

// Technique is Perform mode's section: graded only when the attempt has perform strokes.
// Visits is graded only when the attempt played a follow-up visit; its JSON id is "visits".
enum class Section { Screening, Plan, Aftercare, Schedule, Technique, Visits };
// Every section, in the order the report lists them. Whatever lists or stores
// sections (the progress curve, its legend, the store's score columns) goes by this.
inline constexpr std::array<Section, 6> kSections = {Section::Screening, Section::Plan,      Section::Aftercare,
                                                     Section::Schedule,  Section::Technique, Section::Visits};

// Whether the technique section applies to an attempt.
enum class TechniqueStatus {
    NotPerformed, // no perform record: the section drops out, the report is as before
    NotAssessed,  // auto-performed (accessibility option): figures shown, no points
    Assessed,
};
std::string toString(TechniqueStatus status);

std::string toString(Section section);
// The section's name as the report means it: a deferral's plan is its follow-up.
std::string sectionLabel(Section section, bool followUp);

// What the grader concluded about one zone, for the debrief map. Written by
// the grader as it grades (never worked out again by a view).
enum class ZoneVerdict {
    Correct,   // treated in band with the right technique, or correctly avoided
    Technique, // depth right, but patterns, passes or endpoint lost points
    TooShallow,
    TooDeep,   // past the band, the safety maximum or the filler cap
    Missed,    // should have been treated and was not
    MustAvoid, // treated, but had to be avoided (avoid zone, no-go area, skin-type limit)
    Unplanned, // treated, but not part of the plan
};

std::string toString(ZoneVerdict verdict);
// A short label drawn on the zone, so colour is never the only cue.
std::string verdictLabel(ZoneVerdict verdict);
// When two findings touch one zone the graver one is shown.
int verdictSeverity(ZoneVerdict verdict);

struct LineItem {
    Section section = Section::Screening;
    // The item id is "kind:subject:aspect" (empty parts left out), e.g.
    // "flag:pregnancy", "zone:cheek_left:depth", "decision". Kept in parts so
    // grading allocates no id strings; kind and aspect are string literals.
    std::string_view kind;
    std::string subject;
    std::string_view aspect;
    std::string expected;   // human-readable expected value
    std::string given;      // human-readable given value
    double points = 0.0;    // raw points earned (negative for deductions)
    double max = 0.0;       // raw points available (0 for pure deductions)
    std::string_view verdict; // the grader's judgement; always a string literal
    SharedText teaching;    // why, from the case, catalogue or profile
    SharedText source;      // where the rule comes from
    std::string tier;       // PR, REG, IND, SEED (comma-joined when several)
    bool voided = false;    // points cancelled by a critical decision to treat
    SharedText citations;   // the full citations behind `source`, one per line
    // This decision raised a critical error: a mistake even at 0 of 0 points
    // (a stroke into a no-go area, a critical visit choice).
    bool critical = false;

    [[nodiscard]] std::string id() const;
    // The verdict and the teaching point as one sentence sequence.
    [[nodiscard]] std::string explanation() const;
};

struct CriticalError {
    std::string id; // e.g. "deeper_than_safety_max:forehead"
    std::string message;
};

struct SectionScore {
    Section section = Section::Screening;
    double score = 0.0; // weighted, 0..max
    double max = 0.0;   // the section's weight; 0 when the case does not grade it
    double rawPoints = 0.0;
    double rawMax = 0.0;
};

// The grading rules this build applies. Version 1 rules (before waits, skin
// type and follow-up were graded) scored some attempts differently; a stored
// result names the version it was graded under.
inline constexpr int kGradingRulesVersion = 2;

struct Report {
    int rulesVersion = kGradingRulesVersion;
    std::string caseId;
    std::string protocolId;
    double total = 0.0; // 0..100, one decimal
    bool passed = false;
    double passMark = 70.0;
    bool followUp = false;         // not treating: plan and aftercare graded the follow-up and today's advice
    bool visitsPlayed = false;     // follow-up visits were played: the visits section is in `sections`
    bool screeningFloorMet = true; // the screening section reached the profile's floor
    double screeningFloor = 0.0;   // that floor, as a share of the section
    std::vector<CriticalError> critical;
    std::vector<SectionScore> sections;
    std::vector<LineItem> items;
    std::map<std::string, ZoneVerdict> zoneVerdicts; // every zone the key or the attempt touches
    TechniqueStatus technique = TechniqueStatus::NotPerformed;
    PerformMeasures perform; // per-zone figures for the debrief (empty when not performed)

    [[nodiscard]] const LineItem* item(const std::string& id) const;
    [[nodiscard]] const SectionScore* section(Section s) const;
    [[nodiscard]] bool hasCritical(const std::string& id) const;
};

} // namespace core
