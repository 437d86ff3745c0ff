// The store's digest tables (schema v3, v5): writing one attempt's digest in the
// transaction that records it, reading the whole digest back for the summary,
// and rebuilding the tables from the outcome rows (the v4 -> v5 migration, repairs).
#pragma once

#include "base/diagnostics.hpp"
#include "progress/progress_digest.hpp"
#include "progress/sqlite_connection.hpp"

#include <cstdint>
#include <functional>

namespace core {

// Inside the caller's transaction. With `curveBlocks`, blocks the attempt falls
// before are dropped, for the commit's extendCurveBlocks (the rebuild makes them all after).
[[nodiscard]] Status writeAttemptDigest(SqliteConnection& db, std::int64_t attemptId, double finishedUnix, const AttemptDigest& digest,
                                        bool curveBlocks = true);

// Everything summariseDigest needs, without reading an outcome row or any JSON.
// With `skillKeys` (skill id -> skillStateKey), a skill whose saved state has
// that key gets it and only its later events; every other skill all its events.
// Without, every event of every skill and no saved state.
using SkillStateKeys = std::map<std::string, std::string>;
// The curve's blocks whole; of the attempts every one, or with `latestAttempts` > 0 only the latest that many.
[[nodiscard]] Result<ProgressDigest> readProgressDigest(SqliteConnection& db, const SkillStateKeys* skillKeys = nullptr,
                                                        std::size_t latestAttempts = 0);
// Only the skills' part of it (saved states, later events, watermarks and the
// digested count): what practise-next reads, without the attempts or zone totals.
[[nodiscard]] Result<ProgressDigest> readSkillDigest(SqliteConnection& db, const SkillStateKeys* skillKeys = nullptr);

// Saves replayed states (skill -> state with its key and watermark), unless
// attempts were recorded since `digest` was read (then they wait for the next summary).
[[nodiscard]] Status saveSkillStates(SqliteConnection& db, std::int64_t digestedAttempts, const std::map<std::string, CachedSkillState>& states);

// Empties the digest tables and fills them again from every outcome row, in
// the caller's transaction. `progress(done, total)` counts attempts.
[[nodiscard]] Status rebuildProgressDigest(SqliteConnection& db, const std::function<void(std::size_t, std::size_t)>& progress = {});

// True when every attempt has its digest (the count kept beside the tables, and the curve's blocks, match the attempts).
[[nodiscard]] Result<bool> progressDigestComplete(SqliteConnection& db);

} // namespace core
