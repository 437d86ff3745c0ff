// Learning curve panel: one white line for the total, one palette colour per
// section the report can have (those with data), the pass mark dashed, failed
// attempts hollow, a tooltip per attempt; past kExactCurvePoints attempts, the
// summary's buckets: their means as lines, the total's range as a band.
#include "ui/progress/learning_curve_panel.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/palette.hpp"
#include "ui/common/ui_context.hpp"
#include "ui/progress/plot_axes.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace ui {
namespace learning_curve_detail {

std::string dayOf(double unix) {
    const std::time_t t = static_cast<std::time_t>(unix);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

// A section keeps its colour whichever others have data: its place among every section.
ImVec4 sectionColour(core::Section s) {
    const auto& all = core::sectionsByName();
    return seriesColour(static_cast<std::size_t>(std::find(all.begin(), all.end(), s) - all.begin()));
}

std::string sectionName(core::Section s) { return core::sectionLabel(s, false); }

// Every attempt as a point (the summary holds them all).
void drawExact(const PlotAxes& axes, const core::ProgressSummary& summary, const std::vector<core::Section>& sections) {
    const auto& curve = summary.curve;
    const int n = static_cast<int>(curve.size());
    for (const core::Section section : sections) {
        std::vector<ImVec2> points;
        for (int i = 0; i < n; ++i) {
            const auto& values = curve[static_cast<std::size_t>(i)].sectionPercent;
            if (values.graded(section)) points.push_back({static_cast<float>(i), static_cast<float>(values.at(section))});
        }
        axes.polyline(points, ImGui::GetColorU32(sectionColour(section)), 1.5f);
    }
    std::vector<ImVec2> total;
    for (int i = 0; i < n; ++i) total.push_back({static_cast<float>(i), static_cast<float>(curve[static_cast<std::size_t>(i)].total)});
    axes.polyline(total, IM_COL32(255, 255, 255, 255), 2.5f);
    // Each attempt's dot: filled when passed, hollow when failed, so a printout shows it too.
    if (n > 200) return;
    for (int i = 0; i < n; ++i) {
        const auto& p = curve[static_cast<std::size_t>(i)];
        const ImVec2 c = axes.at(i, p.total);
        if (p.passed) axes.drawList()->AddCircleFilled(c, 3.5f, IM_COL32(255, 255, 255, 255));
        else axes.drawList()->AddCircle(c, 4.0f, IM_COL32(255, 255, 255, 255), 0, 1.5f);
    }
}

void exactTooltip(const PlotAxes& axes, const core::ProgressSummary& summary, const std::vector<core::Section>& sections, int i) {
    const auto& p = summary.curve[static_cast<std::size_t>(i)];
    const ImVec2 c = axes.at(i, p.total);
    axes.drawList()->AddLine({c.x, axes.plotMin().y}, {c.x, axes.plotMax().y}, IM_COL32(255, 255, 255, 60));
    ImGui::BeginTooltip();
    ui::label(formatted("Attempt %d, %s", i + 1, dayOf(p.atUnix).c_str()));
    labelMuted(p.caseId);
    ui::label(formatted("Total %.0f%% (%s%s)", p.total, p.passed ? "passed" : "not passed", p.critical ? ", critical error" : ""));
    for (const core::Section section : sections) {
        if (p.sectionPercent.graded(section)) {
            labelColoured(sectionColour(section), formatted("%s %.0f%%", sectionName(section).c_str(), p.sectionPercent.at(section)));
        }
    }
    ImGui::EndTooltip();
}

double middleOf(const core::CurveBucket& b) { return static_cast<double>(b.first) + (b.attempts - 1) * 0.5; }

// Too many attempts for points: each bucket's range of totals as a band, its means as lines.
void drawBuckets(const PlotAxes& axes, const core::ProgressSummary& summary, const std::vector<core::Section>& sections) {
    const auto& buckets = summary.buckets;
    for (const auto& b : buckets) {
        const ImVec2 lo = axes.at(static_cast<double>(b.first), b.minTotal);
        const ImVec2 hi = axes.at(static_cast<double>(b.first + static_cast<std::size_t>(b.attempts) - 1), b.maxTotal);
        axes.drawList()->AddRectFilled({lo.x, hi.y}, {std::max(hi.x, lo.x + 1.0f), lo.y}, IM_COL32(255, 255, 255, 40));
    }
    for (const core::Section section : sections) {
        std::vector<ImVec2> points;
        for (const auto& b : buckets) {
            if (b.graded(section)) points.push_back({static_cast<float>(middleOf(b)), static_cast<float>(b.sectionMean(section))});
        }
        axes.polyline(points, ImGui::GetColorU32(sectionColour(section)), 1.5f);
    }
    std::vector<ImVec2> total;
    for (const auto& b : buckets) total.push_back({static_cast<float>(middleOf(b)), static_cast<float>(b.meanTotal)});
    axes.polyline(total, IM_COL32(255, 255, 255, 255), 2.5f);
}

void bucketTooltip(const PlotAxes& axes, const core::ProgressSummary& summary, const std::vector<core::Section>& sections, int bucket) {
    const auto& b = summary.buckets[static_cast<std::size_t>(bucket)];
    const ImVec2 c = axes.at(middleOf(b), b.meanTotal);
    axes.drawList()->AddLine({c.x, axes.plotMin().y}, {c.x, axes.plotMax().y}, IM_COL32(255, 255, 255, 60));
    ImGui::BeginTooltip();
    ui::label(formatted("Attempts %zu to %zu, %s to %s", b.first + 1, b.first + static_cast<std::size_t>(b.attempts), dayOf(b.firstAtUnix).c_str(),
                        dayOf(b.lastAtUnix).c_str()));
    ui::label(formatted("Mean total %.1f%% (lowest %.0f%%, highest %.0f%%)", b.meanTotal, b.minTotal, b.maxTotal));
    labelMuted(formatted("%d of %d passed, %d with a critical error", b.passed, b.attempts, b.critical));
    for (const core::Section section : sections) {
        if (b.graded(section)) {
            labelColoured(sectionColour(section), formatted("%s mean %.1f%% (%d graded)", sectionName(section).c_str(), b.sectionMean(section),
                                                            b.sections[static_cast<std::size_t>(section)].graded));
        }
    }
    ImGui::EndTooltip();
}

} // namespace learning_curve_detail

void drawLearningCurve(const core::ProgressSummary& summary, ImVec2 size, ProgressPanelState& state) {
    using namespace learning_curve_detail;
    const std::vector<core::Section> sections = core::curveSections(summary);
    // The summary holds every point up to kExactCurvePoints attempts; past that, buckets.
    const bool bucketed = summary.curveFirst > 0;
    state.curveBucketed = bucketed;
    state.curveSeries = {"Total"};
    ui::label(bucketed ? formatted("Learning curve (means of %d attempts each)", summary.buckets.empty() ? 0 : summary.buckets.front().attempts)
                       : std::string("Learning curve"));
    // The legend: colour is never the only cue, each series is named in its colour.
    const float top = ImGui::GetCursorScreenPos().y;
    sameLineIfFits(ImGui::CalcTextSize("Total").x);
    labelColoured({1, 1, 1, 1}, "Total");
    for (const core::Section section : sections) {
        const std::string name = sectionName(section);
        state.curveSeries.push_back(name);
        sameLineIfFits(ImGui::CalcTextSize(name.c_str()).x);
        labelColoured(sectionColour(section), name);
    }
    size.y -= ImGui::GetCursorScreenPos().y - top + ImGui::GetTextLineHeightWithSpacing();
    const int n = summary.attempts;
    const PlotAxes axes("##learningcurve", size, {0.0, std::max(1.0, static_cast<double>(n - 1)), 0.0, 104.0}, "Attempt", "Score %");
    if (n == 0) {
        const ImVec2 a = axes.plotMin();
        axes.drawList()->AddText({a.x + 10.0f, a.y + 10.0f}, ImGui::GetColorU32(kMutedColour), "No graded practice yet.");
    }
    if (bucketed) drawBuckets(axes, summary, sections);
    else drawExact(axes, summary, sections);
    char label[48];
    std::snprintf(label, sizeof label, "pass mark %.0f%%", summary.passMark);
    axes.horizontalLine(summary.passMark, ImGui::GetColorU32(kGoodColour), label);
    state.passLineStart = axes.at(0.0, summary.passMark);
    state.passLineEnd = {axes.plotMax().x, state.passLineStart.y};

    if (const int i = axes.hoveredIndex(n); i >= 0) {
        if (!bucketed && static_cast<std::size_t>(i) < summary.curve.size()) {
            exactTooltip(axes, summary, sections, i);
        } else if (const int b = core::bucketOfAttempt(summary.buckets, static_cast<std::size_t>(i)); b >= 0) {
            bucketTooltip(axes, summary, sections, b);
        }
    }
}

} // namespace ui
