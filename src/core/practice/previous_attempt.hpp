// The trainee's previous finished attempt at a case, from the attempt history,
// for the debrief's "since last time".
#pragma once

#include "practice/attempt_store.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace core {

// The latest finished record of `caseId` in `historyDir` (the one finished
// last; damaged or foreign files are skipped, as bestScores skips them).
// nullopt when the case was never finished before.
[[nodiscard]] std::optional<FinishedRecord> latestFinishedFor(const std::filesystem::path& historyDir, const std::string& caseId);

} // namespace core
