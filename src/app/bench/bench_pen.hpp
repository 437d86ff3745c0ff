// The pen benchmark behind `bench ui`'s perform figures: after a script has
// opened the Perform stage, it drags a synthetic pen through the window's own
// SDL event queue (the path a mouse takes), one move per frame onto fresh
// skin, and measures each frame's wall time (glFinish included, so software
// GL's rendering threads count) and how many frames pass before the mark under
// the new pen position shows in the framebuffer.
#pragma once

#include <SDL.h>

#include <array>
#include <cstddef>
#include <utility>
#include <vector>

namespace app {

class App;

// One drawing frame's time, split (each part waits for GL with glFinish, so
// software GL's rendering threads count where their work was queued).
struct PenFrameTimes {
    double frameMs = 0.0;  // wall time from reading input to the frame drawn (before the swap)
    double uiMs = 0.0;     // building the UI, without the face map's passes
    double faceMs = 0.0;   // the face map's render passes (FaceMapRenderer::render)
    double imguiMs = 0.0;  // ImGui's draw lists into the window's framebuffer
    double cpuMs = 0.0;    // CPU time of the whole process (all threads) over the frame
    double redrawnPixels = 0.0; // the window area redrawn (the damage rectangles; all of it on a whole redraw)
};

class PenBench {
public:
    explicit PenBench(int frames) : m_frames(frames) {}

    // Before the frame: pushes this frame's pen events (needs the perform map's placement).
    void beforeFrame(App& app);
    // After the frame is drawn (before the swap): reads back the pixel under the pen.
    void afterFrame(int drawableHeight, const PenFrameTimes& times);
    // The swap that showed the frame (with glFinish after it).
    void addSwap(double ms) { m_swapMs.push_back(ms); }
    [[nodiscard]] bool finished() const { return m_step >= m_frames; }
    // Prints "perform_frame_mean_ms ..." lines for `bench ui` to read.
    void print() const;

private:
    // Redness (red minus the mean of green and blue) of the pixels in a square
    // kPatchSide pixels across round a point: at 1920x1080 (about 2 pixels a
    // mm) inside the pen head's 7 mm, clear of the previous move's mark 9 mm away.
    static constexpr int kPatchRadius = 4;
    static constexpr int kPatchSide = 2 * kPatchRadius + 1;
    static constexpr std::size_t kPatchPixels = static_cast<std::size_t>(kPatchSide * kPatchSide);
    using Patch = std::array<int, kPatchPixels>;
    struct Pending {
        int x = 0;
        int y = 0;
        Patch baseRedness{};
        int framesWaited = 0;
        int move = 0;
    };
    static constexpr int kFreshMoves = 60;
    int m_frames;
    int m_step = -1; // -1: the frame before the pen goes down
    std::vector<Pending> m_pending;
    std::vector<int> m_latencies; // frames from input to visible mark, per move onto fresh skin
    std::vector<std::pair<int, int>> m_missed; // move, largest gain seen
    std::vector<double> m_frameMs;
    std::vector<double> m_uiMs;
    std::vector<double> m_faceMs;
    std::vector<double> m_imguiMs;
    std::vector<double> m_cpuMs;
    std::vector<double> m_redrawn;
    std::vector<double> m_swapMs;
    bool m_down = false;
    Patch m_nextBase{}; // redness round the next move's point, read before its event
    std::pair<int, int> m_last{0, 0};
    std::pair<int, int> m_next{0, 0};
    [[nodiscard]] static std::pair<int, int> windowPoint(App& app, int step);
    [[nodiscard]] static Patch rednessAround(int x, int y, int drawableHeight);
    [[nodiscard]] static int largestGain(const Patch& before, const Patch& after);
};

} // namespace app
