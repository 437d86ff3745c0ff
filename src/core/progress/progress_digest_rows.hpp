// The store's digest tables (schema v3): writing one attempt's digest in the
// transaction that records it, reading the whole digest back for the summary,
// and rebuilding the tables from the outcome rows (the v2 -> v3 migration, repairs).
#pragma once

#include "base/diagnostics.hpp"
#include "progress/progress_digest.hpp"
#include "progress/sqlite_connection.hpp"

#include <cstdint>
#include <functional>

namespace core {

// Inside the caller's transaction.
[[nodiscard]] Status writeAttemptDigest(SqliteConnection& db, std::int64_t attemptId, double finishedUnix, const AttemptDigest& digest);

// Everything summariseDigest needs, without reading an outcome row or any JSON.
[[nodiscard]] Result<ProgressDigest> readProgressDigest(SqliteConnection& db);

// Empties the digest tables and fills them again from every outcome row, in
// the caller's transaction. `progress(done, total)` counts attempts.
[[nodiscard]] Status rebuildProgressDigest(SqliteConnection& db, const std::function<void(std::size_t, std::size_t)>& progress = {});

// True when every attempt has its digest (the count kept beside the tables matches the attempts).
[[nodiscard]] Result<bool> progressDigestComplete(SqliteConnection& db);

} // namespace core
