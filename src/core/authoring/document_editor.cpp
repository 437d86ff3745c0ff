// Opening, editing, validating and saving one case or exam document.
#include "authoring/document_editor.hpp"

#include "base/ascii_text.hpp"
#include "platform/atomic_file.hpp"
#include "authoring/case_edits.hpp"
#include "authoring/skin_layer_edits.hpp"
#include "terms/file_kind.hpp"

namespace core {
namespace {

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
// Spelled out for clang 16 (the fuzz build), which lacks aggregate deduction.
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

std::expected<DocumentEditor, core::Error> DocumentEditor::open(const std::filesystem::path& file, const ReferenceData& data) {
    auto doc = JsonDocument::fromFile(file);
    if (!doc) return std::unexpected(doc.error().summary());
    const Json& root = doc->root();
    const std::string kind = stringMember(root, "kind");
    if (kind != "case" && kind != "exam") {
        return std::unexpected(file.string() + ": the editor opens case and exam files; this one is " +
                               (kind.empty() ? std::string("not a case or an exam (no \"kind\")") : "a \"" + kind + "\" file"));
    }
    DocumentEditor editor(root, file, data);
    editor.m_new = false;
    return editor;
}

DocumentEditor::DocumentEditor(Json root, std::filesystem::path file, const ReferenceData& data)
    : m_doc(std::move(root)), m_file(std::move(file)), m_data(&data) {
    refresh();
}

DocumentEditor DocumentEditor::recover(const std::filesystem::path& file, Json root, const ReferenceData& data) {
    auto saved = open(file, data);
    if (!saved) return DocumentEditor(std::move(root), file, data);
    saved->m_doc.replaceAll(std::move(root));
    saved->refresh();
    return std::move(*saved);
}

std::string DocumentEditor::kind() const { return stringMember(m_doc.root(), "kind"); }

void DocumentEditor::setContext(std::map<std::string, std::string> otherIds, CaseIndex playableCases) {
    m_otherIds = std::move(otherIds);
    m_playable = std::move(playableCases);
    refresh();
}

std::expected<void, core::Error> DocumentEditor::apply(const EditCommand& command) {
    const bool isCase = kind() == "case";
    const auto casePlan = [&](const auto& c) -> std::expected<void, core::Error> {
        if (!isCase) return std::unexpected(std::string("that edit is for case files"));
        auto plan = planEdit(m_doc.root(), c, *m_data);
        if (!plan) return std::unexpected(plan.error());
        return m_doc.transaction(plan->sets, plan->removals, plan->coalesceKey);
    };
    const unsigned before = m_doc.revision();
    auto result = std::visit(
        Overloaded{
            [&](const edit::Set& c) { return m_doc.set(c.pointer, c.value, c.coalesce); },
            [&](const edit::Remove& c) { return m_doc.remove(c.pointer); },
            [&](const edit::Append& c) {
                // A list the file does not have yet starts with this item.
                if (!m_doc.find(c.arrayPointer)) return m_doc.set(c.arrayPointer, Json::array({c.value}));
                return m_doc.insert(c.arrayPointer, -1, c.value);
            },
            [&](const edit::ToggleListItem& c) -> std::expected<void, core::Error> {
                const Json* list = m_doc.find(c.arrayPointer);
                if (!list) return m_doc.set(c.arrayPointer, Json::array({c.item}));
                if (!list->is_array()) return std::unexpected(c.arrayPointer + " is not a list");
                Json next = *list;
                const auto it = std::find(next.begin(), next.end(), Json(c.item));
                if (it != next.end()) {
                    next.erase(it);
                } else {
                    next.push_back(c.item);
                }
                if (next.empty() && c.removeWhenEmpty) return m_doc.remove(c.arrayPointer);
                return m_doc.set(c.arrayPointer, std::move(next));
            },
            [&](const edit::Seal&) -> std::expected<void, core::Error> {
                m_doc.seal();
                return {};
            },
            [&](const edit::Undo&) -> std::expected<void, core::Error> {
                if (!m_doc.undo()) return std::unexpected(std::string("nothing to undo"));
                return {};
            },
            [&](const edit::Redo&) -> std::expected<void, core::Error> {
                if (!m_doc.redo()) return std::unexpected(std::string("nothing to redo"));
                return {};
            },
            [&](const edit::AddFinding& c) { return casePlan(c); },
            [&](const edit::MoveFinding& c) { return casePlan(c); },
            [&](const edit::RemoveFinding& c) { return casePlan(c); },
            [&](const edit::KeyZone& c) { return casePlan(c); },
            [&](const edit::ToggleKeyFlag& c) { return casePlan(c); },
            [&](const edit::AddSkinLayer& c) { return casePlan(c); },
            [&](const edit::MoveSkinLayer& c) { return casePlan(c); },
            [&](const edit::SkinLayerCover& c) { return casePlan(c); },
            [&](const edit::RemoveSkinLayer& c) { return casePlan(c); },
        },
        command);
    if (m_doc.revision() != before) refresh();
    return result;
}

void DocumentEditor::refresh() {
    m_problems = {};
    auto doc = JsonDocument::fromText(text(), m_file.string());
    if (!doc) {
        // Only reachable through limits (size, depth): say so rather than crash.
        for (const auto& d : doc.error().diagnostics) m_problems.add(d);
        return;
    }
    FileReport report = validateDocument(*doc, *m_data, kind() == "exam" ? &m_playable : nullptr);
    m_problems = std::move(report.diagnostics);
    if (!report.id.empty()) {
        if (const auto it = m_otherIds.find(report.id); it != m_otherIds.end()) {
            Diagnostic d;
            d.file = m_file.string();
            d.pointer = "/id";
            if (const auto pos = doc->position("/id")) {
                d.line = pos->line;
                d.column = pos->column;
            }
            d.message = kind() + " id \"" + report.id + "\" is already used by " + it->second + ": ids must be unique, rename one";
            m_problems.add(std::move(d));
        }
    }
    if (kind() == "case") {
        Diagnostics ignored; // already reported above
        m_preview = readCase(m_doc.root(), ignored);
    }
}

std::expected<void, core::Error> DocumentEditor::save() {
    if (auto problem = writeFileAtomically(m_file, text()); !problem) return std::unexpected(problem.error().summary());
    m_doc.markSaved();
    m_new = false;
    return {};
}

std::string idFromTitle(const std::string& title, const std::map<std::string, std::string>& taken) {
    std::string id;
    for (const unsigned char ch : title) {
        if (isAsciiAlnum(static_cast<char>(ch))) {
            id += asciiLower(static_cast<char>(ch));
        } else if (!id.empty() && id.back() != '-') {
            id += '-';
        }
        if (id.size() >= 48) break;
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    if (id.empty()) id = "new-case";
    std::string unique = id;
    for (int n = 2; taken.contains(unique); ++n) unique = id + "-" + std::to_string(n);
    return unique;
}

Json caseFromTemplate(const Json& source, const std::string& id, const std::string& title) {
    Json root = source;
    root.erase("$schema");
    root["id"] = id;
    root["title"] = title;
    return root;
}

Json newExam(const std::string& id, const std::string& title, const std::string& protocol) {
    Json root = Json::object();
    root["kind"] = "exam";
    root["schema_version"] = 1;
    root["id"] = id;
    root["title"] = title;
    root["cases"] = Json::array();
    root["shuffle"] = false;
    root["time_limit_minutes"] = 30;
    root["pass_mark"] = 70;
    root["protocol"] = protocol;
    root["feedback"] = "none";
    return root;
}

} // namespace core
