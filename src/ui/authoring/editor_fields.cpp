// Pointer-bound form fields.
#include "ui/authoring/editor_fields.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/common/fitted_widgets.hpp"
#include "ui/common/layout_facts.hpp"
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace ui {
namespace {

bool inputString(const char* id, std::string& text, bool multiline, const char* hint, float width = -1.0f) {
    if (multiline) {
        // Tall enough for the text as it would wrap, plus room to grow.
        const float wrap = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().FramePadding.x * 2.0f;
        const float textHeight = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y;
        const float h = std::max(textHeight, ImGui::GetTextLineHeight() * 3.0f) + ImGui::GetTextLineHeight() * 2.0f +
                        ImGui::GetStyle().FramePadding.y * 2.0f;
        return ImGui::InputTextMultiline(id, &text, {-1.0f, h}, ImGuiInputTextFlags_NoHorizontalScroll);
    }
    ImGui::SetNextItemWidth(width);
    return ImGui::InputTextWithHint(id, hint, &text);
}

// Label in the left column, the widget fills the rest.
void rowLabel(const char* label) {
    ImGui::AlignTextToFramePadding();
    ui::label(label);
    ImGui::SameLine(fieldLabelWidth());
}

// Scroll to, focus and outline the widget about to be drawn, if it is the target.
// Returns whether the field should be outlined (it was the last jump's target).
bool takeFocus(FieldContext& f, const std::string& pointer) {
    if (!f.state.focusPointer.empty() && f.state.focusPointer == pointer) {
        ImGui::SetScrollHereY(0.3f);
        ImGui::SetKeyboardFocusHere();
        f.state.focusPointer.clear();
        f.state.highlightPointer = pointer;
    }
    return f.state.highlightPointer == pointer;
}

void outlineIfFocused(bool focused) {
    if (!focused) return;
    ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetColorU32(kWarnColour), 3.0f, 0, 2.0f);
}

void afterEdit(FieldContext& f) {
    if (ImGui::IsItemDeactivatedAfterEdit()) f.edits.push_back(core::edit::Seal{});
}

std::string displayString(const core::Json* value) {
    if (!value || value->is_null()) return {};
    if (value->is_string()) return value->get<std::string>();
    return value->dump();
}

} // namespace

float fieldLabelWidth() { return ImGui::GetFontSize() * 10.0f; }

bool focusIsWithin(const EditorUiState& state, const std::string& pointer) {
    const std::string& p = state.focusPointer;
    return !p.empty() && (p == pointer || (p.size() > pointer.size() && p.compare(0, pointer.size(), pointer) == 0 && p[pointer.size()] == '/'));
}

void problemMarker(const core::DocumentEditor& doc, const std::string& pointer) {
    for (const auto& d : doc.problems().items()) {
        if (d.pointer != pointer) continue;
        ImGui::SameLine();
        const bool error = d.severity == core::Severity::Error;
        labelColoured(error ? kBadColour : kWarnColour, error ? "(!)" : "(?)");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", d.message.c_str());
        return;
    }
}

namespace {

// A long text shown wrapped in a frame; clicking it (or Enter on it) starts editing.
void wrappedTextView(FieldContext& f, const std::string& pointer, const std::string& text) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = std::max(ImGui::GetContentRegionAvail().x, 50.0f);
    const float wrap = width - style.FramePadding.x * 2.0f;
    const char* shown = text.empty() ? "(empty: click to write)" : text.c_str();
    const ImVec2 size = ImGui::CalcTextSize(shown, nullptr, false, wrap);
    const float height = std::max(size.y, ImGui::GetTextLineHeight() * 2.0f) + style.FramePadding.y * 2.0f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton("##view", {width, height})) {
        f.state.editingText = pointer;
        f.state.editingTextFocused = false;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, {p.x + width, p.y + height}, ImGui::GetColorU32(ImGui::IsItemHovered() ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                      style.FrameRounding);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), {p.x + style.FramePadding.x, p.y + style.FramePadding.y},
                ImGui::GetColorU32(text.empty() ? ImGuiCol_TextDisabled : ImGuiCol_Text), shown, nullptr, wrap);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Click to edit");
}

} // namespace

