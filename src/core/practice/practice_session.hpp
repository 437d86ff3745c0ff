// PracticeSession: the state of one trainee working through cases, and the
// rules for changing it. Pure: no clock, no files, no GUI; the app saves and
// shows what this holds.
#pragma once

#include "base/diagnostics.hpp"
#include "model/attempt.hpp"
#include "terms/input_limits.hpp"
#include "validation/case_library.hpp"
#include "practice/practice_commands.hpp"
#include "model/reference_data.hpp"
#include "grading/report.hpp"
#include "outcome/visit_timeline.hpp"
#include "practice/visit_choices.hpp"

#include <cstdint>
#include <expected>
#include <functional>
#include <optional>
#include <string>

namespace core {

// Where each submitted attempt's visit seed comes from (which risks happen at
// its follow-up visits). The app gives a random source; tests and scripts a
// fixed one, so their runs repeat. Core itself draws nothing.
using SeedSource = std::function<std::uint32_t()>;
// Always `seed`: the default, so exam sittings and tests stay deterministic.
[[nodiscard]] SeedSource fixedSeedSource(std::uint32_t seed);

class PracticeSession {
public:
    PracticeSession(const ReferenceData& data, const CaseLibrary& library, SeedSource seeds = fixedSeedSource(0));

    // Applies one command. An error (unknown case, zone, id) leaves the state
    // as it was and says what was wrong.
    [[nodiscard]] std::expected<void, core::Error> apply(const Command& command);

    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] const Case* currentCase() const { return m_case ? &*m_case : nullptr; }
    [[nodiscard]] const Attempt& attempt() const { return m_attempt; }
    [[nodiscard]] const std::string& selectedZone() const { return m_selectedZone; }
    [[nodiscard]] const std::optional<Report>& report() const { return m_report; }
    [[nodiscard]] const Protocol* protocol() const;
    // Incremented on every change, so the app knows when to autosave.
    [[nodiscard]] unsigned revision() const { return m_revision; }
    // True when the decision means no plan: defer or refer.
    [[nodiscard]] bool planSkipped() const;
    // Whether the trainee may open `stage` now, and if not, why. The one home of
    // this rule: GoTo, the practice stage bar and the exam tabs all ask here.
    // After a defer or refer both plan stages (Plan, Aftercare) are closed:
    // nothing there is graded for a decision not to treat today.
    [[nodiscard]] std::expected<void, core::Error> stageAccess(Stage stage) const;
    // Items the trainee has not answered yet, in words (for the submit prompt).
    [[nodiscard]] std::vector<std::string> unansweredItems() const;
    // The zones the Perform stage walks, in plan order: every zone planned for
    // treatment. Empty keeps the Perform stage closed.
    [[nodiscard]] std::vector<std::string> performZones() const;

    [[nodiscard]] bool decisionMade() const { return m_decisionMade; }
    // Which attempt this is: a new number each time a case is opened, retried
    // or resumed, so the app saves each submitted attempt once.
    [[nodiscard]] std::uint64_t attemptSerial() const { return m_attemptSerial; }

    // Follow-up visits: the timeline of the submitted attempt (empty before
    // submitting, or when nothing follows, e.g. a deferral without case steps),
    // and the visit being played (0: none yet). Confirmed choices are in
    // attempt().visit(n); before confirming they are a draft, not graded.
    [[nodiscard]] const VisitTimeline& timeline() const { return m_timeline; }
    [[nodiscard]] int currentVisit() const { return m_currentVisit; }
    // The ticks at visit n (confirmed or draft) and whether they are confirmed.
    [[nodiscard]] std::vector<ManagementChoice> visitChoices(int visit) const { return m_visitChoices.shown(m_attempt, visit); }
    [[nodiscard]] bool visitConfirmed(int visit) const { return VisitChoices::confirmed(m_attempt, visit); }

    // Restores an attempt in progress (autosave) for its case; refuses one
    // saved after its Submit (stage debrief or visits).
    [[nodiscard]] std::expected<void, core::Error> resume(const Attempt& attempt, Stage stage, bool decisionMade);

private:
    const ReferenceData& m_data;
    const CaseLibrary& m_library;
    SeedSource m_seeds;
    std::optional<std::uint32_t> m_seedOverride; // `visit-seed` before Submit: used instead of a draw
    std::uint64_t m_attemptSerial = 0;
    Stage m_stage = Stage::Library;
    std::optional<Case> m_case;
    Attempt m_attempt;
    std::string m_selectedZone;
    std::optional<Report> m_report;
    unsigned m_revision = 0;
    bool m_decisionMade = false;
    VisitTimeline m_timeline;
    int m_currentVisit = 0;
    VisitChoices m_visitChoices; // drafts of the visits not yet confirmed


