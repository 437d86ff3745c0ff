// The progress store's schema: the SQL of every version and the migrations
// from each earlier version to the current one (PRAGMA user_version).
#pragma once

#include "base/diagnostics.hpp"
#include "progress/sqlite_connection.hpp"

#include <string_view>

namespace core {

inline constexpr int kProgressSchemaVersion = 5;

// The tables exactly as version 1 created them (kept for the migration tests).
[[nodiscard]] std::string_view progressSchemaV1Sql();

// Brings a store at `fromVersion` (0: empty file) to kProgressSchemaVersion,
// one transaction per step, so a kill between steps leaves a valid version.
[[nodiscard]] Status migrateProgressSchema(SqliteConnection& db, int fromVersion);

} // namespace core
