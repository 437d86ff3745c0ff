// Pen benchmark (see bench_pen.hpp). The path zigzags over both cheeks in
// steps wider than the pen head, so every move lands on untouched skin and
// its mark can be told from the ones before.
#include "app/bench/bench_pen.hpp"

#include "app/app.hpp"
#include "app/shell/pen_events.hpp"

#include "render/gl.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <numeric>

namespace app {

namespace bench_pen_detail {

// One pass mixes 0.22 + 0.43 / passes of erythema into the skin: about +40
// redness on type III skin (see the GUI pixel test); half of that is a mark.
// The pen head is drawn over the mark (a ring with its needles as dots, one
// of them a pixel from the centre), so the mark counts when any pixel of the
// patch round the pen point has gained it.
constexpr int kMarkThreshold = 20;
constexpr int kGiveUpFrames = 10;

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return -1.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

} // namespace bench_pen_detail

PenBench::Patch PenBench::rednessAround(int x, int y, int drawableHeight) {
    std::array<unsigned char, kPatchPixels * 4> rgba{};
    glReadPixels(x - kPatchRadius, drawableHeight - 1 - y - kPatchRadius, kPatchSide, kPatchSide, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    Patch redness{};
    for (std::size_t i = 0; i < redness.size(); ++i) {
        redness[i] = static_cast<int>(rgba[i * 4]) - (static_cast<int>(rgba[i * 4 + 1]) + static_cast<int>(rgba[i * 4 + 2])) / 2;
    }
    return redness;
}

int PenBench::largestGain(const Patch& before, const Patch& after) {
    int gain = -255;
    for (std::size_t i = 0; i < before.size(); ++i) gain = std::max(gain, after[i] - before[i]);
    return gain;
}

// Moves 0..59 cover fresh skin: 6 rows 0.02 of the canvas apart (9.6 mm) of 5
// moves 0.025 of its width apart (9 mm), left cheek then right; a 7 mm head
// never reaches the next move's point. Every point lies inside a face zone
// (x 0.55-0.65 and 0.35-0.45 at y 0.385-0.485): the face narrows towards the
// jaw, and a point on the background could never show a mark (x 0.33 at y
// 0.485 did). Later moves go round again.
std::pair<int, int> PenBench::windowPoint(App& app, int step) {
    const int k = step % kFreshMoves;
    const double x0 = k < kFreshMoves / 2 ? 0.55 : 0.35;
    const double x = x0 + 0.025 * (k % 5);
    const double y = 0.385 + 0.02 * ((k % (kFreshMoves / 2)) / 5);
    const auto& map = app.uiState().perform.map;
    const glm::dvec2 p = map.viewport.mapToPanel({x, y});
    return {static_cast<int>(map.screenX + p.x), static_cast<int>(map.screenY + p.y)};
}

void PenBench::beforeFrame(App& app) {
    using namespace bench_pen_detail;
    if (finished()) return;
    if (m_step < 0) {
        m_next = windowPoint(app, 0);
        return;
    }
    const auto [x, y] = windowPoint(app, m_step);
    if (m_step % 5 == 0) {
        // A new row: lift, move over, and press.
        if (m_down) pushMouse(SDL_MOUSEBUTTONUP, m_last.first, m_last.second, false);
        pushMouse(SDL_MOUSEMOTION, x, y, false);
        pushMouse(SDL_MOUSEBUTTONDOWN, x, y, true);
        m_down = true;
    } else {
        pushMouse(SDL_MOUSEMOTION, x, y, true);
    }
    if (m_step < kFreshMoves) m_pending.push_back({x, y, m_nextBase, 0, m_step});
    m_last = {x, y};
    m_next = windowPoint(app, m_step + 1);
}

void PenBench::afterFrame(int drawableHeight, const PenFrameTimes& times) {
    using namespace bench_pen_detail;
    if (finished()) return;
    if (m_step >= 0) {
        m_frameMs.push_back(times.frameMs);
        m_uiMs.push_back(times.uiMs);
        m_faceMs.push_back(times.faceMs);
        m_imguiMs.push_back(times.imguiMs);
        m_cpuMs.push_back(times.cpuMs);
        m_redrawn.push_back(times.redrawnPixels);
    }
    for (auto& p : m_pending) {
        if (largestGain(p.baseRedness, rednessAround(p.x, p.y, drawableHeight)) >= kMarkThreshold) {
            m_latencies.push_back(p.framesWaited);
            p.framesWaited = -1;
        } else if (++p.framesWaited > kGiveUpFrames) {
            m_latencies.push_back(kGiveUpFrames + 1);
            m_missed.push_back({p.move, largestGain(p.baseRedness, rednessAround(p.x, p.y, drawableHeight))});
            p.framesWaited = -1;
        }
    }
    std::erase_if(m_pending, [](const Pending& p) { return p.framesWaited < 0; });
    // The next move's pixel before the pen gets there: its skin as it was.
    m_nextBase = rednessAround(m_next.first, m_next.second, drawableHeight);
    ++m_step;
    if (finished() && m_down) pushMouse(SDL_MOUSEBUTTONUP, m_last.first, m_last.second, false);
}

void PenBench::print() const {
    using namespace bench_pen_detail;
    const double mean = m_frameMs.empty() ? -1.0 : std::accumulate(m_frameMs.begin(), m_frameMs.end(), 0.0) / static_cast<double>(m_frameMs.size());
    const auto sameFrame = std::count(m_latencies.begin(), m_latencies.end(), 0);
    const int worst = m_latencies.empty() ? -1 : *std::max_element(m_latencies.begin(), m_latencies.end());
    std::printf("perform_frames %zu\nperform_frame_mean_ms %.3f\nperform_frame_p99_ms %.3f\nperform_frame_max_ms %.3f\n", m_frameMs.size(), mean,
                percentile(m_frameMs, 0.99), percentile(m_frameMs, 1.0));
    const auto part = [](const char* name, const std::vector<double>& v) {
        const double m = v.empty() ? -1.0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
        std::printf("perform_%s_mean_ms %.3f\nperform_%s_p99_ms %.3f\n", name, m, name, percentile(v, 0.99));
    };
    part("ui", m_uiMs);
    part("face", m_faceMs);
    part("imgui", m_imguiMs);
    part("swap", m_swapMs);
    part("cpu", m_cpuMs);
    // Frames over the 16 ms target, with their split, to tell what made them slow.
    for (std::size_t i = 0; i < m_frameMs.size(); ++i) {
        if (m_frameMs[i] < 16.0) continue;
        std::printf("perform_slow_frame step %zu frame %.3f ui %.3f face %.3f imgui %.3f cpu %.3f redrawn_px %.0f\n", i, m_frameMs[i], m_uiMs[i],
                    m_faceMs[i], m_imguiMs[i], m_cpuMs[i], m_redrawn[i]);
    }
    // Moves whose mark never showed, with the largest redness gain seen round them.
    for (const auto& [move, gain] : m_missed) std::printf("perform_mark_missed move %d gain %d\n", move, gain);
    std::printf("perform_moves %zu\nperform_marks_same_frame %zd\nperform_mark_worst_frames %d\n", m_latencies.size(), sameFrame, worst);
    std::fflush(stdout);
}

} // namespace app
