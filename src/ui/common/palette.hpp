// The colour-blind-safe palette (Okabe-Ito) for plot series and the error
// map; the error map's two hues are the debrief's too deep / too shallow.
#pragma once

#include <imgui.h>

#include <array>
#include <cstddef>

namespace ui {

namespace okabe_ito {
inline const ImVec4 kOrange{0.90f, 0.62f, 0.00f, 1.0f};
inline const ImVec4 kSkyBlue{0.34f, 0.71f, 0.91f, 1.0f};
inline const ImVec4 kBluishGreen{0.00f, 0.62f, 0.45f, 1.0f};
inline const ImVec4 kYellow{0.94f, 0.89f, 0.26f, 1.0f};
inline const ImVec4 kBlue{0.00f, 0.45f, 0.70f, 1.0f};
inline const ImVec4 kVermillion{0.84f, 0.37f, 0.00f, 1.0f};
inline const ImVec4 kReddishPurple{0.80f, 0.47f, 0.65f, 1.0f};
} // namespace okabe_ito

// Plot series after the total (which is drawn white): distinct in hue and lightness.
inline ImVec4 seriesColour(std::size_t index) {
    static const std::array<ImVec4, 6> colours{okabe_ito::kOrange,  okabe_ito::kSkyBlue,       okabe_ito::kBluishGreen,
                                               okabe_ito::kYellow, okabe_ito::kReddishPurple, okabe_ito::kVermillion};
    return colours[index % colours.size()];
}

// The error map's hues: the same as the debrief's verdict colours.
inline const ImVec4 kTooDeepColour = okabe_ito::kOrange;
inline const ImVec4 kTooShallowColour = okabe_ito::kSkyBlue;

} // namespace ui
