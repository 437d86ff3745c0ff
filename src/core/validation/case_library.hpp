// The case library a trainee browses: every case file in a folder, playable
// or not. A broken file stays in the list with its first error, so the
// instructor sees it instead of it silently vanishing.
#pragma once

#include "model/case_model.hpp"
#include "model/reference_data.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct CaseEntry {
    std::string file;
    std::optional<Case> playable; // set when the case validated without errors
    std::string title;            // best effort, also for broken files
    std::string id;               // best effort, also for broken files ("" if it has none)
    std::string problem;          // the first error, formatted; empty when playable
    int warnings = 0;
    bool summaryOnly = false; // from indexCaseLibrary: `playable` holds only id, difficulty and tags
    std::string sha256;           // of the source bytes, when they came from memory (a sealed pack), not `file`
    // The case file's JSON as loaded, when playable: seeded variants are made
    // from it (the Variant button, exams with "variants", sealed packs included).
    std::shared_ptr<const Json> source;
};

struct CaseLibrary {
    std::vector<CaseEntry> entries;
    std::vector<std::string> folderProblems; // unreadable folders and the like
    std::string sealedPackSha256;            // set when the cases came from a sealed exam pack
};

// Loads every case under folder (recursively); other kinds of file are skipped.
CaseLibrary loadCaseLibrary(const std::filesystem::path& folder, const ReferenceData& data);
// The same over several folders (the bundled library and the user's own cases).
CaseLibrary loadCaseLibrary(const std::vector<std::filesystem::path>& folders, const ReferenceData& data);

// Case documents already in memory (a sealed pack's, never written to disk);
// `name` stands in for the file name in messages and in CaseEntry::file.
struct CaseText {
    std::string name;
    std::string text;
};
CaseLibrary loadCaseLibraryFromTexts(const std::vector<CaseText>& documents, const ReferenceData& data);

// SHA-256 of the case as loaded: the remembered one for in-memory cases, else
// the file's bytes now ("" when it cannot be read).
[[nodiscard]] std::string caseSourceSha256(const CaseEntry& entry);

} // namespace core
