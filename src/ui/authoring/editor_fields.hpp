// Form fields bound to a JSON pointer of the document being edited. Each reads
// its value from the document and emits edit commands; none changes anything.
// A field whose pointer is the editor's focus target scrolls into view, takes
// the keyboard focus and is outlined (a click in the problem list does this).
#pragma once

#include "ui/common/ui_context.hpp"

#include "authoring/document_editor.hpp"

#include <string>
#include <utility>
#include <vector>

namespace ui {

struct FieldContext {
    const core::DocumentEditor& doc;
    ActionQueue& edits;
    EditorUiState& state;
};

// Label column width used by every form row.
float fieldLabelWidth();

void textField(FieldContext& f, const char* label, const std::string& pointer, bool multiline = false, const char* hint = "");
void intField(FieldContext& f, const char* label, const std::string& pointer, int min, int max);
void numberField(FieldContext& f, const char* label, const std::string& pointer, double min, double max, double step, const char* format);
void boolField(FieldContext& f, const char* label, const std::string& pointer);
// A choice among named values; `allowNone` adds "(not set)", which removes the field.
void choiceField(FieldContext& f, const char* label, const std::string& pointer, const std::vector<std::pair<std::string, std::string>>& options,
                 bool allowNone = false);
// [min, max] integers.
void intRangeField(FieldContext& f, const char* label, const std::string& pointer, int min, int max);
// A list of free-text lines with add and remove.
void stringListField(FieldContext& f, const char* label, const std::string& pointer, const char* addHint);
// Ids from a catalogue, ticked on or off (the list keeps its order; new ids go last).
// With removeWhenEmpty, unticking the last one removes the field.
void idSetField(FieldContext& f, const char* label, const std::string& pointer, const std::vector<std::pair<std::string, std::string>>& options,
                int columns = 2, bool removeWhenEmpty = false);

// True once when the focus target is `pointer` or lies inside it; used by
// composite rows (a zone, a finding) to select themselves.
bool focusIsWithin(const EditorUiState& state, const std::string& pointer);
// Draws the "problems here" marker after a field when diagnostics point at it.
void problemMarker(const core::DocumentEditor& doc, const std::string& pointer);

} // namespace ui
