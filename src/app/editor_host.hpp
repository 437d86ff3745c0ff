// EditorHost: the app's side of authoring. It owns the document being edited,
// decides where new files go (the XDG data folder), saves atomically, and runs
// "Play this case" in a session of its own, so the trainee's history,
// autosave and the editor's state are never mixed up.
#pragma once

#include "validation/case_library.hpp"
#include "authoring/document_editor.hpp"
#include "practice/practice_session.hpp"
#include "model/reference_data.hpp"
#include "ui/common/ui_context.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace app {

struct AuthoringPaths {
    std::filesystem::path templates;  // bundled case templates
    std::filesystem::path userCases;  // where new cases are saved
    std::filesystem::path userExams;  // where new exams are saved
    std::filesystem::path recovery;   // unsaved edits, kept in case of a crash
};

class EditorHost {
public:
    EditorHost(AuthoringPaths paths, const core::ReferenceData& data);

    // Every call returns "" or what went wrong, in words for an error popup.
    [[nodiscard]] core::Status open(const std::filesystem::path& file, const core::CaseLibrary& library, const ui::EditorView& view);
    // A new case from a template or case file, saved later to userCases/<id>.json.
    [[nodiscard]] core::Status newCase(const std::filesystem::path& source, const std::string& title, const core::CaseLibrary& library, const ui::EditorView& view);
    [[nodiscard]] core::Status newExam(const std::string& title, const core::CaseLibrary& library, const ui::EditorView& view);
    [[nodiscard]] core::Status apply(const core::EditCommand& command);
    // Saves; a document with errors is saved as a draft and `warning` says so.
    [[nodiscard]] core::Status save(std::string& warning);
    void close();
    [[nodiscard]] core::Status play(core::SeedSource seeds); // the app's visit seeds, as in practice
    void stopPlaying();

    [[nodiscard]] bool editing() const { return m_doc.has_value(); }
    [[nodiscard]] bool dirty() const { return m_doc && m_doc->dirty(); }
    [[nodiscard]] bool playing() const { return m_playSession != nullptr; }
    [[nodiscard]] const core::DocumentEditor* document() const { return m_doc ? &*m_doc : nullptr; }
    [[nodiscard]] core::PracticeSession* playSession() { return m_playSession.get(); }
    [[nodiscard]] const core::PracticeSession* playSession() const { return m_playSession.get(); }
    [[nodiscard]] const AuthoringPaths& paths() const { return m_paths; }

    // Crash safety: after each change the unsaved document is written (atomically)
    // to paths().recovery; saving or closing removes it.
    [[nodiscard]] core::Status writeRecovery();
    void clearRecovery();
    // Reopens rescued edits, if any; returns a message for the warning bar ("" if none).
    std::string recover(const core::CaseLibrary& library, const ui::EditorView& view);

    // Other files' ids and the valid cases, for the unique-id and exam checks.
    void refreshContext(const core::CaseLibrary& library, const ui::EditorView& view);

private:
    AuthoringPaths m_paths;
    const core::ReferenceData& m_data;
    std::optional<core::DocumentEditor> m_doc;
    core::CaseLibrary m_playLibrary;
    std::unique_ptr<core::PracticeSession> m_playSession;
    unsigned m_recoveredRevision = ~0u; // the revision last copied (or found clean)
    bool m_recoveryWritten = false;     // a crash copy exists on disk
    void removeRecoveryFile();
};

// (file, title) of every file of a kind (case, exam) in the folders that
// exist, sorted by title.
std::vector<std::pair<std::string, std::string>> listDocuments(const std::vector<std::filesystem::path>& folders, const std::string& kind);

} // namespace app
