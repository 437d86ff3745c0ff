// Since last time: core compares the reports (report_compare); this draws it.
#include "ui/practice/debrief_since.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/drawn_text.hpp"

#include "wording/report_compare.hpp"
#include "wording/report_wording.hpp"

#include <cstdio>

namespace ui {
namespace debrief_since_detail {

ImVec4 deltaColour(double delta) { return delta > 0.05 ? kGoodColour : (delta < -0.05 ? kBadColour : kMutedColour); }

void bulletLines(const char* heading, const ImVec4& colour, const std::vector<std::size_t>& indices, const core::Report& report,
                 const core::WordingSources& sources) {
    if (indices.empty()) return;
    labelWrapped(colour, formatted("%s (%zu)", heading, indices.size())); // wraps in a narrow column at a large scale
    ImGui::Indent();
    for (const std::size_t i : indices) textWrappedKeepingUnits("- " + core::plainWords(report.items[i], sources).headline);
    ImGui::Unindent();
}

} // namespace debrief_since_detail

void drawSinceLastTime(UiContext& ctx) {
    using namespace debrief_since_detail;
    const auto& report = ctx.session.report();
    const core::Case* c = ctx.session.currentCase();
    if (!report || !c || !ctx.previousReport) return;
    const core::ReportComparison cmp = core::compareReports(*ctx.previousReport, *report);
    // Shut at first, so the mistakes below stay in view; the figures shorten to fit the column.
    std::string title = formatted("Since last time: %+.1f (%.1f%s to %.1f%s)", cmp.totalDelta(), cmp.totalBefore, cmp.passedBefore ? " passed" : " failed",
                                  cmp.totalAfter, cmp.passedAfter ? " passed" : " failed");
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() - ImGui::GetStyle().FramePadding.x * 2.0f;
    if (ImGui::CalcTextSize(title.c_str()).x > room) title = formatted("Since last time: %+.1f", cmp.totalDelta());
    if (ImGui::CalcTextSize(title.c_str()).x > room) title = formatted("Last time: %+.1f", cmp.totalDelta());
    ImGui::PushStyleColor(ImGuiCol_Text, deltaColour(cmp.totalDelta()));
    const bool open = treeNode("Since last time", (title + "###sincelast").c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
    ImGui::PopStyleColor();
    if (!open) return;
    // The sections side by side while they fit, so a narrow column wraps between them.
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    bool first = true;
    for (const auto& s : cmp.sections) {
        char text[64];
        std::snprintf(text, sizeof text, "%s %+.1f", core::sectionLabel(s.section, report->followUp).c_str(), s.delta());
        const float spacing = ImGui::GetStyle().ItemSpacing.x * 2.0f;
        if (!first && ImGui::GetItemRectMax().x + spacing + ImGui::CalcTextSize(text).x <= right) ImGui::SameLine(0.0f, spacing);
        first = false;
        labelColoured(deltaColour(s.delta()), text);
    }
    const core::WordingSources sources{ctx.data.catalogue, ctx.data.zones, c};
    bulletLines("Fixed", kGoodColour, cmp.fixed, *report, sources);
    bulletLines("Fixed (not repeated)", kGoodColour, cmp.fixedGone, *ctx.previousReport, sources);
    bulletLines("Newly losing points", kBadColour, cmp.newlyLost, *report, sources);
    if (cmp.fixed.empty() && cmp.fixedGone.empty() && cmp.newlyLost.empty()) labelWrapped(kMutedColour, "The same lines lost points as last time.");
    ImGui::TreePop();
}

} // namespace ui
