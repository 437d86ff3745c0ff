// Mastery panel: a bar per group and per skill (the percentage written on it),
// due skills marked in words, skills as selectables so keyboard navigation works.
#include "ui/progress/mastery_panel.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"

#include <algorithm>
#include <cstdio>

namespace ui {
namespace mastery_detail {

void bar(double fraction, float width, ImU32 colour) {
    const float height = ImGui::GetTextLineHeight() * 0.8f;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float y = a.y + (ImGui::GetTextLineHeight() - height) * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled({a.x, y}, {a.x + width, y + height}, IM_COL32(255, 255, 255, 25), 3.0f);
    dl->AddRectFilled({a.x, y}, {a.x + width * static_cast<float>(std::clamp(fraction, 0.0, 1.0)), y + height}, colour, 3.0f);
    ImGui::Dummy({width, ImGui::GetTextLineHeight()});
}

} // namespace mastery_detail

void drawMasteryPanel(UiContext& ctx, const ProgressView& view, ImVec2 size) {
    using mastery_detail::bar;
    ui::label("Mastery by skill, weakest first");
    labelColoured(kMutedColour, "Click a skill to list the cases that train it.");
    const float row = ImGui::GetFrameHeightWithSpacing();
    const float listHeight = view.skillShown.empty() ? 0.0f : std::min(size.y * 0.45f, row * (static_cast<float>(view.skillCases.size()) + 1.5f));
    const float headerHeight = ImGui::GetTextLineHeightWithSpacing() * 2.0f;
    ImGui::BeginChild("##mastery", {size.x, std::max(row, size.y - headerHeight - listHeight)}, false);
    const float barWidth = std::max(60.0f, ImGui::GetContentRegionAvail().x * 0.32f);
    const float labelWidth = std::max(ImGui::GetFontSize() * 6.0f, ImGui::GetContentRegionAvail().x - barWidth - ImGui::GetFontSize() * 4.5f);
    char pct[16];
    if (view.summary->groups.empty()) labelColoured(kMutedColour, "No skills practised yet.");
    for (const core::GroupProgress& group : view.summary->groups) {
        ImGui::PushID(group.id.c_str());
        labelColoured(kAccentColour, group.label);
        ImGui::SameLine(labelWidth + ImGui::GetStyle().IndentSpacing);
        bar(group.mastery, barWidth, ImGui::GetColorU32(kAccentColour));
        ImGui::SameLine();
        std::snprintf(pct, sizeof pct, "%.0f%%", group.mastery * 100.0);
        ui::label(pct);
        ImGui::Indent();
        for (const core::SkillProgress& skill : group.skills) {
            const bool shown = skill.id == view.skillShown;
            const std::string label = skill.label + (skill.due ? "  (due)" : "") + "##" + skill.id;
            ImGui::SetNextItemWidth(labelWidth);
            if (selectable(label.c_str(), shown)) ctx.actions.push_back(act::ShowSkillCases{shown ? std::string() : skill.id});
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("%s\nMastery %.0f%% (BKT), recall now %.0f%% (FSRS)\n%d of %d answered well%s", skill.label.c_str(),
                                  skill.memory.mastery * 100.0, skill.retrievability * 100.0, skill.memory.correct,
                                  skill.memory.observations, skill.due ? "\nDue for practice" : "");
            }
            ImGui::SameLine(labelWidth + ImGui::GetStyle().IndentSpacing);
            if (skill.memory.observations == 0) {
                // The prior is not a result: say so instead of drawing it as one.
                labelColoured(kMutedColour, "not practised yet");
                continue;
            }
            bar(skill.memory.mastery, barWidth, skill.due ? ImGui::GetColorU32(kWarnColour) : ImGui::GetColorU32(kGoodColour));
            ImGui::SameLine();
            std::snprintf(pct, sizeof pct, "%.0f%%", skill.memory.mastery * 100.0);
            ui::label(pct);
        }
        ImGui::Unindent();
        ImGui::PopID();
    }
    ImGui::EndChild();
    if (view.skillShown.empty()) return;
    ImGui::BeginChild("##skillcases", {size.x, std::max(0.0f, listHeight - ImGui::GetStyle().ItemSpacing.y)}, false);
    ui::label(formatted("Cases that train %s:", view.skillShownLabel.c_str()));
    if (view.skillCases.empty()) labelColoured(kMutedColour, "No case in the library trains this skill.");
    for (const auto& [id, title] : view.skillCases) {
        ImGui::PushID(id.c_str());
        if (smallButton("Open")) ctx.actions.push_back(core::cmd::OpenCase{id});
        ImGui::SameLine();
        ui::label(title);
        ImGui::PopID();
    }
    ImGui::EndChild();
}

} // namespace ui
