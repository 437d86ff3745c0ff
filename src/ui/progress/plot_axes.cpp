// Plot axes, ticks, reference lines and series on the window's draw list.
#include "ui/progress/plot_axes.hpp"

#include "ui/common/ui_context.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ui {

void sameLineIfFits(float width) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width <= right) ImGui::SameLine();
}

std::vector<double> niceTicks(double lo, double hi, int maxTicks) {
    std::vector<double> ticks;
    if (!(hi > lo) || maxTicks < 2) return {lo};
    const double rough = (hi - lo) / static_cast<double>(maxTicks - 1);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * power;
        if (step >= rough) break;
    }
    for (double t = std::ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return ticks;
}

PlotAxes::PlotAxes(const char* id, ImVec2 size, PlotRange range, const char* xTitle, const char* yTitle, const char* yFormat) : m_range(range) {
    if (!(m_range.x1 > m_range.x0)) m_range.x1 = m_range.x0 + 1.0;
    if (!(m_range.y1 > m_range.y0)) m_range.y1 = m_range.y0 + 1.0;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    size.x = std::max(size.x, 120.0f);
    size.y = std::max(size.y, 80.0f);
    ImGui::InvisibleButton(id, size);
    m_hovered = ImGui::IsItemHovered();
    m_focused = ImGui::IsItemFocused();
    const bool focused = m_focused;
    m_dl = ImGui::GetWindowDrawList();

    const float line = ImGui::GetTextLineHeight();
    char text[32];
    float labelWidth = 0.0f;
    std::vector<double> yTicks = niceTicks(m_range.y0, m_range.y1, std::max(2, static_cast<int>(size.y / (line * 2.2f))));
    for (const double t : yTicks) {
        std::snprintf(text, sizeof text, yFormat, t);
        labelWidth = std::max(labelWidth, ImGui::CalcTextSize(text).x);
    }
    // Left: the y title (one line above the plot) and the tick labels; bottom: x labels and title.
    m_min = {origin.x + labelWidth + line * 0.6f, origin.y + line * 1.4f};
    m_max = {origin.x + size.x - line * 0.5f, origin.y + size.y - line * 2.6f};
    const ImU32 axis = ImGui::GetColorU32(kMutedColour);
    const ImU32 grid = IM_COL32(255, 255, 255, 22);
    m_dl->AddRectFilled(m_min, m_max, IM_COL32(255, 255, 255, 8));
    if (focused && ImGui::GetIO().NavVisible) m_dl->AddRect({origin.x, origin.y}, {origin.x + size.x, origin.y + size.y}, ImGui::GetColorU32(ImGuiCol_NavHighlight), 4.0f);
    m_dl->AddText({origin.x, origin.y}, axis, yTitle);

    for (const double t : yTicks) {
        const float y = at(m_range.x0, t).y;
        m_dl->AddLine({m_min.x, y}, {m_max.x, y}, grid);
        std::snprintf(text, sizeof text, yFormat, t);
        const ImVec2 ts = ImGui::CalcTextSize(text);
        m_dl->AddText({m_min.x - ts.x - line * 0.3f, y - ts.y * 0.5f}, axis, text);
    }
    const float xLabelWidth = ImGui::CalcTextSize("0000").x + line;
    const std::vector<double> xTicks = niceTicks(m_range.x0, m_range.x1, std::max(2, static_cast<int>((m_max.x - m_min.x) / xLabelWidth)));
    for (const double t : xTicks) {
        if (t != std::floor(t)) continue; // attempts are whole numbers
        const float x = at(t, m_range.y0).x;
        m_dl->AddLine({x, m_max.y}, {x, m_max.y + line * 0.25f}, axis);
        // Data x is 0-based; people count attempts from 1.
        std::snprintf(text, sizeof text, "%.0f", t + 1.0);
        const ImVec2 ts = ImGui::CalcTextSize(text);
        m_dl->AddText({x - ts.x * 0.5f, m_max.y + line * 0.3f}, axis, text);
    }
    m_dl->AddLine(m_min, {m_min.x, m_max.y}, axis);
    m_dl->AddLine({m_min.x, m_max.y}, m_max, axis);
    const ImVec2 xs = ImGui::CalcTextSize(xTitle);
    m_dl->AddText({(m_min.x + m_max.x - xs.x) * 0.5f, m_max.y + line * 1.4f}, axis, xTitle);
}

ImVec2 PlotAxes::at(double x, double y) const {
    const double fx = (x - m_range.x0) / (m_range.x1 - m_range.x0);
    const double fy = (y - m_range.y0) / (m_range.y1 - m_range.y0);
    return {m_min.x + static_cast<float>(fx) * (m_max.x - m_min.x), m_max.y - static_cast<float>(fy) * (m_max.y - m_min.y)};
}

double PlotAxes::xAt(float screenX) const {
    return m_range.x0 + static_cast<double>((screenX - m_min.x) / (m_max.x - m_min.x)) * (m_range.x1 - m_range.x0);
}

void PlotAxes::horizontalLine(double y, ImU32 colour, const std::string& label) const {
    const float py = at(m_range.x0, y).y;
    const float dash = ImGui::GetTextLineHeight() * 0.5f;
    for (float x = m_min.x; x < m_max.x; x += dash * 2.0f) m_dl->AddLine({x, py}, {std::min(x + dash, m_max.x), py}, colour, 2.0f);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    const ImVec2 a{m_max.x - ts.x - 6.0f, py - ts.y - 2.0f};
    m_dl->AddRectFilled({a.x - 3.0f, a.y}, {a.x + ts.x + 3.0f, a.y + ts.y}, IM_COL32(20, 22, 26, 200), 3.0f);
    m_dl->AddText(a, colour, label.c_str());
}

void PlotAxes::verticalLine(double x, ImU32 colour, const std::string& label, bool labelAtBottom) const {
    const float px = at(x, m_range.y0).x;
    m_dl->AddLine({px, m_min.y}, {px, m_max.y}, colour, 1.5f);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    // Right of the line, or left of it near the right edge.
    const float left = px + 4.0f + ts.x <= m_max.x ? px + 4.0f : std::max(m_min.x, px - 4.0f - ts.x);
    const float top = labelAtBottom ? m_max.y - ts.y - 2.0f : m_min.y + 2.0f;
    m_dl->AddRectFilled({left - 2.0f, top}, {left + ts.x + 2.0f, top + ts.y}, IM_COL32(20, 22, 26, 220), 3.0f);
    m_dl->AddText({left, top}, colour, label.c_str());
}

void PlotAxes::polyline(const std::vector<ImVec2>& dataPoints, ImU32 colour, float thickness) const {
    if (dataPoints.empty()) return;
    std::vector<ImVec2> screen;
    screen.reserve(dataPoints.size());
    for (const ImVec2& p : dataPoints) screen.push_back(at(static_cast<double>(p.x), static_cast<double>(p.y)));
    m_dl->PushClipRect(m_min, m_max, true);
    if (screen.size() == 1) {
        m_dl->AddCircleFilled(screen[0], thickness + 1.5f, colour);
    } else {
        m_dl->AddPolyline(screen.data(), static_cast<int>(screen.size()), colour, ImDrawFlags_None, thickness);
    }
    m_dl->PopClipRect();
}

int PlotAxes::hoveredIndex(int count) const {
    if (count <= 0) return -1;
    if (!m_hovered) return m_focused && ImGui::GetIO().NavVisible ? count - 1 : -1;
    const double x = std::round(xAt(ImGui::GetMousePos().x));
    return static_cast<int>(std::clamp(x, 0.0, static_cast<double>(count - 1)));
}

} // namespace ui
