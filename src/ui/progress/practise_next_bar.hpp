// The library's practise-next bar: who is practising, the pick with its
// one-line reason, and a daily session of N cases (or how far it has got).
#pragma once

#include "ui/common/ui_context.hpp"

namespace ui {

void drawPractiseNext(UiContext& ctx, const ProgressView& view, UiState& state);

} // namespace ui
