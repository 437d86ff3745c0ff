// Authoring screen composition.
#include "ui/authoring/editor_screen.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/fitted_widgets.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/authoring/case_editor_panel.hpp"
#include "ui/authoring/exam_builder_panel.hpp"
#include "ui/common/modal.hpp"

#include <imgui_internal.h> // ClearActiveID: ImGui 1.86 has no public way to let go of a field

#include <filesystem>
#include <utility>

namespace ui {
namespace {

bool ctrlPressed(int keyIndex) { return keyIndex >= 0 && ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(keyIndex, false); }
bool ctrlNamedPressed(ImGuiKey key) { return ctrlPressed(ImGui::GetKeyIndex(key)); }

void shortcuts(UiContext& ctx) {
    // While a text field is active it has its own undo; the document's waits.
    const bool typing = ImGui::GetIO().WantTextInput;
    if (ctrlPressed(ctx.editor->saveKeyIndex)) ctx.actions.push_back(act::EditorSave{});
    if (typing) return;
    const ImGuiIO& io = ImGui::GetIO();
    // Like the toolbar buttons, the keys do nothing when there is nothing to undo or redo.
    const core::DocumentEditor& doc = *ctx.editor->doc;
    const bool redo = (ctrlNamedPressed(ImGuiKey_Z) && io.KeyShift) || ctrlNamedPressed(ImGuiKey_Y);
    const bool undo = ctrlNamedPressed(ImGuiKey_Z) && !io.KeyShift;
    if (undo && doc.canUndo()) ctx.edits->push_back(core::edit::Undo{});
    if (redo && doc.canRedo()) ctx.edits->push_back(core::edit::Redo{});
}

void drawToolbar(UiContext& ctx) {
    const core::DocumentEditor& doc = *ctx.editor->doc;
    const bool isCase = doc.kind() == "case";
    labelColoured(kAccentColour, isCase ? "Case editor" : "Exam builder");
    ImGui::SameLine();
    labelMuted("/");
    ImGui::SameLine();
    // The file name and its state share what is left of the line, shortened if need be.
    const char* state = !doc.dirty() ? "" : (doc.isNew() ? "(new, not saved)" : "(unsaved changes)");
    const float stateWidth = state[0] ? ImGui::CalcTextSize(state).x + ImGui::GetStyle().ItemSpacing.x : 0.0f;
    fittedLabel(ImGui::GetStyleColorVec4(ImGuiCol_Text), doc.file().filename().string(),
                ImGui::GetWindowContentRegionMax().x - ImGui::GetCursorPosX() - stateWidth);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", doc.file().string().c_str());
    if (state[0]) {
        ImGui::SameLine();
        labelColoured(kWarnColour, state);
    }
    // When the window is narrow for the scale the keys move into tooltips,
    // and what still does not fit wraps onto a second line.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float fullWidth = buttonWidth("Save  (Ctrl+S)") + buttonWidth("Undo  (Ctrl+Z)") + buttonWidth("Redo  (Ctrl+Y)") +
                            buttonWidth("Play this case") + buttonWidth("Close") + spacing * 4.0f;
    const bool keysShown = fullWidth <= ImGui::GetContentRegionAvail().x;
    const char* save = keysShown ? "Save  (Ctrl+S)" : "Save";
    const char* undo = keysShown ? "Undo  (Ctrl+Z)" : "Undo";
    const char* redo = keysShown ? "Redo  (Ctrl+Y)" : "Redo";
    if (button(save)) ctx.actions.push_back(act::EditorSave{});
    if (!keysShown && ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+S");
    sameLineIfFits(buttonWidth(undo));
    if (!doc.canUndo()) ImGui::BeginDisabled();
    if (button(undo)) ctx.edits->push_back(core::edit::Undo{});
    if (!keysShown && ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+Z");
    if (!doc.canUndo()) ImGui::EndDisabled();
    sameLineIfFits(buttonWidth(redo));
    if (!doc.canRedo()) ImGui::BeginDisabled();
    if (button(redo)) ctx.edits->push_back(core::edit::Redo{});
    if (!keysShown && ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+Y or Ctrl+Shift+Z");
    if (!doc.canRedo()) ImGui::EndDisabled();
    if (isCase) {
        sameLineIfFits(buttonWidth("Play this case"));
        const bool blocked = doc.hasErrors();
        if (blocked) ImGui::BeginDisabled();
        if (button("Play this case")) ctx.actions.push_back(act::EditorPlay{});
        if (blocked) ImGui::EndDisabled();
        if (blocked && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Fix the errors first: a trainee cannot play a broken case.");
    }
    sameLineIfFits(buttonWidth("Close"));
    if (button("Close")) ctx.actions.push_back(act::EditorClose{});
    if (!ctx.editor->status.empty()) {
        sameLineIfFits(ImGui::CalcTextSize(ctx.editor->status.c_str()).x);
        labelWrapped(kMutedColour, ctx.editor->status);
    }
    ImGui::Separator();
}

// What a document with errors is on disk: a file never saved is not a draft yet.
std::string draftMessage(const core::DocumentEditor& doc) {
    if (doc.kind() != "case") return doc.isNew() ? "Not saved yet. It can be saved, but not sat until fixed." : "It can be saved, but not sat until fixed.";
    if (doc.isNew()) return "Not saved yet. Saved with errors it is a draft: it cannot be played or used in an exam until fixed.";
    if (doc.dirty()) return "Changes not saved. Saved with errors it stays a draft: it cannot be played or used in an exam until fixed.";
    return "Saved as a draft: it cannot be played or used in an exam until fixed.";
}

void drawProblems(UiContext& ctx, UiState& state, ImVec2 size) {
    const core::DocumentEditor& doc = *ctx.editor->doc;
    ImGui::BeginChild("problems", size, true);
    const int errors = doc.problems().errorCount();
    const int warnings = doc.problems().warningCount();
    if (errors == 0 && warnings == 0) {
        labelColoured(kGoodColour, formatted("No problems: this %s is valid.", doc.kind().c_str()));
    } else {
        labelColoured(errors ? kBadColour : kWarnColour, formatted("%d error(s), %d warning(s)", errors, warnings));
        if (errors) labelWrapped(kMutedColour, draftMessage(doc));
    }
    labelMuted("Click a problem to go to its field.");
    int index = 0;
    for (const auto& d : doc.problems().items()) {
        ImGui::PushID(index++);
        const bool error = d.severity == core::Severity::Error;
        const std::string where = (d.pointer.empty() ? std::string("(whole file)") : d.pointer) + (d.line > 0 ? "  line " + std::to_string(d.line) : "");
        ImGui::PushStyleColor(ImGuiCol_Text, error ? kBadColour : kWarnColour);
        const bool clicked = ImGui::Selectable(error ? "error" : "warning", false, 0, {ImGui::GetFontSize() * 4.0f, 0.0f});
        ImGui::PopStyleColor();
        ImGui::SameLine();
        labelColoured(kMutedColour, where);
        ImGui::SameLine();
        labelWrapped(d.message);
        if (clicked) jumpToPointer(state.editor, doc.kind(), d.pointer);
        ImGui::PopID();
    }
    ImGui::EndChild();
}

void drawClosePrompt(UiContext& ctx, UiState& state) {
    if (!beginRequestedModal("Unsaved changes", state.editor.confirmClose)) return;
    ui::label(formatted("\"%s\" has changes that are not saved.", ctx.editor->doc->file().filename().string().c_str()));
    if (button("Save and close")) {
        ctx.actions.push_back(act::EditorSave{});
        ctx.actions.push_back(act::EditorClose{});
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button("Close without saving")) {
        ctx.actions.push_back(act::EditorDiscard{});
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button("Keep editing") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        ctx.actions.push_back(act::EditorKeep{});
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace

void jumpToPointer(EditorUiState& state, const std::string& kind, const std::string& pointer) {
    state.focusPointer = pointer;
    state.highlightPointer.clear();
    state.focusFrames = 4;
    if (kind == "case") {
        state.tab = tabForPointer(pointer);
        state.switchTab = true;
    }
}

void drawEditorScreen(UiContext& ctx, UiState& state) {
    if (std::exchange(state.editor.dropFocus, false)) ImGui::ClearActiveID();
    shortcuts(ctx);
    drawToolbar(ctx);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // The problem list takes the room it needs, up to a quarter of the screen.
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float needed = line * 2.2f + ImGui::GetFrameHeightWithSpacing() * static_cast<float>(ctx.editor->doc->problems().items().size()) +
                         ImGui::GetStyle().WindowPadding.y * 2.0f;
    const float problemsHeight = std::clamp(needed, line * 3.0f, std::max(avail.y * 0.25f, line * 3.0f));
    const ImVec2 body{avail.x, avail.y - problemsHeight - ImGui::GetStyle().ItemSpacing.y};
    if (ctx.editor->doc->kind() == "case") {
        drawCaseEditor(ctx, state, body);
    } else {
        drawExamBuilder(ctx, state, body);
    }
    drawProblems(ctx, state, {avail.x, problemsHeight});
    drawClosePrompt(ctx, state);
    // A jump target not drawn within a few frames (say, a whole-file problem) is dropped.
    if (!state.editor.focusPointer.empty() && --state.editor.focusFrames <= 0) state.editor.focusPointer.clear();
}

} // namespace ui
