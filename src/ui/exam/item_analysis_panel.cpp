// Item analysis screen: draws the analysis core made; pushes only actions.
#include "ui/exam/item_analysis_panel.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/face_map_widget.hpp"
#include "ui/common/drawn_text.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

namespace ui {
namespace item_analysis_panel_detail {

std::string percent(const std::optional<double>& v) {
    if (!v) return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.2f%%", *v);
    return text;
}

std::string fixed2(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", v);
    return text;
}

void drawItemTable(const core::ItemMatrix& matrix, const core::ItemAnalysis& analysis) {
    if (analysis.items.empty()) {
        labelColoured(kMutedColour, "No item that every candidate has.");
    } else {
        const auto& t = analysis.test;
        textWrappedKeepingUnits(formatted("Test: %zu candidates, mean %s, SD %s. Alpha (internal consistency) %s, error ratio %s, standard error %s.", t.candidates, fixed2(t.mean).c_str(), fixed2(t.sd).c_str(), percent(t.cronbachAlpha).c_str(), percent(t.errorRatio).c_str(), t.standardError ? fixed2(*t.standardError).c_str() : "-"));
        const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                      ImGuiTableFlags_SizingFixedFit;
        const float height = std::max(ImGui::GetTextLineHeightWithSpacing() * 4.0f,
                                      ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing() * (1.5f + static_cast<float>(matrix.leftOut.size())));
        if (ImGui::BeginTable("items", 6, flags, {0.0f, height})) {
            // The item column keeps its ids whole; a narrow window scrolls the figures sideways.
            ImGui::TableSetupScrollFreeze(0, 1);
            ImGui::TableSetupColumn("Item");
            ImGui::TableSetupColumn("Facility");
            ImGui::TableSetupColumn("SD");
            ImGui::TableSetupColumn("Discrimination");
            ImGui::TableSetupColumn("Efficiency");
            ImGui::TableSetupColumn("Flag");
            ImGui::TableHeadersRow();
            for (const auto& s : analysis.items) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ui::label(s.id);
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.id.c_str());
                ImGui::TableNextColumn();
                ui::label(percent(s.facility));
                ImGui::TableNextColumn();
                ui::label(percent(s.sd));
                ImGui::TableNextColumn();
                if (s.negativeDiscrimination) {
                    labelColoured(kBadColour, percent(s.discriminationIndex));
                } else {
                    ui::label(percent(s.discriminationIndex));
                }
                ImGui::TableNextColumn();
                ui::label(percent(s.discriminativeEfficiency));
                ImGui::TableNextColumn();
                // In words, so colour is never the only cue.
                if (s.negativeDiscrimination) {
                    labelColoured(kBadColour, "NEGATIVE");
                    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Weaker candidates did better on this item than stronger ones: check its key.");
                } else if (s.dubious) {
                    labelColoured(kWarnColour, "dubious");
                    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Discriminative efficiency under 15%%: the item separates candidates poorly.");
                }
            }
            ImGui::EndTable();
        }
    }
    for (const auto& why : matrix.leftOut) labelColoured(kMutedColour, formatted("Left out: %s", why.c_str()));
}

// "2 deep, 1 shallow" on a roomy map; "D2 S1" (the legend says which is which) on a small one.
std::string zoneLabel(const core::CohortZoneErrors& e, bool compact) {
    std::string text;
    const auto add = [&](int n, const char* word, const char* letter) {
        if (n <= 0) return;
        text += text.empty() ? "" : (compact ? " " : ", ");
        text += compact ? letter + std::to_string(n) : std::to_string(n) + " " + word;
    };
    add(e.tooDeep, "deep", "D");
    add(e.tooShallow, "shallow", "S");
    add(e.other, "other", "O");
    return text.empty() ? "ok" : text;
}

// Each judged zone in the hue of its most frequent error, stronger the more often it was misjudged.
FaceMapOverlay errorOverlay(const UiContext& ctx, const core::CohortErrorMap& map, bool compact) {
    FaceMapOverlay overlay;
    overlay.showFindings = false;
    overlay.selectable = false;
    overlay.emitSelect = false;
    overlay.selectedZone = std::string();
    const auto& zones = ctx.data.zones.zones();
    overlay.fill.assign(zones.size(), glm::vec4(0.0f));
    for (std::size_t i = 0; i < zones.size(); ++i) {
        const auto it = map.zones.find(zones[i].id);
        if (it == map.zones.end() || it->second.graded == 0) continue;
        const auto& e = it->second;
        overlay.labels[zones[i].id] = zoneLabel(e, compact);
        if (e.errors() == 0) continue;
        glm::vec4 hue = kOtherErrorHue;
        if (e.tooDeep >= e.tooShallow && e.tooDeep >= e.other) {
            hue = kTooDeepHue;
        } else if (e.tooShallow >= e.other) {
            hue = kTooShallowHue;
        }
        hue.a = 0.25f + 0.55f * static_cast<float>(e.errors()) / static_cast<float>(e.graded);
        overlay.fill[i] = hue;
    }
    return overlay;
}

void drawLegend(bool compact) {
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    bool first = true;
    const auto swatch = [&](const glm::vec4& c, const char* text) {
        const float width = ImGui::GetFontSize() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(text).x;
        // Beside the last one when it fits, else on the next line: never cut off.
        if (!first) ImGui::SameLine();
        if (!first && ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
        first = false;
        ImGui::ColorButton(text, {c.r, c.g, c.b, 1.0f}, ImGuiColorEditFlags_NoTooltip, {ImGui::GetFontSize(), ImGui::GetFontSize()});
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
        ui::label(text);
    };
    swatch(kTooDeepHue, compact ? "D: too deep" : "mostly too deep");
    swatch(kTooShallowHue, compact ? "S: too shallow" : "mostly too shallow");
    swatch(kOtherErrorHue, compact ? "O: other errors" : "mostly other errors");
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedColour);
    labelWrapped("Stronger shading: misjudged more often. Labels count the errors.");
    ImGui::PopStyleColor();
}

