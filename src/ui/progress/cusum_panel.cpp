// CUSUM panel: values as a line (past kExactCurvePoints attempts, per bucket),
// h dashed, proficiency and relapses as labelled vertical markers, a tooltip per attempt.
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
    // Each frame: over the buckets' ranges (as many as there are), not every attempt.
    for (const auto& b : summary.buckets) {
        lo = std::min(lo, b.cusumMin);
        hi = std::max(hi, b.cusumMax);
    }
    const double pad = std::max(0.5, (hi - lo) * 0.08);
    const PlotAxes axes("##cusum", size, {0.0, std::max(1.0, static_cast<double>(n - 1)), lo - pad, hi + pad}, "Attempt", "CUSUM", "%.1f");
    char label[48];
    std::snprintf(label, sizeof label, "decision limit h = %.2f", chart.decisionLimit);
    axes.horizontalLine(chart.decisionLimit, ImGui::GetColorU32(kWarnColour), label);
    if (chart.proficientAt) axes.verticalLine(static_cast<double>(*chart.proficientAt), ImGui::GetColorU32(kGoodColour), "proficient");
    for (const std::size_t r : chart.relapses) axes.verticalLine(static_cast<double>(r), ImGui::GetColorU32(kBadColour), "relapse", true);
    // Up to kExactCurvePoints attempts each is a point; past that, the summary's buckets:
    // each one's lowest to highest value as a stroke, the line through each one's last value.
    const bool bucketed = summary.curveFirst > 0;
    std::vector<ImVec2> points;
    if (bucketed) {
        for (const auto& b : summary.buckets) {
            const double last = static_cast<double>(b.first + static_cast<std::size_t>(b.attempts) - 1);
            axes.drawList()->AddLine(axes.at(last, b.cusumMin), axes.at(last, b.cusumMax), ImGui::GetColorU32(okabe_ito::kSkyBlue), 1.0f);
            points.push_back({static_cast<float>(last), static_cast<float>(b.cusumLast)});
        }
    } else {
        for (int i = 0; i < n; ++i) points.push_back({static_cast<float>(i), static_cast<float>(chart.values[static_cast<std::size_t>(i)])});
    }
    axes.polyline(points, ImGui::GetColorU32(okabe_ito::kSkyBlue), 2.0f);

    if (const int i = axes.hoveredIndex(n); i >= 0 && bucketed) {
        if (const int at = core::bucketOfAttempt(summary.buckets, static_cast<std::size_t>(i)); at >= 0) {
            const auto& b = summary.buckets[static_cast<std::size_t>(at)];
            ImGui::BeginTooltip();
            ui::label(formatted("Attempts %zu to %zu: CUSUM from %.2f to %.2f, %.2f after the last (h = %.2f)", b.first + 1,
                                b.first + static_cast<std::size_t>(b.attempts), b.cusumMin, b.cusumMax, b.cusumLast, chart.decisionLimit));
            if (chart.proficientAt && *chart.proficientAt >= b.first && *chart.proficientAt < b.first + static_cast<std::size_t>(b.attempts)) {
                labelColoured(kGoodColour, formatted("Crossed into proficiency at attempt %zu", *chart.proficientAt + 1));
            }
            ImGui::EndTooltip();
        }
    } else if (i >= 0) {
        const auto index = static_cast<std::size_t>(i);
        const ImVec2 c = axes.at(i, chart.values[index]);
        axes.drawList()->AddCircleFilled(c, 4.0f, ImGui::GetColorU32(okabe_ito::kSkyBlue));
        ImGui::BeginTooltip();
        ui::label(formatted("Attempt %d: CUSUM %.2f (h = %.2f)", i + 1, chart.values[index], chart.decisionLimit));
        if (index >= summary.curveFirst && index - summary.curveFirst < summary.curve.size()) {
            const auto& p = summary.curve[index - summary.curveFirst];
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
