// Flagged panel and recall entry: emit SetFlag; completion is core's
// (model/recall_completion), the panel only shows it.
#include "ui/practice/flagged_panel.hpp"

#include "model/recall_completion.hpp"
#include "ui/common/click_targets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

namespace ui {

float flaggedPanelHeight(const UiContext& ctx, float maxHeight) {
    const auto count = ctx.session.attempt().flags.size();
    const float heading = ImGui::GetTextLineHeightWithSpacing();
    if (count == 0) return heading * 2.0f;
    const float box = ImGui::GetFrameHeightWithSpacing() * static_cast<float>(count) * 1.6f + ImGui::GetStyle().WindowPadding.y * 2.0f;
    return heading + std::min(maxHeight, box) + ImGui::GetStyle().ItemSpacing.y;
}

void drawFlaggedPanel(UiContext& ctx, float maxHeight) {
    const auto& flags = ctx.session.attempt().flags;
    ImGui::TextColored(kAccentColour, "Flagged (%d)", static_cast<int>(flags.size()));
    if (flags.empty()) {
        ImGui::TextDisabled("Nothing flagged yet.");
        return;
    }
    const float height = flaggedPanelHeight(ctx, maxHeight) - ImGui::GetTextLineHeightWithSpacing() - ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("flagged", {0.0f, height}, true);
    for (const auto& id : flags) {
        const core::ScreeningItem* item = ctx.data.catalogue.findScreening(id);
        ImGui::PushID(id.c_str());
        if (smallButton("unflag")) ctx.actions.push_back(core::cmd::SetFlag{id, false});
        ImGui::PopID();
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(item ? item->label.c_str() : id.c_str());
        if (item && !item->action.empty()) ImGui::TextColored(kMutedColour, "%s", item->action.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
}

void drawRecallEntry(UiContext& ctx, ScreeningPanelState& state) {
    ImGui::TextColored(kAccentColour, "What stops or changes treatment?");
    ImGui::SetNextItemWidth(-1.0f);
    const bool entered = ImGui::InputTextWithHint("##recall", "Type a contraindication (3 letters for suggestions)", &state.recall,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    const auto matches = core::recallMatches(ctx.data.catalogue, state.recall);
    const auto flag = [&](const std::string& id) {
        ctx.actions.push_back(core::cmd::SetFlag{id, true});
        state.recall.clear();
    };
    if (entered && !matches.empty()) flag(matches.front().id);
    for (const auto& m : matches) {
        const bool already = ctx.session.attempt().flagged(m.id);
        std::string text = m.label;
        if (m.matched != m.label) text += "  (" + m.matched + ")";
        if (already) text += "  [flagged]";
        if (ImGui::Selectable(text.c_str(), false, already ? ImGuiSelectableFlags_Disabled : 0)) flag(m.id);
    }
    if (!state.recall.empty() && matches.empty()) {
        const auto letters = std::count_if(state.recall.begin(), state.recall.end(), [](unsigned char ch) { return std::isalnum(ch) != 0; });
        ImGui::TextDisabled("%s", static_cast<std::size_t>(letters) < core::kRecallMinLetters ? "Keep typing: suggestions come after three letters."
                                                                                            : "Nothing in the catalogue matches.");
    }
}

} // namespace ui
