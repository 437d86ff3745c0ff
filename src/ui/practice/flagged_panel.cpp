// Flagged panel and recall entry: emit SetFlag; completion is core's
// (model/recall_completion), the panel only shows it.
#include "ui/practice/flagged_panel.hpp"
#include "ui/common/layout_facts.hpp"

#include "model/recall_completion.hpp"
#include "ui/common/click_targets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

namespace ui {
namespace flagged_panel_detail {

constexpr const char* kNothingYet = "nothing yet";

} // namespace flagged_panel_detail

float flaggedPanelHeight(const UiContext& ctx, float maxHeight) {
    const auto count = ctx.session.attempt().flags.size();
    const float heading = ImGui::GetTextLineHeightWithSpacing();
    if (count == 0) return heading;
    // Per flag: its label, what it means for today and its reason (or the field for one).
    const float box = ImGui::GetFrameHeightWithSpacing() * static_cast<float>(count) * 2.6f + ImGui::GetStyle().WindowPadding.y * 2.0f;
    return heading + std::min(maxHeight, box) + ImGui::GetStyle().ItemSpacing.y;
}

void drawFlaggedPanel(UiContext& ctx, ScreeningPanelState& state, float maxHeight) {
    const auto& attempt = ctx.session.attempt();
    const auto& flags = attempt.flags;
    if (flags.empty()) {
        // One line, so a short column keeps its height for the list: "nothing yet" where it fits.
        labelWrapped(kAccentColour, "Flagged (0)");
        const float rest = ImGui::GetContentRegionAvail().x - ImGui::GetItemRectSize().x - ImGui::GetStyle().ItemSpacing.x;
        if (ImGui::CalcTextSize(flagged_panel_detail::kNothingYet).x > rest) return;
        ImGui::SameLine();
        labelWrapped(ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), flagged_panel_detail::kNothingYet);
        return;
    }
    labelWrapped(kAccentColour, formatted("Flagged (%d)", static_cast<int>(flags.size())));
    const float height = flaggedPanelHeight(ctx, maxHeight) - ImGui::GetTextLineHeightWithSpacing() - ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("flagged", {0.0f, height}, true);
    for (const auto& id : flags) {
        const core::ScreeningItem* item = ctx.data.catalogue.findScreening(id);
        // The label and what it means at the column's full width (a narrow
        // column would break their words beside a button); "unflag" by the reason.
        labelWrapped(item ? item->label : id);
        if (item && !item->action.empty()) labelWrapped(kMutedColour, item->action);
        ImGui::PushID(id.c_str());
        if (smallButton("unflag")) ctx.actions.push_back(core::cmd::SetFlag{id, false});
        ImGui::SameLine();
        ImGui::BeginGroup();
        if (const auto reason = attempt.flagReasons.find(id); reason != attempt.flagReasons.end()) {
            labelWrapped(kAccentColour, "Why: " + reason->second);
        } else {
            // The trainee's own words; sent when Enter is pressed or the field is left.
            std::string& draft = state.reasonDrafts[id];
            ImGui::SetNextItemWidth(-1.0f);
            const bool entered = inputText("Why?", "##why", "Why? (the intake line or finding)", &draft, ImGuiInputTextFlags_EnterReturnsTrue);
            if ((entered || ImGui::IsItemDeactivatedAfterEdit()) && !draft.empty()) {
                ctx.actions.push_back(core::cmd::SetFlag{id, true, draft});
                state.reasonDrafts.erase(id);
            }
        }
        ImGui::EndGroup();
        ImGui::PopID();
    }
    ImGui::EndChild();
}

void drawRecallEntry(UiContext& ctx, ScreeningPanelState& state) {
    labelWrapped(kAccentColour, "What stops or changes treatment?");
    ImGui::SetNextItemWidth(-1.0f);
    const bool entered = inputText("Type a contraindication", "##recall", "3+ letters for suggestions", &state.recall,
                                   ImGuiInputTextFlags_EnterReturnsTrue);
    const auto matches = core::recallMatches(ctx.data.catalogue, state.recall);
    // A line's "flag" (intake or map) chose what prompted the next flag: it becomes the reason.
    if (!state.recallReason.empty()) labelWrapped(kMutedColour, "Because: " + state.recallReason);
    const auto flag = [&](const std::string& id) {
        ctx.actions.push_back(core::cmd::SetFlag{id, true, state.recallReason});
        state.recall.clear();
        state.recallReason.clear();
    };
    if (entered && !matches.empty()) flag(matches.front().id);
    for (const auto& m : matches) {
        const bool already = ctx.session.attempt().flagged(m.id);
        std::string text = m.label;
        if (m.matched != m.label) text += " (" + m.matched + ")"; // one space: a script clicks it by its words
        if (already) text += " [flagged]";
        if (selectable(text.c_str(), false, already ? ImGuiSelectableFlags_Disabled : 0)) flag(m.id);
    }
    if (!state.recall.empty() && matches.empty()) {
        const auto letters = std::count_if(state.recall.begin(), state.recall.end(), [](unsigned char ch) { return std::isalnum(ch) != 0; });
        labelMuted(static_cast<std::size_t>(letters) < core::kRecallMinLetters ? "Keep typing: suggestions come after three letters."
                                                                                            : "Nothing in the catalogue matches.");
    }
}

} // namespace ui
