// The pen benchmark behind `bench ui`'s perform figures: after a script has
// opened the Perform stage, it drags a synthetic pen through the window's own
// SDL event queue (the path a mouse takes), one move per frame onto fresh
// skin, and measures each frame's wall time (glFinish included, so software
// GL's rendering threads count) and how many frames pass before the mark under
// the new pen position shows in the framebuffer.
#pragma once

#include <SDL.h>

#include <utility>
#include <vector>

namespace app {

class App;

class PenBench {
public:
    explicit PenBench(int frames) : m_frames(frames) {}

    // Before the frame: pushes this frame's pen events (needs the perform map's placement).
    void beforeFrame(App& app);
    // After the frame is drawn (before the swap): reads back the pixel under the pen.
    void afterFrame(int drawableHeight, double frameMs);
    [[nodiscard]] bool finished() const { return m_step >= m_frames; }
    // Prints "perform_frame_mean_ms ..." lines for `bench ui` to read.
    void print() const;

private:
    struct Pending {
        int x = 0;
        int y = 0;
        int baseRedness = 0;
        int framesWaited = 0;
    };
    static constexpr int kFreshMoves = 60;
    int m_frames;
    int m_step = -1; // -1: the frame before the pen goes down
    std::vector<Pending> m_pending;
    std::vector<int> m_latencies; // frames from input to visible mark, per move onto fresh skin
    std::vector<double> m_frameMs;
    bool m_down = false;
    int m_nextBase = 0; // redness at the next move's pixel, read before its event
    std::pair<int, int> m_last{0, 0};
    std::pair<int, int> m_next{0, 0};
    [[nodiscard]] static std::pair<int, int> windowPoint(App& app, int step);
    [[nodiscard]] static int rednessAt(int x, int y, int drawableHeight);
};

} // namespace app
