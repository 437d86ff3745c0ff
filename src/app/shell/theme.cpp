// Theme set-up. The font falls back to ImGui's built-in one, never a crash.
#include "app/shell/theme.hpp"

#include <filesystem>

namespace app {

core::Status applyTheme(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    std::string warning;
    const char* fontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    io.Fonts->Clear();
    ImFontConfig config;
    // Pixel-snapped, no oversampling: crisp at UI sizes and a third of the
    // atlas-building time, which is most of the first frame.
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    if (std::filesystem::exists(fontPath) && io.Fonts->AddFontFromFileTTF(fontPath, 17.0f * scale, &config)) {
        // loaded
    } else {
        warning = std::string("font ") + fontPath + " not found (install fonts-dejavu-core); using the built-in font";
        ImFontConfig fallback;
        fallback.SizePixels = 13.0f * scale;
        io.Fonts->AddFontDefault(&fallback);
    }

    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsDark(&style);
    style.WindowRounding = 0.0f;
    style.FrameRounding = 5.0f;
    style.GrabRounding = 5.0f;
    style.PopupRounding = 6.0f;
    style.ScrollbarRounding = 6.0f;
    style.WindowPadding = {16, 14};
    style.FramePadding = {10, 6};
    style.ItemSpacing = {10, 8};
    style.CellPadding = {8, 6};
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = kBackground;
    c[ImGuiCol_Header] = {0.20f, 0.30f, 0.42f, 1.0f};
    c[ImGuiCol_HeaderHovered] = {0.26f, 0.40f, 0.56f, 1.0f};
    c[ImGuiCol_HeaderActive] = {0.30f, 0.46f, 0.64f, 1.0f};
    c[ImGuiCol_TableHeaderBg] = {0.16f, 0.18f, 0.21f, 1.0f};
    c[ImGuiCol_TableRowBgAlt] = {1.0f, 1.0f, 1.0f, 0.03f};
    c[ImGuiCol_Button] = {0.22f, 0.36f, 0.52f, 1.0f};
    c[ImGuiCol_ButtonHovered] = {0.28f, 0.46f, 0.66f, 1.0f};
    c[ImGuiCol_FrameBg] = {0.16f, 0.18f, 0.21f, 1.0f};
    c[ImGuiCol_PlotHistogram] = {0.30f, 0.55f, 0.80f, 1.0f};
    c[ImGuiCol_ChildBg] = {0.12f, 0.13f, 0.15f, 1.0f};
    style.ScaleAllSizes(scale);
    if (!warning.empty()) return std::unexpected(core::Error(warning));
    return {};
}



} // namespace app