void textField(FieldContext& f, const char* label, const std::string& pointer, bool multiline, const char* hint) {
    ImGui::PushID(pointer.c_str());
    const core::Json* value = f.doc.find(pointer);
    std::string text = displayString(value);
    text.reserve(text.size() + 16);
    if (multiline) {
        ui::label(label);
        problemMarker(f.doc, pointer);
        // A jump to this field opens it for editing.
        if (f.state.focusPointer == pointer) {
            f.state.editingText = pointer;
            f.state.editingTextFocused = false;
        }
        if (f.state.editingText != pointer) {
            wrappedTextView(f, pointer, text);
            outlineIfFocused(f.state.highlightPointer == pointer);
            ImGui::PopID();
            return;
        }
    } else {
        rowLabel(label);
        ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 2.0f);
    }
    bool focused = takeFocus(f, pointer);
    if (multiline && !f.state.editingTextFocused) {
        ImGui::SetKeyboardFocusHere();
        f.state.editingTextFocused = true;
    }
    if (inputString("##v", text, multiline, hint)) f.edits.push_back(core::edit::Set{pointer, text, true});
    outlineIfFocused(focused);
    afterEdit(f);
    if (multiline && ImGui::IsItemDeactivated()) f.state.editingText.clear();
    if (!multiline) problemMarker(f.doc, pointer);
    ImGui::PopID();
}

void intField(FieldContext& f, const char* label, const std::string& pointer, int min, int max) {
    ImGui::PushID(pointer.c_str());
    const core::Json* value = f.doc.find(pointer);
    rowLabel(label);
    const bool isNumber = value && value->is_number();
    int v = isNumber ? static_cast<int>(std::lround(value->get<double>())) : min;
    const bool focused = takeFocus(f, pointer);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::InputInt("##v", &v, 1, 5)) f.edits.push_back(core::edit::Set{pointer, std::clamp(v, min, max), true});
    outlineIfFocused(focused);
    afterEdit(f);
    if (value && !isNumber) {
        ImGui::SameLine();
        labelColoured(kBadColour, formatted("was \"%s\"", displayString(value).c_str()));
    }
    problemMarker(f.doc, pointer);
    ImGui::PopID();
}

void numberField(FieldContext& f, const char* label, const std::string& pointer, double min, double max, double step, const char* format) {
    ImGui::PushID(pointer.c_str());
    const core::Json* value = f.doc.find(pointer);
    rowLabel(label);
    double v = value && value->is_number() ? value->get<double>() : min;
    const bool focused = takeFocus(f, pointer);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::InputDouble("##v", &v, step, step * 4.0, format)) {
        // Rounded to the step so files hold 0.25, not 0.25000000001.
        const double rounded = std::round(std::clamp(v, min, max) / step) * step;
        f.edits.push_back(core::edit::Set{pointer, std::round(rounded * 1000.0) / 1000.0, true});
    }
    outlineIfFocused(focused);
    afterEdit(f);
    problemMarker(f.doc, pointer);
    ImGui::PopID();
}

void boolField(FieldContext& f, const char* label, const std::string& pointer) {
    ImGui::PushID(pointer.c_str());
    const core::Json* value = f.doc.find(pointer);
    bool v = value && value->is_boolean() && value->get<bool>();
    const bool focused = takeFocus(f, pointer);
    if (ImGui::Checkbox(label, &v)) f.edits.push_back(core::edit::Set{pointer, v});
    outlineIfFocused(focused);
    problemMarker(f.doc, pointer);
    ImGui::PopID();
}

void choiceField(FieldContext& f, const char* label, const std::string& pointer, const std::vector<std::pair<std::string, std::string>>& options,
                 bool allowNone) {
    ImGui::PushID(pointer.c_str());
    const core::Json* value = f.doc.find(pointer);
    const std::string current = displayString(value);
    std::string shown = allowNone ? "(not set)" : "(choose)";
    for (const auto& [id, name] : options) {
        if (id == current) shown = name;
    }
    if (!current.empty() && shown.front() == '(') shown = current + " (unknown)";
    rowLabel(label);
    const bool focused = takeFocus(f, pointer);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    if (ImGui::BeginCombo("##v", shown.c_str())) {
        if (allowNone && ImGui::Selectable("(not set)", current.empty()) && value) f.edits.push_back(core::edit::Remove{pointer});
        for (const auto& [id, name] : options) {
            if (ImGui::Selectable(name.c_str(), id == current)) f.edits.push_back(core::edit::Set{pointer, id});
        }
        ImGui::EndCombo();
    }
    outlineIfFocused(focused);
    problemMarker(f.doc, pointer);
    ImGui::PopID();
}

