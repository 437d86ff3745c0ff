// Cohort integrity: signature first (nothing unsigned is read further), then
// the result's own structure, then each case's file and a re-grade.
#include "exam/cohort_verdict.hpp"

#include "grading/grader.hpp"
#include "platform/atomic_file.hpp"

#include <cmath>
#include <cstdio>

namespace core {

std::map<std::string, CohortCase> cohortCases(const CaseLibrary& library) {
    std::map<std::string, CohortCase> cases;
    for (const auto& e : library.entries) {
        if (e.playable) cases[e.playable->id] = {&*e.playable, sha256Hex(readWholeFile(e.file).value_or(""))};
    }
    return cases;
}

ResultVerdict judgeResult(const std::string& content, const std::optional<std::string>& signature, const PublicKey& key,
                          const std::map<std::string, CohortCase>& cases, const ReferenceData& data) {
    ResultVerdict verdict;
    auto problem = [&](std::string what) {
        verdict.problems.push_back(std::move(what));
        return verdict;
    };
    if (!signature) return problem("UNSIGNED: no .minisig beside it");
    if (auto ok = verifyDetached(key, content, *signature); !ok) return problem("TAMPERED or wrongly signed: " + ok.error().summary());
    const Json json = Json::parse(content, nullptr, false);
    if (json.is_discarded() || !json.is_object()) return problem("unreadable: not a JSON object");
    auto result = examResultFromJson(json);
    if (!result) return problem("unreadable: " + result.error().summary());
    const Protocol* protocol = data.protocol(result->exam.protocol);
    bool fine = protocol != nullptr;
    if (!protocol) verdict.problems.push_back("unknown protocol profile \"" + result->exam.protocol + "\"");
    for (auto& c : result->cases) {
        const auto it = cases.find(c.caseId);
        if (it == cases.end()) {
            verdict.problems.push_back("case " + c.caseId + " is not in the library: cannot re-grade");
            fine = false;
            continue;
        }
        const bool olderRules = c.report.rulesVersion < kGradingRulesVersion;
        if (it->second.sha256 != c.caseSha256) {
            if (olderRules) {
                verdict.notes.push_back("case " + c.caseId + " was sat under grading rules version " + std::to_string(c.report.rulesVersion) +
                                        "; its file has changed since (the library was updated for version " + std::to_string(kGradingRulesVersion) + ")");
            } else {
                verdict.problems.push_back("case " + c.caseId + " has changed since the exam (SHA-256 differs): re-grade by hand");
                fine = false;
            }
        }
        if (!protocol) continue;
        const Report regraded = grade(*it->second.playable, c.attempt, *protocol, data);
        if (olderRules) {
            // Sat under older rules: keep the grade it was sat under and say what today's rules give.
            char text[260];
            std::snprintf(text, sizeof text, "case %s was graded under grading rules version %d: %.1f as sat; version %d rules give %.1f", c.caseId.c_str(),
                          c.report.rulesVersion, c.report.total, kGradingRulesVersion, regraded.total);
            std::string note = text;
            for (std::size_t k = 0; k < regraded.critical.size(); ++k) note += (k == 0 ? ", naming " : ", ") + regraded.critical[k].id;
            verdict.notes.push_back(std::move(note));
            continue;
        }
        if (std::abs(regraded.total - c.report.total) > kRegradeTolerance) {
            char text[200];
            std::snprintf(text, sizeof text, "stored score %.1f for case %s differs from the re-grade %.1f", c.report.total, c.caseId.c_str(),
                          regraded.total);
            verdict.problems.emplace_back(text);
            fine = false;
        }
        c.report = regraded;
    }
    const auto storedTotal = json.find("total");
    if (fine && (storedTotal == json.end() || !storedTotal->is_number() ||
                 std::abs(storedTotal->get<double>() - result->total()) > kRegradeTolerance)) {
        verdict.problems.emplace_back("stored total differs from the re-graded total");
        fine = false;
    }
    if (fine) verdict.accepted = std::move(*result);
    return verdict;
}

} // namespace core
