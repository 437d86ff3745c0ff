// The case editor's "Skin" tab: the conditions drawn on the map. The author
// picks a kind and severity, clicks the map to place a layer (its zone is the
// zone clicked), and edits or removes the selected layer; core's skin layer
// edits do the work, each one undoable step.
#include "ui/authoring/case_editor_tabs.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/face_map_widget.hpp"

#include "terms/skin_layers.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace ui {
namespace skin_tab_detail {

// Kinds as the author reads them in the list.
std::string kindLabel(const std::string& name) {
    std::string label = name;
    std::replace(label.begin(), label.end(), '_', ' ');
    return label;
}

} // namespace skin_tab_detail

const char* skinMapHint(const EditorUiState& es) {
    return es.skinClickMoves && es.selectedSkin >= 0 ? "Click the map to move the selected skin layer there."
                                                     : "Click the map to place a skin layer of the kind chosen.";
}

void placeSkinLayer(UiContext& ctx, EditorUiState& es, glm::dvec2 point, core::MapView view) {
    if (!ctx.editor || !ctx.edits) return;
    const auto names = core::skinKindNames();
    if (es.skinClickMoves && es.selectedSkin >= 0) {
        ctx.edits->push_back(core::edit::MoveSkinLayer{es.selectedSkin, point, false});
        return;
    }
    const std::string& kind = names[static_cast<std::size_t>(std::clamp(es.skinKind, 0, static_cast<int>(names.size()) - 1))];
    ctx.edits->push_back(core::edit::AddSkinLayer{kind, point, view, std::round(es.skinSeverity * 100.0) / 100.0});
    es.selectedSkin = static_cast<int>(ctx.editor->doc->preview().skin.size());
}

void drawSkinLayersTab(FieldContext& f, const UiContext& ctx) {
    using skin_tab_detail::kindLabel;
    const auto names = core::skinKindNames();
    EditorUiState& es = f.state;
    es.skinKind = std::clamp(es.skinKind, 0, static_cast<int>(names.size()) - 1);
    labelWrapped("Conditions drawn on the client's skin. Choose a kind and severity, then click the map to place it; "
                       "it is drawn only inside the zone clicked.");
    ImGui::AlignTextToFramePadding();
    ui::label("Next layer");
    ImGui::SameLine(fieldLabelWidth());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    if (ImGui::BeginCombo("##skinkind", kindLabel(names[static_cast<std::size_t>(es.skinKind)]).c_str())) {
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (ImGui::Selectable(kindLabel(names[i]).c_str(), static_cast<int>(i) == es.skinKind)) es.skinKind = static_cast<int>(i);
        }
        ImGui::EndCombo();
    }
    ImGui::AlignTextToFramePadding();
    ui::label("Severity");
    ImGui::SameLine(fieldLabelWidth());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    float severity = static_cast<float>(es.skinSeverity);
    if (ImGui::SliderFloat("##skinsev", &severity, 0.0f, 1.0f, "%.2f")) es.skinSeverity = severity;
    ImGui::Checkbox("Map clicks move the selected layer", &es.skinClickMoves);
    ImGui::Separator();

    const core::Json* skin = f.doc.find("/skin");
    const std::size_t n = skin && skin->is_array() ? skin->size() : 0;
    if (n == 0) labelMuted("No skin layers yet: the skin is clear.");
    for (std::size_t i = 0; i < n; ++i) {
        const core::Json& item = (*skin)[i];
        placedItemRow(f, ctx, "/skin", i, kindLabel(core::stringMember(item, "kind", "?")), es.selectedSkin);
    }
    const int sel = es.selectedSkin;
    if (sel < 0 || static_cast<std::size_t>(sel) >= n) return;
    ImGui::Separator();
    const std::string p = at("/skin", static_cast<std::size_t>(sel));
    labelColoured(kAccentColour, formatted("Skin layer %d", sel + 1));
    Options kinds;
    for (const auto& name : names) kinds.emplace_back(name, kindLabel(name));
    choiceField(f, "Kind", p + "/kind", kinds);
    placedZoneReadout(f, ctx, p);
    numberField(f, "Severity (0-1)", p + "/severity", 0.0, 1.0, 0.05, "%.2f");
    const bool placed = f.doc.find(p + "/position") != nullptr;
    bool whole = !placed;
    if (ImGui::Checkbox("Whole zone (spots sit at its centre)", &whole)) f.edits.push_back(core::edit::SkinLayerCover{sel, whole});
    if (placed) numberField(f, "Size (radius)", p + "/radius", core::kMinSkinRadius, core::kMaxSkinRadius, 0.005, "%.3f");
    textField(f, "What is seen", p + "/seen", true, "e.g. patchy brown pigment on both cheeks");
    if (button("Remove this layer")) {
        f.edits.push_back(core::edit::RemoveSkinLayer{sel});
        es.selectedSkin = -1;
    }
}

} // namespace ui
