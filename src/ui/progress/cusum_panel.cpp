// CUSUM panel: values as a line, h dashed, proficiency and relapses as
// labelled vertical markers, a tooltip per attempt.
#include "ui/progress/cusum_panel.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/palette.hpp"
#include "ui/common/ui_context.hpp"
#include "ui/progress/plot_axes.hpp"

#include <algorithm>
#include <cstdio>

namespace ui {

void drawCusumChart(const core::ProgressSummary& summary, ImVec2 size) {
    const core::CusumChart& chart = summary.cusum;
    const float top = ImGui::GetCursorScreenPos().y;
    ui::label("CUSUM");
    const std::string state = chart.proficientAt ? "proficient from attempt " + std::to_string(*chart.proficientAt + 1) : "not yet proficient";
    sameLineIfFits(ImGui::CalcTextSize(state.c_str()).x);
    labelColoured(chart.proficientAt ? kGoodColour : kMutedColour, state);
    if (!chart.relapses.empty()) {
        const std::string relapses = std::to_string(chart.relapses.size()) + (chart.relapses.size() == 1 ? " relapse" : " relapses");
        sameLineIfFits(ImGui::CalcTextSize(relapses.c_str()).x);
        labelColoured(kBadColour, relapses);
    }
    size.y -= ImGui::GetCursorScreenPos().y - top + ImGui::GetTextLineHeightWithSpacing();
    const int n = static_cast<int>(chart.values.size());
    double lo = 0.0;
    double hi = std::max(chart.decisionLimit, 0.0);
    for (const double v : chart.values) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    const double pad = std::max(0.5, (hi - lo) * 0.08);
    const PlotAxes axes("##cusum", size, {0.0, std::max(1.0, static_cast<double>(n - 1)), lo - pad, hi + pad}, "Attempt", "CUSUM", "%.1f");
    char label[48];
    std::snprintf(label, sizeof label, "decision limit h = %.2f", chart.decisionLimit);
    axes.horizontalLine(chart.decisionLimit, ImGui::GetColorU32(kWarnColour), label);
    if (chart.proficientAt) axes.verticalLine(static_cast<double>(*chart.proficientAt), ImGui::GetColorU32(kGoodColour), "proficient");
    for (const std::size_t r : chart.relapses) axes.verticalLine(static_cast<double>(r), ImGui::GetColorU32(kBadColour), "relapse", true);
    std::vector<ImVec2> points;
    for (int i = 0; i < n; ++i) points.push_back({static_cast<float>(i), static_cast<float>(chart.values[static_cast<std::size_t>(i)])});
    axes.polyline(points, ImGui::GetColorU32(okabe_ito::kSkyBlue), 2.0f);

    if (const int i = axes.hoveredIndex(n); i >= 0) {
        const auto index = static_cast<std::size_t>(i);
        const ImVec2 c = axes.at(i, chart.values[index]);
        axes.drawList()->AddCircleFilled(c, 4.0f, ImGui::GetColorU32(okabe_ito::kSkyBlue));
        ImGui::BeginTooltip();
        ui::label(formatted("Attempt %d: CUSUM %.2f (h = %.2f)", i + 1, chart.values[index], chart.decisionLimit));
        if (index < summary.curve.size()) {
            const auto& p = summary.curve[index];
            labelMuted(formatted("%s: %.0f%%, %s", p.caseId.c_str(), p.total, p.passed && !p.critical ? "success" : "failure"));
        }
        if (chart.proficientAt && *chart.proficientAt == index) labelColoured(kGoodColour, "Crossed into proficiency here");
        if (std::find(chart.relapses.begin(), chart.relapses.end(), index) != chart.relapses.end()) {
            labelColoured(kBadColour, "Relapse: the failure rate rose above the acceptable one");
        }
        ImGui::EndTooltip();
    }
}

} // namespace ui
