// The app's side of Perform mode: keeps the attempt's coverage grid in step
// with its record (stroke by stroke, never rebuilt while strokes only get
// added), turns pen events into a stroke being drawn (shown on the skin the
// same frame) and, when the pen lifts, into an AddStroke command; and runs the
// debrief's replay cursor. Panels read its PerformView.
#pragma once

#include "perform/coverage_replay.hpp"
#include "perform/perform_rules.hpp"
#include "practice/practice_session.hpp"
#include "model/reference_data.hpp"
#include "ui/common/ui_context.hpp"
#include "ui/practice/pen_input.hpp"
#include "ui/practice/perform_view.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace app {

class PerformLive {
public:
    // Brings the live coverage and measures up to the session's attempt.
    void sync(const core::PracticeSession& session, const core::ReferenceData& data, bool inExam);
    // Turns this frame's pen events into the stroke being drawn, for `zone`,
    // on the map last drawn at `map` (frame `frame`); a lifted pen queues AddStroke.
    void consumePen(std::vector<ui::PenEvent>& events, const ui::FaceMapPanelState& map, int frame, const std::string& zone,
                    ui::ActionQueue& actions);
    // The debrief's replay: moves the cursor on by `elapsedMs` of wall time when playing.
    void tickReplay(double elapsedMs);
    void seekReplay(std::int64_t ms);
    void playReplay(bool on);
    void setReplaySpeed(float speed);

    [[nodiscard]] const ui::PerformView& view() const { return m_view; }
    // The coverage the attempt's record gives, as drawn live (tests and notes compare the replay with it).
    [[nodiscard]] const core::CoverageGrid* liveGrid() const { return m_committed ? &m_committed->grid() : nullptr; }
    [[nodiscard]] const core::CoverageGrid* replayGrid() const { return m_replay ? &m_replay->grid() : nullptr; }

private:
    const core::ReferenceData* m_data = nullptr;
    std::string m_caseId;
    std::string m_cartridge;
    double m_headMm = 0.0;
    core::PerformRecord m_record;                       // the record m_committed was built from
    std::unique_ptr<core::CoverageBuilder> m_committed; // every stroke of the record (drawn)
    std::unique_ptr<core::ViewCoverageBuilder> m_byView; // the same, a grid per picture (measured)
    std::unique_ptr<core::CoverageBuilder> m_preview;   // m_committed plus the stroke being drawn
    bool m_previewPending = false;                      // the pen lifted; its AddStroke applies after this frame
    std::optional<std::int64_t> m_originMs;             // platform time of the record's 0 ms in this sitting
    std::uint32_t m_downMs = 0;
    core::PerformStroke m_stroke;                       // being drawn
    render::CoverageDraw m_liveDraw;
    render::CoverageDraw m_heatDraw;
    std::vector<std::uint8_t> m_liveBytes;
    std::vector<std::uint8_t> m_heatBytes;
    unsigned m_revision = 0;
    core::PerformMeasures m_measures;
    core::MeasureCache m_measureCache; // zone cells and stray checks kept: a stroke re-measures counts and checks itself only
    ui::PerformView m_view;
    // Replay: the builder holds every sample at or before m_replayMs.
    std::unique_ptr<core::CoverageBuilder> m_replay;
    std::size_t m_replayStroke = 0;
    std::size_t m_replaySample = 0;
    double m_replayMs = 0.0;
    render::CoverageDraw m_replayDraw;
    std::vector<std::uint8_t> m_replayBytes;

    void rebuild();
    void refreshDraws(const core::PracticeSession& session, bool countsChanged);
    void advanceReplay(std::int64_t untilMs);
    void updateReplayDraw();
};

// Pass counts as texture bytes (saturating at 255).
void countsToBytes(const core::CoverageGrid& grid, std::vector<std::uint8_t>& bytes);

} // namespace app
