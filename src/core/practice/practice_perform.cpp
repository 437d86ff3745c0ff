// Perform mode's Commands: strokes appended to the attempt's perform record.
// (Which stage accepts them is the session's stage flow; here: any open case.)
#include "practice/practice_session.hpp"

#include "perform/auto_strokes.hpp"
#include "perform/stroke_points.hpp"
#include "terms/input_limits.hpp"

namespace core {

namespace practice_perform_detail {

// The record to append to, created with the catalogue's first cartridge.
PerformRecord& recordOf(Attempt& attempt, const ReferenceData& data) {
    if (!attempt.perform) {
        attempt.perform = PerformRecord{};
        if (!data.catalogue.cartridges.empty()) attempt.perform->cartridge = data.catalogue.cartridges.front().id;
    }
    return *attempt.perform;
}

// Strokes follow each other with the pen lifted for 200 ms.
std::int64_t nextStart(const PerformRecord& record) { return record.strokes.empty() ? 0 : record.durationMs() + 200; }

} // namespace practice_perform_detail

Status PracticeSession::applyOne(const cmd::Stroke& c) {
    using namespace practice_perform_detail;
    if (auto ok = requireCase(); !ok) return ok;
    if (!m_data.zones.find(c.zone)) return std::unexpected("unknown zone \"" + c.zone + "\"");
    if (c.points.empty()) return std::unexpected(std::string("a stroke needs at least one point"));
    if (c.durationMs <= 0 || c.durationMs > 600000) return std::unexpected(std::string("a stroke lasts 1 ms to 10 minutes"));
    for (const auto& p : c.points) {
        if (p.x < 0.0 || p.x > 1.0 || p.y < 0.0 || p.y > 1.0) return std::unexpected(std::string("stroke points are map coordinates, 0..1"));
    }
    PerformRecord& record = recordOf(m_attempt, m_data);
    if (record.strokes.size() >= static_cast<std::size_t>(kPerformMaxStrokes)) return std::unexpected(std::string("the record is full"));
    record.strokes.push_back(strokeThrough(m_data.zones, c.zone, c.points, c.durationMs, nextStart(record)));
    return {};
}

Status PracticeSession::applyOne(const cmd::PerformAuto& c) {
    using namespace practice_perform_detail;
    if (auto ok = requireCase(); !ok) return ok;
    if (!m_data.zones.find(c.zone)) return std::unexpected("unknown zone \"" + c.zone + "\"");
    if (!kPassesLimit.contains(c.passes)) return std::unexpected(std::string("passes must be 1 to 6"));
    PerformRecord& record = recordOf(m_attempt, m_data);
    const Cartridge* cartridge = m_data.catalogue.findCartridge(record.cartridge);
    AutoStrokeSettings settings;
    settings.headMm = cartridge ? cartridge->headMm : settings.headMm;
    settings.startMs = nextStart(record);
    if (c.notAssessed) record.autoPerformed = true;
    for (auto& stroke : autoStrokes(m_data.zones, c.zone, c.pattern, c.passes, settings)) record.strokes.push_back(std::move(stroke));
    return {};
}

} // namespace core