    [[nodiscard]] Status applyOne(const cmd::OpenCase& c);
    [[nodiscard]] Status applyOne(const cmd::GoTo& c);
    [[nodiscard]] Status applyOne(const cmd::ToggleFlag& c);
    [[nodiscard]] Status applyOne(const cmd::SetFlag& c);
    [[nodiscard]] Status applyOne(const cmd::SetDecision& c);
    [[nodiscard]] Status applyOne(const cmd::SelectZone& c);
    [[nodiscard]] Status applyOne(const cmd::SetZoneAction& c);
    [[nodiscard]] Status applyOne(const cmd::SetDepth& c);
    [[nodiscard]] Status applyOne(const cmd::TogglePattern& c);
    [[nodiscard]] Status applyOne(const cmd::SetPatterns& c);
    [[nodiscard]] Status applyOne(const cmd::SetPasses& c);
    [[nodiscard]] Status applyOne(const cmd::SetEndpoint& c);
    [[nodiscard]] Status applyOne(const cmd::MirrorZone& c);
    [[nodiscard]] Status applyOne(const cmd::ToggleAftercare& c);
    [[nodiscard]] Status applyOne(const cmd::SetAftercare& c);
    [[nodiscard]] Status applyOne(const cmd::SetInterval& c);
    [[nodiscard]] Status applyOne(const cmd::SetSessions& c);
    [[nodiscard]] Status applyOne(const cmd::SetExclude& c);
    [[nodiscard]] Status applyOne(const cmd::SetRebook& c);
    [[nodiscard]] Status applyOne(const cmd::SetReferral& c);
    [[nodiscard]] Status applyOne(const cmd::ToggleAdvice& c);
    [[nodiscard]] Status applyOne(const cmd::SetAdvice& c);
    [[nodiscard]] Status applyOne(const cmd::Ask& c);
    [[nodiscard]] Status applyOne(const cmd::Stroke& c);      // practice_perform.cpp
    [[nodiscard]] Status applyOne(const cmd::PerformAuto& c); // practice_perform.cpp
    [[nodiscard]] Status applyOne(const cmd::AddStroke& c);
    [[nodiscard]] Status applyOne(const cmd::SetCartridge& c);
    [[nodiscard]] Status applyOne(const cmd::ClearStrokes& c);
    // Perform commands need the Perform stage open (a plan that treats a zone,
    // not yet submitted) and one of its treated zones.
    [[nodiscard]] Status performAllowed(const std::string& zone) const;
    [[nodiscard]] std::expected<PerformRecord*, core::Error> performForEdit(const std::string& zone);
    [[nodiscard]] Status applyOne(const cmd::Submit& c);
    [[nodiscard]] Status applyOne(const cmd::Retry& c);
    [[nodiscard]] Status applyOne(const cmd::NextCase& c);
    [[nodiscard]] Status applyOne(const cmd::BackToLibrary& c);
    [[nodiscard]] Status applyOne(const cmd::PlayVisit& c);
    [[nodiscard]] Status applyOne(const cmd::ToggleManagement& c);
    [[nodiscard]] Status applyOne(const cmd::SetManagement& c);
    [[nodiscard]] Status applyOne(const cmd::ConfirmManagement& c);
    [[nodiscard]] Status applyOne(const cmd::SetVisitSeed& c);

    [[nodiscard]] std::expected<void, core::Error> open(const std::string& caseId);
    [[nodiscard]] std::expected<void, core::Error> regradeWithVisits();
    void start(Case c); // a fresh attempt at `c`, in the consultation
    [[nodiscard]] std::expected<AttemptZone*, core::Error> zoneForEdit(const std::string& zone);
    [[nodiscard]] std::expected<void, core::Error> requireCase() const;
    [[nodiscard]] std::expected<void, core::Error> mirror(const std::string& zone);
};

// The zone on the other side of the face ("cheek_left" <-> "cheek_right"), or "".
std::string mirrorZoneId(const std::string& zone);

// Aftercare choices for a case in a stable shuffled order: the same case
// always lists them the same way, but correct and harmful items are mixed.
std::vector<std::string> aftercareChoices(const Case& c, const Catalogue& catalogue);

} // namespace core
