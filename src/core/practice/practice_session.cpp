// Practice-mode state changes. Every command is checked before it changes
// anything, so a bad script line or a stale widget cannot corrupt an attempt.
#include "practice/practice_session.hpp"

#include "base/stable_hash.hpp"
#include "variants/case_variant.hpp"
#include "grading/grader.hpp"
#include "base/text_similarity.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace core {

std::string toString(Stage stage) { return nameOf(stageChoices(), stage); }

const Choices<Stage>& stageChoices() {
    static const Choices<Stage> c{{"library", Stage::Library},
                                  {"consultation", Stage::Consultation},
                                  {"plan", Stage::Plan},
                                  {"perform", Stage::Perform},
                                  {"aftercare", Stage::Aftercare},
                                  {"debrief", Stage::Debrief},
                                  {"visits", Stage::Visits}};
    return c;
}

std::string mirrorZoneId(const std::string& zone) {
    const auto swap = [&](const std::string& from, const std::string& to) -> std::string {
        return zone.ends_with(from) ? zone.substr(0, zone.size() - from.size()) + to : std::string();
    };
    if (auto m = swap("_left", "_right"); !m.empty()) return m;
    return swap("_right", "_left");
}

std::vector<std::string> aftercareChoices(const Case& c, const Catalogue& catalogue) {
    std::vector<std::string> ids = catalogue.aftercareIds();
    // FNV-1a of the case id seeds a xorshift: stable across runs and platforms,
    // unlike std::shuffle whose distribution is implementation-defined. The start
    // state is not FNV's offset basis (a digit short); it is kept so that the
    // order trainees have seen for each case does not change.
    std::uint64_t state = fnv1a64(c.id, 1469598103934665603ULL);
    for (std::size_t i = ids.size(); i > 1; --i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        std::swap(ids[i - 1], ids[state % i]);
    }
    return ids;
}

SeedSource fixedSeedSource(std::uint32_t seed) {
    return [seed] { return seed; };
}

PracticeSession::PracticeSession(const ReferenceData& data, const CaseLibrary& library, SeedSource seeds)
    : m_data(data), m_library(library), m_seeds(seeds ? std::move(seeds) : fixedSeedSource(0)) {}

const Protocol* PracticeSession::protocol() const { return m_case ? m_data.protocol(m_case->protocol) : nullptr; }

std::expected<void, core::Error> PracticeSession::stageAccess(Stage stage) const {
    if (stage == Stage::Library) return {};
    if (!m_case) return std::unexpected(std::string("no case is open"));
    if (stage == Stage::Debrief && !m_report) return std::unexpected(std::string("submit the attempt to see the debrief"));
    if (stage == Stage::Visits && !m_report) return std::unexpected(std::string("submit the attempt first: the follow-up visits show what happened after it"));
    if (stage == Stage::Visits && m_timeline.visits.empty())
        return std::unexpected(std::string("nothing follows this attempt: no needling today and no follow-up step in the case"));
    if (m_report && stage != Stage::Debrief && stage != Stage::Visits) return std::unexpected(std::string("this attempt is submitted: retry the case to change it"));
    if ((stage == Stage::Plan || stage == Stage::Perform || stage == Stage::Aftercare) && planSkipped()) {
        return std::unexpected(std::string("the decision is to ") + toString(m_attempt.decision) + ", so there is no plan or aftercare to give today");
    }
    if (stage == Stage::Perform && performZones().empty()) {
        return std::unexpected(std::string("plan at least one zone to treat before performing"));
    }
    return {};
}

std::vector<std::string> PracticeSession::performZones() const {
    std::vector<std::string> out;
    for (const auto& z : m_attempt.zones) {
        if (z.action == ZoneAction::Treat) out.push_back(z.zone);
    }
    return out;
}

bool PracticeSession::planSkipped() const {
    return m_decisionMade && (m_attempt.decision == Decision::Defer || m_attempt.decision == Decision::Refer);
}

std::expected<void, core::Error> PracticeSession::requireCase() const {
    if (!m_case) return std::unexpected(std::string("no case is open: open one from the library first"));
    if (m_stage == Stage::Debrief || m_stage == Stage::Visits) return std::unexpected(std::string("this attempt is submitted: retry the case to change it"));
    return {};
}

void PracticeSession::start(Case c) {
    ++m_attemptSerial;
    m_seedOverride.reset();
    m_attempt = Attempt{};
    m_attempt.caseId = c.id;
    m_case = std::move(c);
    m_timeline = VisitTimeline{};
    m_currentVisit = 0;
    m_visitChoices.clear();
    m_decisionMade = false;
    m_selectedZone.clear();
    m_report.reset();
    m_stage = Stage::Consultation;
}

