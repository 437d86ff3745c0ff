// The case editor's tabs, one function each. They draw pointer-bound fields
// and emit edit commands; the layout around them is in case_editor_panel.
#pragma once

#include "ui/authoring/editor_fields.hpp"

namespace ui {

using Options = std::vector<std::pair<std::string, std::string>>;

void drawCaseTab(FieldContext& f, const UiContext& ctx);
void drawClientTab(FieldContext& f, const UiContext& ctx);
void drawFindingsTab(FieldContext& f, const UiContext& ctx);
void drawScreeningKeyTab(FieldContext& f, const UiContext& ctx);
void drawDecisionTab(FieldContext& f, const UiContext& ctx);
void drawPlanKeyTab(FieldContext& f, const UiContext& ctx);
void drawAftercareTab(FieldContext& f, const UiContext& ctx);
void drawSourcesTab(FieldContext& f, const UiContext& ctx);
void drawSkinLayersTab(FieldContext& f, const UiContext& ctx); // skin_layers_tab.cpp
// A map click on the Skin tab: adds a layer of the chosen kind there, or
// moves the selected one; and the hint above the map that says which.
void placeSkinLayer(UiContext& ctx, EditorUiState& es, glm::dvec2 point, core::MapView view);
const char* skinMapHint(const EditorUiState& es);

// Choices lists built from the vocabulary and the catalogue.
Options zoneOptions(const UiContext& ctx, bool includeNoGo);
template <typename E> Options namesOf(const core::Choices<E>& choices) {
    Options out;
    for (const auto& [name, value] : choices) out.emplace_back(name, name);
    return out;
}

// "/a/b" + 3 -> "/a/b/3"
inline std::string at(const std::string& pointer, std::size_t index) { return pointer + "/" + std::to_string(index); }

// Things placed on the map (findings, skin layers): one numbered row of the
// list at `listPointer` ("2.  Wart  (Chin)"), selected when clicked or when the
// editor's focus is inside it; its problems are marked.
void placedItemRow(FieldContext& f, const UiContext& ctx, const std::string& listPointer, std::size_t index, const std::string& what, int& selected);
// The zone a placed item at `pointer` sits in, read only (it follows the
// marker), with the problems of its zone and position.
void placedZoneReadout(FieldContext& f, const UiContext& ctx, const std::string& pointer);

} // namespace ui
