// Exam results for the gradebook tests: one candidate, two cases scoring
// 80 and 91, so the total is (80 + 91) / 2 = 85.5 and it passes (mark 70).
#pragma once

#include "exam/exam_result.hpp"
#include "exam/gradebook_csv.hpp"

#include <string>
#include <utility>
#include <vector>

namespace gradebook_sample {

inline core::ExamResult result(const std::string& name, const std::string& id,
                               const std::string& email,
                               const std::string& title = "Foundation, part 1",
                               std::pair<double, double> scores = {80.0, 91.0}) {
    core::ExamResult r;
    r.attemptId = "5d9ae1c2-3f3e-4a8b-9c1d-0e1f2a3b4c5d";
    r.exam.id = "foundation-certificate";
    r.exam.title = title;
    r.exam.passMark = 70;
    r.examFile = core::Json::object();
    r.candidate = {name, id, email};
    r.startedAt = "2026-11-20T09:00:00Z";
    r.submittedAt = "2026-11-20T09:41:30Z";
    r.durationSeconds = 2490;
    for (const auto& [caseId, score] : std::vector<std::pair<std::string, double>>{
             {"case-a", scores.first}, {"case-b", scores.second}}) {
        core::ExamCaseResult c;
        c.caseId = caseId;
        c.caseTitle = "Title " + caseId;
        c.attempt.caseId = caseId;
        c.report.caseId = caseId;
        c.report.total = score;
        r.cases.push_back(c);
    }
    return r;
}

inline core::GradebookOptions options(core::CsvPreset preset,
                                      core::MoodleMapFrom mapFrom = core::MoodleMapFrom::IdNumber,
                                      const std::string& canvasAssignmentId = "",
                                      bool excelBom = false) {
    return {.preset = preset,
            .moodleMapFrom = mapFrom,
            .canvasAssignmentId = canvasAssignmentId,
            .excelBom = excelBom};
}

} // namespace gradebook_sample
