// Loading the case list, reusing the validator so the GUI and `validate`
// always agree on what is playable.
#include "validation/case_library.hpp"

#include "model/file_kind.hpp"
#include "platform/file_walk.hpp"
#include "validation/validator.hpp"

#include <algorithm>

namespace core {

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
        CaseEntry entry;
        entry.file = file.string();
        entry.title = file.stem().string();
        auto doc = JsonDocument::fromFile(file);
        if (!doc) {
            entry.problem = doc.error().summary();
            library.entries.push_back(std::move(entry));
            continue;
        }
        const Json& root = doc->root();
        if (!root.is_object() || root.value("kind", "") != "case") {
            // Only files that claim to be cases (or claim nothing) belong in the list.
            const bool claimsOtherKind = root.is_object() && root.contains("kind");
            if (claimsOtherKind || isJsonSchemaDocument(root)) continue;
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
        }
        library.entries.push_back(std::move(entry));
    }
    std::stable_sort(library.entries.begin(), library.entries.end(), [](const CaseEntry& a, const CaseEntry& b) {
        const int da = a.playable ? static_cast<int>(a.playable->difficulty) : 99;
        const int db = b.playable ? static_cast<int>(b.playable->difficulty) : 99;
        return da != db ? da < db : a.title < b.title;
    });
    return library;
}

} // namespace core
