// Pen input for the perform panel: pointer events from the window (mouse,
// touch finger, pen tablet) in window pixels with the platform's time stamps,
// queued by the app each frame and turned into map-space strokes by the panel.
#pragma once

#include <cstdint>
#include <vector>

namespace ui {

enum class PenSource { Mouse, Touch };
enum class PenPhase { Down, Move, Up };

struct PenEvent {
    PenPhase phase = PenPhase::Move;
    PenSource source = PenSource::Mouse;
    float x = 0.0f; // window pixels (ImGui's coordinates)
    float y = 0.0f;
    std::uint32_t timeMs = 0; // the platform's event time stamp
};

// Events since the last frame, oldest first. The perform panel consumes them;
// other screens leave them, and the app clears what is left after each frame.
struct PenQueue {
    std::vector<PenEvent> events;
};

} // namespace ui