std::expected<void, core::Error> PracticeSession::open(const std::string& caseId) {
    std::vector<std::string> ids;
    for (const auto& entry : m_library.entries) {
        if (!entry.playable) continue;
        if (entry.playable->id == caseId) {
            start(*entry.playable);
            return {};
        }
        ids.push_back(entry.playable->id);
    }
    // "CASE--vSEED": the seeded variant of a library case, made again from its
    // file, so a retry, a resumed autosave or a script opens the same client.
    if (const auto origin = parseVariantCaseId(caseId)) {
        for (const auto& entry : m_library.entries) {
            if (!entry.playable || entry.playable->id != origin->caseId) continue;
            if (!entry.source) return std::unexpected("case \"" + origin->caseId + "\" was loaded without its file, so no variant can be made of it");
            auto variant = generateVariant(*entry.source, origin->seed, m_data);
            if (!variant) return std::unexpected(variant.error().context("variant " + variantSeedText(origin->seed) + " of \"" + origin->caseId + "\""));
            start(std::move(variant->playable));
            return {};
        }
    }
    return std::unexpected("no playable case \"" + caseId + "\" in the library." + didYouMean(caseId, ids));
}

std::expected<AttemptZone*, core::Error> PracticeSession::zoneForEdit(const std::string& zone) {
    if (auto ok = requireCase(); !ok) return std::unexpected(ok.error());
    if (!m_data.zones.find(zone)) {
        return std::unexpected("unknown zone \"" + zone + "\"." + didYouMean(zone, m_data.zones.ids()));
    }
    for (auto& z : m_attempt.zones) {
        if (z.zone == zone) {
            z.action = ZoneAction::Treat; // editing a plan value means the zone is treated
            return &z;
        }
    }
    AttemptZone added;
    added.zone = zone;
    added.action = ZoneAction::Treat;
    m_attempt.zones.push_back(added);
    return &m_attempt.zones.back();
}

std::expected<void, core::Error> PracticeSession::mirror(const std::string& zone) {
    const std::string other = mirrorZoneId(zone);
    if (other.empty()) return std::unexpected("\"" + zone + "\" has no left/right twin to mirror to");
    const AttemptZone* source = m_attempt.zone(zone);
    if (!source) return std::unexpected("\"" + zone + "\" has no plan yet: plan it before mirroring");
    AttemptZone copy = *source;
    copy.zone = other;
    const auto it = std::find_if(m_attempt.zones.begin(), m_attempt.zones.end(), [&](const AttemptZone& z) { return z.zone == other; });
    if (it != m_attempt.zones.end()) {
        *it = copy;
    } else {
        m_attempt.zones.push_back(copy);
    }
    return {};
}

namespace practice_session_detail {

// The zone a perform command needles, for the stage flow's check before it applies.
struct PerformZoneOf {
    std::optional<std::string> operator()(const cmd::Stroke& c) const { return c.zone; }
    std::optional<std::string> operator()(const cmd::PerformAuto& c) const { return c.zone; }
    std::optional<std::string> operator()(const auto&) const { return std::nullopt; }
};

} // namespace practice_session_detail

std::expected<void, core::Error> PracticeSession::apply(const Command& command) {
    if (const auto zone = std::visit(practice_session_detail::PerformZoneOf{}, command)) {
        if (auto ok = performAllowed(*zone); !ok) return ok;
    }
    auto result = std::visit([this](const auto& c) { return applyOne(c); }, command);
    if (result) ++m_revision;
    return result;
}

std::expected<void, core::Error> PracticeSession::resume(const Attempt& attempt, Stage stage, bool decisionMade) {
    // An autosave from a build that kept submitted attempts: that attempt is in
    // the history already, and submitting it again would record it twice.
    if (stage == Stage::Debrief || stage == Stage::Visits) {
        return std::unexpected(std::string("the autosaved attempt was submitted already: it is in your history, so there is nothing to resume"));
    }
    if (auto ok = open(attempt.caseId); !ok) return ok;
    Diagnostics d;
    checkAttemptAgainstCase(attempt, *m_case, m_data, d);
    if (d.hasErrors()) return std::unexpected("the saved attempt no longer fits its case: " + Error{d.items()}.summary());
    m_attempt = attempt;
    m_decisionMade = decisionMade;
    m_stage = stage == Stage::Library ? Stage::Consultation : stage;
    ++m_revision;
    return {};
}

std::vector<std::string> PracticeSession::unansweredItems() const {
    std::vector<std::string> out;
    if (!m_case) return out;
    if (!m_decisionMade) out.push_back("no decision (treat, treat with changes, defer or refer)");
    if (planSkipped()) return out;
    const bool anyTreated = std::any_of(m_attempt.zones.begin(), m_attempt.zones.end(),
                                        [](const AttemptZone& z) { return z.action == ZoneAction::Treat; });
    if (m_decisionMade && !anyTreated) out.push_back("no zone is planned for treatment");
    for (const auto& z : m_attempt.zones) {
        if (z.action != ZoneAction::Treat) continue;
        const Zone* zone = m_data.zones.find(z.zone);
        const std::string label = zone ? zone->label : z.zone;
        if (!z.depthMm) out.push_back(label + ": no depth");
        if (z.patterns.empty()) out.push_back(label + ": no pass pattern");
        if (!z.passes) out.push_back(label + ": no number of passes");
        if (!z.endpoint) out.push_back(label + ": no endpoint");
    }
    if (m_attempt.aftercare.empty()) out.push_back("no aftercare advice");
    if (!m_attempt.intervalWeeks) out.push_back("no interval between sessions");
    if (!m_attempt.sessions) out.push_back("no number of sessions");
    return out;
}

} // namespace core
