// Trainee picker panel: pushes PickTrainee / AddTrainee, shows the import's progress.
#include "ui/progress/trainee_picker.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>

namespace ui {

void drawTraineePicker(UiContext& ctx, UiState& state) {
    const TraineePickerView& view = *ctx.picker;
    state.progress.pickerDrawnOnFrame = ImGui::GetFrameCount();
    labelColoured(kAccentColour, "Microneedling Trainer");
    ImGui::Separator();
    if (view.loading) {
        ui::label(formatted("Opening the progress of %s...", view.loadingName.c_str()));
        if (view.importTotal > 0) {
            const float done = static_cast<float>(view.importDone) / static_cast<float>(view.importTotal);
            const std::string text = "Importing attempt " + std::to_string(view.importDone) + " of " + std::to_string(view.importTotal);
            ImGui::ProgressBar(done, {ImGui::GetFontSize() * 24.0f, 0.0f}, text.c_str());
        }
        return;
    }
    ui::label("Who is practising? Each trainee has their own progress on this computer.");
    if (!view.problem.empty()) labelColoured(kBadColour, view.problem);
    ImGui::Spacing();
    // The last used trainee first, so a returning trainee presses Enter once.
    std::vector<const core::Trainee*> order;
    for (const auto& t : view.trainees) order.push_back(&t);
    std::stable_partition(order.begin(), order.end(), [&](const core::Trainee* t) { return t->id == view.lastUsed; });
    for (const core::Trainee* t : order) {
        ImGui::PushID(t->id.c_str());
        const std::string label = "Continue as " + t->name;
        if (button(label.c_str(), {ImGui::GetFontSize() * 20.0f, 0.0f})) ctx.actions.push_back(act::PickTrainee{t->id});
        if (t->id == view.lastUsed) {
            ImGui::SameLine();
            labelColoured(kMutedColour, "last used");
        }
        ImGui::PopID();
    }
    ImGui::Spacing();
    ImGui::Separator();
    ui::label(view.trainees.empty() ? "Add yourself to start:" : "Someone new?");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    const bool entered = ImGui::InputTextWithHint("##newtrainee", "Your name", &state.progress.newTrainee, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((button("Add trainee") || entered) && !state.progress.newTrainee.empty()) {
        ctx.actions.push_back(act::AddTrainee{state.progress.newTrainee});
        state.progress.newTrainee.clear();
    }
}

} // namespace ui
