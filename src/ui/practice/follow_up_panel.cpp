// Follow-up panel: emits SetRebook, SetReferral and SetAdvice. Core grades
// them in place of the plan; the widgets only show the attempt's follow-up.
#include "ui/practice/follow_up_panel.hpp"

#include "terms/input_limits.hpp"
#include "ui/common/click_targets.hpp"

namespace ui {
namespace {

void drawRebook(UiContext& ctx, const core::AttemptFollowUp& followUp) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* unit = "weeks";
    const float unitWidth = ImGui::CalcTextSize(unit).x + style.ItemInnerSpacing.x;
    const float leadWidth = ImGui::CalcTextSize("Next visit in").x + style.ItemSpacing.x;
    // "Next visit in [slider] weeks" on one line when the slider keeps room to grab,
    // else the slider goes under the words (narrow columns, large UI scales).
    const bool oneLine = ImGui::GetContentRegionAvail().x - leadWidth - unitWidth >= ImGui::GetFontSize() * 6.0f;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Next visit in");
    if (oneLine) ImGui::SameLine();
    int weeks = followUp.rebookWeeks.value_or(0);
    ImGui::SetNextItemWidth(-unitWidth);
    // Keyboard: Tab or the arrows to it, then the arrows change it; Ctrl+click or Enter types a number.
    if (ImGui::SliderInt("weeks##rebook", &weeks, core::kIntervalWeeksLimit.min, core::kIntervalWeeksLimit.max, weeks == 0 ? "set" : "%d",
                         ImGuiSliderFlags_AlwaysClamp)) {
        ctx.actions.push_back(core::cmd::SetRebook{weeks});
    }
}

void drawReferral(UiContext& ctx, const core::AttemptFollowUp& followUp, bool optional) {
    ImGui::TextUnformatted(optional ? "Refer to (optional):" : "Refer to:");
    const core::Referral* chosen = ctx.data.catalogue.findReferral(followUp.referTo);
    const char* preview = chosen ? chosen->label.c_str() : (optional ? "No referral" : "Choose...");
    ImGui::SetNextItemWidth(-1.0f);
    if (beginCombo("Refer to", "##referral", preview)) {
        if (selectable("No referral", followUp.referTo.empty())) ctx.actions.push_back(core::cmd::SetReferral{""});
        for (const auto& r : ctx.data.catalogue.referrals) {
            ImGui::PushID(r.id.c_str());
            if (selectable(r.label.c_str(), r.id == followUp.referTo)) ctx.actions.push_back(core::cmd::SetReferral{r.id});
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
}

} // namespace

void drawFollowUpPanel(UiContext& ctx) {
    if (!ctx.session.decisionMade() || !ctx.session.planSkipped()) return;
    const core::Attempt& attempt = ctx.session.attempt();
    const bool defer = attempt.decision == core::Decision::Defer;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextColored(kAccentColour, "Follow-up");
    ImGui::PushID("followup");
    if (defer) drawRebook(ctx, attempt.followUp);
    drawReferral(ctx, attempt.followUp, defer);
    ImGui::Spacing();
    ImGui::TextUnformatted("Advice for today");
    for (const auto& item : ctx.data.catalogue.advice) {
        bool on = attempt.gaveAdvice(item.id);
        const std::string label = item.label + "##" + item.id;
        if (checkbox(label.c_str(), &on)) ctx.actions.push_back(core::cmd::SetAdvice{item.id, on});
    }
    ImGui::PopID();
}

} // namespace ui
