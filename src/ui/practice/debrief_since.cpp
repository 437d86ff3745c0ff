// Since last time: core compares the reports (report_compare); this draws it.
#include "ui/practice/debrief_since.hpp"

#include "ui/common/drawn_text.hpp"

#include "grading/report_compare.hpp"
#include "grading/report_wording.hpp"

#include <cstdio>

namespace ui {
namespace debrief_since_detail {

ImVec4 deltaColour(double delta) { return delta > 0.05 ? kGoodColour : (delta < -0.05 ? kBadColour : kMutedColour); }

void bulletLines(const char* heading, const ImVec4& colour, const std::vector<std::size_t>& indices, const core::Report& report,
                 const core::WordingSources& sources) {
    if (indices.empty()) return;
    ImGui::TextColored(colour, "%s (%zu)", heading, indices.size());
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
    char title[160];
    std::snprintf(title, sizeof title, "Since last time: %+.1f (%.1f%s to %.1f%s)###sincelast", cmp.totalDelta(), cmp.totalBefore,
                  cmp.passedBefore ? " passed" : " failed", cmp.totalAfter, cmp.passedAfter ? " passed" : " failed");
    ImGui::PushStyleColor(ImGuiCol_Text, deltaColour(cmp.totalDelta()));
    const bool open = ImGui::TreeNodeEx(title, ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth);
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
        ImGui::TextColored(deltaColour(s.delta()), "%s", text);
    }
    const core::WordingSources sources{ctx.data.catalogue, ctx.data.zones, c};
    bulletLines("Fixed", kGoodColour, cmp.fixed, *report, sources);
    bulletLines("Fixed (not repeated)", kGoodColour, cmp.fixedGone, *ctx.previousReport, sources);
    bulletLines("Newly losing points", kBadColour, cmp.newlyLost, *report, sources);
    if (cmp.fixed.empty() && cmp.fixedGone.empty() && cmp.newlyLost.empty()) ImGui::TextColored(kMutedColour, "The same lines lost points as last time.");
    ImGui::TreePop();
}

} // namespace ui
