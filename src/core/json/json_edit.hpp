// EditableJson: a JSON document the editors change through JSON pointers,
// with undo/redo and a saved-state marker. Key order is kept (ordered_json),
// and canonicalJsonText is the one layout the app writes, so a file the app
// wrote loads and saves back byte for byte.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"

#include <cstddef>
#include <expected>
#include <string>
#include <vector>

namespace core {

// Two-space indent, UTF-8 kept as is, one trailing newline.
std::string canonicalJsonText(const Json& root);

class EditableJson {
public:
    explicit EditableJson(Json root = Json::object());

    [[nodiscard]] const Json& root() const { return m_root; }
    // The value at pointer, or nullptr when absent (or the pointer is malformed).
    [[nodiscard]] const Json* find(const std::string& pointer) const;

    // Replaces or adds the value at pointer; the parent must exist. With
    // `coalesce`, a run of sets to the same pointer (typing, dragging) is one
    // undo step until seal() is called.
    [[nodiscard]] std::expected<void, core::Error> set(const std::string& pointer, Json value, bool coalesce = false);
    [[nodiscard]] std::expected<void, core::Error> remove(const std::string& pointer);
    // Inserts into the array at arrayPointer; index < 0 appends.
    [[nodiscard]] std::expected<void, core::Error> insert(const std::string& arrayPointer, int index, Json value);
    // Several changes as one undo step: each is tried on a copy first, so a
    // failure part-way leaves the document as it was.
    // A non-empty coalesceKey folds a run of transactions with that key (a
    // drag) into one step, like set's coalesce.
    [[nodiscard]] std::expected<void, core::Error> transaction(const std::vector<std::pair<std::string, Json>>& sets,
                                                 const std::vector<std::string>& removals = {},
                                                 const std::string& coalesceKey = {});

    // Replaces the whole document as one undo step (crash recovery).
    void replaceAll(Json root);

    // Ends a coalescing run (the widget lost focus, the drag ended).
    void seal() { m_coalescePointer.clear(); }
    bool undo();
    bool redo();
    [[nodiscard]] bool canUndo() const { return !m_undo.empty(); }
    [[nodiscard]] bool canRedo() const { return !m_redo.empty(); }

    // Changed since load or the last markSaved (undoing back counts as clean).
    [[nodiscard]] bool dirty() const { return m_root != m_saved; }
    void markSaved() { m_saved = m_root; }
    // Bumped on every change, undo and redo.
    [[nodiscard]] unsigned revision() const { return m_revision; }

    // Undo history is capped; the oldest steps go first.
    static constexpr std::size_t kMaxUndoSteps = 500;

private:
    Json m_root;
    Json m_saved;
    std::vector<Json> m_undo;
    std::vector<Json> m_redo;
    std::string m_coalescePointer;
    unsigned m_revision = 0;

    void commit(Json before, const std::string& coalescePointer);
    bool step(std::vector<Json>& from, std::vector<Json>& to);
};

// Applies one set/remove to a JSON value in place (no history); used by
// EditableJson and for building documents.
[[nodiscard]] std::expected<void, core::Error> setAtPointer(Json& root, const std::string& pointer, Json value);
[[nodiscard]] std::expected<void, core::Error> removeAtPointer(Json& root, const std::string& pointer);

} // namespace core
