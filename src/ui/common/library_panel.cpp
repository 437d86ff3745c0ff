// Library panel: emits OpenCase and PractiseVariant; everything else is display and filtering.
#include "ui/common/library_panel.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/layout_facts.hpp"
#include <imgui_stdlib.h>

#include "ui/authoring/authoring_dialogs.hpp"
#include "ui/progress/practise_next_bar.hpp"

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

// The best score as core labels it: a failed best is marked, with core's reason.
void drawBestScore(const UiContext& ctx, const std::string& caseId) {
    const auto best = ctx.bestScores.find(caseId);
    if (best == ctx.bestScores.end()) {
        labelMuted("-");
        return;
    }
    if (best->second.passed) {
        ui::label(best->second.label());
        return;
    }
    labelColoured(kBadColour, best->second.label());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", best->second.failReason().c_str());
}

// Below this width (in ems) the table drops its level and indication columns.
constexpr float kCompactBelowEms = 40.0f;

// The row's title, wrapped at the column (long titles stay whole), over a
// selectable spanning the row; compact rows add the level and indications
// (or what is broken) below it in the muted colour.
void drawCaseTitleCell(UiContext& ctx, const core::CaseEntry& entry, bool compact) {
    const float wrap = ImGui::GetContentRegionAvail().x;
    std::string detail;
    if (compact) {
        detail = entry.playable ? core::toString(entry.playable->difficulty) + " - " + indicationLabels(*entry.playable, ctx.data.catalogue)
                                : "broken: " + entry.problem;
    }
    const ImVec2 titleSize = ImGui::CalcTextSize(entry.title.c_str(), nullptr, false, wrap);
    const ImVec2 detailSize = detail.empty() ? ImVec2{0.0f, 0.0f} : ImGui::CalcTextSize(detail.c_str(), nullptr, false, wrap);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (!entry.playable) ImGui::BeginDisabled();
    // AllowItemOverlap: the Practise, Edit and Copy buttons drawn over the row take their own clicks.
    if (ImGui::Selectable("##row", false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                          {0.0f, titleSize.y + detailSize.y}) &&
        entry.playable) {
        ctx.actions.push_back(core::cmd::OpenCase{entry.playable->id});
    }
    if (!entry.playable) ImGui::EndDisabled();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 titleColour = ImGui::GetColorU32(entry.playable ? ImGuiCol_Text : ImGuiCol_TextDisabled);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, titleColour, entry.title.c_str(), nullptr, wrap);
    if (!detail.empty()) {
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), {at.x, at.y + titleSize.y}, ImGui::GetColorU32(entry.playable ? kMutedColour : kBadColour),
                      detail.c_str(), nullptr, wrap);
    }
}

// Each playable row's own way in, besides clicking the row; a case that
// allows variation also offers a new seeded variant of itself.
void drawPractiseButtons(UiContext& ctx, const core::CaseEntry& entry) {
    if (!entry.playable) return;
    if (smallButton(("Practise##" + entry.playable->id).c_str())) ctx.actions.push_back(core::cmd::OpenCase{entry.playable->id});
    if (!entry.playable->vary.any()) return;
    ImGui::SameLine();
    if (smallButton(("Variant##" + entry.playable->id).c_str())) ctx.actions.push_back(act::PractiseVariant{entry.playable->id, std::nullopt});
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("A new client made from this case: a new name, age, face, timing or finding places, as the case allows. "
                          "The title shows the seed, so the same client can be made again.");
    }
}

} // namespace

