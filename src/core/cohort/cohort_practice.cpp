// Re-grading a saved practice attempt for the cohort report.
#include "cohort/cohort_practice.hpp"

#include "grading/grader.hpp"

#include <cmath>
#include <cstdio>

namespace core {

bool isPracticeRecord(const Json& json) {
    return json.is_object() && json.value("kind", "") == "attempt_record";
}

PracticeVerdict judgePracticeRecord(const Json& record,
                                    const std::map<std::string, CohortCase>& cases,
                                    const ReferenceData& data) {
    PracticeVerdict v;
    const Json* attemptJson = record.contains("attempt") ? &record.at("attempt") : nullptr;
    const Json* report = record.contains("report") && record.at("report").is_object()
                             ? &record.at("report")
                             : nullptr;
    if (!attemptJson || !report) {
        v.problems.push_back(
            "unreadable practice record: it needs \"attempt\" and \"report\" objects");
        return v;
    }
    if (record.contains("finished_at") && record.at("finished_at").is_string())
        v.finishedAt = record.at("finished_at").get<std::string>();
    Diagnostics d;
    const Attempt attempt = readAttempt(*attemptJson, d);
    if (d.hasErrors()) {
        v.problems.push_back("unreadable practice record: " + Error{d.items()}.summary());
        return v;
    }
    v.caseId = attempt.caseId;
    if (report->contains("score") && report->at("score").is_number())
        v.storedScore = report->at("score").get<double>();
    const auto it = cases.find(attempt.caseId);
    if (it == cases.end()) {
        v.problems.push_back("case " + attempt.caseId + " is not in the library: cannot re-grade");
        return v;
    }
    v.protocol = report->contains("protocol") && report->at("protocol").is_string()
                     ? report->at("protocol").get<std::string>()
                     : it->second.playable->protocol;
    const Protocol* protocol = data.protocol(v.protocol);
    if (!protocol) {
        v.problems.push_back("unknown protocol profile \"" + v.protocol + "\": cannot re-grade");
        return v;
    }
    const Report regraded = grade(*it->second.playable, attempt, *protocol, data);
    v.regraded = true;
    v.regradedScore = regraded.total;
    v.passed = regraded.passed;
    const int rulesVersion =
        report->contains("rules_version") && report->at("rules_version").is_number_integer()
            ? report->at("rules_version").get<int>()
            : 1;
    if (std::abs(regraded.total - v.storedScore) > kRegradeTolerance) {
        char text[200];
        std::snprintf(text, sizeof text, "stored score %.1f differs from the re-grade %.1f%s",
                      v.storedScore, regraded.total,
                      rulesVersion < kGradingRulesVersion
                          ? " (it was graded under older grading rules)"
                          : "");
        v.notes.emplace_back(text);
    }
    return v;
}

} // namespace core
