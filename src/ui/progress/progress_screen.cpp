// Progress screen layout; each plot is its own panel drawing the const summary.
#include "ui/progress/progress_screen.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/progress/cusum_panel.hpp"
#include "ui/progress/error_map_panel.hpp"
#include "ui/progress/learning_curve_panel.hpp"
#include "ui/progress/mastery_panel.hpp"
#include "ui/progress/plot_axes.hpp"

#include <cmath>

namespace ui {

std::string practisedText(double seconds) {
    const long minutes = std::lround(seconds / 60.0);
    if (minutes < 1) return "under a minute";
    if (minutes < 60) return std::to_string(minutes) + " min";
    return std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
}

void drawProgressNotes(UiContext& ctx, const ProgressView& view) {
    if (view.notes.empty()) return;
    for (const auto& note : view.notes) {
        ImGui::PushTextWrapPos(0.0f);
        labelColoured(kWarnColour, note);
        ImGui::PopTextWrapPos();
    }
    if (smallButton("Dismiss")) ctx.actions.push_back(act::DismissProgressNotes{});
}

void drawProgressScreen(UiContext& ctx, UiState& state) {
    const ProgressView& view = *ctx.progress;
    const core::ProgressSummary& summary = *view.summary;
    if (button("<  Library")) ctx.actions.push_back(act::CloseProgress{});
    // The header's facts wrap one by one on a narrow window.
    const auto fact = [](const ImVec4& colour, const std::string& text) {
        sameLineIfFits(ImGui::CalcTextSize(text.c_str()).x);
        ImGui::AlignTextToFramePadding();
        labelColoured(colour, text);
    };
    fact(ImVec4(1, 1, 1, 1), "Progress of " + view.traineeName);
    fact(kMutedColour, std::to_string(summary.attempts) + (summary.attempts == 1 ? " attempt" : " attempts"));
    fact(kMutedColour, practisedText(summary.secondsPractised) + " practised");
    if (summary.streakDays > 0) {
        fact(kGoodColour, std::to_string(summary.streakDays) + "-day streak");
    } else {
        fact(kMutedColour, "no streak: practise today to start one");
    }
    drawProgressNotes(ctx, view);

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float font = ImGui::GetFontSize();
    const float minPlot = font * 12.0f;
    if (avail.x >= font * 46.0f) {
        // Two columns: the plots left, the map and the bars right.
        const float height = std::max(avail.y, minPlot * 2.0f + style.ItemSpacing.y);
        const float leftWidth = (avail.x - style.ItemSpacing.x) * 0.5f;
        ImGui::BeginChild("##progressplots", {leftWidth, height}, false, ImGuiWindowFlags_NoScrollbar);
        const float plotHeight = (height - style.ItemSpacing.y) * 0.5f;
        drawLearningCurve(summary, {leftWidth, plotHeight}, state.progress);
        drawCusumChart(summary, {leftWidth, plotHeight});
        ImGui::EndChild();
        ImGui::SameLine();
        const float rightWidth = avail.x - style.ItemSpacing.x - leftWidth;
        ImGui::BeginChild("##progressright", {rightWidth, height}, false, ImGuiWindowFlags_NoScrollbar);
        drawErrorMapPanel(ctx, summary, state.errorMap, {rightWidth, height * 0.55f});
        ImGui::Separator();
        drawMasteryPanel(ctx, view, ImGui::GetContentRegionAvail());
        ImGui::EndChild();
        return;
    }
    // One column on a narrow window (or a large UI scale): the window scrolls.
    const float width = avail.x - style.ScrollbarSize;
    const float plotHeight = std::max(minPlot, avail.y * 0.5f);
    drawLearningCurve(summary, {width, plotHeight}, state.progress);
    drawCusumChart(summary, {width, plotHeight});
    drawErrorMapPanel(ctx, summary, state.errorMap, {width, std::max(font * 16.0f, avail.y * 0.8f)});
    ImGui::Separator();
    drawMasteryPanel(ctx, view, {width, std::max(font * 16.0f, avail.y * 0.8f)});
}

} // namespace ui
