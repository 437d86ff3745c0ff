// One handler per practice Command (see practice_commands.hpp).
#include "grading/grader.hpp"
#include "base/toggled.hpp"
#include "base/diagnostics.hpp"
#include "terms/input_limits.hpp"
#include "practice/practice_session.hpp"
#include "base/text_similarity.hpp"

#include <algorithm>
#include <cmath>

namespace core {


namespace {

// Adds or removes an id, keeping the list free of duplicates.
void setMember(std::vector<std::string>& list, const std::string& id, bool on) {
    const auto it = std::find(list.begin(), list.end(), id);
    if (on && it == list.end()) list.push_back(id);
    if (!on && it != list.end()) list.erase(it);
}

} // namespace

Status PracticeSession::applyOne(const cmd::OpenCase& c) { return open(c.caseId); }

Status PracticeSession::applyOne(const cmd::GoTo& c) {
    if (c.stage == Stage::Library) return applyOne(cmd::BackToLibrary{});
    if (auto ok = stageAccess(c.stage); !ok) return ok;
    if (c.stage == Stage::Visits && m_currentVisit == 0) return applyOne(cmd::PlayVisit{1});
    m_stage = c.stage;
    return {};
}

Status PracticeSession::applyOne(const cmd::ToggleFlag& c) {
    if (auto ok = requireCase(); !ok) return ok;
    return applyOne(cmd::SetFlag{c.id, !m_attempt.flagged(c.id)});
}

Status PracticeSession::applyOne(const cmd::SetFlag& c) {
    if (auto ok = requireCase(); !ok) return ok;
    if (!m_data.catalogue.findScreening(c.id)) {
        return std::unexpected("unknown screening item \"" + c.id + "\"." + didYouMean(c.id, m_data.catalogue.screeningIds()));
    }
    setMember(m_attempt.flags, c.id, c.on);
    if (!c.on) m_attempt.flagReasons.erase(c.id);
    else if (!c.reason.empty()) m_attempt.flagReasons[c.id] = c.reason;
    return {};
}

Status PracticeSession::applyOne(const cmd::SetDecision& c) {
    if (auto ok = requireCase(); !ok) return ok;
    m_attempt.decision = c.decision;
    m_decisionMade = true;
    return {};
}

Status PracticeSession::applyOne(const cmd::SelectZone& c) {
    if (!m_case) return std::unexpected(std::string("no case is open"));
    if (!c.zone.empty() && !m_data.zones.find(c.zone)) {
        return std::unexpected("unknown zone \"" + c.zone + "\"." + didYouMean(c.zone, m_data.zones.ids()));
    }
    m_selectedZone = c.zone;
    return {};
}

Status PracticeSession::applyOne(const cmd::SetZoneAction& c) {
    if (auto ok = requireCase(); !ok) return ok;
    if (!m_data.zones.find(c.zone)) return std::unexpected("unknown zone \"" + c.zone + "\"." + didYouMean(c.zone, m_data.zones.ids()));
    auto& zones = m_attempt.zones;
    const auto it = std::find_if(zones.begin(), zones.end(), [&](const AttemptZone& z) { return z.zone == c.zone; });
    // Strokes belong to a treated zone (the attempt check refuses any other):
    // a zone that stops being treated loses its strokes.
    const auto dropStrokes = [&] {
        if (m_attempt.perform) m_attempt.perform->eraseStrokesOf(c.zone);
    };
    if (!c.action) {
        if (it != zones.end()) zones.erase(it);
        dropStrokes();
        return {};
    }
    if (it == zones.end()) {
        AttemptZone z;
        z.zone = c.zone;
        z.action = *c.action;
        zones.push_back(z);
    } else if (*c.action == ZoneAction::Avoid) {
        *it = AttemptZone{c.zone, ZoneAction::Avoid, {}, {}, {}, {}}; // an avoided zone keeps no plan values
        dropStrokes();
    } else {
        it->action = ZoneAction::Treat;
    }
    return {};
}

Status PracticeSession::applyOne(const cmd::SetDepth& c) {
    const double steps = c.mm / kDialStepMm;
    if (!std::isfinite(c.mm) || c.mm < kDialMinMm - 1e-9 || c.mm > kDialMaxMm + 1e-9 || std::abs(steps - std::round(steps)) > 1e-6) {
        return std::unexpected(std::string("depth must be 0.25 to 2.5 mm in 0.25 mm steps (the pen's dial)"));
    }
    auto z = zoneForEdit(c.zone);
    if (!z) return std::unexpected(z.error());
    (*z)->depthMm = std::round(steps) * kDialStepMm;
    return {};
}

Status PracticeSession::applyOne(const cmd::TogglePattern& c) {
    auto z = zoneForEdit(c.zone);
    if (!z) return std::unexpected(z.error());
    auto& patterns = (*z)->patterns;
    patterns = toggled(patterns, c.pattern);
    std::sort(patterns.begin(), patterns.end()); // vertical, horizontal, oblique
    return {};
}

Status PracticeSession::applyOne(const cmd::SetPatterns& c) {
    auto z = zoneForEdit(c.zone);
    if (!z) return std::unexpected(z.error());
    auto patterns = c.patterns;
    std::sort(patterns.begin(), patterns.end());
    patterns.erase(std::unique(patterns.begin(), patterns.end()), patterns.end());
    (*z)->patterns = patterns;
    return {};
}

Status PracticeSession::applyOne(const cmd::SetPasses& c) {
    if (!kPassesLimit.contains(c.passes)) {
        return std::unexpected("passes must be " + std::to_string(kPassesLimit.min) + " to " + std::to_string(kPassesLimit.max));
    }
    auto z = zoneForEdit(c.zone);
    if (!z) return std::unexpected(z.error());
    (*z)->passes = c.passes;
    return {};
}

Status PracticeSession::applyOne(const cmd::SetEndpoint& c) {
    auto z = zoneForEdit(c.zone);
    if (!z) return std::unexpected(z.error());
    (*z)->endpoint = c.endpoint;
    return {};
}

Status PracticeSession::applyOne(const cmd::MirrorZone& c) {
    if (auto ok = requireCase(); !ok) return ok;
    return mirror(c.zone);
}

Status PracticeSession::applyOne(const cmd::ToggleAftercare& c) {
    if (auto ok = requireCase(); !ok) return ok;
    return applyOne(cmd::SetAftercare{c.id, !m_attempt.choseAftercare(c.id)});
}

Status PracticeSession::applyOne(const cmd::SetAftercare& c) {
    if (auto ok = requireCase(); !ok) return ok;
    if (!m_data.catalogue.findAftercare(c.id)) {
        return std::unexpected("unknown aftercare item \"" + c.id + "\"." + didYouMean(c.id, m_data.catalogue.aftercareIds()));
    }
    setMember(m_attempt.aftercare, c.id, c.on);
    return {};
}

Status PracticeSession::applyOne(const cmd::SetInterval& c) {
    if (auto ok = requireCase(); !ok) return ok;
    if (!kIntervalWeeksLimit.contains(c.weeks)) {
        return std::unexpected("the interval must be " + std::to_string(kIntervalWeeksLimit.min) + " to " +
                               std::to_string(kIntervalWeeksLimit.max) + " weeks");
    }
    m_attempt.intervalWeeks = c.weeks;
    return {};
}

Status PracticeSession::applyOne(const cmd::SetSessions& c) {
    if (auto ok = requireCase(); !ok) return ok;
    if (!kSessionsLimit.contains(c.sessions)) {
        return std::unexpected("sessions must be " + std::to_string(kSessionsLimit.min) + " to " + std::to_string(kSessionsLimit.max));
    }
    m_attempt.sessions = c.sessions;
    return {};
}

Status PracticeSession::applyOne(const cmd::SetExclude& c) {
    auto z = zoneForEdit(c.zone);
    if (!z) return std::unexpected(z.error());
    const Finding* f = m_case->finding(c.finding);
    if (!f) {
        std::vector<std::string> ids;
        for (const auto& x : m_case->findings) ids.push_back(x.id);
        return std::unexpected("no finding \"" + c.finding + "\" in this case." + didYouMean(c.finding, ids));
    }
    if (f->zone != c.zone) return std::unexpected("finding \"" + c.finding + "\" lies in the " + f->zone + ", not the " + c.zone);
    setMember((*z)->exclude, c.finding, c.on);
    return {};
}

Status PracticeSession::applyOne(const cmd::SetRebook& c) {
    if (auto ok = requireCase(); !ok) return ok;
    if (!kIntervalWeeksLimit.contains(c.weeks)) {
        return std::unexpected("the next visit must be " + std::to_string(kIntervalWeeksLimit.min) + " to " +
                               std::to_string(kIntervalWeeksLimit.max) + " weeks away");
    }
    m_attempt.followUp.rebookWeeks = c.weeks;
    return {};
}

Status PracticeSession::applyOne(const cmd::SetReferral& c) {
    if (auto ok = requireCase(); !ok) return ok;
    if (!c.id.empty() && !m_data.catalogue.findReferral(c.id)) {
        return std::unexpected("unknown referral \"" + c.id + "\"." + didYouMean(c.id, m_data.catalogue.referralIds()));
    }
    m_attempt.followUp.referTo = c.id;
    return {};
}

Status PracticeSession::applyOne(const cmd::ToggleAdvice& c) {
    if (auto ok = requireCase(); !ok) return ok;
    return applyOne(cmd::SetAdvice{c.id, !m_attempt.gaveAdvice(c.id)});
}

Status PracticeSession::applyOne(const cmd::Ask& c) {
    if (auto ok = requireCase(); !ok) return ok;
    if (!m_case->interview) return std::unexpected("case \"" + m_case->id + "\" has no interview: its intake is on screen, nothing is asked");
    if (!m_data.catalogue.findQuestion(c.questionId)) {
        return std::unexpected("unknown question \"" + c.questionId + "\"." + didYouMean(c.questionId, m_data.catalogue.questionIds()));
    }
    if (!m_attempt.asked(c.questionId)) m_attempt.questions.push_back(c.questionId); // asked again: the client repeats, nothing changes
    return {};
}

Status PracticeSession::applyOne(const cmd::SetAdvice& c) {
    if (auto ok = requireCase(); !ok) return ok;
    if (!m_data.catalogue.findAdvice(c.id)) {
        return std::unexpected("unknown advice \"" + c.id + "\"." + didYouMean(c.id, m_data.catalogue.adviceIds()));
    }
    setMember(m_attempt.followUp.advice, c.id, c.on);
    return {};
}

Status PracticeSession::applyOne(const cmd::Submit&) {
    if (auto ok = requireCase(); !ok) return ok;
    Attempt asGiven = m_attempt;
    asGiven.decisionGiven = m_decisionMade;
    Diagnostics submittable;
    checkSubmittable(asGiven, submittable);
    if (submittable.hasErrors()) return std::unexpected(Error(submittable.items().front().message));
    const Protocol* p = protocol();
    if (!p) return std::unexpected("the case's protocol profile \"" + m_case->protocol + "\" is not loaded");
    if (planSkipped()) {
        // The plan screens are hidden after a defer or refer: nothing there is graded.
        m_attempt.dropPlan();
    } else {
        // Treating today: what a deferral would have planned instead is not part of the answer.
        m_attempt.followUp = {};
    }
    m_attempt.visits.clear();
    // Each attempt draws its own follow-up; the seed is kept in the attempt, so
    // its visits (and a re-grade of its saved file) come out the same every time.
    m_attempt.visitSeed = m_seedOverride ? *m_seedOverride : m_seeds();
    m_report = grade(*m_case, m_attempt, *p, m_data);
    m_timeline = buildVisitTimeline(*m_case, m_attempt, *p, m_data);
    m_currentVisit = 0;
    m_visitChoices.clear();
    m_stage = Stage::Debrief;
    return {};
}

Status PracticeSession::applyOne(const cmd::Retry&) {
    if (!m_case) return std::unexpected(std::string("no case is open"));
    return open(m_case->id);
}

Status PracticeSession::applyOne(const cmd::NextCase&) {
    std::vector<const Case*> playable;
    for (const auto& e : m_library.entries) {
        if (e.playable) playable.push_back(&*e.playable);
    }
    if (playable.empty()) return std::unexpected(std::string("the library has no playable case"));
    std::size_t next = 0;
    if (m_case) {
        for (std::size_t i = 0; i < playable.size(); ++i) {
            if (playable[i]->id == m_case->id) next = (i + 1) % playable.size();
        }
    }
    return open(playable[next]->id);
}

Status PracticeSession::applyOne(const cmd::BackToLibrary&) {
    m_stage = Stage::Library;
    return {};
}

} // namespace core
