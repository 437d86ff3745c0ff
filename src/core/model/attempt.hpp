// The attempt: what a trainee chose for one case. The GUI saves exactly this,
// and the grader reads it.
#pragma once

#include "model/case_model.hpp"
#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "terms/outcome_rules.hpp"
#include "terms/perform_record.hpp"
#include "model/reference_data.hpp"
#include "terms/vocabulary.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct AttemptZone {
    std::string zone;
    ZoneAction action = ZoneAction::Treat;
    std::optional<double> depthMm;
    std::vector<Pattern> patterns;
    std::optional<int> passes;
    std::optional<Endpoint> endpoint;
    std::vector<std::string> exclude = {}; // findings needled around with a margin (an initializer: brace-initialised zones may leave it out)
};

// What a deferral or referral plans instead of needling today.
struct AttemptFollowUp {
    std::optional<int> rebookWeeks;
    std::string referTo; // a catalogue referral id, or empty
    std::vector<std::string> advice;
};

// One follow-up visit the trainee played after the debrief, and what they
// chose to do there ("Follow-up visits"). `number` is the visit's 1-based
// place in the timeline (outcome/visit_timeline.hpp).
struct AttemptVisit {
    int number = 1;
    std::vector<ManagementChoice> choices;
};

struct Attempt {
    std::string caseId;
    std::vector<std::string> flags;
    std::map<std::string, std::string> flagReasons; // why each flag was raised, in the trainee's words (an intake line, a finding)
    std::vector<std::string> questions; // interview questions asked, in the order asked (interview cases)
    Decision decision = Decision::Treat;
    bool decisionGiven = true; // false: left unanswered (an exam handed in early); earns nothing
    std::vector<AttemptZone> zones;
    std::vector<std::string> aftercare;
    std::optional<int> intervalWeeks;
    std::optional<int> sessions;
    AttemptFollowUp followUp;
    std::optional<double> timeSpentS;
    // Follow-up visits: the seed that draws which risks happen (same attempt,
    // same seed, same timeline), and the visits played. No visits: the visits
    // section is not graded and the attempt grades as it always did.
    std::uint32_t visitSeed = 0;
    std::vector<AttemptVisit> visits;
    // Perform mode's strokes; absent when the trainee did not perform (the
    // technique section then drops out and the attempt grades as before).
    std::optional<PerformRecord> perform;

    [[nodiscard]] const AttemptZone* zone(const std::string& id) const;
    [[nodiscard]] bool flagged(const std::string& id) const;
    [[nodiscard]] bool choseAftercare(const std::string& id) const;
    [[nodiscard]] bool gaveAdvice(const std::string& id) const;
    [[nodiscard]] bool asked(const std::string& questionId) const;
    [[nodiscard]] const AttemptVisit* visit(int number) const;
    // A defer or refer means no session today: the plan (zones, aftercare,
    // schedule) and any strokes are not part of the answer.
    void dropPlan();
};

// `pointer` locates the attempt inside a larger file ("/attempt" in a saved record).
Attempt readAttempt(const Json& root, Diagnostics& diagnostics, const std::string& pointer = "");

// The attempt must belong to this case and name only ids that exist: an
// unknown id is an error, never a silent zero.
void checkAttemptAgainstCase(const Attempt& attempt, const Case& c, const ReferenceData& data, Diagnostics& diagnostics);

// An attempt is graded only once it has a decision: the window refuses to
// submit one without, and `grade` and `validate` refuse such a file the same
// way. (An exam case left blank is the exception: the sitting grades it 0.)
void checkSubmittable(const Attempt& attempt, Diagnostics& diagnostics);

// Serialises an attempt in the file format (for the GUI's saves and tests).
Json attemptToJson(const Attempt& attempt);

} // namespace core
