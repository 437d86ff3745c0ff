// New case, duplicate, new and edit exam dialogs.
#include "ui/authoring/authoring_dialogs.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/modal.hpp"

#include <imgui_stdlib.h>

#include <cstring>

namespace ui {
namespace {

void setTitle(EditorUiState& s, const std::string& title) {
    s.title = title;
}

bool titleInput(EditorUiState& s) {
    ui::label("Title");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 26.0f);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool enter = ImGui::InputText("##title", &s.title, ImGuiInputTextFlags_EnterReturnsTrue);
    labelMuted("The file name and id are made from the title; both can be changed later.");
    return enter;
}

bool cancelled() { return button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)); }

// Create (enabled when ready; Enter in the title counts) and Cancel. True when
// Create was chosen; either closes the popup.
bool createOrCancel(bool ready, bool enter) {
    bool create = false;
    if (!ready) ImGui::BeginDisabled();
    if (button("Create") || (enter && ready)) {
        create = true;
        ImGui::CloseCurrentPopup();
    }
    if (!ready) ImGui::EndDisabled();
    ImGui::SameLine();
    if (cancelled()) ImGui::CloseCurrentPopup();
    return create;
}

void drawNewCaseDialog(UiContext& ctx, EditorUiState& s) {
    if (!beginRequestedModal("New case", s.newCaseOpen)) return;
    std::string source;
    if (s.duplicateFile.empty()) {
        ui::label("Start from");
        const auto& templates = ctx.editor->templates;
        for (std::size_t i = 0; i < templates.size(); ++i) {
            if (ImGui::RadioButton(templates[i].second.c_str(), s.sourceIndex == static_cast<int>(i))) s.sourceIndex = static_cast<int>(i);
        }
        if (templates.empty()) labelColoured(kBadColour, "No templates found in cases/templates/: use Duplicate on a case instead.");
        if (s.sourceIndex >= 0 && static_cast<std::size_t>(s.sourceIndex) < templates.size()) source = templates[static_cast<std::size_t>(s.sourceIndex)].first;
    } else {
        ui::label(formatted("A copy of %s", std::filesystem::path(s.duplicateFile).filename().string().c_str()));
        source = s.duplicateFile;
    }
    const bool enter = titleInput(s);
    if (createOrCancel(!source.empty() && !s.title.empty(), enter)) {
        ctx.actions.push_back(act::NewCase{source, s.title});
    }
    ImGui::EndPopup();
}

void drawNewExamDialog(UiContext& ctx, EditorUiState& s) {
    if (!beginRequestedModal("New exam", s.newExamOpen)) return;
    const bool enter = titleInput(s);
    if (createOrCancel(!s.title.empty(), enter)) {
        ctx.actions.push_back(act::NewExam{s.title});
    }
    ImGui::EndPopup();
}

void drawEditExamDialog(UiContext& ctx, EditorUiState& s) {
    if (!beginRequestedModal("Edit an exam", s.editExamOpen)) return;
    for (const auto& [file, title] : ctx.editor->exams) {
        if (ImGui::Selectable(title.c_str())) {
            ctx.actions.push_back(act::EditFile{file});
            ImGui::CloseCurrentPopup();
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", file.c_str());
    }
    if (ctx.editor->exams.empty()) labelMuted("No exams yet.");
    if (cancelled()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace

void drawAuthoringButtons(UiContext& ctx, UiState& state) {
    (void)ctx;
    EditorUiState& s = state.editor;
    if (button("New case...")) {
        s.duplicateFile.clear();
        s.sourceIndex = 0;
        setTitle(s, "");
        s.newCaseOpen = true;
    }
    ImGui::SameLine();
    if (button("New exam...")) {
        setTitle(s, "");
        s.newExamOpen = true;
    }
    ImGui::SameLine();
    if (button("Edit an exam...")) s.editExamOpen = true;
}

void drawCaseRowButtons(UiContext& ctx, UiState& state, const core::CaseEntry& entry) {
    if (smallButton("Edit")) ctx.actions.push_back(act::EditFile{entry.file});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Edit %s", entry.file.c_str());
    ImGui::SameLine();
    if (smallButton("Copy")) {
        state.editor.duplicateFile = entry.file;
        setTitle(state.editor, "Copy of " + entry.title);
        state.editor.newCaseOpen = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Start a new case from a copy of this one");
}

void drawAuthoringDialogs(UiContext& ctx, UiState& state) {
    drawNewCaseDialog(ctx, state.editor);
    drawNewExamDialog(ctx, state.editor);
    drawEditExamDialog(ctx, state.editor);
}

} // namespace ui
