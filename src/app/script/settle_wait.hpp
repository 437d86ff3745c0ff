// Waiting a frame at a time for something on screen to be drawn and stop
// moving, as a user's hand would: a layout that sizes itself from the frame
// before is still settling on the frame a thing first appears, and a click or
// a pen press then would land beside it. Clicks and pen lines share it.
#pragma once

#include <array>
#include <optional>

namespace app {

class SettleWait {
public:
    static constexpr int kMaxFrames = 30;
    using Place = std::array<double, 4>; // x0, y0, x1, y1 in window points

    // True: wait another frame. `place` is where the thing is drawn this frame
    // (nullopt: not drawn). After kMaxFrames of waiting it gives up (false),
    // and the caller says what is missing.
    [[nodiscard]] bool stillWaiting(const std::optional<Place>& place) {
        const bool unsettled = !place || !m_seen || *place != *m_seen;
        if (m_waits < kMaxFrames && unsettled) {
            ++m_waits;
            if (place) m_seen = place;
            return true;
        }
        m_waits = 0;
        m_seen.reset();
        return false;
    }

private:
    int m_waits = 0;
    std::optional<Place> m_seen; // where it was last drawn
};

} // namespace app