void drawLibraryPanel(UiContext& ctx, UiState& ui) {
    LibraryPanelState& state = ui.library;
    const bool authoring = ctx.editor != nullptr;
    const auto& catalogue = ctx.data.catalogue;
    int playable = 0;
    for (const auto& e : ctx.library.entries) playable += e.playable ? 1 : 0;

    labelColoured(kMutedColour, std::to_string(ctx.library.entries.size()) + " cases, " + std::to_string(playable) +
                                    " playable. Practise one to start a consultation.");
    const float buttonsWidth = ImGui::CalcTextSize("Item analysis...").x + ImGui::CalcTextSize("Start an exam...").x +
                               ImGui::GetStyle().FramePadding.x * 4.0f + ImGui::GetStyle().ItemSpacing.x;
    const float progressWidth = ctx.progress ? ImGui::CalcTextSize("My progress").x + ImGui::GetStyle().FramePadding.x * 2.0f + ImGui::GetStyle().ItemSpacing.x : 0.0f;
    // Right-aligned beside the count; on their own line when they would cover it (a large UI scale).
    const float buttonsLeft = ImGui::GetWindowContentRegionMax().x - buttonsWidth - progressWidth;
    if (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetStyle().ItemSpacing.x <= buttonsLeft) {
        ImGui::SameLine(buttonsLeft);
    } else {
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), buttonsLeft));
    }
    if (ctx.progress) {
        if (button("My progress")) ctx.actions.push_back(act::OpenProgress{});
        ImGui::SameLine();
    }
    if (button("Item analysis...")) ctx.actions.push_back(act::OpenItemAnalysis{});
    ImGui::SameLine();
    if (button("Start an exam...")) ctx.actions.push_back(act::OpenExamSetup{});
    if (ctx.progress) drawPractiseNext(ctx, *ctx.progress, ui);
    if (authoring) {
        ImGui::AlignTextToFramePadding();
        labelColoured(kMutedColour, "Instructors:");
        ImGui::SameLine();
        drawAuthoringButtons(ctx, ui);
        drawAuthoringDialogs(ctx, ui);
    }
    for (const auto& p : ctx.library.folderProblems) labelColoured(kBadColour, p);

    // The three filters share the row: their widths shrink together when the
    // window is narrow for the scale (18 : 9 : 14 ems at most).
    const float filterEms = 18.0f + 9.0f + 14.0f;
    const float filterRoom = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x * 2.0f;
    const float em = std::min(ImGui::GetFontSize(), filterRoom / filterEms);
    ImGui::SetNextItemWidth(em * 18.0f);
    ImGui::InputTextWithHint("##search", "Search title, client, concern...", &state.search);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 9.0f);
    const char* difficulties[] = {"All levels", "Beginner", "Intermediate", "Advanced"};
    ImGui::Combo("##difficulty", &state.difficulty, difficulties, 4);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 14.0f);
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
    // Narrow for the scale (1280 wide at 200%): level and indications move
    // under the title instead of squeezing into columns of a word or two.
    const bool compact = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * kCompactBelowEms;
    const int columns = (compact ? 3 : 5) + (authoring ? 1 : 0);
    if (!ImGui::BeginTable("cases", columns, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Case", ImGuiTableColumnFlags_WidthStretch, 3.2f);
    if (!compact) {
        // Fitted to its widest level every frame (no width given: a given one
        // is kept from the table's first frame, at whatever scale that was).
        ImGui::TableSetupColumn("Level", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Indications", ImGuiTableColumnFlags_WidthStretch, 2.6f);
    }
    ImGui::TableSetupColumn("Best", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("100 FAIL").x);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Practise").x + ImGui::CalcTextSize("Variant").x +
                                                                   ImGui::GetStyle().FramePadding.x * 4.0f + ImGui::GetStyle().ItemSpacing.x);
    if (authoring) ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Edit").x + ImGui::CalcTextSize("Copy").x + ImGui::GetStyle().FramePadding.x * 4.0f + ImGui::GetStyle().ItemSpacing.x);
    ImGui::TableHeadersRow();
    const int bestColumn = compact ? 1 : 3;
    for (std::size_t i = 0; i < ctx.library.entries.size(); ++i) {
        const auto& entry = ctx.library.entries[i];
        if (!matches(entry, state, catalogue)) continue;
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(static_cast<int>(i));
        drawCaseTitleCell(ctx, entry, compact);
        ImGui::PopID();
        if (entry.playable) {
            if (!compact) {
                ImGui::TableSetColumnIndex(1);
                labelColoured(difficultyColour(entry.playable->difficulty), core::toString(entry.playable->difficulty));
                ImGui::TableSetColumnIndex(2);
                labelWrapped(ImGui::GetStyleColorVec4(ImGuiCol_Text), indicationLabels(*entry.playable, catalogue));
            }
            ImGui::TableSetColumnIndex(bestColumn);
            drawBestScore(ctx, entry.playable->id);
            ImGui::TableSetColumnIndex(bestColumn + 1);
            drawPractiseButtons(ctx, entry);
        } else if (!compact) {
            ImGui::TableSetColumnIndex(1);
            labelColoured(kBadColour, "broken");
            ImGui::TableSetColumnIndex(2);
            labelWrapped(kBadColour, entry.problem);
        }
        if (authoring) {
            ImGui::TableSetColumnIndex(bestColumn + 2);
            ImGui::PushID(static_cast<int>(i));
            drawCaseRowButtons(ctx, ui, entry);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

} // namespace ui
