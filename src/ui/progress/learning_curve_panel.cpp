// Learning curve panel: one white line for the total, one palette colour per
// section, the pass mark dashed, failed attempts hollow, a tooltip per attempt.
#include "ui/progress/learning_curve_panel.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/palette.hpp"
#include "ui/common/ui_context.hpp"
#include "ui/progress/plot_axes.hpp"

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

// The sections any attempt graded, by name (their colours follow this order).
std::vector<core::Section> sectionsOf(const core::ProgressSummary& summary) {
    unsigned graded = 0;
    for (const auto& p : summary.curve) graded |= p.sectionPercent.gradedMask;
    std::vector<core::Section> out;
    for (const core::Section s : core::kSectionsByName) {
        if ((graded >> static_cast<unsigned>(s)) & 1u) out.push_back(s);
    }
    return out;
}

} // namespace learning_curve_detail

std::pair<ImVec2, ImVec2> drawLearningCurve(const core::ProgressSummary& summary, ImVec2 size) {
    using namespace learning_curve_detail;
    const auto& curve = summary.curve;
    const std::vector<core::Section> sections = sectionsOf(summary);
    std::vector<std::string> names;
    for (const core::Section s : sections) names.push_back(core::toString(s));
    ui::label("Learning curve");
    // The legend: colour is never the only cue, each series is named in its colour.
    const float top = ImGui::GetCursorScreenPos().y;
    sameLineIfFits(ImGui::CalcTextSize("Total").x);
    labelColoured({1, 1, 1, 1}, "Total");
    for (std::size_t i = 0; i < names.size(); ++i) {
        sameLineIfFits(ImGui::CalcTextSize(names[i].c_str()).x);
        labelColoured(seriesColour(i), names[i]);
    }
    size.y -= ImGui::GetCursorScreenPos().y - top + ImGui::GetTextLineHeightWithSpacing();
    const int n = static_cast<int>(curve.size());
    const PlotAxes axes("##learningcurve", size, {0.0, std::max(1.0, static_cast<double>(n - 1)), 0.0, 104.0}, "Attempt", "Score %");
    if (n == 0) {
        const ImVec2 a = axes.plotMin();
        axes.drawList()->AddText({a.x + 10.0f, a.y + 10.0f}, ImGui::GetColorU32(kMutedColour), "No graded practice yet.");
    }
    for (std::size_t s = 0; s < sections.size(); ++s) {
        std::vector<ImVec2> points;
        for (int i = 0; i < n; ++i) {
            const auto& values = curve[static_cast<std::size_t>(i)].sectionPercent;
            if (values.graded(sections[s])) points.push_back({static_cast<float>(i), static_cast<float>(values.at(sections[s]))});
        }
        axes.polyline(points, ImGui::GetColorU32(seriesColour(s)), 1.5f);
    }
    std::vector<ImVec2> total;
    for (int i = 0; i < n; ++i) total.push_back({static_cast<float>(i), static_cast<float>(curve[static_cast<std::size_t>(i)].total)});
    axes.polyline(total, IM_COL32(255, 255, 255, 255), 2.5f);
    // Each attempt's dot: filled when passed, hollow when failed, so a printout shows it too.
    if (n <= 200) {
        for (int i = 0; i < n; ++i) {
            const auto& p = curve[static_cast<std::size_t>(i)];
            const ImVec2 c = axes.at(i, p.total);
            if (p.passed) {
                axes.drawList()->AddCircleFilled(c, 3.5f, IM_COL32(255, 255, 255, 255));
            } else {
                axes.drawList()->AddCircle(c, 4.0f, IM_COL32(255, 255, 255, 255), 0, 1.5f);
            }
        }
    }
    char label[48];
    std::snprintf(label, sizeof label, "pass mark %.0f%%", summary.passMark);
    axes.horizontalLine(summary.passMark, ImGui::GetColorU32(kGoodColour), label);
    const std::pair<ImVec2, ImVec2> passLine{axes.at(0.0, summary.passMark), {axes.plotMax().x, axes.at(0.0, summary.passMark).y}};

    if (const int i = axes.hoveredIndex(n); i >= 0) {
        const auto& p = curve[static_cast<std::size_t>(i)];
        const ImVec2 c = axes.at(i, p.total);
        axes.drawList()->AddLine({c.x, axes.plotMin().y}, {c.x, axes.plotMax().y}, IM_COL32(255, 255, 255, 60));
        ImGui::BeginTooltip();
        ui::label(formatted("Attempt %d, %s", i + 1, dayOf(p.atUnix).c_str()));
        labelMuted(p.caseId);
        ui::label(formatted("Total %.0f%% (%s%s)", p.total, p.passed ? "passed" : "not passed", p.critical ? ", critical error" : ""));
        for (std::size_t s = 0; s < sections.size(); ++s) {
            if (p.sectionPercent.graded(sections[s])) {
                labelColoured(seriesColour(s), formatted("%s %.0f%%", names[s].c_str(), p.sectionPercent.at(sections[s])));
            }
        }
        ImGui::EndTooltip();
    }
    return passLine;
}

} // namespace ui
