// Progress screen layout; each plot is its own panel drawing the const summary.
#include "ui/progress/progress_screen.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/progress/cusum_panel.hpp"
#include "ui/progress/error_map_panel.hpp"
#include "ui/progress/learning_curve_panel.hpp"
#include "ui/progress/mastery_panel.hpp"

#include <cmath>
#include <tuple>

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
        ImGui::TextColored(kWarnColour, "%s", note.c_str());
        ImGui::PopTextWrapPos();
    }
    if (smallButton("Dismiss")) ctx.actions.push_back(act::DismissProgressNotes{});
}

void drawProgressScreen(UiContext& ctx, UiState& state) {
    const ProgressView& view = *ctx.progress;
    const core::ProgressSummary& summary = *view.summary;
    if (button("<  Library")) ctx.actions.push_back(act::CloseProgress{});
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Progress of %s", view.traineeName.c_str());
    ImGui::SameLine();
    ImGui::TextColored(kMutedColour, "|  %d attempt%s  |  %s practised  |", summary.attempts, summary.attempts == 1 ? "" : "s",
                       practisedText(summary.secondsPractised).c_str());
    ImGui::SameLine();
    if (summary.streakDays > 0) {
        ImGui::TextColored(kGoodColour, "%d-day streak", summary.streakDays);
    } else {
        ImGui::TextColored(kMutedColour, "no streak: practise today to start one");
    }
    drawProgressNotes(ctx, view);

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float leftWidth = (avail.x - spacing) * 0.5f;
    const float rightWidth = avail.x - spacing - leftWidth;
    ImGui::BeginChild("##progressplots", {leftWidth, avail.y}, false);
    const float plotHeight = (ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ItemSpacing.y) * 0.5f;
    std::tie(state.progress.passLineStart, state.progress.passLineEnd) = drawLearningCurve(summary, {ImGui::GetContentRegionAvail().x, plotHeight});
    drawCusumChart(summary, {ImGui::GetContentRegionAvail().x, plotHeight});
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##progressright", {rightWidth, avail.y}, false);
    const float mapHeight = ImGui::GetContentRegionAvail().y * 0.55f;
    drawErrorMapPanel(ctx, summary, state.errorMap, {ImGui::GetContentRegionAvail().x, mapHeight});
    ImGui::Separator();
    drawMasteryPanel(ctx, view, ImGui::GetContentRegionAvail());
    ImGui::EndChild();
}

} // namespace ui
