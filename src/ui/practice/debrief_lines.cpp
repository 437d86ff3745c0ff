// Debrief lines: core words them and orders them (report_wording); this draws
// them and sends the clicks.
#include "ui/practice/debrief_lines.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/drawn_text.hpp"

#include "wording/report_wording.hpp"

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
    // A tree node's label cannot wrap: in a narrow column the source's name goes under it.
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedColour);
    const std::string full = "Source: " + item.source.str() + " [" + item.tier + "]";
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() - ImGui::GetStyle().FramePadding.x * 2.0f;
    const bool fits = ImGui::CalcTextSize(full.c_str()).x <= room;
    std::string shortLabel = "Source [" + item.tier + "]";
    if (ImGui::CalcTextSize(shortLabel.c_str()).x > room) shortLabel = "Source";
    const std::string label = (fits ? full : shortLabel) + "##source" + std::to_string(index);
    const bool open = treeNode("Source", label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
    if (!fits) textWrappedKeepingUnits(item.source.str() + (shortLabel == "Source" ? " [" + item.tier + "]" : ""));
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
            labelColoured(lost ? kBadColour : kGoodColour, lost ? "Mistakes" : "Done right");
            ImGui::Separator();
        }
        ImGui::PushID(static_cast<int>(index));
        const core::LineWords words = core::plainWords(item, sources);
        const core::MapTarget target = core::mapTarget(item, c);
        labelColoured(lost ? kBadColour : kGoodColour, core::pointsText(item));
        ImGui::SameLine();
        labelColoured(kMutedColour, core::sectionLabel(item.section, report->followUp));
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
    if (state.onlyLost && shownGroup < 0) labelColoured(kGoodColour, "No line lost points.");
}

} // namespace ui
