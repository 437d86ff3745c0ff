// Perform mode's commands: strokes, the cartridge, redoing a zone and
// auto-perform. Each is checked whole before the attempt changes.
#include "terms/input_limits.hpp"
#include "practice/perform_policy.hpp"
#include "practice/practice_session.hpp"
#include "base/text_similarity.hpp"

#include <algorithm>

namespace core {

namespace perform_apply_detail {

// Strokes stay in time order for the replay: one that starts before the
// record's end (a resumed session restarts its clock) starts at that end, and
// one after a long pause starts kPerformMaxIdleGapMs after it.
std::int64_t startAfter(const PerformRecord& record, std::int64_t startMs) {
    const std::int64_t end = record.durationMs();
    return std::clamp<std::int64_t>(startMs, end, end + kPerformMaxIdleGapMs);
}

// The reader's limits (model/perform_record), so every record the app writes reads back.
Status checkStroke(const PerformStroke& stroke, const PerformRecord& record) {
    if (stroke.samples.empty()) return std::unexpected(std::string("a stroke needs at least one pen sample"));
    if (static_cast<int>(stroke.samples.size()) > kPerformMaxSamplesPerStroke) {
        return std::unexpected("a stroke has " + std::to_string(stroke.samples.size()) + " samples; at most " +
                               std::to_string(kPerformMaxSamplesPerStroke) + " are kept: lift the pen more often");
    }
    if (static_cast<int>(record.strokes.size()) >= kPerformMaxStrokes ||
        static_cast<long long>(record.sampleCount() + stroke.samples.size()) > kPerformMaxSamples) {
        return std::unexpected(std::string("the perform recording is full: submit the attempt or clear a zone"));
    }
    std::int32_t last = 0;
    for (const PenSample& s : stroke.samples) {
        if (s.x < 0 || s.y < 0 || s.x > kPenCoordinateMax || s.y > kPenCoordinateMax) {
            return std::unexpected(std::string("a pen sample lies off the face map (coordinates are 0..") + std::to_string(kPenCoordinateMax) + ")");
        }
        if (s.tMs < last) return std::unexpected(std::string("pen samples must not go back in time"));
        last = s.tMs;
    }
    if (startAfter(record, stroke.startMs) + last > kPerformMaxDurationMs) {
        return std::unexpected(std::string("the perform recording is full (two hours of strokes): submit the attempt or clear a zone"));
    }
    return {};
}

} // namespace perform_apply_detail

Status PracticeSession::performAllowed(const std::string& zone) const {
    if (auto ok = requireCase(); !ok) return ok;
    if (auto open = stageAccess(Stage::Perform); !open) return std::unexpected(open.error());
    const auto zones = performZones();
    if (std::find(zones.begin(), zones.end(), zone) == zones.end()) {
        std::string listed;
        for (const auto& z : zones) listed += (listed.empty() ? "" : ", ") + z;
        return std::unexpected("\"" + zone + "\" is not a zone the plan treats: perform one of " + listed + "." + didYouMean(zone, zones));
    }
    return {};
}

std::expected<PerformRecord*, core::Error> PracticeSession::performForEdit(const std::string& zone) {
    if (auto ok = performAllowed(zone); !ok) return std::unexpected(ok.error());
    if (!m_attempt.perform) {
        m_attempt.perform = PerformRecord{};
        if (const Cartridge* c = performCartridge(nullptr, m_data.catalogue)) m_attempt.perform->cartridge = c->id;
    }
    return &*m_attempt.perform;
}

Status PracticeSession::applyOne(const cmd::AddStroke& c) {
    using namespace perform_apply_detail;
    auto record = performForEdit(c.stroke.zone);
    if (!record) return std::unexpected(record.error());
    if (auto ok = checkStroke(c.stroke, **record); !ok) return ok;
    PerformStroke stroke = c.stroke;
    stroke.startMs = startAfter(**record, stroke.startMs);
    stroke.generated = false; // the pen's strokes are the trainee's own: always assessed
    (*record)->strokes.push_back(std::move(stroke));
    return {};
}

Status PracticeSession::applyOne(const cmd::SetCartridge& c) {
    if (auto ok = requireCase(); !ok) return ok;
    if (!m_data.catalogue.findCartridge(c.id)) {
        return std::unexpected("unknown cartridge \"" + c.id + "\"." + didYouMean(c.id, m_data.catalogue.cartridgeIds()));
    }
    if (m_attempt.perform && !m_attempt.perform->strokes.empty() && m_attempt.perform->cartridge != c.id) {
        // One head per record keeps the replay and the measures honest.
        return std::unexpected(std::string("strokes were drawn with another cartridge: clear them before changing the pen head"));
    }
    if (!m_attempt.perform) m_attempt.perform = PerformRecord{};
    m_attempt.perform->cartridge = c.id;
    return {};
}

Status PracticeSession::applyOne(const cmd::ClearStrokes& c) {
    auto record = performForEdit(c.zone);
    if (!record) return std::unexpected(record.error());
    (*record)->eraseStrokesOf(c.zone);
    return {};
}

} // namespace core
