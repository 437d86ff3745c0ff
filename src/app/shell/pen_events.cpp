// SDL -> pen events. Only the left button (or the first finger) draws: the
// right button still pans the map, as on every other map in the app.
#include "app/shell/pen_events.hpp"

namespace app {

std::optional<ui::PenEvent> penEventFrom(const SDL_Event& event, int windowWidth, int windowHeight) {
    ui::PenEvent pen;
    switch (event.type) {
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (event.button.which == SDL_TOUCH_MOUSEID || event.button.button != SDL_BUTTON_LEFT) return std::nullopt;
        pen.phase = event.type == SDL_MOUSEBUTTONDOWN ? ui::PenPhase::Down : ui::PenPhase::Up;
        pen.x = static_cast<float>(event.button.x);
        pen.y = static_cast<float>(event.button.y);
        pen.timeMs = event.button.timestamp;
        return pen;
    case SDL_MOUSEMOTION:
        if (event.motion.which == SDL_TOUCH_MOUSEID || (event.motion.state & SDL_BUTTON_LMASK) == 0) return std::nullopt;
        pen.x = static_cast<float>(event.motion.x);
        pen.y = static_cast<float>(event.motion.y);
        pen.timeMs = event.motion.timestamp;
        return pen;
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP:
        pen.phase = event.type == SDL_FINGERDOWN ? ui::PenPhase::Down : event.type == SDL_FINGERUP ? ui::PenPhase::Up : ui::PenPhase::Move;
        pen.source = ui::PenSource::Touch;
        pen.x = event.tfinger.x * static_cast<float>(windowWidth);
        pen.y = event.tfinger.y * static_cast<float>(windowHeight);
        pen.timeMs = event.tfinger.timestamp;
        return pen;
    default: return std::nullopt;
    }
}

void queuePen(ui::PenQueue& queue, SDL_Window* window, const SDL_Event& event) {
    int width = 1;
    int height = 1;
    if (window) SDL_GetWindowSize(window, &width, &height);
    if (auto pen = penEventFrom(event, width, height)) queue.events.push_back(*pen);
}

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

} // namespace app
