// The follow-up timeline of one attempt ("Follow-up visits"): the time points
// after the session (day 3, week 2, week 6 ...), what the client says and the
// practitioner sees at each, the face layers to draw, and which management
// key applies where. Deterministic: the same case, attempt (with its visit
// seed) and profile always give the same timeline.
#pragma once

#include "model/attempt.hpp"
#include "model/case_model.hpp"
#include "model/protocol.hpp"
#include "model/reference_data.hpp"
#include "terms/skin_layers.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace core {

// An outcome as the timeline shows it: a catalogue rule whose condition held
// (drawn or not), or a case's own step.
struct VisitOutcome {
    std::string id;          // the rule's or the case step's id
    std::string label;
    bool fromCase = false;   // a case step (always happens)
    Likelihood likelihood = Likelihood::Expected;
    bool happened = true;    // false: the risk applied but the seed's draw spared the client this time
    double draw = 0.0;       // the seed's draw in [0, 1): happened when draw < likelihoodChance
    std::string why;         // the condition in words ("treating and client has active_acne")
    const ManagementKey* manage = nullptr; // points into the catalogue or the case
    Citation citation;       // resolved sources (a case step without refs: the case's sources)
    int firstVisit = 0;      // 1-based visit where it first shows (0 when it did not happen)
};

// One entry a visit shows for one outcome.
struct VisitMessage {
    std::string outcomeId;
    SharedText clientSays;
    SharedText practitionerSees;
};

// One time point of the timeline.
struct Visit {
    int number = 1;      // 1-based, in time order
    VisitTime at;
    std::string label;   // "Day 3"
    std::vector<VisitMessage> messages;   // one per outcome showing at this time (happened only)
    std::vector<std::string> newOutcomes; // ids first showing here: the ones managed (graded) at this visit
    // The face to draw: the case's own layers first, then the outcomes'
    // (outcome layers are kept when the total passes kMaxSkinLayers).
    std::vector<SkinLayer> skin;
    // The zones each outcome layer sits in (for pixel tests and labels).
    std::vector<std::string> affectedZones;
};

struct VisitTimeline {
    std::vector<Visit> visits;
    std::vector<VisitOutcome> outcomes; // every rule that applied (drawn or not) and every case step
    std::uint32_t seed = 0;
    // True when nothing but the expected course showed: the trainee should reassure.
    [[nodiscard]] bool normalCourseOnly() const;
    [[nodiscard]] const Visit* visit(int number) const;
    [[nodiscard]] const VisitOutcome* outcome(const std::string& id) const;
    // Risks that applied but did not happen, with their likelihood, for the
    // "this plan carried a risk of ..." note.
    [[nodiscard]] std::vector<const VisitOutcome*> sparedRisks() const;
};

// The seed's draw for one rule: a number in [0, 1) from FNV-1a of the seed
// and the rule id, so adding a rule never changes another rule's draw.
[[nodiscard]] double outcomeDraw(std::uint32_t seed, const std::string& ruleId);

// Builds the timeline. Time points are the union of the happened outcomes'
// stages and the case's steps, in time order; each outcome's layers are
// placed (treated zones, named zones or the finding's zones). A rule that
// triggered but did not happen adds no time points.
[[nodiscard]] VisitTimeline buildVisitTimeline(const Case& c, const Attempt& a, const Protocol& p, const ReferenceData& data);

} // namespace core
