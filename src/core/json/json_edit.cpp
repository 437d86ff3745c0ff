// Pointer edits with snapshot undo: case and exam files are a few kilobytes,
// so whole-document snapshots are simpler and safer than inverse operations.
#include "json/json_edit.hpp"

#include <utility>

namespace core {
namespace {

struct ParsedPointer {
    Json::json_pointer parent;
    std::string last; // final reference token
};

std::expected<ParsedPointer, core::Error> parsePointer(const std::string& pointer) {
    if (pointer.empty()) return std::unexpected(std::string("the whole document cannot be replaced or removed"));
    try {
        Json::json_pointer p(pointer);
        ParsedPointer parsed{p.parent_pointer(), p.back()};
        return parsed;
    } catch (const std::exception&) {
        return std::unexpected("\"" + pointer + "\" is not a JSON pointer (it must start with '/')");
    }
}

std::expected<std::size_t, core::Error> arrayIndex(const std::string& token, std::size_t size, bool allowEnd) {
    if (token == "-" && allowEnd) return size;
    if (token.empty() || token.size() > 9 || token.find_first_not_of("0123456789") != std::string::npos || (token.size() > 1 && token[0] == '0')) {
        return std::unexpected("\"" + token + "\" is not an array index");
    }
    const std::size_t i = std::stoul(token);
    if (i > size || (i == size && !allowEnd)) return std::unexpected("index " + token + " is past the end of the list (" + std::to_string(size) + " items)");
    return i;
}

Json* findMutable(Json& root, const Json::json_pointer& p) {
    try {
        if (!root.contains(p)) return nullptr;
        return &root.at(p);
    } catch (const std::exception&) {
        return nullptr;
    }
}

} // namespace

std::string canonicalJsonText(const Json& root) {
    // Invalid UTF-8 cannot get in (JsonDocument checks it), but a replacement
    // policy keeps dump() from throwing if a caller builds a bad string.
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::expected<void, core::Error> setAtPointer(Json& root, const std::string& pointer, Json value) {
    auto parsed = parsePointer(pointer);
    if (!parsed) return std::unexpected(parsed.error());
    Json* parent = findMutable(root, parsed->parent);
    if (!parent) return std::unexpected(pointer + ": its parent " + parsed->parent.to_string() + " does not exist");
    if (parent->is_object()) {
        (*parent)[parsed->last] = std::move(value); // an existing key keeps its place
        return {};
    }
    if (parent->is_array()) {
        auto i = arrayIndex(parsed->last, parent->size(), true);
        if (!i) return std::unexpected(pointer + ": " + i.error().summary());
        if (*i == parent->size()) {
            parent->push_back(std::move(value));
        } else {
            (*parent)[*i] = std::move(value);
        }
        return {};
    }
    return std::unexpected(pointer + ": " + parsed->parent.to_string() + " is not an object or a list");
}

std::expected<void, core::Error> removeAtPointer(Json& root, const std::string& pointer) {
    auto parsed = parsePointer(pointer);
    if (!parsed) return std::unexpected(parsed.error());
    Json* parent = findMutable(root, parsed->parent);
    if (!parent) return std::unexpected(pointer + " does not exist");
    if (parent->is_object()) {
        if (parent->erase(parsed->last) == 0) return std::unexpected(pointer + " does not exist");
        return {};
    }
    if (parent->is_array()) {
        auto i = arrayIndex(parsed->last, parent->size(), false);
        if (!i) return std::unexpected(pointer + ": " + i.error().summary());
        parent->erase(parent->begin() + static_cast<std::ptrdiff_t>(*i));
        return {};
    }
    return std::unexpected(pointer + " does not exist");
}

EditableJson::EditableJson(Json root) : m_root(std::move(root)), m_saved(m_root) {}

const Json* EditableJson::find(const std::string& pointer) const {
    if (pointer.empty()) return &m_root;
    try {
        const Json::json_pointer p(pointer);
        if (!m_root.contains(p)) return nullptr;
        return &m_root.at(p);
    } catch (const std::exception&) {
        return nullptr;
    }
}

void EditableJson::commit(Json before, const std::string& coalescePointer) {
    ++m_revision;
    m_redo.clear();
    // A continuing run of edits to one field folds into the step that began it.
    if (!coalescePointer.empty() && coalescePointer == m_coalescePointer && !m_undo.empty()) return;
    m_coalescePointer = coalescePointer;
    m_undo.push_back(std::move(before));
    if (m_undo.size() > kMaxUndoSteps) m_undo.erase(m_undo.begin());
}

std::expected<void, core::Error> EditableJson::set(const std::string& pointer, Json value, bool coalesce) {
    if (const Json* current = find(pointer); current && *current == value) return {}; // no change, no undo step
    Json before = m_root;
    if (auto r = setAtPointer(m_root, pointer, std::move(value)); !r) return r;
    commit(std::move(before), coalesce ? pointer : std::string());
    return {};
}

std::expected<void, core::Error> EditableJson::remove(const std::string& pointer) {
    Json before = m_root;
    if (auto r = removeAtPointer(m_root, pointer); !r) return r;
    commit(std::move(before), {});
    return {};
}

std::expected<void, core::Error> EditableJson::insert(const std::string& arrayPointer, int index, Json value) {
    const Json* array = find(arrayPointer);
    if (!array || !array->is_array()) return std::unexpected(arrayPointer + " is not a list");
    if (index > static_cast<int>(array->size())) return std::unexpected(arrayPointer + ": index " + std::to_string(index) + " is past the end of the list");
    Json before = m_root;
    Json* target = findMutable(m_root, Json::json_pointer(arrayPointer));
    if (index < 0) {
        target->push_back(std::move(value));
    } else {
        target->insert(target->begin() + index, std::move(value));
    }
    commit(std::move(before), {});
    return {};
}

std::expected<void, core::Error> EditableJson::transaction(const std::vector<std::pair<std::string, Json>>& sets,
                                                           const std::vector<std::string>& removals,
                                                           const std::string& coalesceKey) {
    Json next = m_root;
    for (const auto& [pointer, value] : sets) {
        if (auto r = setAtPointer(next, pointer, value); !r) return r;
    }
    for (const auto& pointer : removals) {
        if (auto r = removeAtPointer(next, pointer); !r) return r;
    }
    if (next == m_root) return {};
    Json before = std::exchange(m_root, std::move(next));
    commit(std::move(before), coalesceKey);
    return {};
}

void EditableJson::replaceAll(Json root) {
    if (root == m_root) return;
    Json before = std::exchange(m_root, std::move(root));
    commit(std::move(before), {});
}

// Undo and redo are the same move in opposite directions: the newest state on
// `from` becomes current, and the current state goes onto `to`.
bool EditableJson::step(std::vector<Json>& from, std::vector<Json>& to) {
    seal();
    if (from.empty()) return false;
    to.push_back(std::exchange(m_root, std::move(from.back())));
    from.pop_back();
    ++m_revision;
    return true;
}

bool EditableJson::undo() { return step(m_undo, m_redo); }
bool EditableJson::redo() { return step(m_redo, m_undo); }

} // namespace core
