// Aftercare panel: emits SetAftercare, SetInterval, SetSessions; submit asks first.
#include "ui/practice/aftercare_panel.hpp"

#include "ui/common/click_targets.hpp"
#include "model/input_limits.hpp"

namespace ui {

void drawAftercarePanel(UiContext& ctx) {
    const core::Case* c = ctx.session.currentCase();
    if (!c) return;
    const auto& attempt = ctx.session.attempt();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float left = avail.x * 0.58f;

    ImGui::BeginChild("aftercare", {left, avail.y}, true);
    ImGui::TextColored(kAccentColour, "Aftercare advice");
    ImGui::TextColored(kMutedColour, "Tick what you would tell this client. Some items are wrong on purpose.");
    ImGui::Spacing();
    for (const auto& id : core::aftercareChoices(*c, ctx.data.catalogue)) {
        const core::AftercareItem* item = ctx.data.catalogue.findAftercare(id);
        if (!item) continue;
        bool on = attempt.choseAftercare(id);
        ImGui::PushID(id.c_str());
        if (ImGui::Checkbox("##on", &on)) ctx.actions.push_back(core::cmd::SetAftercare{id, on});
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(item->label.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("schedule", {0.0f, avail.y}, true);
    ImGui::TextColored(kAccentColour, "Schedule");
    int interval = attempt.intervalWeeks.value_or(0);
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 9.0f);
    if (ImGui::SliderInt("weeks apart", &interval, core::kIntervalWeeksLimit.min, core::kIntervalWeeksLimit.max, interval == 0 ? "set interval" : "%d", ImGuiSliderFlags_AlwaysClamp)) {
        ctx.actions.push_back(core::cmd::SetInterval{interval});
    }
    int sessions = attempt.sessions.value_or(0);
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 9.0f);
    if (ImGui::SliderInt("sessions", &sessions, core::kSessionsLimit.min, core::kSessionsLimit.max, sessions == 0 ? "set sessions" : "%d", ImGuiSliderFlags_AlwaysClamp)) {
        ctx.actions.push_back(core::cmd::SetSessions{sessions});
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    const auto missing = ctx.session.unansweredItems();
    if (missing.empty()) {
        ImGui::TextColored(kGoodColour, "Everything is answered.");
    } else {
        ImGui::TextColored(kWarnColour, "%d item(s) still open", static_cast<int>(missing.size()));
    }
    if (button("Submit for grading", {-1.0f, ImGui::GetFrameHeight() * 1.4f})) ctx.actions.push_back(act::AskSubmit{});
    ImGui::EndChild();
}

} // namespace ui