void drawErrorMap(UiContext& ctx, ItemAnalysisState& state, const core::CohortErrorMap& map) {
    labelColoured(kAccentColour, "Cohort error map");
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedColour);
    labelWrapped(formatted("%d answered case(s) judged on the map%s", map.casesCounted, map.casesWithoutZones > 0 ? (", " + std::to_string(map.casesWithoutZones) + " without zone verdicts").c_str() : ""));
    ImGui::PopStyleColor();
    ImVec2 size = ImGui::GetContentRegionAvail();
    const bool compact = size.x < ImGui::GetFontSize() * 30.0f || size.y < ImGui::GetFontSize() * 24.0f;
    // The legend below: one line of swatches (two when they wrap) and its note.
    size.y -= ImGui::GetTextLineHeightWithSpacing() * (size.x < ImGui::GetFontSize() * 30.0f ? 3.4f : 2.4f);
    drawFaceMap("cohortmap", ctx, state.map, errorOverlay(ctx, map, compact), size, 0);
    drawLegend(compact);
}

} // namespace item_analysis_panel_detail

void drawItemAnalysisPanel(UiContext& ctx, ItemAnalysisState& state) {
    namespace detail = item_analysis_panel_detail;
    const ItemAnalysisView* shown = ctx.itemAnalysis;
    const bool analysed = shown && !shown->exams.empty();
    // A narrow window (or a large UI scale) keeps the folder fields folded away once analysed, for room.
    const bool narrowWindow = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 55.0f;
    const bool showFields = !analysed || !narrowWindow || state.editFolder;
    labelColoured(kAccentColour, "Item analysis");
    if (showFields) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, kMutedColour);
        labelWrapped("For instructors: Moodle's statistics for every case and line item of a folder of signed exam results.");
        ImGui::PopStyleColor();
        const float labelWidth = ImGui::CalcTextSize("Trusted keys folder").x + ImGui::GetStyle().ItemInnerSpacing.x;
        // Both fields on one line when the window has room, else one under the other.
        const float share = ImGui::GetContentRegionAvail().x * (narrowWindow ? 1.0f : 0.5f);
        const float fieldWidth = std::max(ImGui::GetFontSize() * 6.0f, std::min(ImGui::GetFontSize() * 24.0f, share - labelWidth));
        ImGui::SetNextItemWidth(fieldWidth);
        ImGui::InputTextWithHint("Results folder", "the folder the result files were collected in", &state.dir);
        if (!narrowWindow) ImGui::SameLine();
        ImGui::SetNextItemWidth(fieldWidth);
        ImGui::InputTextWithHint("Trusted keys folder", "default: this install's key", &state.trustedKeys);
        if (state.dir.empty()) ImGui::BeginDisabled();
        if (button("Analyse")) {
            ctx.actions.push_back(act::AnalyseResults{state.dir, state.trustedKeys});
            state.editFolder = false;
        }
        if (state.dir.empty()) ImGui::EndDisabled();
    } else {
        ImGui::SameLine();
        if (button("Change folder")) state.editFolder = true;
    }
    ImGui::SameLine();
    if (button("Close")) ctx.actions.push_back(act::CloseItemAnalysis{});
    const ItemAnalysisView* view = ctx.itemAnalysis;
    if (!view) return;
    if (!view->status.empty()) {
        ImGui::SameLine();
        labelWrapped(view->status);
    }
    for (const auto& p : view->problems) labelColoured(kBadColour, p);
    if (view->exams.empty()) return;
    state.exam = std::clamp(state.exam, 0, static_cast<int>(view->exams.size()) - 1);
    if (view->exams.size() > 1) {
        for (int i = 0; i < static_cast<int>(view->exams.size()); ++i) {
            if (i > 0) ImGui::SameLine();
            if (radioButton(view->exams[static_cast<std::size_t>(i)].examId.c_str(), state.exam == i)) state.exam = i;
        }
    }
    const core::CohortItemAnalysis& exam = view->exams[static_cast<std::size_t>(state.exam)];
    ImGui::Separator();
    ui::label(formatted("Exam %s, %zu candidates.", exam.examId.c_str(), exam.caseMatrix.candidates.size()));
    // A narrow window (or a large UI scale) shows the table or the map, one at a time.
    const bool narrow = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 55.0f;
    if (!narrow && state.showMap) state.showMap = false;
    if (!narrow) ImGui::SameLine();
    if (radioButton("Cases", !state.lineItems && !state.showMap)) state.lineItems = state.showMap = false;
    ImGui::SameLine();
    if (radioButton("Line items", state.lineItems && !state.showMap)) {
        state.lineItems = true;
        state.showMap = false;
    }
    if (narrow) {
        ImGui::SameLine();
        if (radioButton("Error map", state.showMap)) state.showMap = true;
    }
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (!narrow || !state.showMap) {
        ImGui::BeginChild("itemtable", {narrow ? 0.0f : avail.x * 0.60f, avail.y}, false);
        if (state.lineItems) {
            detail::drawItemTable(exam.lineItemMatrix, exam.lineItems);
        } else {
            detail::drawItemTable(exam.caseMatrix, exam.cases);
        }
        ImGui::EndChild();
        if (narrow) return;
        ImGui::SameLine();
    }
    ImGui::BeginChild("cohortmap", {0.0f, avail.y}, false);
    detail::drawErrorMap(ctx, state, exam.errorMap);
    ImGui::EndChild();
}

} // namespace ui
