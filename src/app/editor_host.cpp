// Authoring: open, create, edit, save, close and play.
#include "app/editor_host.hpp"

#include "platform/atomic_file.hpp"
#include "platform/file_walk.hpp"

#include <algorithm>

namespace app {

EditorHost::EditorHost(AuthoringPaths paths, const core::ReferenceData& data) : m_paths(std::move(paths)), m_data(data) {}

void EditorHost::refreshContext(const core::CaseLibrary& library, const ui::EditorView& view) {
    if (!m_doc) return;
    std::error_code ec;
    const auto isThisFile = [&](const std::string& file) { return std::filesystem::equivalent(file, m_doc->file(), ec); };
    std::map<std::string, std::string> otherIds;
    core::CaseIndex playable;
    if (m_doc->kind() == "case") {
        for (const auto& e : library.entries) {
            if (!isThisFile(e.file) && !e.id.empty()) otherIds.emplace(e.id, e.file); // drafts hold their id too
        }
    } else {
        for (const auto& [file, title] : view.exams) {
            if (isThisFile(file)) continue;
            otherIds.emplace(std::filesystem::path(file).stem().string(), file);
        }
    }
    for (const auto& e : library.entries) {
        if (e.playable) playable.emplace(e.playable->id, *e.playable);
    }
    m_doc->setContext(std::move(otherIds), std::move(playable));
}

core::Status EditorHost::open(const std::filesystem::path& file, const core::CaseLibrary& library, const ui::EditorView& view) {
    auto doc = core::DocumentEditor::open(file, m_data);
    if (!doc) return std::unexpected(doc.error());
    m_playSession.reset();
    m_recoveredRevision = ~0u; // a new document: its first state is copied
    m_doc.emplace(std::move(*doc));
    refreshContext(library, view);
    return {};
}

core::Status EditorHost::newCase(const std::filesystem::path& source, const std::string& title, const core::CaseLibrary& library,
                                const ui::EditorView& view) {
    auto doc = core::JsonDocument::fromFile(source);
    if (!doc) return std::unexpected(doc.error());
    if (core::stringMember(doc->root(), "kind") != "case") return std::unexpected(core::Error(source.string() + " is not a case file"));
    // Ids and file names in use, drafts included, so the new file overwrites nothing.
    std::map<std::string, std::string> taken;
    for (const auto& e : library.entries) {
        if (!e.id.empty()) taken.emplace(e.id, e.file);
        taken.emplace(std::filesystem::path(e.file).stem().string(), e.file);
    }
    const std::string id = core::idFromTitle(title, taken);
    m_playSession.reset();
    m_recoveredRevision = ~0u; // a new document: its first state is copied
    m_doc.emplace(core::caseFromTemplate(doc->root(), id, title), m_paths.userCases / (id + ".json"), m_data);
    refreshContext(library, view);
    return {};
}

core::Status EditorHost::newExam(const std::string& title, const core::CaseLibrary& library, const ui::EditorView& view) {
    std::map<std::string, std::string> taken;
    for (const auto& [file, t] : view.exams) taken.emplace(std::filesystem::path(file).stem().string(), file);
    const std::string id = core::idFromTitle(title, taken);
    const std::string protocol = m_data.protocols.contains("clinic-standard") || m_data.protocols.empty() ? "clinic-standard"
                                                                                                      : m_data.protocols.begin()->first;
    m_playSession.reset();
    m_recoveredRevision = ~0u; // a new document: its first state is copied
    m_doc.emplace(core::newExam(id, title, protocol), m_paths.userExams / (id + ".json"), m_data);
    refreshContext(library, view);
    return {};
}

core::Status EditorHost::apply(const core::EditCommand& command) {
    if (!m_doc) return std::unexpected(core::Error("nothing is open in the editor"));
    if (auto result = m_doc->apply(command); !result) return std::unexpected(result.error());
    return {};
}

core::Status EditorHost::save(std::string& warning) {
    warning.clear();
    if (!m_doc) return std::unexpected(core::Error("nothing is open in the editor"));
    if (const auto saved = m_doc->save(); !saved) {
        return std::unexpected(core::Error("Could not save " + m_doc->file().string() + ": " + saved.error().summary() +
               ". Your changes are still open. If that folder is read-only, close without saving and use Copy on the library "
               "screen: copies are saved in your own folder."));
    }
    if (m_doc->hasErrors()) {
        warning = "Saved as a draft with " + std::to_string(m_doc->problems().errorCount()) +
                  " error(s): it cannot be played or used in an exam until they are fixed.";
    }
    return {};
}

void EditorHost::close() {
    m_playSession.reset();
    m_doc.reset();
    clearRecovery();
}

core::Status EditorHost::writeRecovery() {
    // Called every frame: does nothing until the document changes.
    if (!m_doc || m_doc->revision() == m_recoveredRevision) return {};
    m_recoveredRevision = m_doc->revision();
    if (!m_doc->dirty()) {
        removeRecoveryFile();
        return {};
    }
    const core::Json record = {{"file", m_doc->file().string()}, {"document", m_doc->root()}};
    auto written = core::writeFileAtomically(m_paths.recovery, record.dump(1) + "\n");
    m_recoveryWritten = written.has_value();
    return written;
}

void EditorHost::clearRecovery() {
    removeRecoveryFile();
    m_recoveredRevision = m_doc ? m_doc->revision() : ~0u;
}

void EditorHost::removeRecoveryFile() {
    if (!m_recoveryWritten) return;
    std::error_code ec;
    std::filesystem::remove(m_paths.recovery, ec);
    m_recoveryWritten = false;
}

std::string EditorHost::recover(const core::CaseLibrary& library, const ui::EditorView& view) {
    std::error_code ec;
    if (!std::filesystem::exists(m_paths.recovery, ec)) return {};
    auto doc = core::JsonDocument::fromFile(m_paths.recovery);
    const core::Json* root = doc ? &doc->root() : nullptr;
    if (!root || !root->is_object() || !root->contains("file") || !(*root)["file"].is_string() || !root->contains("document") ||
        !(*root)["document"].is_object()) {
        // Unreadable: set aside, never silently deleted.
        const auto aside = m_paths.recovery.string() + ".unreadable";
        std::filesystem::rename(m_paths.recovery, aside, ec);
        return "Unsaved editor changes from a crash could not be read; the file was kept as " + aside;
    }
    const std::filesystem::path file = (*root)["file"].get<std::string>();
    m_recoveredRevision = ~0u;
    m_doc.emplace(core::DocumentEditor::recover(file, (*root)["document"], m_data));
    m_recoveryWritten = true; // the copy stays until the edits are saved or discarded
    refreshContext(library, view);
    return "Unsaved changes to " + file.filename().string() + " were recovered after the trainer closed unexpectedly: save them, or undo to go back.";
}

core::Status EditorHost::play(core::SeedSource seeds) {
    if (!m_doc || m_doc->kind() != "case") return std::unexpected(core::Error("only a case can be played"));
    if (m_doc->hasErrors()) return std::unexpected(core::Error("Fix the case's errors first: a trainee cannot play a broken case."));
    m_playLibrary = {};
    core::CaseEntry entry;
    entry.file = m_doc->file().string();
    entry.title = m_doc->preview().title;
    entry.playable = m_doc->preview();
    m_playLibrary.entries.push_back(std::move(entry));
    m_playSession = std::make_unique<core::PracticeSession>(m_data, m_playLibrary, std::move(seeds));
    if (const auto opened = m_playSession->apply(core::cmd::OpenCase{m_doc->preview().id}); !opened) {
        m_playSession.reset();
        return std::unexpected(opened.error());
    }
    return {};
}

void EditorHost::stopPlaying() { m_playSession.reset(); }

std::vector<std::pair<std::string, std::string>> listDocuments(const std::vector<std::filesystem::path>& folders, const std::string& kind) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& folder : folders) {
        std::error_code ec;
        if (!std::filesystem::exists(folder, ec)) continue;
        for (const auto& file : core::collectJsonFiles({folder}).files) {
            auto doc = core::JsonDocument::fromFile(file);
            if (!doc || core::stringMember(doc->root(), "kind") != kind) continue;
            out.emplace_back(file.string(), core::stringMember(doc->root(), "title", file.stem().string()));
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return out;
}

} // namespace app
