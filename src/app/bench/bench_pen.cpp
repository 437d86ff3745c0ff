// Pen benchmark (see bench_pen.hpp). The path zigzags over both cheeks in
// steps wider than the pen head, so every move lands on untouched skin and
// its mark can be told from the ones before.
#include "app/bench/bench_pen.hpp"

#include "app/app.hpp"

#include "render/gl.hpp"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace app {

namespace bench_pen_detail {

// One pass mixes 0.22 + 0.43 / passes of erythema into the skin: about +40
// redness on type III skin (see the GUI pixel test); half of that is a mark.
constexpr int kMarkThreshold = 20;
constexpr int kGiveUpFrames = 10;

void pushMouse(Uint32 type, int x, int y, bool held) {
    SDL_Event e{};
    e.type = type;
    if (type == SDL_MOUSEMOTION) {
        e.motion.x = x;
        e.motion.y = y;
        e.motion.state = held ? SDL_BUTTON_LMASK : 0;
        e.motion.timestamp = SDL_GetTicks();
    } else {
        e.button.x = x;
        e.button.y = y;
        e.button.button = SDL_BUTTON_LEFT;
        e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.button.clicks = 1;
        e.button.timestamp = SDL_GetTicks();
    }
    SDL_PushEvent(&e);
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return -1.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

} // namespace bench_pen_detail

int PenBench::rednessAt(int x, int y, int drawableHeight) {
    unsigned char p[4] = {0, 0, 0, 0};
    glReadPixels(x, drawableHeight - 1 - y, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, p);
    return static_cast<int>(p[0]) - (static_cast<int>(p[1]) + static_cast<int>(p[2])) / 2;
}

// Moves 0..59 cover fresh skin: 6 rows 0.02 of the canvas apart (9.6 mm) of 5
// moves 0.025 of its width apart (9 mm), left cheek then right; a 7 mm head
// never reaches the next move's point. Later moves go round again.
std::pair<int, int> PenBench::windowPoint(App& app, int step) {
    const int k = step % kFreshMoves;
    const double x0 = k < kFreshMoves / 2 ? 0.56 : 0.33;
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
    if (m_step < kFreshMoves) m_pending.push_back({x, y, m_nextBase, 0});
    m_last = {x, y};
    m_next = windowPoint(app, m_step + 1);
}

void PenBench::afterFrame(int drawableHeight, double frameMs) {
    using namespace bench_pen_detail;
    if (finished()) return;
    if (m_step >= 0) m_frameMs.push_back(frameMs);
    for (auto& p : m_pending) {
        if (rednessAt(p.x, p.y, drawableHeight) - p.baseRedness >= kMarkThreshold) {
            m_latencies.push_back(p.framesWaited);
            p.framesWaited = -1;
        } else if (++p.framesWaited > kGiveUpFrames) {
            m_latencies.push_back(kGiveUpFrames + 1);
            p.framesWaited = -1;
        }
    }
    std::erase_if(m_pending, [](const Pending& p) { return p.framesWaited < 0; });
    // The next move's pixel before the pen gets there: its skin as it was.
    m_nextBase = rednessAt(m_next.first, m_next.second, drawableHeight);
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
    std::printf("perform_moves %zu\nperform_marks_same_frame %zd\nperform_mark_worst_frames %d\n", m_latencies.size(), sameFrame, worst);
    std::fflush(stdout);
}

} // namespace app
