// A plot area drawn with ImGui's draw list (no plotting library): the frame,
// ticks with values, axis titles, reference lines, series and the hovered
// point. The learning curve and the CUSUM chart are built from it.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace ui {

struct PlotRange {
    double x0 = 0.0;
    double x1 = 1.0;
    double y0 = 0.0;
    double y1 = 1.0;
};

class PlotAxes {
public:
    // Reserves `size` as one focusable item (keyboard navigation lands on it,
    // and hover shows tooltips), then draws the frame, ticks and titles.
    PlotAxes(const char* id, ImVec2 size, PlotRange range, const char* xTitle, const char* yTitle, const char* yFormat = "%.0f");

    [[nodiscard]] ImVec2 at(double x, double y) const;
    [[nodiscard]] double xAt(float screenX) const;
    [[nodiscard]] bool hovered() const { return m_hovered; }
    [[nodiscard]] ImVec2 plotMin() const { return m_min; }
    [[nodiscard]] ImVec2 plotMax() const { return m_max; }
    [[nodiscard]] ImDrawList* drawList() const { return m_dl; }

    // A dashed horizontal reference line, its label at the right end above it.
    void horizontalLine(double y, ImU32 colour, const std::string& label) const;
    // A vertical marker with a label at its top (or its bottom, so two markers side by side stay legible).
    void verticalLine(double x, ImU32 colour, const std::string& label, bool labelAtBottom = false) const;
    void polyline(const std::vector<ImVec2>& dataPoints, ImU32 colour, float thickness) const;
    // The index of the data x nearest the pointer (x values are 0..n-1); with
    // the keyboard on the plot, the latest; -1 otherwise.
    [[nodiscard]] int hoveredIndex(int count) const;

private:
    ImDrawList* m_dl = nullptr;
    ImVec2 m_min;
    ImVec2 m_max;
    PlotRange m_range;
    bool m_hovered = false;
    bool m_focused = false;
};

// ImGui::SameLine() when an item `width` wide still fits on the line, so
// legends and header facts wrap instead of running off a narrow window.
void sameLineIfFits(float width);

// "Nice" tick values (1, 2 or 5 times a power of ten) covering [lo, hi].
[[nodiscard]] std::vector<double> niceTicks(double lo, double hi, int maxTicks);

} // namespace ui
