// Practise-next bar: pushes PractiseNext, StartSession and SwitchTrainee.
#include "ui/progress/practise_next_bar.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/progress/plot_axes.hpp"
#include "ui/progress/progress_screen.hpp"

#include <algorithm>

namespace ui {

void drawPractiseNext(UiContext& ctx, const ProgressView& view, UiState& state) {
    ImGui::AlignTextToFramePadding();
    labelColoured(kMutedColour, "Practising:");
    ImGui::SameLine();
    ui::label(view.traineeName);
    ImGui::SameLine();
    if (smallButton("Switch trainee")) ctx.actions.push_back(act::SwitchTrainee{});
    drawProgressNotes(ctx, view);
    if (view.picks.empty()) {
        labelColoured(kMutedColour, "Practise next: nothing to pick (no case in the library trains a known skill).");
        return;
    }
    if (button("Practise next")) ctx.actions.push_back(act::PractiseNext{});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open the case that best covers your due and weakest skills");
    // Each part wraps to the next line on a narrow window or a large UI scale.
    const auto text = [](const ImVec4& colour, const std::string& words) {
        sameLineIfFits(ImGui::CalcTextSize(words.c_str()).x);
        ImGui::AlignTextToFramePadding();
        labelColoured(colour, words);
    };
    const auto title = std::find_if(view.pickTitles.begin(), view.pickTitles.end(), [&](const auto& p) { return p.first == view.picks.front().caseId; });
    text(ImVec4(1, 1, 1, 1), title != view.pickTitles.end() ? title->second : view.picks.front().caseId);
    text(kWarnColour, view.picks.front().reason);
    if (view.sessionSize > 0) {
        text(kGoodColour, "Today's session: " + std::to_string(std::min(view.sessionDone, view.sessionSize)) + " of " +
                              std::to_string(view.sessionSize) + " done");
        return;
    }
    // The label, the number and the button stay together, wrapping as one.
    const float sessionWidth = ImGui::CalcTextSize("|  Daily session of").x + ImGui::GetFontSize() * 6.0f +
                               ImGui::CalcTextSize("Start session").x + ImGui::GetStyle().FramePadding.x * 2.0f + ImGui::GetStyle().ItemSpacing.x * 2.0f;
    sameLineIfFits(sessionWidth);
    ImGui::AlignTextToFramePadding();
    labelColoured(kMutedColour, "|  Daily session of");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
    ImGui::InputInt("##sessionsize", &state.progress.sessionSize, 1, 5);
    state.progress.sessionSize = std::clamp(state.progress.sessionSize, 1, 20);
    ImGui::SameLine();
    if (button("Start session")) ctx.actions.push_back(act::StartSession{state.progress.sessionSize});
}

} // namespace ui
