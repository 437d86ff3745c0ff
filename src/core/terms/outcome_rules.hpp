// Outcome rules and follow-up visit steps as data: what happens to the client
// after the session (the catalogue's "outcomes" list, and a case's own
// "visits"), when each time point shows, what it looks like on the face, and
// how the trainee should manage it (the "Follow-up visits" the debrief leads to).
#pragma once

#include "base/diagnostics.hpp"
#include "base/shared_text.hpp"
#include "json/object_reader.hpp"
#include "terms/outcome_condition.hpp"
#include "terms/references.hpp"
#include "terms/vocabulary.hpp"

#include <optional>
#include <string>
#include <vector>

namespace core {

// How often an outcome follows when its condition holds, in words. `Expected`
// is the normal course of a good plan (it always shows); the others are drawn
// by the attempt's visit seed (outcome/visit_timeline.hpp) with the chance
// likelihoodChance gives.
enum class Likelihood { Expected, Common, Uncommon, Rare };
const Choices<Likelihood>& likelihoodChoices();
std::string toString(Likelihood value);
// The chance a drawn outcome shows: expected 1, common 0.5, uncommon 0.2, rare 0.05.
double likelihoodChance(Likelihood value);

// What the trainee can do at a follow-up visit. File spellings: reassure,
// change_aftercare, stop_actives, strict_spf, antivirals_prescriber, refer_gp,
// refer_dermatologist, pause_course, document_report.
enum class ManagementChoice {
    Reassure,
    ChangeAftercare,
    StopActives,
    StrictSpf,
    AntiviralsPrescriber,
    ReferGp,
    ReferDermatologist,
    PauseCourse,
    DocumentReport,
};
const Choices<ManagementChoice>& managementChoices();
std::string toString(ManagementChoice value);
// "Reassure and keep the plan", "Antivirals through a prescriber", ...
std::string managementLabel(ManagementChoice value);

// When a visit happens, counted from the session day: "day 3", "week 2".
struct VisitTime {
    int days = 0; // always in days; weeks are read as 7 x weeks
    bool inWeeks = false; // as the file gave it, for the label
    friend auto operator<=>(const VisitTime& a, const VisitTime& b) { return a.days <=> b.days; }
    friend bool operator==(const VisitTime& a, const VisitTime& b) { return a.days == b.days; }
};
// "Day 3", "Week 2".
std::string visitTimeLabel(const VisitTime& time);

// Where an outcome layer is drawn.
enum class LayerPlace {
    Treated, // every zone the attempt needled
    Zones,   // the zones the rule names
    Finding, // the zones of the finding type the condition treated over (else the treated zones)
};
const Choices<LayerPlace>& layerPlaceChoices();

// One condition layer an outcome draws at a time point: a skin kind name
// (model/skin_layers.hpp, including papules, pustules, vesicles, tram_tracks)
// placed by `place`, with a severity.
struct OutcomeLayer {
    std::string kindName;
    LayerPlace place = LayerPlace::Treated;
    std::vector<std::string> zones; // Zones: the zone ids
    std::string findingType;        // Finding: the finding type
    double severity = 0.5;
};

// One time point of an outcome's course.
struct OutcomeStage {
    VisitTime at;
    SharedText clientSays;       // the client's message, in their own words
    SharedText practitionerSees; // what a practitioner would see and note
    std::vector<OutcomeLayer> layers;
};

// How the trainee should manage an outcome at the first visit it shows.
// Each expected choice earns a point; a harmful one costs a point; a critical
// one fails the attempt (reassuring a spreading infection). Choices not
// listed are neither credited nor penalised ("acceptable" names the choices
// that are fine but not needed, so the debrief can say so).
struct ManagementKey {
    std::vector<ManagementChoice> expected;
    std::vector<ManagementChoice> acceptable;
    std::vector<ManagementChoice> harmful;
    std::vector<ManagementChoice> critical;
    SharedText feedback; // why, shown on the line items
};

// One catalogue outcome rule.
struct OutcomeRule {
    std::string id;    // "acne_spread"
    std::string label; // "Acne spread after needling through active spots"
    OutcomeCondition when;
    Likelihood likelihood = Likelihood::Common;
    std::vector<OutcomeStage> course; // in time order, at least one
    ManagementKey manage;
    Citation citation;                // refs in assets/references.json, resolved
    std::string pointer;              // "/outcomes/3", for messages
};

// A case's own follow-up step ("session two, and the client mentions she
// started isotretinoin"): always shows, at its time point, with its own key.
struct CaseVisitStep {
    std::string id;
    std::string label;
    OutcomeStage stage;
    ManagementKey manage;
    std::vector<std::string> refs; // assets/references.json ids (empty: the case's own sources)
};

// Reads the catalogue's "outcomes" array (structure; ids are checked by
// checkOutcomeRules once the catalogue and zone map are known).
std::vector<OutcomeRule> readOutcomeRules(const Json& array, const std::string& pointer, Diagnostics& diagnostics);
// Reads a case's "visits" array.
std::vector<CaseVisitStep> readCaseVisitSteps(const Json& array, const std::string& pointer, Diagnostics& diagnostics);
// One stage object ("at": {"days": 3} or {"weeks": 2}, "client_says",
// "practitioner_sees", "layers").
OutcomeStage readOutcomeStage(ObjectReader& r);
ManagementKey readManagementKey(const Json& node, const std::string& pointer, Diagnostics& diagnostics);

struct Catalogue;
class ZoneMap;
// Meaning checks: unique rule ids, catalogue ids in conditions (screening,
// aftercare, advice, finding types), skin kind names and zone ids in layers,
// stages in time order, no choice both expected and harmful or critical.
// Each error names the rule's JSON pointer in catalogue.json.
void checkOutcomeRules(const std::vector<OutcomeRule>& rules, const Catalogue& catalogue, const ZoneMap& zones, Diagnostics& diagnostics);
// The same checks for one condition tree.
void checkOutcomeCondition(const OutcomeCondition& condition, const Catalogue& catalogue, Diagnostics& diagnostics);
// Layers and management of a case's visit steps (pointer: "/visits").
void checkCaseVisitSteps(const std::vector<CaseVisitStep>& steps, const ZoneMap& zones, const References& references, Diagnostics& diagnostics);

} // namespace core
