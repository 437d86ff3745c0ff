// Turns SDL pointer events into the perform panel's pen events: mouse (and pen
// tablets, which SDL2 reports as a mouse) and touch fingers, each with SDL's time stamp.
#pragma once

#include "ui/practice/pen_input.hpp"

#include <SDL.h>

#include <optional>

namespace app {

// Null for events that are not pen input. Mouse events SDL synthesises from a
// touch are dropped (the finger event carries the same contact). Finger
// positions (0..1 of the window) are scaled to `windowWidth` x `windowHeight`.
std::optional<ui::PenEvent> penEventFrom(const SDL_Event& event, int windowWidth, int windowHeight);

// Adds the event to the queue when it is pen input on `window`.
void queuePen(ui::PenQueue& queue, SDL_Window* window, const SDL_Event& event);

// Pushes a left-button mouse event (SDL_MOUSEMOTION, _MOUSEBUTTONDOWN or _UP)
// at window point x, y onto SDL's queue, as a hand on a mouse makes it: the
// bench's pen and the script's `pen` lines take the real input path.
void pushMouse(Uint32 type, int x, int y, bool held);

} // namespace app
