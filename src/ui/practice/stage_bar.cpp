// Stage bar: emits GoTo and BackToLibrary; scale buttons go through UiRequests.
#include "ui/practice/stage_bar.hpp"

#include "ui/common/click_targets.hpp"

namespace ui {

void drawStageBar(UiContext& ctx) {
    const auto& session = ctx.session;
    ImGui::TextColored(kAccentColour, "Microneedling Trainer");
    const core::Case* c = session.currentCase();
    if (c && session.stage() != core::Stage::Library) {
        ImGui::SameLine();
        ImGui::TextDisabled("/");
        ImGui::SameLine();
        ImGui::TextUnformatted(c->title.c_str());
    }
    // Right-aligned UI scale control.
    const float buttons = ImGui::CalcTextSize("A-  A+  100%").x + ImGui::GetStyle().FramePadding.x * 6.0f;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttons);
    if (smallButton("A-")) ctx.actions.push_back(act::SetScale{ctx.scale - 0.1f});
    ImGui::SameLine();
    if (smallButton("A+")) ctx.actions.push_back(act::SetScale{ctx.scale + 0.1f});
    ImGui::SameLine();
    ImGui::TextDisabled("%d%%", static_cast<int>(ctx.scale * 100.0f + 0.5f));

    if (c && session.stage() != core::Stage::Library) {
        struct Tab {
            core::Stage stage;
            const char* label;
        };
        const Tab tabs[] = {{core::Stage::Consultation, "1  Consultation"},
                            {core::Stage::Plan, "2  Plan"},
                            {core::Stage::Aftercare, "3  Aftercare"},
                            {core::Stage::Debrief, "4  Debrief"}};
        if (button("<  Library")) ctx.actions.push_back(core::cmd::BackToLibrary{});
        for (const auto& tab : tabs) {
            ImGui::SameLine();
            const bool current = session.stage() == tab.stage;
            const bool available = session.stageAccess(tab.stage).has_value();
            if (!available) ImGui::BeginDisabled();
            if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            if (button(tab.label) && !current) ctx.actions.push_back(core::cmd::GoTo{tab.stage});
            if (current) ImGui::PopStyleColor();
            if (!available) ImGui::EndDisabled();
        }
    }
    ImGui::Separator();
}

} // namespace ui
