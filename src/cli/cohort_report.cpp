// The cohort table and JSON report, both read from the same judged cohort.
#include "cohort_report.hpp"

#include "platform/signing.hpp"

#include <algorithm>
#include <cstdio>

namespace cli {
namespace cohort_report_detail {

struct Row {
    std::string file, standing, signer, exam, candidate, total;
};

std::string oneDecimal(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", v);
    return text;
}

Row rowOf(const core::CohortFile& f) {
    const auto& v = f.verdict;
    Row r{f.file.filename().string(), core::standingName(v.standing), "", "", "", ""};
    r.signer = !v.machine.empty() ? v.machine + " (" + v.keyId + ")"
                                  : (v.keyId.empty() ? "-" : "? (" + v.keyId + ")");
    if (f.practice) {
        r.signer = "not signed";
        r.exam = "practice: " + f.practice->caseId;
        r.total = f.practice->regraded ? oneDecimal(f.practice->regradedScore) : "-";
        r.candidate = "-";
        return r;
    }
    r.exam = v.summary ? v.summary->examId : "-";
    r.candidate = v.summary ? v.summary->candidateId : "-";
    r.total = f.total ? oneDecimal(*f.total) : "-";
    return r;
}

std::string padded(const std::string& text, std::size_t width) {
    return text + std::string(width > text.size() ? width - text.size() : 0, ' ');
}

} // namespace cohort_report_detail

std::string cohortTable(const core::Cohort& cohort) {
    using cohort_report_detail::Row;
    std::vector<Row> rows{{"FILE", "STANDING", "SIGNED BY", "EXAM", "CANDIDATE", "TOTAL"}};
    for (const auto& f : cohort.files)
        rows.push_back(cohort_report_detail::rowOf(f));
    std::size_t w[5] = {0, 0, 0, 0, 0};
    for (const auto& r : rows) {
        const std::string* cells[5] = {&r.file, &r.standing, &r.signer, &r.exam, &r.candidate};
        for (std::size_t i = 0; i < 5; ++i)
            w[i] = std::max(w[i], cells[i]->size());
    }
    std::string out;
    for (const auto& r : rows) {
        out += cohort_report_detail::padded(r.file, w[0] + 2) +
               cohort_report_detail::padded(r.standing, w[1] + 2) +
               cohort_report_detail::padded(r.signer, w[2] + 2) +
               cohort_report_detail::padded(r.exam, w[3] + 2) +
               cohort_report_detail::padded(r.candidate, w[4] + 2) + r.total + "\n";
    }
    return out;
}

core::Json cohortReportJson(const core::Cohort& cohort, const core::KeyRoster& roster,
                            const std::vector<core::OfficialExam>& officials,
                            const WrittenBooks& books) {
    core::Json j;
    j["kind"] = "cohort_report";
    j["schema_version"] = 1;
    j["roster"] = core::Json::array();
    for (const auto& k : roster.keys())
        j["roster"].push_back({{"machine", k.machine},
                               {"key_id", core::hexKeyId(k.key.keyId)},
                               {"file", k.source.string()}});
    j["official_exams"] = core::Json::array();
    for (const auto& o : officials)
        j["official_exams"].push_back(
            {{"exam_id", o.exam.id}, {"file", o.file.string()}, {"sha256", o.sha256}});
    j["files"] = core::Json::array();
    int problems = 0;
    for (const auto& f : cohort.files) {
        const auto& v = f.verdict;
        problems += core::isProblem(v.standing) ? 1 : 0;
        core::Json row{{"file", f.file.string()},
                       {"standing", core::standingName(v.standing)},
                       {"in_gradebook", f.total.has_value()}};
        row["signed_by"] = v.machine.empty() ? core::Json(nullptr) : core::Json(v.machine);
        row["key_id"] = v.keyId.empty() ? core::Json(nullptr) : core::Json(v.keyId);
        if (v.summary) {
            row["attempt_id"] = v.summary->attemptId;
            row["exam_id"] = v.summary->examId;
            row["candidate_id"] = v.summary->candidateId;
            row["candidate_name"] = v.summary->candidateName;
        }
        if (f.total) {
            row["total"] = *f.total;
            row["passed"] = f.passed;
        }
        if (f.practice) {
            row["practice"] = {{"case_id", f.practice->caseId},
                               {"protocol", f.practice->protocol},
                               {"finished_at", f.practice->finishedAt},
                               {"stored_score", f.practice->storedScore},
                               {"signed", false}};
            row["practice"]["regraded_score"] =
                f.practice->regraded ? core::Json(f.practice->regradedScore) : core::Json(nullptr);
            row["practice"]["passed"] =
                f.practice->regraded ? core::Json(f.practice->passed) : core::Json(nullptr);
            row["practice"]["problems"] = f.practice->problems;
        }
        row["problems"] = v.problems;
        row["notes"] = v.notes;
        j["files"].push_back(std::move(row));
    }
    j["gradebooks"] = core::Json::array();
    for (const auto& [examId, csv] : books) {
        const auto it = cohort.gradebooks.find(examId);
        j["gradebooks"].push_back(
            {{"exam_id", examId},
             {"results", it == cohort.gradebooks.end() ? 0 : it->second.size()},
             {"csv", csv.empty() ? "-" : csv}});
    }
    j["problems"] = problems;
    return j;
}

} // namespace cli
