// Loading the case list, reusing the validator so the GUI and `validate`
// always agree on what is playable.
#include "validation/case_library.hpp"

#include "terms/file_kind.hpp"
#include "platform/file_walk.hpp"
#include "validation/validator.hpp"
#include "platform/atomic_file.hpp"
#include "platform/signing.hpp"

#include <algorithm>

namespace core {
namespace case_library_detail {

// One library entry from a parsed (or unparsable) document; nullopt for files
// that are not cases at all.
std::optional<CaseEntry> entryOf(const std::string& file, const std::string& fallbackTitle,
                                 const std::expected<JsonDocument, Error>& doc, const ReferenceData& data) {
    CaseEntry entry;
    entry.file = file;
    entry.title = fallbackTitle;
    if (!doc) {
        entry.problem = doc.error().summary();
        return entry;
    }
    const Json& root = doc->root();
    if (!root.is_object() || root.value("kind", "") != "case") {
        // Only files that claim to be cases (or claim nothing) belong in the list.
        const bool claimsOtherKind = root.is_object() && root.contains("kind");
        if (claimsOtherKind || isJsonSchemaDocument(root)) return std::nullopt;
    }
    if (root.is_object() && root.contains("title") && root["title"].is_string()) {
        entry.title = root["title"].get<std::string>();
    }
    if (root.is_object() && root.contains("id") && root["id"].is_string()) entry.id = root["id"].get<std::string>();
    FileReport report = validateDocument(*doc, data);
    entry.warnings = report.diagnostics.warningCount();
    if (report.diagnostics.hasErrors()) {
        entry.problem = Error{report.diagnostics.items()}.summary();
    } else {
        Diagnostics ignored;
        entry.playable = readCase(root, ignored);
        entry.source = std::make_shared<const Json>(root);
    }
    return entry;
}

void sortForBrowsing(CaseLibrary& library) {
    std::stable_sort(library.entries.begin(), library.entries.end(), [](const CaseEntry& a, const CaseEntry& b) {
        const int da = a.playable ? static_cast<int>(a.playable->difficulty) : 99;
        const int db = b.playable ? static_cast<int>(b.playable->difficulty) : 99;
        return da != db ? da < db : a.title < b.title;
    });
}

} // namespace case_library_detail

CaseLibrary loadCaseLibrary(const std::filesystem::path& folder, const ReferenceData& data) {
    return loadCaseLibrary(std::vector<std::filesystem::path>{folder}, data);
}

CaseLibrary loadCaseLibrary(const std::vector<std::filesystem::path>& folders, const ReferenceData& data) {
    CaseLibrary library;
    FileWalk walk = collectJsonFiles(folders);
    for (const auto& d : walk.problems.items()) {
        if (d.severity == Severity::Error) library.folderProblems.push_back(formatDiagnostic(d));
    }
    for (const auto& file : walk.files) {
        auto doc = JsonDocument::fromFile(file);
        if (auto entry = case_library_detail::entryOf(file.string(), file.stem().string(), doc, data)) {
            library.entries.push_back(std::move(*entry));
        }
    }
    case_library_detail::sortForBrowsing(library);
    return library;
}

CaseLibrary loadCaseLibraryFromTexts(const std::vector<CaseText>& documents, const ReferenceData& data) {
    CaseLibrary library;
    for (const auto& document : documents) {
        auto doc = JsonDocument::fromText(document.text, document.name);
        if (auto entry = case_library_detail::entryOf(document.name, document.name, doc, data)) {
            entry->sha256 = sha256Hex(document.text);
            library.entries.push_back(std::move(*entry));
        }
    }
    case_library_detail::sortForBrowsing(library);
    return library;
}

std::string caseSourceSha256(const CaseEntry& entry) {
    if (!entry.sha256.empty()) return entry.sha256;
    return sha256Hex(readWholeFile(entry.file).value_or(""));
}

} // namespace core
