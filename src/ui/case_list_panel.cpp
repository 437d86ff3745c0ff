// Case library panel (read-only view of the loaded library).
#include "case_list_panel.hpp"

#include <imgui.h>

#include <string>

namespace ui {
namespace {

std::string indicationLabels(const core::Case& c, const core::Catalogue& catalogue) {
    std::string out;
    for (const auto& id : c.client.indications) {
        const auto* ind = catalogue.findIndication(id);
        if (!out.empty()) out += ", ";
        out += ind ? ind->label : id;
    }
    return out;
}

ImVec4 difficultyColour(core::Difficulty d) {
    switch (d) {
    case core::Difficulty::Beginner: return {0.42f, 0.75f, 0.55f, 1.0f};
    case core::Difficulty::Intermediate: return {0.93f, 0.72f, 0.35f, 1.0f};
    case core::Difficulty::Advanced: return {0.90f, 0.45f, 0.45f, 1.0f};
    }
    return {1, 1, 1, 1};
}

} // namespace

void drawCaseListPanel(const core::CaseLibrary& library, const core::Catalogue& catalogue, CaseListPanelState& state) {
    int playable = 0;
    for (const auto& e : library.entries) playable += e.playable ? 1 : 0;
    ImGui::Text("%d cases, %d playable", static_cast<int>(library.entries.size()), playable);
    for (const auto& p : library.folderProblems) ImGui::TextColored({0.95f, 0.5f, 0.4f, 1.0f}, "%s", p.c_str());
    ImGui::Spacing();

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("cases", 3, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Case", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Difficulty", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Indications", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableHeadersRow();
    for (int i = 0; i < static_cast<int>(library.entries.size()); ++i) {
        const auto& entry = library.entries[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(i);
        if (!entry.playable) ImGui::BeginDisabled();
        if (ImGui::Selectable(entry.title.c_str(), state.selected == i, ImGuiSelectableFlags_SpanAllColumns)) {
            state.selected = i;
        }
        if (!entry.playable) ImGui::EndDisabled();
        ImGui::PopID();
        ImGui::TableSetColumnIndex(1);
        if (entry.playable) {
            const auto d = entry.playable->difficulty;
            ImGui::TextColored(difficultyColour(d), "%s", core::toString(d).c_str());
        } else {
            ImGui::TextColored({0.95f, 0.5f, 0.4f, 1.0f}, "not playable");
        }
        ImGui::TableSetColumnIndex(2);
        if (entry.playable) {
            ImGui::TextWrapped("%s", indicationLabels(*entry.playable, catalogue).c_str());
        } else {
            ImGui::TextWrapped("%s", entry.problem.c_str());
        }
    }
    ImGui::EndTable();
}

} // namespace ui
