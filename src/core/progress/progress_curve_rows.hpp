// The curve blocks on SQLite (schema v5): kept complete by every write
// transaction, read whole by the summary (a 100,000-attempt curve is about
// 1,600 short rows), and the attempts' light columns read from attempts_light.
#pragma once

#include "base/diagnostics.hpp"
#include "progress/progress_curve.hpp"
#include "progress/sqlite_connection.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace core {

// "screening_pct, plan_pct, ...": the attempts' section score columns in Section order.
[[nodiscard]] const std::string& sectionPercentColumns();

// Inside the transaction that records the attempt finished at (atUnix, attemptId):
// an attempt earlier than a stored block's last one (a late import) drops that
// block and every later one, for extendCurveBlocks to make again.
[[nodiscard]] Status dropCurveBlocksAfter(SqliteConnection& db, double atUnix, std::int64_t attemptId);

// Before a write transaction commits: every attempt after the last block's
// last one goes into the blocks (filling the last, then new ones). One attempt
// recorded live reads one row and writes one block.
[[nodiscard]] Status extendCurveBlocks(SqliteConnection& db);

[[nodiscard]] Result<std::vector<CurveBlock>> readCurveBlocks(SqliteConnection& db);

// How many attempts the blocks hold (the open's check that they are complete).
[[nodiscard]] Result<std::int64_t> curveBlockAttempts(SqliteConnection& db);

// Attempts in curve order: every one, or (latest > 0) only the latest that many.
[[nodiscard]] Status readCurveAttempts(SqliteConnection& db, std::size_t latest, std::vector<DigestAttempt>& out);

// Consecutive days with an attempt, ending today or yesterday (days dated after
// today do not count): one index probe per day of the streak, whatever the store holds.
[[nodiscard]] Result<int> storeStreakDays(SqliteConnection& db, double nowUnix);

} // namespace core