void intRangeField(FieldContext& f, const char* label, const std::string& pointer, int min, int max) {
    ImGui::PushID(pointer.c_str());
    const core::Json* value = f.doc.find(pointer);
    int v[2] = {min, min};
    if (value && value->is_array() && value->size() == 2 && (*value)[0].is_number() && (*value)[1].is_number()) {
        v[0] = static_cast<int>(std::lround((*value)[0].get<double>()));
        v[1] = static_cast<int>(std::lround((*value)[1].get<double>()));
    }
    rowLabel(label);
    const bool focused = takeFocus(f, pointer);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    if (ImGui::DragInt2("##v", v, 0.1f, min, max, "%d", ImGuiSliderFlags_AlwaysClamp)) {
        f.edits.push_back(core::edit::Set{pointer, core::Json::array({std::clamp(v[0], min, max), std::clamp(v[1], min, max)}), true});
    }
    outlineIfFocused(focused);
    afterEdit(f);
    sameLineIfFits(ImGui::CalcTextSize("min - max").x); // below the field when a narrow panel has no room beside it
    labelMuted("min - max");
    problemMarker(f.doc, pointer);
    ImGui::PopID();
}

void stringListField(FieldContext& f, const char* label, const std::string& pointer, const char* addHint) {
    ImGui::PushID(pointer.c_str());
    const core::Json* value = f.doc.find(pointer);
    ui::label(label);
    problemMarker(f.doc, pointer);
    const std::size_t n = value && value->is_array() ? value->size() : 0;
    ImGui::Indent();
    for (std::size_t i = 0; i < n; ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string item = pointer + "/" + std::to_string(i);
        std::string text = displayString(&(*value)[i]);
        text.reserve(text.size() + 16);
        const bool focused = takeFocus(f, item);
        // Room for the remove button beside the field at any UI scale.
        const float removeWidth = ImGui::CalcTextSize("x").x + ImGui::GetStyle().FramePadding.x * 2.0f + ImGui::GetStyle().ItemSpacing.x;
        if (inputString("##item", text, false, "", -removeWidth)) f.edits.push_back(core::edit::Set{item, text, true});
        outlineIfFocused(focused);
        afterEdit(f);
        ImGui::SameLine();
        if (smallButton("x")) f.edits.push_back(core::edit::Remove{item});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this line");
        ImGui::PopID();
    }
    if (smallButton(addHint)) {
        f.edits.push_back(core::edit::Append{pointer, ""});
    }
    ImGui::Unindent();
    ImGui::PopID();
}

void idSetField(FieldContext& f, const char* label, const std::string& pointer, const std::vector<std::pair<std::string, std::string>>& options,
                int columns, bool removeWhenEmpty) {
    ImGui::PushID(pointer.c_str());
    const core::Json* value = f.doc.find(pointer);
    if (label[0] != '\0') labelWrapped(ImGui::GetStyleColorVec4(ImGuiCol_Text), label);
    problemMarker(f.doc, pointer);
    const bool jumped = focusIsWithin(f.state, pointer);
    if (jumped) {
        f.state.focusPointer.clear();
        f.state.highlightPointer = pointer;
    }
    const bool focused = takeFocus(f, pointer);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    // Fewer columns when the panel is narrow for the scale: each keeps 12 ems, so words stay whole.
    columns = std::clamp(static_cast<int>(ImGui::GetContentRegionAvail().x / (ImGui::GetFontSize() * 12.0f)), 1, columns);
    if (ImGui::BeginTable("ids", columns)) {
        for (const auto& [id, name] : options) {
            ImGui::TableNextColumn();
            bool on = value && value->is_array() && std::find(value->begin(), value->end(), core::Json(id)) != value->end();
            // Wrapped, not cut: aftercare labels are whole sentences and the columns are narrow.
            if (checkbox((name + "##" + id).c_str(), &on)) f.edits.push_back(core::edit::ToggleListItem{pointer, id, removeWhenEmpty});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n(%s)", name.c_str(), id.c_str());
        }
        ImGui::EndTable();
    }
    if (jumped) ImGui::SetScrollFromPosY(start.y - ImGui::GetWindowPos().y, 0.2f);
    if (focused) {
        ImGui::GetWindowDrawList()->AddRect(start, {start.x + ImGui::GetContentRegionAvail().x, ImGui::GetCursorScreenPos().y},
                                            ImGui::GetColorU32(kWarnColour), 3.0f, 0, 2.0f);
    }
    // Ids in the file that the catalogue does not know stay visible, so they can be removed.
    if (value && value->is_array()) {
        for (std::size_t i = 0; i < value->size(); ++i) {
            const std::string id = displayString(&(*value)[i]);
            const bool known = std::any_of(options.begin(), options.end(), [&](const auto& o) { return o.first == id; });
            if (known) continue;
            ImGui::PushID(static_cast<int>(i));
            labelColoured(kBadColour, formatted("unknown id \"%s\"", id.c_str()));
            ImGui::SameLine();
            if (smallButton("remove")) f.edits.push_back(core::edit::Remove{pointer + "/" + std::to_string(i)});
            ImGui::PopID();
        }
    }
    ImGui::PopID();
}

} // namespace ui
