// `validate`: checks case, protocol and asset files, structure first and then
// meaning, and reports every problem with file, line, column and JSON pointer.
#pragma once

#include "base/diagnostics.hpp"
#include "model/case_model.hpp"
#include "model/reference_data.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace core {

struct FileReport {
    std::string file;
    std::string kind; // "" when it could not be told; "schema" for skipped JSON Schemas
    std::string id;   // the file's own id, when it has one
    Diagnostics diagnostics;
};

struct ValidationReport {
    std::vector<FileReport> files;
    Diagnostics general; // problems not tied to one readable file (paths, reference data)

    [[nodiscard]] int errorCount() const;
    [[nodiscard]] int warningCount() const;
    [[nodiscard]] bool valid() const { return errorCount() == 0; }
    // Every diagnostic in order, general ones first.
    [[nodiscard]] std::vector<Diagnostic> allDiagnostics() const;
};

// Validates the given files and folders against the reference data found in
// dataRoot (zones, catalogue, bundled protocols).
ValidationReport validatePaths(const std::vector<std::filesystem::path>& paths, const std::filesystem::path& dataRoot);

// Cases by id, for checking attempts against the case they name.
class CaseIndex : public std::map<std::string, Case> {
public:
    [[nodiscard]] const Case* find(const std::string& id) const {
        const auto it = std::map<std::string, Case>::find(id);
        return it == end() ? nullptr : &it->second;
    }
};

// Validates one document already in memory (used by the editor and tests).
// Attempts are checked against `cases` when their case is there.
FileReport validateDocument(const JsonDocument& doc, const ReferenceData& data, const CaseIndex* cases = nullptr);

} // namespace core
