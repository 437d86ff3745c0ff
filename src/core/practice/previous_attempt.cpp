// Finding the previous finished attempt at a case (see previous_attempt.hpp).
#include "practice/previous_attempt.hpp"

namespace core {

std::optional<FinishedRecord> latestFinishedFor(const std::filesystem::path& historyDir, const std::string& caseId) {
    std::optional<FinishedRecord> latest;
    const std::string prefix = caseId + "--"; // saveFinished names files CASE--STAMP.json
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(historyDir, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".json" || !name.starts_with(prefix)) continue;
        auto record = readFinishedRecord(entry.path());
        if (!record || record->report.caseId != caseId) continue;
        if (!latest || record->finishedUnix > latest->finishedUnix) latest = std::move(*record);
    }
    return latest;
}

} // namespace core
