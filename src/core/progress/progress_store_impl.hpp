// The progress store's private state, shared by its translation units: the
// connection, the lookup-table caches, and recording one attempt (the live
// record and the JSON import both go through insertAttempt).
#pragma once

#include "json/json_document.hpp"
#include "progress/progress_store.hpp"
#include "progress/sqlite_connection.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace core {

struct ProgressStore::Impl {
    std::filesystem::path file;
    SqliteConnection db;
    // Caches of the small lookup tables; dropped on rollback, since rows
    // inserted by a rolled-back transaction are gone.
    std::unordered_map<std::string, std::int64_t> textIds;
    std::unordered_map<std::int64_t, std::string> texts;
    std::unordered_map<std::string, std::int64_t> itemIds;
    bool cachesLoaded = false;

    [[nodiscard]] Status begin();
    [[nodiscard]] Status commit(); // rolls back when the commit fails
    void rollback();

    [[nodiscard]] Status loadCaches();
    [[nodiscard]] Result<std::int64_t> textId(const std::string& text);
    [[nodiscard]] Result<std::int64_t> itemId(const OutcomeRow& row);
    [[nodiscard]] Status markImported(const std::string& name, std::int64_t attemptId);

    // Inside a transaction the caller owns.
    // `parsedReport`, when given, is attempt.reportJson already parsed (the import has it).
    [[nodiscard]] Result<std::int64_t> insertAttempt(const StoredAttempt& attempt, const std::vector<OutcomeRow>& outcomes,
                                                     std::optional<Json> parsedReport = std::nullopt);

    // An attempt recorded live whose JSON file is being imported: same case,
    // finished within the file's second, not yet tied to a file.
    [[nodiscard]] Result<std::int64_t> liveTwin(const std::string& caseId, double finishedUnix);
};

} // namespace core
