// DocumentEditor: one case or exam file open in the editor. It applies edit
// commands with undo/redo, re-validates with the same validator as
// `mntrainer validate` after every change, and saves atomically in the one
// layout the app writes (so unchanged files save back byte for byte).
#pragma once

#include "model/case_model.hpp"
#include "base/diagnostics.hpp"
#include "authoring/editor_commands.hpp"
#include "json/json_edit.hpp"
#include "model/reference_data.hpp"
#include "validation/validator.hpp"

#include <expected>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace core {

class DocumentEditor {
public:
    // Opens a case or exam file. Anything else (or unreadable JSON) is refused
    // with the reason, so the editor never half-loads a file.
    [[nodiscard]] static std::expected<DocumentEditor, core::Error> open(const std::filesystem::path& file, const ReferenceData& data);
    // A new, unsaved document that will be saved to `file`.
    DocumentEditor(Json root, std::filesystem::path file, const ReferenceData& data);
    // Unsaved edits rescued after a crash: the file as saved, with `root` on
    // top as one undoable change (or a new document if the file is gone).
    static DocumentEditor recover(const std::filesystem::path& file, Json root, const ReferenceData& data);

    [[nodiscard]] std::expected<void, core::Error> apply(const EditCommand& command);

    [[nodiscard]] const Json& root() const { return m_doc.root(); }
    [[nodiscard]] const Json* find(const std::string& pointer) const { return m_doc.find(pointer); }
    [[nodiscard]] std::string kind() const;
    [[nodiscard]] const std::filesystem::path& file() const { return m_file; }
    [[nodiscard]] bool isNew() const { return m_new; }
    [[nodiscard]] bool dirty() const { return m_new || m_doc.dirty(); }
    [[nodiscard]] bool canUndo() const { return m_doc.canUndo(); }
    [[nodiscard]] bool canRedo() const { return m_doc.canRedo(); }
    [[nodiscard]] unsigned revision() const { return m_doc.revision(); }

    // The case as read from the document (best effort: a draft with errors
    // still gives its client, findings and key for the map and panels).
    [[nodiscard]] const Case& preview() const { return m_preview; }
    // Every problem, located in the text that would be saved.
    [[nodiscard]] const Diagnostics& problems() const { return m_problems; }
    [[nodiscard]] bool hasErrors() const { return m_problems.hasErrors(); }

    // Other files' ids (id -> file) for the unique-id check, and the valid
    // cases an exam may use.
    void setContext(std::map<std::string, std::string> otherIds, CaseIndex playableCases);

    // Writes atomically. A document with errors is still saved (a draft);
    // the caller warns that it cannot be used in an exam.
    [[nodiscard]] std::expected<void, core::Error> save();
    // The text save() would write.
    [[nodiscard]] std::string text() const { return canonicalJsonText(m_doc.root()); }

private:
    EditableJson m_doc;
    std::filesystem::path m_file;
    const ReferenceData* m_data;
    bool m_new = true;
    Case m_preview;
    Diagnostics m_problems;
    std::map<std::string, std::string> m_otherIds;
    CaseIndex m_playable;

    void refresh();
};

// A lower-case id made from a title ("Rosacea, cheeks" -> "rosacea-cheeks"),
// made unique against `taken` by adding -2, -3...
std::string idFromTitle(const std::string& title, const std::map<std::string, std::string>& taken);

// A new case from a template or an existing case: new id and title, no
// "$schema" (the file will not sit beside the schema folder).
Json caseFromTemplate(const Json& source, const std::string& id, const std::string& title);

// A new exam file with sensible defaults.
Json newExam(const std::string& id, const std::string& title, const std::string& protocol);

} // namespace core
