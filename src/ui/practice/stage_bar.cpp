// Stage bar: emits GoTo and BackToLibrary; scale buttons go through UiRequests.
#include "ui/practice/stage_bar.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/fitted_widgets.hpp"
#include "ui/common/layout_facts.hpp"

namespace ui {
namespace stage_bar_detail {

// The app's name and the case title, shortened to end before `right`
// (window content x) so nothing runs under the scale buttons.
void drawTitle(const core::Case* c, float right) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const char* appName = "Microneedling Trainer";
    if (!c) {
        fittedLabel(kAccentColour, appName, right - ImGui::GetCursorPosX());
        return;
    }
    // A long title keeps the room; the app's name goes first when both do not fit.
    const float nameWidth = ImGui::CalcTextSize(appName).x + spacing + ImGui::CalcTextSize("/").x + spacing;
    const float titleWidth = ImGui::CalcTextSize(c->title.c_str()).x;
    if (ImGui::GetCursorPosX() + nameWidth + titleWidth <= right) {
        labelColoured(kAccentColour, appName);
        ImGui::SameLine();
        labelMuted("/");
        ImGui::SameLine();
    }
    fittedLabel(ImGui::GetStyleColorVec4(ImGuiCol_Text), c->title, right - ImGui::GetCursorPosX());
}

} // namespace stage_bar_detail

void drawStageBar(UiContext& ctx) {
    using namespace stage_bar_detail;
    const auto& session = ctx.session;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const core::Case* c = session.stage() != core::Stage::Library ? session.currentCase() : nullptr;
    // Right-aligned UI scale control; the title ends before it.
    const float scaleWidth = buttonWidth("A-") + buttonWidth("A+") + ImGui::CalcTextSize("100%").x + spacing * 2.0f;
    const float scaleLeft = ImGui::GetWindowContentRegionMax().x - scaleWidth;
    drawTitle(c, scaleLeft - spacing);
    ImGui::SameLine(scaleLeft);
    if (smallButton("A-")) ctx.actions.push_back(act::SetScale{ctx.scale - 0.1f});
    ImGui::SameLine();
    if (smallButton("A+")) ctx.actions.push_back(act::SetScale{ctx.scale + 0.1f});
    ImGui::SameLine();
    labelMuted(std::to_string(static_cast<int>(ctx.scale * 100.0f + 0.5f)) + "%");

    if (c) {
        struct Tab {
            core::Stage stage;
            const char* label;
            const char* number; // the button when the full labels do not fit in one row
        };
        const Tab tabs[] = {{core::Stage::Consultation, "1  Consultation", "1##stage"},
                            {core::Stage::Plan, "2  Plan", "2##stage"},
                            {core::Stage::Perform, "3  Perform", "3##stage"},
                            {core::Stage::Aftercare, "4  Aftercare", "4##stage"},
                            {core::Stage::Debrief, "5  Debrief", "5##stage"},
                            {core::Stage::Visits, "6  Follow-up visits", "6##stage"}};
        // A second row of stage buttons would take the height the screen below
        // needs (a narrow window at a large UI scale): then the current stage
        // keeps its name and the others show their number, named in a tooltip.
        float fullWidth = buttonWidth("<  Library");
        for (const auto& tab : tabs) fullWidth += spacing + buttonWidth(tab.label);
        const bool numbersOnly = fullWidth > ImGui::GetContentRegionAvail().x;
        if (button("<  Library")) ctx.actions.push_back(core::cmd::BackToLibrary{});
        for (const auto& tab : tabs) {
            const bool current = session.stage() == tab.stage;
            const char* shown = numbersOnly && !current ? tab.number : tab.label;
            sameLineIfFits(buttonWidth(shown));
            const bool available = session.stageAccess(tab.stage).has_value();
            if (!available) ImGui::BeginDisabled();
            if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            if (button(shown) && !current) ctx.actions.push_back(core::cmd::GoTo{tab.stage});
            if (shown != tab.label && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tab.label + 3);
            if (current) ImGui::PopStyleColor();
            if (!available) ImGui::EndDisabled();
        }
    }
    ImGui::Separator();
}

} // namespace ui
