// Library panel: emits OpenCase; everything else is display and filtering.
#include "ui/common/library_panel.hpp"

#include "ui/common/click_targets.hpp"
#include <imgui_stdlib.h>

#include "ui/authoring/authoring_dialogs.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace ui {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return s;
}

ImVec4 difficultyColour(core::Difficulty d) {
    switch (d) {
    case core::Difficulty::Beginner: return {0.42f, 0.75f, 0.55f, 1.0f};
    case core::Difficulty::Intermediate: return {0.93f, 0.72f, 0.35f, 1.0f};
    case core::Difficulty::Advanced: return {0.90f, 0.45f, 0.45f, 1.0f};
    }
    return {1, 1, 1, 1};
}

std::string indicationLabels(const core::Case& c, const core::Catalogue& catalogue) {
    std::string out;
    for (const auto& id : c.client.indications) {
        const auto* ind = catalogue.findIndication(id);
        out += (out.empty() ? "" : ", ") + (ind ? ind->label : id);
    }
    return out;
}

bool matches(const core::CaseEntry& e, const LibraryPanelState& state, const core::Catalogue& catalogue) {
    const std::string query = lower(state.search);
    if (!e.playable) return query.empty() || lower(e.title).find(query) != std::string::npos;
    const core::Case& c = *e.playable;
    if (state.difficulty > 0 && static_cast<int>(c.difficulty) != state.difficulty - 1) return false;
    if (state.indication > 0) {
        const auto& wanted = catalogue.indications[static_cast<std::size_t>(state.indication - 1)].id;
        if (std::find(c.client.indications.begin(), c.client.indications.end(), wanted) == c.client.indications.end()) return false;
    }
    if (query.empty()) return true;
    const std::string haystack = lower(c.title + " " + c.client.name + " " + c.client.concerns + " " + indicationLabels(c, catalogue) +
                                       " " + c.id);
    return haystack.find(query) != std::string::npos;
}

} // namespace

void drawLibraryPanel(UiContext& ctx, UiState& ui) {
    LibraryPanelState& state = ui.library;
    const bool authoring = ctx.editor != nullptr;
    const auto& catalogue = ctx.data.catalogue;
    int playable = 0;
    for (const auto& e : ctx.library.entries) playable += e.playable ? 1 : 0;

    ImGui::TextColored(kMutedColour, "%d cases, %d playable. Pick a client to start a consultation.",
                       static_cast<int>(ctx.library.entries.size()), playable);
    const float buttonsWidth = ImGui::CalcTextSize("Item analysis...").x + ImGui::CalcTextSize("Start an exam...").x +
                               ImGui::GetStyle().FramePadding.x * 4.0f + ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttonsWidth);
    if (button("Item analysis...")) ctx.actions.push_back(act::OpenItemAnalysis{});
    ImGui::SameLine();
    if (button("Start an exam...")) ctx.actions.push_back(act::OpenExamSetup{});
    if (authoring) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(kMutedColour, "Instructors:");
        ImGui::SameLine();
        drawAuthoringButtons(ctx, ui);
        drawAuthoringDialogs(ctx, ui);
    }
    for (const auto& p : ctx.library.folderProblems) ImGui::TextColored(kBadColour, "%s", p.c_str());

    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18.0f);
    ImGui::InputTextWithHint("##search", "Search title, client, concern...", &state.search);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    const char* difficulties[] = {"All levels", "Beginner", "Intermediate", "Advanced"};
    ImGui::Combo("##difficulty", &state.difficulty, difficulties, 4);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    const std::string current = state.indication == 0 ? "All indications" : catalogue.indications[static_cast<std::size_t>(state.indication - 1)].label;
    if (ImGui::BeginCombo("##indication", current.c_str())) {
        if (ImGui::Selectable("All indications", state.indication == 0)) state.indication = 0;
        for (std::size_t i = 0; i < catalogue.indications.size(); ++i) {
            if (!catalogue.indications[i].onFaceMap) continue;
            if (ImGui::Selectable(catalogue.indications[i].label.c_str(), state.indication == static_cast<int>(i) + 1)) {
                state.indication = static_cast<int>(i) + 1;
            }
        }
        ImGui::EndCombo();
    }
    ImGui::Spacing();

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("cases", authoring ? 5 : 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Case", ImGuiTableColumnFlags_WidthStretch, 3.2f);
    ImGui::TableSetupColumn("Level", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Indications", ImGuiTableColumnFlags_WidthStretch, 2.6f);
    ImGui::TableSetupColumn("Best", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    if (authoring) ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Edit  Copy").x + ImGui::GetStyle().FramePadding.x * 4.0f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < ctx.library.entries.size(); ++i) {
        const auto& entry = ctx.library.entries[i];
        if (!matches(entry, state, catalogue)) continue;
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(static_cast<int>(i));
        if (!entry.playable) ImGui::BeginDisabled();
        // AllowItemOverlap: the Edit and Copy buttons drawn over the row take their own clicks.
        if (ImGui::Selectable(entry.title.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap) && entry.playable) {
            ctx.actions.push_back(core::cmd::OpenCase{entry.playable->id});
        }
        if (!entry.playable) ImGui::EndDisabled();
        ImGui::PopID();
        if (entry.playable) {
            ImGui::TableSetColumnIndex(1);
            ImGui::TextColored(difficultyColour(entry.playable->difficulty), "%s", core::toString(entry.playable->difficulty).c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::TextWrapped("%s", indicationLabels(*entry.playable, catalogue).c_str());
            ImGui::TableSetColumnIndex(3);
            const auto best = ctx.bestScores.find(entry.playable->id);
            if (best != ctx.bestScores.end()) {
                ImGui::Text("%.0f", best->second);
            } else {
                ImGui::TextDisabled("-");
            }
        } else {
            ImGui::TableSetColumnIndex(1);
            ImGui::TextColored(kBadColour, "broken");
            ImGui::TableSetColumnIndex(2);
            ImGui::PushStyleColor(ImGuiCol_Text, kBadColour);
            ImGui::TextWrapped("%s", entry.problem.c_str());
            ImGui::PopStyleColor();
        }
        if (authoring) {
            ImGui::TableSetColumnIndex(4);
            ImGui::PushID(static_cast<int>(i));
            drawCaseRowButtons(ctx, ui, entry);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

} // namespace ui
