// App: the authoring commands and requests (editor, exam builder, play).
#include "app/app.hpp"

#include "ui/authoring/editor_screen.hpp"

namespace app {

std::vector<std::filesystem::path> App::caseFolders() const {
    std::vector<std::filesystem::path> folders{m_paths.casesDir};
    std::error_code ec;
    // The user's own cases, once the first one has been saved.
    if (std::filesystem::is_directory(m_paths.userData / "cases", ec)) folders.push_back(m_paths.userData / "cases");
    return folders;
}

void App::reloadLibrary() {
    if (!m_data) return;
    m_library = core::loadCaseLibrary(caseFolders(), *m_data);
    listExamsAndPlayable();
}

void App::listExamsAndPlayable() {
    m_examView.exams = m_editorView.exams = listDocuments({m_paths.dataRoot / "cases" / "exams", m_paths.userData / "exams"}, "exam");
    m_editorView.playable.clear();
    for (const auto& e : m_library.entries) {
        if (e.playable) m_editorView.playable.emplace_back(e.playable->id, e.playable->title);
    }
    if (m_editor) m_editor->refreshContext(m_library, m_editorView);
}

core::Status App::prepareToAuthor() {
    if (!m_editor) return std::unexpected(core::Error("the trainer's data is not loaded, so nothing can be edited"));
    if (m_editor->dirty()) return std::unexpected(core::Error("save or close the open document first"));
    reloadLibrary(); // new files of the user's show up in lists and id checks
    m_ui.editor = {};
    m_editorView.status.clear();
    return {};
}

core::Status App::editFile(const std::filesystem::path& file) {
    if (auto allowed = sittingAllows(core::ActionScope::Authoring); !allowed) return allowed; // scripts call these directly
    if (auto e = prepareToAuthor(); !e) return e;
    return m_editor->open(file, m_library, m_editorView);
}

core::Status App::editById(const std::string& id) {
    if (auto allowed = sittingAllows(core::ActionScope::Authoring); !allowed) return allowed; // scripts call these directly
    for (const auto& e : m_library.entries) {
        if (e.id == id || (e.id.empty() && std::filesystem::path(e.file).stem() == id)) return editFile(e.file);
    }
    for (const auto& [file, title] : m_editorView.exams) {
        if (std::filesystem::path(file).stem() == id) return editFile(file);
    }
    return std::unexpected(core::Error("no case or exam \"" + id + "\" to edit"));
}

core::Status App::newCase(const std::string& sourceId, const std::string& title) {
    if (auto allowed = sittingAllows(core::ActionScope::Authoring); !allowed) return allowed; // scripts call these directly
    if (auto e = prepareToAuthor(); !e) return e;
    std::filesystem::path source;
    for (const auto& [file, t] : m_editorView.templates) {
        if (std::filesystem::path(file).stem() == sourceId || file == sourceId) source = file;
    }
    for (const auto& e : m_library.entries) {
        if (source.empty() && ((e.playable && e.id == sourceId) || e.file == sourceId)) source = e.file;
    }
    if (source.empty()) return std::unexpected(core::Error("no template or case \"" + sourceId + "\" to start from"));
    return m_editor->newCase(source, title, m_library, m_editorView);
}

core::Status App::newExam(const std::string& title) {
    if (auto allowed = sittingAllows(core::ActionScope::Authoring); !allowed) return allowed; // scripts call these directly
    if (auto e = prepareToAuthor(); !e) return e;
    return m_editor->newExam(title, m_library, m_editorView);
}

core::Status App::applyEdit(const core::EditCommand& command) {
    if (!m_editor) return std::unexpected(core::Error("nothing is open in the editor"));
    return m_editor->apply(command);
}

void App::afterScriptEdit() {
    m_ui.editor.dropFocus = true;
    if (!m_editor) return;
    if (auto copied = m_editor->writeRecovery(); !copied) m_editorView.status = "Crash copy not written: " + copied.error().summary();
}

core::Status App::saveEdit() {
    if (auto allowed = sittingAllows(core::ActionScope::Authoring); !allowed) return allowed; // scripts call these directly
    if (!m_editor || !m_editor->editing()) return std::unexpected(core::Error("nothing is open in the editor"));
    std::string warning;
    if (auto e = m_editor->save(warning); !e) return e;
    m_editorView.status = warning.empty() ? "Saved " + m_editor->document()->file().string() : warning;
    m_editor->clearRecovery();
    reloadLibrary(); // the library, exam lists and id checks see the new file
    return {};
}

core::Status App::closeEditor(bool discard) {
    if (!m_editor || !m_editor->editing()) return std::unexpected(core::Error("nothing is open in the editor"));
    if (m_editor->dirty() && !discard) {
        m_ui.editor.confirmClose = true;
        return {};
    }
    m_editor->close();
    m_ui.editor = {};
    m_editorView.status.clear();
    if (m_quitAfterClose) m_quitRequested = true;
    return {};
}

core::Status App::playEdited() {
    if (!m_editor) return std::unexpected(core::Error("nothing is open in the editor"));
    if (auto e = m_editor->play(m_seeds); !e) return e;
    if (!m_renderer) createRenderer();
    return {};
}

core::Status App::backToEditor() {
    if (!m_editor || !m_editor->playing()) return std::unexpected(core::Error("no case is being played from the editor"));
    m_editor->stopPlaying();
    return {};
}

void App::jumpToProblem(int index) {
    const core::DocumentEditor* doc = m_editor ? m_editor->document() : nullptr;
    if (!doc || index < 0 || index >= static_cast<int>(doc->problems().items().size())) return;
    ui::jumpToPointer(m_ui.editor, doc->kind(), doc->problems().items()[static_cast<std::size_t>(index)].pointer);
}

bool App::allowQuit() {
    if (core::closeRuleFor(sittingPhase()) == core::CloseRule::NeedsProctor && !m_proctorClosed) {
        // The window only asks; core's close rule decides that the proctor must answer.
        m_ui.closePrompt.request = true;
        return false;
    }
    if (!m_editor || !m_editor->dirty()) return true;
    m_quitAfterClose = true;
    m_ui.editor.confirmClose = true;
    return false;
}

core::Status App::applyAuthoringAction(const ui::AppAction& action) {
    namespace act = ui::act;
    if (const auto* open = std::get_if<act::EditFile>(&action)) return editFile(open->file);
    if (const auto* create = std::get_if<act::NewCase>(&action)) return newCase(create->sourceFile, create->title);
    if (const auto* create = std::get_if<act::NewExam>(&action)) return newExam(create->title);
    if (std::holds_alternative<act::EditorSave>(action)) return saveEdit();
    if (std::holds_alternative<act::EditorPlay>(action)) return playEdited();
    if (std::holds_alternative<act::EditorBack>(action)) return backToEditor();
    if (std::holds_alternative<act::EditorDiscard>(action)) return closeEditor(true);
    if (std::holds_alternative<act::EditorClose>(action)) return closeEditor(false);
    if (std::holds_alternative<act::EditorKeep>(action)) m_quitAfterClose = false;
    return {};
}

} // namespace app
