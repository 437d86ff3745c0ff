// Finding the previous finished attempt at a case (see previous_attempt.hpp).
#include "practice/previous_attempt.hpp"

#include "base/ascii_text.hpp"

namespace core {

std::optional<FinishedRecord> latestFinishedFor(const std::filesystem::path& historyDir, const std::string& caseId) {
    std::optional<FinishedRecord> latest;
    std::string latestName;
    // saveFinished names files CASE--STAMP.json, the stamp starting with the
    // year; a variant's history (CASE--vSEED--STAMP.json) is another case and
    // is not even read.
    const std::string prefix = caseId + "--";
    // Two saved in the same second: the later one got a "-N" suffix, so the
    // longer, then the greater, name is the later save.
    const auto later = [](const std::string& a, const std::string& b) { return a.size() != b.size() ? a.size() > b.size() : a > b; };
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(historyDir, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".json" || !name.starts_with(prefix)) continue;
        if (name.size() <= prefix.size() || !isAsciiDigit(name[prefix.size()])) continue;
        auto record = readFinishedRecord(entry.path());
        if (!record || record->report.caseId != caseId) continue;
        if (!latest || record->finishedUnix > latest->finishedUnix || (record->finishedUnix == latest->finishedUnix && later(name, latestName))) {
            latest = std::move(*record);
            latestName = name;
        }
    }
    return latest;
}

} // namespace core
