// Debrief lines: core words them and orders them (report_wording); this draws
// them and sends the clicks.
#include "ui/practice/debrief_lines.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/drawn_text.hpp"

#include "grading/report_wording.hpp"

#include <cstdio>

namespace ui {
namespace debrief_lines_detail {

void drawSource(const core::LineItem& item, std::size_t index) {
    if (item.source.empty()) return;
    if (item.citations.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kMutedColour);
        textWrappedKeepingUnits("Source: " + item.source.str() + " [" + item.tier + "]");
        ImGui::PopStyleColor();
        return;
    }
    // The short citation opens to the full references (click, or Enter when focused).
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedColour);
    const std::string label = "Source: " + item.source.str() + " [" + item.tier + "]##source" + std::to_string(index);
    const bool open = ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
    ImGui::PopStyleColor();
    if (open) {
        textWrappedKeepingUnits(item.citations.str());
        ImGui::TreePop();
    }
}

} // namespace debrief_lines_detail

void drawDebriefLines(UiContext& ctx, DebriefPanelState& state, std::optional<core::Section> only) {
    using namespace debrief_lines_detail;
    const auto& report = ctx.session.report();
    const core::Case* c = ctx.session.currentCase();
    if (!report || !c) return;
    const core::WordingSources sources{ctx.data.catalogue, ctx.data.zones, c};
    int shownGroup = -1; // 0 mistakes, 1 done right
    for (const std::size_t index : core::mistakesFirst(*report)) {
        const core::LineItem& item = report->items[index];
        const bool lost = core::lostPoints(item);
        if (state.onlyLost && !lost) continue;
        if (only && item.section != *only) continue;
        const int group = lost ? 0 : 1;
        if (group != shownGroup) {
            shownGroup = group;
            ImGui::Spacing();
            ImGui::TextColored(lost ? kBadColour : kGoodColour, "%s", lost ? "Mistakes" : "Done right");
            ImGui::Separator();
        }
        ImGui::PushID(static_cast<int>(index));
        const core::LineWords words = core::plainWords(item, sources);
        const core::MapTarget target = core::mapTarget(item, c);
        ImGui::TextColored(lost ? kBadColour : kGoodColour, "%s", core::pointsText(item).c_str());
        ImGui::SameLine();
        ImGui::TextColored(kMutedColour, "%s", core::sectionLabel(item.section, report->followUp).c_str());
        const ImVec4 titleColour = ImGui::GetStyleColorVec4(ImGuiCol_Text);
        if (target.empty()) {
            textWrappedKeepingUnits(words.headline);
        } else {
            // The line is clickable: it outlines its zone (or rings its finding) on the map; again to clear.
            const bool selected = state.highlightZone == target.zone && state.highlightFinding == target.findingId;
            if (wrappedSelectable(words.headline, "", selected, titleColour, kMutedColour)) {
                ctx.actions.push_back(selected ? act::HighlightOnMap{} : act::HighlightOnMap{target.zone, target.findingId});
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show it on the map");
        }
        ImGui::Indent();
        ImGui::PushStyleColor(ImGuiCol_Text, kMutedColour);
        if (!words.detail.empty()) textWrappedKeepingUnits(words.detail);
        const std::string why = item.explanation();
        if (!why.empty()) textWrappedKeepingUnits(why);
        ImGui::PopStyleColor();
        drawSource(item, index);
        ImGui::Unindent();
        ImGui::PopID();
    }
    if (state.onlyLost && shownGroup < 0) ImGui::TextColored(kGoodColour, "No line lost points.");
}

} // namespace ui
