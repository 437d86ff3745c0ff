// Aftercare panel: emits SetAftercare, SetInterval, SetSessions; submit asks first.
#include "ui/practice/aftercare_panel.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/layout_facts.hpp"
#include "terms/input_limits.hpp"

#include <algorithm>

namespace ui {

void drawAftercarePanel(UiContext& ctx) {
    const core::Case* c = ctx.session.currentCase();
    if (!c) return;
    const auto& attempt = ctx.session.attempt();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // The schedule keeps room for its sliders and the submit button (13 ems).
    const float left = std::min(avail.x * 0.58f, avail.x - ImGui::GetFontSize() * 13.0f);

    ImGui::BeginChild("aftercare", {left, avail.y}, true);
    labelWrapped(kAccentColour, "Aftercare advice");
    labelWrapped(kMutedColour, "Tick what you would tell this client. Some items are wrong on purpose.");
    ImGui::Spacing();
    for (const auto& id : core::aftercareChoices(*c, ctx.data.catalogue)) {
        const core::AftercareItem* item = ctx.data.catalogue.findAftercare(id);
        if (!item) continue;
        bool on = attempt.choseAftercare(id);
        ImGui::PushID(id.c_str());
        if (ImGui::Checkbox("##on", &on)) ctx.actions.push_back(core::cmd::SetAftercare{id, on});
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0.0f);
        ui::label(item->label);
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("schedule", {0.0f, avail.y}, true);
    labelWrapped(kAccentColour, "Schedule");
    // Each slider under its caption, full width: a caption beside it left no room at a large scale.
    int interval = attempt.intervalWeeks.value_or(0);
    ui::label("Weeks apart");
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderInt("##weeks apart", &interval, core::kIntervalWeeksLimit.min, core::kIntervalWeeksLimit.max, interval == 0 ? "set interval" : "%d", ImGuiSliderFlags_AlwaysClamp)) {
        ctx.actions.push_back(core::cmd::SetInterval{interval});
    }
    int sessions = attempt.sessions.value_or(0);
    ui::label("Sessions");
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderInt("##sessions", &sessions, core::kSessionsLimit.min, core::kSessionsLimit.max, sessions == 0 ? "set sessions" : "%d", ImGuiSliderFlags_AlwaysClamp)) {
        ctx.actions.push_back(core::cmd::SetSessions{sessions});
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    const auto missing = ctx.session.unansweredItems();
    if (missing.empty()) {
        labelWrapped(kGoodColour, "Everything is answered.");
    } else {
        // Named, so the trainee knows where to go back to.
        std::string open = "Still open: ";
        for (std::size_t i = 0; i < missing.size(); ++i) open += (i == 0 ? "" : ", ") + missing[i];
        labelWrapped(kWarnColour, open);
    }
    if (button("Submit for grading", {-1.0f, ImGui::GetFrameHeight() * 1.4f})) ctx.actions.push_back(act::AskSubmit{});
    ImGui::EndChild();
}

} // namespace ui
